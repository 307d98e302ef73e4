#!/usr/bin/env bash
# Reproduce every figure of RESULTS.md: predictions of each peer tool on the three datasets,
# their scores by the reference scorer, then the single-threaded speed benchmarks.
#
# Usage: Scripts/peers/run-all.sh [quality|bench|all]     (default all)
# Env:   PEERS_VENV (default /work/peers-venv), SHARED (default <repo>/../shared),
#        OUT (default /work/peers-out): predictions, scores and logs go there, outside the repo.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
PY="${PEERS_VENV:-/work/peers-venv}/bin/python"
SHARED="${SHARED:-$(cd "$HERE/../../.." && pwd)/shared}"
OUT="${OUT:-/work/peers-out}"
WCXB="$SHARED/data/wcxb-dev"
TRAF="$SHARED/data/trafilatura-eval"
DATES="$SHARED/data/htmldate-eval"
SCORE="python3 $SHARED/tools/score.py"
mkdir -p "$OUT"

quality() {
    # Quality runs: 2 worker processes each (the machine has 2 cores).
    for tool in trafilatura resiliparse readability newspaper4k htmldate; do
        "$PY" "$HERE/predict.py" "$tool" wcxb "$WCXB" "$OUT/wcxb-$tool.json"
    done
    for tool in trafilatura resiliparse readability newspaper4k; do
        "$PY" "$HERE/predict.py" "$tool" traf "$TRAF" "$OUT/traf-$tool.json"
    done
    for tool in htmldate htmldate-fast htmldate-defaults trafilatura newspaper4k; do
        "$PY" "$HERE/predict.py" "$tool" dates "$DATES" "$OUT/dates-$tool.json"
    done
    "$PY" "$HERE/predict.py" htmldate dates "$DATES" "$OUT/dates-htmldate-url.json" --with-url

    $SCORE wcxb "$WCXB" "$OUT"/wcxb-{trafilatura,resiliparse,readability,newspaper4k,htmldate}.json \
        --json "$OUT/score-wcxb.json" | tee "$OUT/score-wcxb.txt"
    $SCORE traf "$TRAF" "$OUT"/traf-{trafilatura,resiliparse,readability,newspaper4k}.json \
        --json "$OUT/score-traf.json" | tee "$OUT/score-traf.txt"
    $SCORE dates "$DATES" \
        "$OUT"/dates-{htmldate,htmldate-fast,htmldate-defaults,htmldate-url,trafilatura,newspaper4k}.json \
        --json "$OUT/score-dates.json" | tee "$OUT/score-dates.txt"
}

bench() {
    # Speed: one thread, all of wcxb-dev in memory; html5lib on the first 200 pages only.
    : > "$OUT/bench.txt"
    for mode in trafilatura resiliparse readability newspaper4k parse-lexbor parse-lxml; do
        "$PY" "$HERE/bench.py" "$mode" "$WCXB/html" | tee -a "$OUT/bench.txt"
    done
    "$PY" "$HERE/bench.py" parse-html5lib "$WCXB/html" --limit 200 | tee -a "$OUT/bench.txt"
}

case "${1:-all}" in
    quality) quality ;;
    bench) bench ;;
    all) quality; bench ;;
    *) echo "usage: $0 [quality|bench|all]" >&2; exit 2 ;;
esac
