#!/bin/sh
# Load test of dyad serve: wrk (Debian package) for 30 s against /api/events?limit=50 and
# /api/stats/timeline on a store of at least a million events.
#
# Usage: scripts/load.sh [DB] [EVENTS] [SECONDS]
#   DB      the store (default /tmp/dyad-load.sqlite; filled by dyad bench --synthetic when missing)
#   EVENTS  synthetic events to fill it with (default 1000000)
set -eu
cd "$(dirname "$0")/.."
DB="${1:-/tmp/dyad-load.sqlite}"
EVENTS="${2:-1000000}"
SECONDS_RUN="${3:-30}"
PORT="${PORT:-18766}"
SCRATCH="${SCRATCH:-.build-server}"

command -v wrk >/dev/null 2>&1 || { echo "needs wrk: apt-get install -y wrk" >&2; exit 1; }
swift build -c release --scratch-path "$SCRATCH" --product dyad >&2
BIN="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/dyad"
[ -f "$DB" ] || "$BIN" bench --synthetic "$EVENTS" --db "$DB"
"$BIN" stats --db "$DB"

"$BIN" serve --db "$DB" --port "$PORT" > /dev/null 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null' EXIT
for _ in $(seq 1 40); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.25; done

BASE="http://127.0.0.1:$PORT"
# The first whole-store timeline is computed from the rollups (cold); later ones come from the
# response cache until the store changes.
printf 'cold /api/stats/timeline: '
curl -s -o /dev/null -w '%{time_total} s\n' "$BASE/api/stats/timeline"
printf 'cold /api/stats/timeline?by=week&source=USA: '
curl -s -o /dev/null -w '%{time_total} s\n' "$BASE/api/stats/timeline?by=week&source=USA"
for path in "/api/events?limit=50" "/api/stats/timeline" "/api/events?limit=50&type=PROTEST&source=RUS&after=500000"; do
    echo "== $path"
    wrk -t2 -c16 -d"${SECONDS_RUN}s" --latency "$BASE$path" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors|requests in"
done
curl -s "$BASE/metrics" | grep -E '^dyad_http_requests_total' | grep -v 'status="200"' || echo "no non-200 responses"
