#!/usr/bin/env bash
# Reproduce every figure of RESULTS.md: predictions of each peer tool on the three datasets,
# their scores by the reference scorer, then the single-threaded speed benchmarks.
#
# Usage: Scripts/peers/run-all.sh [predict|score|bench|all]     (default all)
# Env:   PEERS_VENV (default /work/peers-venv), SHARED (default <repo>/../shared),
#        OUT (default /work/peers-out): predictions, scores and logs go there, outside the repo;
#        MAX_LOAD (unset): benchmarks wait for a 1-minute load average below it.
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

TEXT_TOOLS="trafilatura trafilatura-nocomments trafilatura-fast resiliparse readability newspaper4k"
DATE_TOOLS="htmldate htmldate-fast htmldate-defaults trafilatura trafilatura-nocomments newspaper4k"

predict() {
    # Quality runs: 2 worker processes each (the machine has 2 cores).
    for tool in $TEXT_TOOLS htmldate; do
        "$PY" "$HERE/predict.py" "$tool" wcxb "$WCXB" "$OUT/wcxb-$tool.json"
    done
    for tool in $TEXT_TOOLS; do
        "$PY" "$HERE/predict.py" "$tool" traf "$TRAF" "$OUT/traf-$tool.json"
    done
    for tool in $DATE_TOOLS; do
        "$PY" "$HERE/predict.py" "$tool" dates "$DATES" "$OUT/dates-$tool.json"
    done
    "$PY" "$HERE/predict.py" htmldate dates "$DATES" "$OUT/dates-htmldate-url.json" --with-url
}

score() {
    local files=()
    for tool in $TEXT_TOOLS; do files+=("$OUT/wcxb-$tool.json"); done
    $SCORE wcxb "$WCXB" "${files[@]}" --json "$OUT/score-wcxb.json" | tee "$OUT/score-wcxb.txt"
    # htmldate has dates only: its line of interest is the metadata date match.
    $SCORE wcxb "$WCXB" "$OUT/wcxb-htmldate.json" | tee "$OUT/score-wcxb-htmldate.txt"
    files=()
    for tool in $TEXT_TOOLS; do files+=("$OUT/traf-$tool.json"); done
    $SCORE traf "$TRAF" "${files[@]}" --json "$OUT/score-traf.json" | tee "$OUT/score-traf.txt"
    files=()
    for tool in $DATE_TOOLS htmldate-url; do files+=("$OUT/dates-$tool.json"); done
    $SCORE dates "$DATES" "${files[@]}" --json "$OUT/score-dates.json" | tee "$OUT/score-dates.txt"
}

# With MAX_LOAD set (e.g. 0.5), wait before each benchmark until the 1-minute load average is
# below it, so that other work on the machine does not distort the timings.
wait_idle() {
    [ -n "${MAX_LOAD:-}" ] || return 0
    while awk -v max="$MAX_LOAD" '{ exit !($1 >= max) }' /proc/loadavg; do sleep 20; done
}

bench() {
    # Speed: one thread, all of wcxb-dev in memory; html5lib on the first 200 pages only.
    : > "$OUT/bench.txt"
    for mode in trafilatura trafilatura-fast resiliparse readability newspaper4k parse-lexbor parse-lxml; do
        wait_idle
        "$PY" "$HERE/bench.py" "$mode" "$WCXB/html" | tee -a "$OUT/bench.txt"
    done
    wait_idle
    "$PY" "$HERE/bench.py" parse-html5lib "$WCXB/html" --limit 200 | tee -a "$OUT/bench.txt"
}

case "${1:-all}" in
    predict) predict ;;
    score) score ;;
    bench) bench ;;
    all) predict; score; bench ;;
    *) echo "usage: $0 [predict|score|bench|all]" >&2; exit 2 ;;
esac
