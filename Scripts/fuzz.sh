#!/usr/bin/env bash
# Builds and runs the PithHTML libFuzzer harness (Fuzz/ParseFuzzer.swift). See Fuzz/README.md.
#
#   Scripts/fuzz.sh build            compile .build-fuzz/parse-fuzzer (ASan + libFuzzer, -O)
#   Scripts/fuzz.sh seed             write the seed corpus (html5lib-tests inputs + page samples)
#   Scripts/fuzz.sh run [SECONDS]    build, seed if empty, fuzz (default 1800 s); extra libFuzzer
#                                    flags go in FUZZ_FLAGS
#   Scripts/fuzz.sh repro FILE...    run the harness once on each file (a crash reproducer)
#   Scripts/fuzz.sh minimize FILE    shrink a crashing input (-minimize_crash=1) to FILE.min
#
# The harness cannot be a SwiftPM target: it defines LLVMFuzzerTestOneInput and no `main`, which
# would break `swift build`. So it is compiled here with swiftc, with the library sources, outside
# `.build`. Environment: CORPUS (default fuzz-corpus/, which git ignores), ARTIFACTS (crashes,
# timeouts, OOMs; default .build-fuzz/artifacts), PAGES (default /tmp/wcxb-html), PITH_SHARED (as for
# the tests; default ../shared), MAX_LEN (default 32768).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
out=.build-fuzz
binary=$out/parse-fuzzer
shared=${PITH_SHARED:-$repo/../shared}
corpus=${CORPUS:-$repo/fuzz-corpus}
artifacts=${ARTIFACTS:-$repo/$out/artifacts}
pages=${PAGES:-/tmp/wcxb-html}
max_len=${MAX_LEN:-32768}

build() {
    mkdir -p "$out"
    # One module named PithHTML: the library, the test-side invariant checker, the entry point.
    # The upcoming features match Package.swift's swiftSettings. Warnings are left to the package
    # build (here they would only say that the checker's `import PithHTML` names its own module);
    # lld links without gold's noise about the sanitizer's local symbols.
    swiftc -O -g -sanitize=fuzzer,address -parse-as-library -suppress-warnings -use-ld=lld \
        -module-name PithHTML -package-name Pith \
        -enable-upcoming-feature ExistentialAny -enable-upcoming-feature InternalImportsByDefault \
        $(find Sources/PithHTML -name '*.swift' | sort) \
        Sources/PithTestSupport/DocumentInvariants.swift \
        Fuzz/ParseFuzzer.swift \
        -o "$binary"
    echo "built $binary"
}

seed() {
    if [ ! -d "$shared/html5lib-tests" ]; then
        echo "no html5lib-tests in $shared: set PITH_SHARED" >&2
        exit 1
    fi
    mkdir -p "$corpus"
    if [ ! -d "$pages" ] && [ -d "$shared/data/wcxb-dev/html" ]; then
        mkdir -p "$pages"
        for page in "$shared"/data/wcxb-dev/html/*.html.gz; do
            gunzip -c "$page" > "$pages/$(basename "${page%.gz}")"
        done
    fi
    python3 - "$shared/html5lib-tests" "$pages" "$corpus" "$max_len" <<'PY'
import glob, hashlib, json, os, random, sys
tests, pages, corpus, max_len = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
seeds = []
# Tree-construction inputs; a fragment test's context goes in front as the control byte would
# not choose it, so the plain input is used as is.
for path in sorted(glob.glob(os.path.join(tests, "tree-construction", "**", "*.dat"), recursive=True)):
    lines = open(path, encoding="utf-8", errors="surrogateescape").read().split("\n")
    for i, line in enumerate(lines):
        if line == "#data":
            data = []
            for next_line in lines[i + 1:]:
                if next_line.startswith("#errors") or next_line.startswith("#document"):
                    break
                data.append(next_line)
            seeds.append("\n".join(data).encode("utf-8", "surrogateescape"))
# Tokenizer inputs (their double-escaped ones are decoded).
for path in sorted(glob.glob(os.path.join(tests, "tokenizer", "*.test"))):
    for test in json.load(open(path, encoding="utf-8")).get("tests", []):
        text = test["input"]
        if test.get("doubleEscaped"):
            text = text.encode("utf-8", "surrogatepass").decode("unicode_escape")
        seeds.append(text.encode("utf-8", "surrogatepass"))
# Real pages: a fixed sample, cut into max_len pieces at the start and at a few offsets.
rng = random.Random(1)
page_paths = sorted(glob.glob(os.path.join(pages, "*.html")))
for path in rng.sample(page_paths, min(200, len(page_paths))):
    data = open(path, "rb").read()
    for offset in sorted({0, len(data) // 3, 2 * len(data) // 3}):
        seeds.append(data[offset:offset + max_len])
written = 0
for seed in seeds:
    name = hashlib.sha1(seed).hexdigest()
    target = os.path.join(corpus, name)
    if not os.path.exists(target):
        open(target, "wb").write(seed)
        written += 1
print(f"seed corpus {corpus}: {written} new of {len(seeds)} inputs")
PY
}

run() {
    local seconds=${1:-1800}
    build
    if [ -z "$(ls -A "$corpus" 2>/dev/null)" ]; then seed; fi
    mkdir -p "$artifacts"
    # One process (what -jobs=1 -workers=1 amounts to, with the output here): the machine is
    # shared. Inputs of up to max_len bytes; a unit slower than 10 s is a timeout, a process above
    # 2 GB resident an OOM; both are findings.
    # shellcheck disable=SC2086
    "$binary" "$corpus" \
        -dict=Fuzz/html.dict -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$artifacts/" ${FUZZ_FLAGS:-}
}

case "${1:-run}" in
    build) build ;;
    seed) seed ;;
    run) shift || true; run "$@" ;;
    repro) shift; build; "$binary" -rss_limit_mb=2048 -timeout=10 "$@" ;;
    minimize)
        build
        "$binary" -minimize_crash=1 -runs=20000 -timeout=10 -rss_limit_mb=2048 \
            -exact_artifact_path="$2.min" "$2"
        ;;
    *) echo "usage: $0 build|seed|run [SECONDS]|repro FILE...|minimize FILE" >&2; exit 2 ;;
esac
