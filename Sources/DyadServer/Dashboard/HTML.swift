import DyadText

/// Escaping and the page frame shared by every dashboard page.
enum HTML {
    /// Escapes text for element content and quoted attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A number with thousands separators ("1,386"), integral when it is one.
    static func number(_ v: Double) -> String {
        guard v.isFinite else { return "–" }
        if v == v.rounded(), abs(v) < 1e15 { return grouped(Int64(v)) }
        return JSONObject.format((v * 10).rounded() / 10)
    }

    /// An integer with thousands separators.
    static func grouped(_ n: some BinaryInteger) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A whole page: head with the embedded stylesheet's URL, the header, `body` and the credits.
    static func page(title: String, subtitle: String = "", body: String) -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title)) · Dyad</title>
        <link rel="stylesheet" href="/assets/dyad.css">
        <script src="/assets/dyad.js" defer></script>
        </head>
        <body>
        <header class="top">
          <a class="brand" href="/">Dyad</a>
          <span class="tagline">who did what to whom, when, where, how many</span>
          <span class="subtitle">\(subtitle)</span>
          <nav><a href="/">Dashboard</a><a href="/openapi.json">API</a><a href="/metrics">Metrics</a></nav>
        </header>
        <main>
        \(body)
        </main>
        <footer>
          Events coded from news text with <a href="https://github.com/openeventdata/PLOVER">PLOVER</a> types.
          Map outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain).
          Place names and coordinates: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0).
          Everything on this page is served by the dyad binary; nothing is loaded from elsewhere.
        </footer>
        </body>
        </html>

        """
    }
}
