#!/usr/bin/env bash
# Create the Python virtual environment for the peer baselines, with the exact versions that
# RESULTS.md was measured with. Lives outside the repository.
#
# Usage: Scripts/peers/setup-venv.sh            (venv at $PEERS_VENV, default /work/peers-venv)
set -euo pipefail

VENV="${PEERS_VENV:-/work/peers-venv}"
PYTHON="${PYTHON:-python3}"

"$PYTHON" -m venv "$VENV"
"$VENV/bin/pip" install --quiet --upgrade pip
# Every package pinned, dependencies included (pip freeze of the measured environment).
"$VENV/bin/pip" install --quiet -r "$(dirname "$0")/requirements.txt"
"$VENV/bin/python" -c 'import trafilatura, resiliparse, readability, newspaper, htmldate, selectolax, lxml, html5lib' \
    2>/dev/null
echo "peer venv ready: $VENV"
