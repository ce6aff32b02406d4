#!/bin/sh
# Screenshots of the dashboard on the seed article, the examples and the RSS 2022 corpus.
#
# Builds dyad (release), ingests examples/ and ../shared/data/corpus/rss2022_en.jsonl into a fresh
# store, serves it on a free local port and has headless Chromium (Debian's `chromium` package)
# take PNGs of the dashboard, an event page and a document page into docs/screenshots/.
#
# Usage: scripts/screenshots.sh [PORT]
set -eu
cd "$(dirname "$0")/.."
PORT="${1:-18765}"
SCRATCH="${SCRATCH:-.build-server}"
CORPUS=../shared/data/corpus/rss2022_en.jsonl
OUT=docs/screenshots
WORK=$(mktemp -d)
DB="$WORK/screens.sqlite"

command -v chromium >/dev/null 2>&1 || { echo "needs chromium: apt-get install -y chromium" >&2; exit 1; }
swift build -c release --scratch-path "$SCRATCH" --product dyad >&2
BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/dyad"

# The corpus has some items with empty text; ingest reports them and exits 1, which is expected.
"$BIN" ingest --db "$DB" examples "$CORPUS" 2> "$WORK/ingest.log" || true
tail -1 "$WORK/ingest.log"
"$BIN" stats --db "$DB"
"$BIN" serve --db "$DB" --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in 1 2 3 4 5 6 7 8 9 10; do
    curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break
    sleep 0.5
done

# The seed article's protest-law event and its document, and a busy event from the corpus.
EVENT=$(curl -sf "http://127.0.0.1:$PORT/api/events?text=arrested&type=COERCE&limit=1" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["events"][0]["id"])')
DOC=000_0befeabcef7abe3a

mkdir -p "$OUT"
shot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$2" --screenshot="$OUT/$1" "http://127.0.0.1:$PORT$3" 2>/dev/null
    echo "$OUT/$1 <- $3"
}
shot dashboard.png 1400,2200 "/"
shot dashboard-filtered.png 1400,2200 "/?type=PROTEST&type=COERCE&by=day&unit=arrested"
# One country: the map is zoomed to it; and the same view on a narrow (phone-sized) window.
shot dashboard-country.png 1400,2200 "/?place=UKR"
shot dashboard-narrow.png 420,2400 "/?place=UKR"
shot event.png 1400,1100 "/events/$EVENT"
shot document.png 1400,1600 "/documents/$DOC"
