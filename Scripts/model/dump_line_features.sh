#!/bin/sh
# Dumps text mode's line features for train_line_model.py into the folder $1 (default
# /tmp/text-features): columns.json; wcxb.jsonl, every WCXB dev page rendered by the naive
# renderer in the blocks layout and in one of inline, markdown and wrapped in turn (two layouts
# per page: a million rows rather than two, for the shared machine); traf.jsonl, every
# trafilatura eval page in the blocks layout. Run from the repository root after
# `swift build -c release --product pith`; PITH_SHARED overrides ../shared,
# PITH_BINARY the pith executable.
set -eu
out=${1:-/tmp/text-features}
shared=${PITH_SHARED:-../shared}
pith=${PITH_BINARY:-.build/release/pith}
mkdir -p "$out"
"$pith" dev text-features --columns > "$out/columns.json"
wcxb=$(ls "$shared"/data/wcxb-dev/html/*.html.gz)
nth() { echo "$wcxb" | awk -v k="$1" 'NR % 3 == k'; }
{
    "$pith" dev text-features --text-style blocks $wcxb
    "$pith" dev text-features --text-style inline $(nth 0)
    "$pith" dev text-features --text-style markdown $(nth 1)
    "$pith" dev text-features --text-style wrapped $(nth 2)
} > "$out/wcxb.jsonl"
"$pith" dev text-features --text-style blocks "$shared"/data/trafilatura-eval/html/*.gz > "$out/traf.jsonl"
wc -l "$out"/*.jsonl
