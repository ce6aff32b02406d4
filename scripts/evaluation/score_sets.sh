#!/bin/bash
# Scores the annotated RSS sets with a dyad binary and prints F1, precision, recall, matched dyads and events per set.
#
# usage: scripts/evaluation/score_sets.sh OUTDIR [DYAD] [-- extra dyad code options]
#   OUTDIR  where the joined gold files (SET.gold.jsonl) and the outputs (SET.out.jsonl) go; made if missing.
#           It holds corpus text (the gold files join it): keep it outside the repository.
#   DYAD    the binary (default .build/release/dyad).
# Sets: read, read2, … read10 (read for errors), all (the ten together) and unread (only scored).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:?usage: score_sets.sh OUTDIR [DYAD] [-- options]}"; shift
dyad="$root/.build/release/dyad"
if [ $# -gt 0 ] && [ "$1" != "--" ]; then dyad="$1"; shift; fi
[ $# -gt 0 ] && [ "$1" = "--" ] && shift
mkdir -p "$out"
for s in read read2 read3 read4 read5 read6 read7 read8 read9 read10 unread; do
  [ -s "$out/$s.gold.jsonl" ] || python3 "$here/rss_gold.py" "$root/eval/rss/$s.jsonl" > "$out/$s.gold.jsonl"
done
cat "$out/read.gold.jsonl" "$out/read2.gold.jsonl" "$out/read3.gold.jsonl" "$out/read4.gold.jsonl" \
  "$out/read5.gold.jsonl" "$out/read6.gold.jsonl" "$out/read7.gold.jsonl" "$out/read8.gold.jsonl" \
  "$out/read9.gold.jsonl" "$out/read10.gold.jsonl" > "$out/all.gold.jsonl"
for s in read read2 read3 read4 read5 read6 read7 read8 read9 read10 all unread; do
  "$dyad" code --format jsonl "$@" "$out/$s.gold.jsonl" > "$out/$s.out.jsonl" 2>/dev/null
  python3 "$root/../shared/eval/score.py" "$out/$s.gold.jsonl" "$out/$s.out.jsonl" --json | python3 -c "
import json, sys
d = json.load(sys.stdin)
p, r = d['precision_on_exhaustive_docs'], d['recall']
f = 2 * p * r / (p + r) if p + r else 0
print('%-7s F1 %.3f  P %.3f  R %.3f  matched %4d  events %4d' % ('$s', f, p, r, d['matched'], d['system_events']))"
done
