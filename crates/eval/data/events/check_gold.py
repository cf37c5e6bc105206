#!/usr/bin/env python3
"""Validate crates/eval/data/events/gold.jsonl and print its counts (stdlib only).

Checks: each line is a JSON object with the expected keys and types; ids are
unique and dates are ISO; every code is a CAMEO event code (3 or 4 digits)
found in CAMEO.eventcodes.txt or CAMEO.goldsteinscale.txt; every trigger
occurs verbatim in its text; actor codes look like CAMEO actor codes.

Usage: check_gold.py [gold.jsonl] [--cameo DIR]
Exit status 0 when valid, 1 otherwise.
"""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GOLD = os.path.join(HERE, "gold.jsonl")
DEFAULT_CAMEO = "/work/shared/data/petrarch-cameo/gdelt-lookups"

ROOT_NAMES = {
    "01": "make public statement", "02": "appeal", "03": "express intent to cooperate",
    "04": "consult", "05": "diplomatic cooperation", "06": "material cooperation",
    "07": "provide aid", "08": "yield", "09": "investigate", "10": "demand",
    "11": "disapprove", "12": "reject", "13": "threaten", "14": "protest",
    "15": "exhibit force posture", "16": "reduce relations", "17": "coerce",
    "18": "assault", "19": "fight", "20": "unconventional mass violence",
}
ACTOR_RE = re.compile(r"^(?:[A-Z]{3})(?:[A-Z]{3})*$")


def load_codes(cameo_dir):
    """Codes from both lookup files. CAMEO.eventcodes.txt runs line 106 into
    the 1056 line ("...engagement106:[-5.0] Demand withdrawal"), so the
    Goldstein file, which lists 106 on its own, is read as well."""
    codes = {}
    path = os.path.join(cameo_dir, "CAMEO.eventcodes.txt")
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\r\n").split("\t", 1)
            if len(parts) == 2 and parts[0].isdigit():
                codes[parts[0]] = parts[1]
                m = re.search(r"(\d{3,4}):\[[-0-9.]+\]\s*(.*)$", parts[1])
                if m:
                    codes[m.group(1)] = m.group(2)
    gpath = os.path.join(cameo_dir, "CAMEO.goldsteinscale.txt")
    if os.path.exists(gpath):
        with open(gpath, encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.strip().split("\t")
                if len(parts) == 2 and parts[0].isdigit():
                    codes.setdefault(parts[0], "(from Goldstein file)")
    return codes


def main(argv):
    gold, cameo = DEFAULT_GOLD, DEFAULT_CAMEO
    args = list(argv)
    if "--cameo" in args:
        i = args.index("--cameo")
        cameo = args[i + 1]
        del args[i:i + 2]
    if args:
        gold = args[0]
    codes = load_codes(cameo)
    errors = []
    ids = set()
    n_texts = n_events = n_reported = n_empty = 0
    roots = collections.Counter()
    by_code = collections.Counter()
    with open(gold, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            where = f"line {lineno}"
            if not line.strip():
                errors.append(f"{where}: blank line")
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON: {e}")
                continue
            if not isinstance(obj, dict) or set(obj) != {"id", "published", "text", "events"}:
                errors.append(f"{where}: expected exactly keys id, published, text, events")
                continue
            oid, text = obj["id"], obj["text"]
            where = f"line {lineno} ({oid})"
            # three digits for the first nine sets (ev001-ev999, all taken),
            # four digits from the tenth on (ev1000-ev9999)
            if not isinstance(oid, str) or not re.fullmatch(r"ev(?:\d{3}|[1-9]\d{3})", oid):
                errors.append(f"{where}: bad id")
            if oid in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(oid)
            try:
                datetime.date.fromisoformat(obj["published"])
            except (TypeError, ValueError):
                errors.append(f"{where}: published is not YYYY-MM-DD")
            if not isinstance(text, str) or not text.strip():
                errors.append(f"{where}: empty text")
                continue
            if not isinstance(obj["events"], list):
                errors.append(f"{where}: events is not a list")
                continue
            n_texts += 1
            if not obj["events"]:
                n_empty += 1
            seen = set()
            for j, ev in enumerate(obj["events"]):
                ew = f"{where} event {j}"
                if not isinstance(ev, dict):
                    errors.append(f"{ew}: not an object")
                    continue
                keys = set(ev)
                need = {"source", "target", "code", "reported", "trigger"}
                if not need <= keys or not keys <= need | {"note"}:
                    errors.append(f"{ew}: keys {sorted(keys)}")
                    continue
                for side in ("source", "target"):
                    a = ev[side]
                    if a is not None and (not isinstance(a, str) or not ACTOR_RE.match(a)):
                        errors.append(f"{ew}: bad {side} actor code {a!r}")
                if ev["source"] is None and ev["target"] is None:
                    errors.append(f"{ew}: both actors null")
                code = ev["code"]
                if not isinstance(code, str) or not re.fullmatch(r"\d{3,4}", code):
                    errors.append(f"{ew}: code {code!r} is not 3 or 4 digits")
                elif code not in codes:
                    errors.append(f"{ew}: code {code} not in the CAMEO codebook")
                elif code[:2] not in ROOT_NAMES:
                    errors.append(f"{ew}: code {code} has no root")
                if not isinstance(ev["reported"], bool):
                    errors.append(f"{ew}: reported is not a boolean")
                trig = ev["trigger"]
                if not isinstance(trig, str) or not trig or trig not in text:
                    errors.append(f"{ew}: trigger {trig!r} not found verbatim in text")
                if "note" in ev and not isinstance(ev["note"], str):
                    errors.append(f"{ew}: note is not a string")
                key = (ev["source"], ev["target"], code)
                if key in seen:
                    errors.append(f"{ew}: duplicate event {key}")
                seen.add(key)
                n_events += 1
                n_reported += ev["reported"] is True
                if isinstance(code, str) and len(code) >= 2:
                    roots[code[:2]] += 1
                    by_code[code] += 1
    print(f"texts: {n_texts} (with no event: {n_empty})")
    print(f"events: {n_events} (reported=true: {n_reported})")
    print("events per CAMEO root:")
    for r in sorted(ROOT_NAMES):
        print(f"  {r} {ROOT_NAMES[r]:<30} {roots.get(r, 0)}")
    print("codes used: " + ", ".join(f"{c}x{n}" for c, n in sorted(by_code.items())))
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
