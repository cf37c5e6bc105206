#!/usr/bin/env bash
# Rebuilds crates/nlp/data/entities/first_names.tsv from the pinned PyPI package
# names (US Census 1990 lists, public domain). Usage: crates/nlp/scripts/build_names.sh (from the repository root)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="$root/bench/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q names==0.3.0
"$venv/bin/python" "$here/build_names.py" "$here/../data/entities/first_names.tsv"
