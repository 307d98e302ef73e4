#!/usr/bin/env bash
# Benchmarks `pith batch` (release build): throughput on 1 and 2 threads over the WCXB dev pages,
# and peak RSS on a 2 GB WARC.gz streamed from Scripts/make-big-warc.py. Figures go to
# Docs/batch-benchmarks.md by hand.
#
#   Scripts/bench-batch.sh scaling    # wcxb-dev decompressed into $WORK/wcxb, then --threads 1 and 2
#   Scripts/bench-batch.sh memory     # 2 GB generated into a pipe (no file written), RSS sampled
#
# Env: PITH (default .build/release/pith), SHARED (default <repo>/../shared), WORK (default
# /tmp/pith-batch-bench; delete it afterwards), THREADS (default "1 2"), GIGABYTES (default 2),
# MAX_LOAD (unset): wait for a 1-minute load average below it before each run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
PITH="${PITH:-$root/.build/release/pith}"
SHARED="${SHARED:-$(cd "$root/.." && pwd)/shared}"
WORK="${WORK:-/tmp/pith-batch-bench}"
mkdir -p "$WORK"

wait_idle() {
    [ -n "${MAX_LOAD:-}" ] || return 0
    while awk -v max="$MAX_LOAD" '{ exit !($1 >= max) }' /proc/loadavg; do sleep 20; done
}

# `label wall-seconds cpu-seconds peak-RSS-MiB` from a /usr/bin/time -v log.
times() {
    awk -v label="$1" -F': ' '
        /Elapsed/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
        /User time/ { cpu += $2 } /System time/ { cpu += $2 }
        /Maximum resident/ { rss = $2 / 1024 }
        END { printf "%s %.2f %.2f %.1f\n", label, wall, cpu, rss }' "$2"
}

scaling() {
    if [ ! -d "$WORK/wcxb" ]; then
        mkdir -p "$WORK/wcxb"
        for file in "$SHARED"/data/wcxb-dev/html/*.html.gz; do
            gzip -dc "$file" > "$WORK/wcxb/$(basename "$file" .gz)"
        done
    fi
    local pages
    pages=$(find "$WORK/wcxb" -name '*.html' | wc -l)
    echo "threads pages wall_s cpu_s rss_MiB pages/s(wall) pages/s(cpu) load_before"
    for threads in ${THREADS:-1 2}; do
        wait_idle
        local load
        load=$(cut -d' ' -f1 /proc/loadavg)
        /usr/bin/time -v "$PITH" batch "$WORK/wcxb" --threads "$threads" --quiet -o /dev/null \
            --summary "$WORK/scaling-$threads.json" 2> "$WORK/scaling-$threads.time" || [ $? = 1 ]
        times "$threads" "$WORK/scaling-$threads.time" | awk -v pages="$pages" -v load="$load" \
            '{ printf "%s %d %s %s %s %.1f %.1f %s\n", $1, pages, $2, $3, $4, pages / $2, pages / $3, load }'
    done
}

memory() {
    wait_idle
    local log="$WORK/memory-rss.log"
    : > "$log"
    python3 "$root/Scripts/make-big-warc.py" /dev/stdout --gigabytes "${GIGABYTES:-2}" --level 1 \
        --summary "$WORK/memory-generated.json" 2> /dev/null \
        | /usr/bin/time -v "$PITH" batch - --threads 2 --quiet -o /dev/null \
            --summary "$WORK/memory-run.json" 2> "$WORK/memory.time" &
    local job=$!  # /usr/bin/time, the pipeline's last command; pith is its child
    sleep 1
    local pid
    pid=$(pgrep -P "$job" -x pith || true)
    while kill -0 "$job" 2>/dev/null; do
        [ -n "$pid" ] && echo "$(date +%T) $(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null) kB" >> "$log"
        sleep 10
    done
    wait "$job" || [ $? = 1 ]
    times "2-threads" "$WORK/memory.time"
    echo "RSS samples (kB): $(awk '{ print $2 }' "$log" | sort -n | sed -n '1p;$p' | paste -sd' ')"
    cat "$WORK/memory-run.json"
}

case "${1:-}" in
    scaling) scaling ;;
    memory) memory ;;
    *) echo "usage: $0 scaling|memory" >&2; exit 64 ;;
esac
