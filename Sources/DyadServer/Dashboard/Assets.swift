/// The dashboard's stylesheet and script, compiled into the binary (not SwiftPM resources, which a
/// copied binary would lose), served from `/assets/`.
enum Assets {
    /// System fonts, a light page, tables and highlight styles that differ by line style as well as
    /// colour, so they stay apart without colour vision.
    static let css = """
        :root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --panel: #ffffff; --bg: #f4f5f8;
          --accent: #0072B2; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
          color: var(--ink); background: var(--bg); }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        header.top { display: flex; align-items: baseline; gap: 16px; padding: 12px 28px; background: #1d2330;
          color: #fff; flex-wrap: wrap; }
        header.top .brand { color: #fff; font-weight: 700; font-size: 22px; letter-spacing: .5px; }
        header.top .tagline { color: #b9c0cf; font-size: 14px; }
        header.top .subtitle { color: #e8ebf1; font-size: 14px; margin-left: auto; }
        header.top nav a { color: #cfe6f5; margin-left: 16px; font-size: 14px; }
        main { max-width: 1360px; margin: 0 auto; padding: 18px 24px 8px; }
        footer { max-width: 1360px; margin: 0 auto; padding: 12px 24px 28px; color: var(--muted); font-size: 13px; }
        h1 { font-size: 22px; margin: 6px 0 12px; }
        h2 { font-size: 16px; margin: 0 0 10px; letter-spacing: .2px; }
        .panel { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px;
          margin-bottom: 16px; }
        .grid { display: grid; grid-template-columns: 3fr 2fr; gap: 16px; }
        .grid > .panel { margin-bottom: 0; min-width: 0; }
        .row-gap { height: 16px; }
        .muted { color: var(--muted); }
        .small { font-size: 13px; }
        form.filters { display: flex; flex-wrap: wrap; gap: 10px 14px; align-items: flex-end; }
        form.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
        form.filters input[type=date], form.filters input[type=text], form.filters select { font: inherit;
          font-size: 14px; padding: 4px 6px; border: 1px solid #b8bfcc; border-radius: 5px; background: #fff; }
        form.filters input.code { width: 92px; text-transform: uppercase; }
        form.filters input.words { width: 170px; }
        fieldset.types { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px; flex-basis: 100%; }
        fieldset.types legend { font-size: 12px; color: var(--muted); padding: 0; margin-bottom: 3px; }
        .chip { display: inline-flex; align-items: center; gap: 4px; border: 1px solid #b8bfcc; border-radius: 14px;
          padding: 1px 9px 1px 6px; font-size: 12px; cursor: pointer; background: #fff; }
        form.filters label.chip { flex-direction: row; color: var(--ink); font-size: 12px; }
        .chip input { margin: 0; }
        .chip .dot { width: 10px; height: 10px; border-radius: 50%; display: inline-block; }
        .chip.on { border-color: #1d2330; background: #eef1f6; font-weight: 600; }
        button, .button { font: inherit; font-size: 14px; padding: 5px 14px; border-radius: 5px; border: 1px solid #0a5d8f;
          background: var(--accent); color: #fff; cursor: pointer; }
        .button.plain { background: #fff; color: var(--accent); border-color: #b8bfcc; }
        .error { background: #fdecea; border: 1px solid #D55E00; color: #7a2a00; padding: 8px 12px; border-radius: 6px;
          margin-bottom: 12px; }
        .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 13px; margin: 2px 0 6px; }
        .legend .sw { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 5px;
          vertical-align: -1px; }
        .legend .line { display: inline-block; width: 18px; border-top: 3px solid #1d2330; margin-right: 5px;
          vertical-align: 3px; }
        svg { display: block; width: 100%; height: auto; }
        svg text { font: 11px system-ui, sans-serif; fill: #3b4252; }
        svg .axis { stroke: #9aa3b2; stroke-width: 1; }
        svg .gridline { stroke: #e6e9ef; stroke-width: 1; }
        svg a:hover rect { opacity: .8; }
        svg .country { fill: #e3e6ec; stroke: #ffffff; stroke-width: .5; vector-effect: non-scaling-stroke; }
        svg.map { cursor: grab; touch-action: none; }
        td.actors .code { font: 12px ui-monospace, monospace; color: var(--muted); }
        svg .country.has { fill: #c9d6e6; }
        svg .place { fill: #D55E00; fill-opacity: .55; stroke: #7a2a00; stroke-width: .6; vector-effect: non-scaling-stroke; }
        svg a:hover .place { fill-opacity: .9; }
        svg .place.group { stroke-width: 1.6; }
        svg .country.level { fill: url(#country-level); }
        svg .place.region { fill: none; stroke: #D55E00; stroke-width: 1.5; stroke-dasharray: 3 2; }
        .flag { display: inline-block; padding: 0 .4em; border-radius: .3em; background: #fde7d9; color: #7a2a00; font-size: .85em; }
        table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
        th { text-align: left; font-weight: 600; color: var(--muted); border-bottom: 1px solid var(--line);
          padding: 5px 8px; font-size: 12.5px; }
        td { border-bottom: 1px solid #eef0f4; padding: 5px 8px; vertical-align: top; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        th a.sort { color: inherit; text-decoration: none; white-space: nowrap; }
        th a.sort:hover { text-decoration: underline; }
        th[aria-sort] a.sort { color: #1d2330; }
        a.actor { color: inherit; text-decoration: underline dotted; text-underline-offset: 2px; }
        .panel { overflow-x: auto; }
        td.evidence { color: #333a48; }
        .badge { display: inline-block; border-radius: 4px; padding: 0 6px; font-size: 11.5px; font-weight: 600;
          letter-spacing: .3px; white-space: nowrap; }
        .dyad { white-space: nowrap; font-variant-numeric: tabular-nums; }
        .bar { display: inline-block; height: 8px; border-radius: 2px; vertical-align: 0; margin-left: 6px; }
        .pager { display: flex; gap: 10px; margin-top: 10px; }
        .sentence { font-size: 20px; line-height: 2.1; margin: 8px 0 14px; font-family: Georgia, "Noto Serif", serif; }
        .doc-text { font-size: 16px; line-height: 2; font-family: Georgia, "Noto Serif", serif; white-space: pre-wrap; }
        mark { background: none; color: inherit; padding: 1px 2px; border-radius: 3px; }
        mark.hl-source { background: #d3e8f6; border-bottom: 3px solid #0072B2; }
        mark.hl-target { background: #f8dcc8; border-bottom: 3px double #D55E00; }
        mark.hl-trigger { background: #f6ef9b; border-bottom: 3px solid #1d2330; font-weight: 700; }
        mark.hl-place { background: #c8eadf; border-bottom: 3px dotted #009E73; }
        mark.hl-number { background: #f1dbe8; border-bottom: 3px dashed #CC79A7; }
        mark.hl-attribution { background: #e3f1fb; border-bottom: 3px dashed #56B4E9; font-style: italic; }
        mark.hl-actor { background: #d3e8f6; border-bottom: 2px solid #0072B2; }
        mark.hl-date { background: #eceff3; border-bottom: 2px dotted #5b6475; }
        mark.hl-quantity { background: #f1dbe8; border-bottom: 2px dashed #CC79A7; }
        span.ev { border-radius: 3px; background: #fff8d6; box-shadow: inset 0 -2px 0 #E69F00; }
        span.ev:target { background: #ffe98a; }
        .keys { display: flex; flex-wrap: wrap; gap: 8px 16px; font-size: 13px; }
        dl.facts { display: grid; grid-template-columns: 150px 1fr; gap: 4px 12px; margin: 0; font-size: 14px; }
        dl.facts dt { color: var(--muted); }
        dl.facts dd { margin: 0; }
        .empty { color: var(--muted); font-style: italic; padding: 20px 0; text-align: center; }
        @media (max-width: 900px) { .grid { grid-template-columns: 1fr; } }
        """

    /// The little JavaScript: a type chip submits the filter form at once, and the map zooms and
    /// pans. Without it the page still works: the Apply button, and the map already zoomed to
    /// the view's countries or places by the server.
    static let javascript = """
        document.addEventListener("DOMContentLoaded", function () {
          var form = document.querySelector("form.filters");
          if (!form) return;
          form.querySelectorAll(".chip input").forEach(function (box) {
            box.addEventListener("change", function () {
              box.parentElement.classList.toggle("on", box.checked);
              form.submit();
            });
          });
          form.querySelectorAll("select").forEach(function (s) {
            s.addEventListener("change", function () { form.submit(); });
          });
        });
        // The map: the wheel zooms about the pointer, dragging pans, a double click shows the
        // whole world. Circles keep their size on screen (their radius follows the zoom).
        document.addEventListener("DOMContentLoaded", function () {
          document.querySelectorAll("svg.map").forEach(function (svg) {
            var world = svg.getAttribute("data-world").split(" ").map(Number);
            var box = svg.getAttribute("viewBox").split(" ").map(Number);
            var circles = Array.prototype.slice.call(svg.querySelectorAll("circle.place"));
            var radii = circles.map(function (c) { return Number(c.getAttribute("r")) * box[2]; });
            function show(b) {
              b[2] = Math.min(world[2], Math.max(15, b[2]));
              b[3] = b[2] * world[3] / world[2];
              b[0] = Math.min(world[2] - b[2], Math.max(0, b[0]));
              b[1] = Math.min(world[3] - b[3], Math.max(0, b[1]));
              box = b;
              svg.setAttribute("viewBox", b.join(" "));
              circles.forEach(function (c, i) { c.setAttribute("r", (radii[i] / b[2]).toFixed(3)); });
              var overlay = svg.querySelector("g.overlay");
              if (overlay) overlay.setAttribute("transform", "translate(" + b[0] + " " + b[1] + ") scale(" + b[2] / world[2] + ")");
            }
            function point(e) {
              var r = svg.getBoundingClientRect();
              return [box[0] + (e.clientX - r.left) / r.width * box[2], box[1] + (e.clientY - r.top) / r.height * box[3]];
            }
            svg.addEventListener("wheel", function (e) {
              e.preventDefault();
              var p = point(e), k = e.deltaY < 0 ? 0.8 : 1.25;
              show([p[0] - (p[0] - box[0]) * k, p[1] - (p[1] - box[1]) * k, box[2] * k, box[3] * k]);
            }, { passive: false });
            var drag = null, moved = false;
            svg.addEventListener("pointerdown", function (e) { drag = [e.clientX, e.clientY, box.slice()]; moved = false; });
            svg.addEventListener("pointermove", function (e) {
              if (!drag) return;
              var r = svg.getBoundingClientRect();
              var dx = (e.clientX - drag[0]) / r.width * drag[2][2], dy = (e.clientY - drag[1]) / r.height * drag[2][3];
              if (Math.abs(dx) + Math.abs(dy) > 0.5) moved = true;
              show([drag[2][0] - dx, drag[2][1] - dy, drag[2][2], drag[2][3]]);
            });
            window.addEventListener("pointerup", function () { drag = null; });
            // A drag that moved is not a click on a country or place.
            svg.addEventListener("click", function (e) { if (moved) { e.preventDefault(); moved = false; } }, true);
            svg.addEventListener("dblclick", function (e) { e.preventDefault(); show(world.slice()); });
          });
        });
        """
}
