#!/usr/bin/env bash
# Workers against PostgreSQL versus one `dyad ingest` into SQLite (docs/scale.md):
#   scripts/scale-bench.sh CORPUS.jsonl POSTGRES_URL [WORKER_COUNTS] [KILLS]
# For the SQLite reference and for each worker count (default "1 2 4") it prints documents,
# events, wall seconds, documents/s and a checksum of the sorted event rows (the `dyad export
# --format jsonl` records, keys sorted) and of the cluster ids of the events (which derive from
# key and first day, so they must agree across stores and orders); then it kills a worker with
# SIGKILL KILLS times (default 3) at random moments while another works, lets a draining worker
# finish, and prints the same line plus the batches claimed more than once. Every PostgreSQL run
# uses a schema of its own (scale_*), dropped at the end. Needs jq, psql and a release build.
set -euo pipefail
CORPUS=$1
URL=$2
COUNTS=${3:-"1 2 4"}
KILLS=${4:-3}
DYAD=${DYAD:-.build/release/dyad}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
sep=$([[ $URL == *\?* ]] && echo "&" || echo "?")
export PGOPTIONS="-c client_min_messages=warning"

checksum() { # store -> "events sha256"
    "$DYAD" export --db "$1" --format jsonl | jq -cS 'del(.id)' | LC_ALL=C sort >"$TMP/rows"
    echo "$(wc -l <"$TMP/rows") $(sha256sum <"$TMP/rows" | cut -c1-16)"
}
documents() { "$DYAD" stats --db "$1" | awk '$1 == "documents" {print $2}'; }
clusters() { "$DYAD" stats --db "$1" | awk '$1 == "clusters" {print $2}'; }
clustersum() { # store -> sha256 of (document, sentence, start, type, cluster id) of every event, sorted
    local q="SELECT doc_id || ' ' || evidence_sentence || ' ' || evidence_start || ' ' || type || ' ' || COALESCE(cluster_id, 0) FROM events"
    if [[ $1 == postgres* ]]; then
        psql "$URL" -qtAc "SET search_path TO ${1##*schema=}; $q" | sed '/^SET$/d'
    else
        sqlite3 "$1" "$q"
    fi | LC_ALL=C sort | sha256sum | cut -c1-16
}
now() { date +%s.%N; }
report() { # label store seconds
    local docs sum
    docs=$(documents "$2")
    sum=$(checksum "$2")
    printf '%-22s documents %6s  events %6s  clusters %5s  checksums %s %s  %5.1f s  %6.0f documents/s\n' \
        "$1" "$docs" "${sum%% *}" "$(clusters "$2")" "${sum##* }" "$(clustersum "$2")" "$3" "$(echo "$docs / $3" | bc -l)"
}

start=$(now)
"$DYAD" ingest --db "$TMP/ref.sqlite" "$CORPUS" 2>/dev/null || true
report "sqlite: dyad ingest" "$TMP/ref.sqlite" "$(echo "$(now) - $start" | bc -l)"

for n in $COUNTS; do
    schema=scale_w$n
    db="$URL${sep}schema=$schema"
    psql "$URL" -qc "DROP SCHEMA IF EXISTS $schema CASCADE" 2>/dev/null
    "$DYAD" enqueue --db "$db" --batch 256 "$CORPUS" 2>/dev/null || true
    start=$(now)
    pids=()
    for _ in $(seq "$n"); do
        "$DYAD" worker --db "$db" --drain --threads "$(((2 + n - 1) / n))" 2>>"$TMP/workers.log" &
        pids+=($!)
    done
    wait "${pids[@]}"
    report "postgres: $n worker(s)" "$db" "$(echo "$(now) - $start" | bc -l)"
    psql "$URL" -qc "DROP SCHEMA $schema CASCADE"
done

if [ "$KILLS" -gt 0 ]; then
    schema=scale_kill
    db="$URL${sep}schema=$schema"
    psql "$URL" -qc "DROP SCHEMA IF EXISTS $schema CASCADE" 2>/dev/null
    "$DYAD" enqueue --db "$db" --batch 256 "$CORPUS" 2>/dev/null || true
    start=$(now)
    # A draining worker runs throughout: it also takes over each victim's batch when its lease ends.
    "$DYAD" worker --db "$db" --drain --lease 5 --threads 1 2>>"$TMP/workers.log" &
    steady=$!
    for k in $(seq "$KILLS"); do
        "$DYAD" worker --db "$db" --lease 5 --threads 1 2>>"$TMP/workers.log" &
        victim=$!
        # Kill it while it holds a batch (claimed, not yet done): wait for its lease, then a random
        # 0-50 ms more, so the kill lands at a different point of the batch each time.
        leased=0
        for _ in $(seq 1 500); do
            leased=$(psql "$URL" -qtAc "SELECT COUNT(*) FROM $schema.jobs WHERE state = 'leased' AND lease_owner LIKE '%:$victim'")
            [ "$leased" -gt 0 ] && break
            sleep 0.01
        done
        delay=$(awk -v s="$RANDOM" 'BEGIN { srand(s); printf "%.3f", rand() * 0.05 }')
        sleep "$delay"
        kill -9 "$victim"
        wait "$victim" 2>/dev/null || true
        echo "kill $k: SIGKILL $delay s after the victim was seen holding $leased batch(es)"
    done
    wait "$steady"
    report "postgres: $KILLS kills" "$db" "$(echo "$(now) - $start" | bc -l)"
    psql "$URL" -qtAc "SELECT 'batches claimed more than once: ' || COUNT(*) FROM $schema.jobs WHERE attempts > 1"
    psql "$URL" -qtAc "SELECT 'documents stored twice: ' || (SELECT COUNT(*) - COUNT(DISTINCT id) FROM $schema.documents)"
    "$DYAD" stats --db "$db" | grep -E '^(queue|failed)'
    psql "$URL" -qc "DROP SCHEMA $schema CASCADE"
fi
