#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/, declared when DYAD_FUZZ is set) with the fuzzer and address
# sanitizers and runs each for SECONDS seconds from seeds made of examples/. Exits non-zero on
# the first crash (libFuzzer writes the input as crash-* in the working directory).
#   scripts/fuzz.sh [SECONDS] [TARGET...]        e.g. scripts/fuzz.sh 15   (CI smoke run)
#   FUZZ_CONFIG=release scripts/fuzz.sh 3600 coder   (long run; see docs/fuzzing.md)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(documents text numbers query coder)
config=${FUZZ_CONFIG:-debug}
scratch=.build-fuzz
export DYAD_FUZZ=1 SWIFT_BACKTRACE=enable=no
# SwiftPM passes --sanitize values as separate -sanitize= flags, and the compiler keeps only the
# last, which drops the fuzzer's coverage; one combined flag keeps both. With DYAD_FUZZ set the
# package holds only the fuzz targets and the modules they use, so one `swift build` builds them
# all (one planning pass, and the two cores shared across targets); a single target builds alone.
products=()
[ ${#targets[@]} -eq 1 ] && products=(--product "fuzz-${targets[0]}")
swift build -c "$config" --scratch-path "$scratch" "${products[@]}" --sanitize=fuzzer \
    -Xswiftc -sanitize=fuzzer,address 2>&1 | tail -1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in "${targets[@]}"; do
    corpus="$work/$t"
    mkdir -p "$corpus"
    cp examples/*.txt "$corpus/"
    # One JSON line per example article, and short query strings, as further seeds.
    for f in examples/*.jsonl; do split -l 1 "$f" "$corpus/$(basename "$f" .jsonl)-"; done
    printf 'type=PROTEST,COERCE&source=RUS&limit=10&text=border+closure' >"$corpus/query1"
    printf 'from=2022-09-01&to=2022-09-30&after=12&%%E2%%80%%99=x' >"$corpus/query2"
    echo "== fuzz-$t: ${seconds}s"
    "$scratch/$config/fuzz-$t" -max_total_time="$seconds" -max_len=2048 -timeout=20 -rss_limit_mb=3000 \
        -print_final_stats=1 "$corpus" 2>&1 | grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|Done)' || true
    # libFuzzer's exit status is lost in the pipe above: a crash leaves crash-*/leak-*/timeout-*/oom-*
    # files (any one of them fails the run; `ls` of the four patterns would fail unless all matched).
    failing=$(ls -d crash-* leak-* timeout-* oom-* 2>/dev/null || true)
    if [ -n "$failing" ]; then
        echo "fuzz-$t found a failing input:" && echo "$failing"
        exit 1
    fi
done
