#!/usr/bin/env bash
# Browser test of the reader page: builds `pith`, then Scripts/browser_test.py serves it on
# loopback, pastes Scripts/browser-test/sample-article.html into the reader in headless Chromium,
# checks the rendered article (and that hostile HTML cannot run), and saves phone and desktop
# screenshots. Needs Debian's chromium (apt-get install -y chromium).
#
#   Scripts/browser-test.sh [OUTPUT_DIR]        (default .build/browser-test)
#   PITH_BIN=path/to/pith Scripts/browser-test.sh   (skip the build)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null; then
    echo "browser-test: chromium is not installed (apt-get install -y chromium)" >&2
    exit 1
fi
bin=${PITH_BIN:-}
if [ -z "$bin" ]; then
    swift build --product pith
    bin="$(swift build --show-bin-path)/pith"
fi
python3 Scripts/browser_test.py --pith "$bin" --out "${1:-.build/browser-test}"
