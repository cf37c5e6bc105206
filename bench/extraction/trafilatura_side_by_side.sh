#!/usr/bin/env bash
# Side-by-side run on the Zyte article-extraction benchmark: Python
# trafilatura 2.3.1 (in a virtualenv under bench/.venv) and dossier-html, on
# the same 181 pages in the same run, each on one core.
#
# usage: bench/extraction/trafilatura_side_by_side.sh [DATA_DIR]
# DATA_DIR defaults to $DOSSIER_SHARED_DATA/article-extraction-benchmark or
# ../shared/data/article-extraction-benchmark next to the repository.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
data="${1:-${DOSSIER_SHARED_DATA:-$repo/../shared/data}/article-extraction-benchmark}"
if [ ! -f "$data/ground-truth.json" ]; then
    echo "error: no benchmark at $data (pass the article-extraction-benchmark folder)" >&2
    exit 2
fi
venv="$repo/bench/.venv"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import trafilatura, lxml_html_clean, sys; sys.exit(trafilatura.__version__ != "2.3.1")' 2>/dev/null; then
    # lxml 6 moved the cleaner trafilatura imports into its own package.
    "$venv/bin/pip" install --quiet 'trafilatura==2.3.1' lxml_html_clean
fi
cargo build --quiet --release -p dossier-html --example extract --manifest-path "$repo/Cargo.toml"
# Pin both to one core so pages/s compare like for like.
pin=""
if command -v taskset >/dev/null; then pin="taskset -c 0"; fi
echo "== python trafilatura (one core)"
$pin "$venv/bin/python" "$repo/bench/extraction/trafilatura_side_by_side.py" "$data"
echo "== dossier-html (one core)"
$pin "$repo/target/release/examples/extract" eval-zyte "$data" --json \
    | "$venv/bin/python" -c 'import json,sys; r=json.load(sys.stdin); print(json.dumps({"system":"dossier-html","pages":r["pages"],"precision":round(r["precision"],4),"recall":round(r["recall"],4),"f1":round(r["f1"],4),"seconds":round(r["seconds"],3),"pages_per_second":round(r["pages_per_second"],1)}))'
