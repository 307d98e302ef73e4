#!/usr/bin/env bash
# Verifies the Spark example end to end, in local mode: builds pith, installs pyspark into
# examples/spark/.venv (once), makes three small WARCs, runs pith_spark.py over them with
# spark-submit --master local[2], and checks that the job's output holds exactly the lines that
# `pith batch` prints for each file run on its own. Needs Java 17+ and network access to PyPI
# the first time. Not part of CI (it downloads pyspark and starts a JVM).
#
#   examples/spark/verify.sh                   # builds a release pith with a static Swift runtime
#   PITH_BINARY=.build/release/pith examples/spark/verify.sh   # uses a binary already built
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/work"
rm -rf "$work"
mkdir -p "$work/inputs"

if [[ -z "${PITH_BINARY:-}" ]]; then
    # A static Swift runtime, so that executors need no Swift installed.
    (cd "$root" && swift build -c release --static-swift-stdlib --product pith --build-path .build-static)
    PITH_BINARY="$root/.build-static/release/pith"
fi
cp "$PITH_BINARY" "$work/pith"

if [[ ! -x "$here/.venv/bin/spark-submit" ]]; then
    python3 -m venv "$here/.venv"
    "$here/.venv/bin/pip" install --quiet pyspark
fi

# Inputs: two WARCs written by warcio (the test fixtures) and one generated with damaged records.
cp "$root/Tests/Fixtures/warc/mixed.warc.gz" "$root/Tests/Fixtures/warc/v11.warc.gz" "$work/inputs/"
python3 "$root/Scripts/make-big-warc.py" "$work/inputs/generated.warc.gz" --gigabytes 0.0004 --fault-every 9 \
    --summary "$work/generated-summary.json" 2>/dev/null
ls "$work"/inputs/*.warc.gz > "$work/paths.txt"

export PYSPARK_PYTHON="$here/.venv/bin/python"
"$here/.venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
    --files "$work/pith" "$here/pith_spark.py" --paths "$work/paths.txt" --output "$work/output" \
    --threads 1 -- --order input 2> "$work/spark.log" | tee "$work/job.txt"

# The reference: each file through pith on its own.
while read -r path; do
    "$work/pith" batch --quiet --threads 1 --order input "$path" || [[ $? == 1 ]]
done < "$work/paths.txt" | sort > "$work/expected.jsonl"
cat "$work"/output/part-* | sort > "$work/actual.jsonl"

expected=$(wc -l < "$work/expected.jsonl")
generated=$("$here/.venv/bin/python" -c "
import json; s = json.load(open('$work/generated-summary.json'))['expected']
print(s['documents'] + s['faults'])")
if ! cmp -s "$work/expected.jsonl" "$work/actual.jsonl"; then
    echo "verify: FAILED: the Spark output differs from pith batch run per file" >&2
    diff <(cut -c1-200 "$work/expected.jsonl") <(cut -c1-200 "$work/actual.jsonl") | head -20 >&2
    exit 1
fi
# mixed.warc.gz and v11.warc.gz hold 4 and 2 HTML responses; the generated file's summary says
# how many records (documents and faults) it holds.
if [[ "$expected" -ne $((4 + 2 + generated)) ]]; then
    echo "verify: FAILED: $expected lines, expected $((4 + 2 + generated))" >&2
    exit 1
fi
echo "verify: OK: $expected lines from 3 WARCs, identical to pith batch per file"
