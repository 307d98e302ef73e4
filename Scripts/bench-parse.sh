#!/bin/sh
# Pith's HTML parser beside lexbor and lxml (Scripts/peers/bench.py) in one time window: ROUNDS
# rounds of Pith, lexbor, lxml, one after another, so that each ratio compares runs made under
# the same load. Run from the repository root after `swift build -c release --product pith`.
#
#   Scripts/bench-parse.sh [DIR]    DIR: decompressed pages (default /tmp/wcxb-html, made from
#                                   ../shared/data/wcxb-dev/html/*.html.gz when missing)
#   env: ROUNDS (default 2), PEERS_VENV (default /work/peers-venv), SHARED (default ../shared)
set -eu
dir=${1:-/tmp/wcxb-html}
rounds=${ROUNDS:-2}
python=${PEERS_VENV:-/work/peers-venv}/bin/python
shared=${SHARED:-../shared}
if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    for page in "$shared"/data/wcxb-dev/html/*.html.gz; do
        gunzip -c "$page" > "$dir/$(basename "$page" .gz)"
    done
fi
for round in $(seq "$rounds"); do
    echo "== round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
    .build/release/pith bench parse "$dir" --runs 3
    "$python" Scripts/peers/bench.py parse-lexbor "$dir" --repeat 3
    "$python" Scripts/peers/bench.py parse-lxml "$dir"
done
