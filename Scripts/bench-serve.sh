#!/usr/bin/env bash
# Load benchmark of `pith serve`: wrk POSTs a ~100 KB page to /v1/extract on loopback.
#
#   Scripts/bench-serve.sh [PAGE] [DURATION] [CONNECTIONS]
#
# PAGE defaults to ../shared/data/wcxb-dev/html/0032.html.gz (100,652 bytes, an article),
# DURATION to 60s, CONNECTIONS to 16. Prints wrk's report (requests/s, latency percentiles,
# non-2xx count) and the server's resident memory sampled every 10 s (KiB), to show whether it
# stays flat. Builds `pith` in release mode unless PITH_BIN names one. Needs wrk (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
page_source=${1:-../shared/data/wcxb-dev/html/0032.html.gz}
duration=${2:-60s}
connections=${3:-16}
port=${PITH_BENCH_PORT:-18080}
bin=${PITH_BIN:-}
if [ -z "$bin" ]; then
    swift build -c release --product pith
    bin="$(swift build -c release --show-bin-path)/pith"
fi
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; kill "$sampler" 2>/dev/null || true; rm -rf "$work"' EXIT
case "$page_source" in
    *.gz) gunzip -c "$page_source" > "$work/page.html" ;;
    *) cp "$page_source" "$work/page.html" ;;
esac
echo "page: $page_source ($(wc -c < "$work/page.html") bytes); wrk -t2 -c$connections -d$duration; $(nproc) cores"

"$bin" serve --host 127.0.0.1 --port "$port" --log-level warning &
server=$!
for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
# Warm up: first requests fault in code and grow the allocator's pools.
PITH_BENCH_PAGE="$work/page.html" wrk -t2 -c"$connections" -d5s -s Scripts/bench/post-page.lua "http://127.0.0.1:$port/v1/extract" >/dev/null

(while kill -0 "$server" 2>/dev/null; do
    echo "$(date +%s) $(ps -o rss= -p "$server")"
    sleep 10
done) > "$work/rss.log" &
sampler=$!
PITH_BENCH_PAGE="$work/page.html" wrk -t2 -c"$connections" -d"$duration" --latency --timeout 30s \
    -s Scripts/bench/post-page.lua "http://127.0.0.1:$port/v1/extract"
kill "$sampler"
echo "resident memory (KiB) every 10 s:"
awk 'NR == 1 { start = $1 } { printf "  t=%4ds %s\n", $1 - start, $2 }' "$work/rss.log"
curl -fs "http://127.0.0.1:$port/metrics" | grep -E '^pith_http_requests_total|^process_resident' || true
