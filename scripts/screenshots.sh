#!/bin/sh
# Screenshots of the dashboard and its pages on the examples (the seed article and texts written
# for this repository) and the short texts in docs/screenshots/texts/ (written for these
# screenshots: events in several towns of Georgia, so a country view has a map worth zooming).
# No corpus text: what the pictures show may be published with the repository.
#
# Builds dyad (debug, which the test command builds anyway; BIN=path uses another binary),
# ingests the texts into a fresh store, serves it on a free local port and has headless Chromium
# (Debian's `chromium` package) take PNGs into docs/screenshots/: the dashboard, the dashboard
# filtered to one country (the map zoomed to it) on a wide and a 420-pixel window, an actor page, a
# cluster page, an event page and a document page.
#
# Usage: scripts/screenshots.sh [PORT]
set -eu
cd "$(dirname "$0")/.."
PORT="${1:-18765}"
OUT=docs/screenshots
WORK=$(mktemp -d)
DB="$WORK/screens.sqlite"

command -v chromium >/dev/null 2>&1 || { echo "needs chromium: apt-get install -y chromium" >&2; exit 1; }
if [ -z "${BIN:-}" ]; then
    swift build --product dyad >&2
    BIN="$(swift build --show-bin-path)/dyad"
fi

"$BIN" ingest --db "$DB" examples "$OUT/texts" 2> "$WORK/ingest.log"
tail -1 "$WORK/ingest.log"
"$BIN" serve --db "$DB" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in 1 2 3 4 5 6 7 8 9 10; do
    curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break
    sleep 0.5
done

API="http://127.0.0.1:$PORT/api/events"
# The seed article's mass arrest; the cluster told by the most documents.
EVENT=$(curl -sf "$API?text=arrested&type=COERCE&limit=1" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["events"][0]["id"])')
CLUSTER=$(curl -sf "$API?limit=1000" | python3 -c '
import collections, json, sys
events = json.load(sys.stdin)["events"]
docs = collections.defaultdict(set)
for e in events:
    if e["cluster_id"] is not None: docs[e["cluster_id"]].add(e["doc"])
print(max(docs, key=lambda c: (len(docs[c]), -c)))')
DOC=000_0befeabcef7abe3a

mkdir -p "$OUT"
shot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$2" --screenshot="$OUT/$1" "http://127.0.0.1:$PORT$3" 2>/dev/null
    echo "$OUT/$1 <- $3"
}
shot dashboard.png 1400,2200 "/"
# One country: the map is zoomed to it; and the same view on a narrow (phone-sized) window.
shot dashboard-country.png 1400,2200 "/?place=GEO&sort=date&order=desc"
shot dashboard-narrow.png 420,2600 "/?place=GEO&sort=date&order=desc"
shot actor.png 1400,2000 "/actors/GEO"
shot cluster.png 1400,900 "/clusters/$CLUSTER"
shot event.png 1400,1100 "/events/$EVENT"
shot document.png 1400,1600 "/documents/$DOC"
