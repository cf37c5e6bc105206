#!/usr/bin/env python3
"""Development helper for the event coder (issue 6); standard library only.

Run from the repository root after `cargo build --release --locked -p dossier`.

  events_dev.py sum BIN [BIN2]        pooled root P/R/F1 over the developed gold
                                      sets and over the blind ones (totals only),
                                      per set; with BIN2, both side by side
  events_dev.py misses BIN [--root 17] [--set heldout18]
                                      texts of the developed sets where the
                                      coder misses a gold root or adds one,
                                      with gold and system events
  events_dev.py same BIN_A BIN_B      byte-compares two binaries' outputs on
                                      every gold set (--details), the PETRARCH2
                                      records with both verb lexicons, the
                                      example articles and NPOL PolNeAR test
                                      texts (env NPOL, default 84)

The blind sets (BLIND below) are never printed text by text: only their
totals. Whoever opens one for development moves it to DEVELOPED and says so
in crates/eval/data/events/README.md.
"""
import json
import os
import subprocess
import sys
import tempfile

GOLD = "crates/eval/data/events"
DEVELOPED = ["gold", "heldout", "heldout2"] + [f"heldout{i}" for i in range(5, 19)]
BLIND = ["heldout3", "heldout4", "heldout19", "heldout20", "heldout21"]
SHARED = os.environ.get("DOSSIER_SHARED", "../shared")


def path(name):
    return f"{GOLD}/{name}.jsonl"


def run_json(binary, name, details=False):
    cmd = [binary, "eval", "events", "--gold", path(name), "--format", "json"]
    if details:
        cmd.append("--details")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def totals(binary, names):
    rows, tp, fp, fn, raa = [], 0, 0, 0, 0
    for n in names:
        if not os.path.exists(path(n)):
            continue
        d = run_json(binary, n)
        r = d["root"]
        rows.append((n, r["precision"], r["recall"], r["f1"], d["reported_as_asserted"]))
        tp, fp, fn, raa = tp + r["tp"], fp + r["fp"], fn + r["fn"], raa + d["reported_as_asserted"]
    return rows, (tp, fp, fn, raa)


def cmd_sum(bins):
    for label, names in (("developed", DEVELOPED), ("blind", BLIND)):
        results = [totals(b, names) for b in bins]
        print(f"== {label}")
        for i, row in enumerate(results[0][0]):
            cells = [f"{row[0]:<10}"]
            for res in results:
                n, p, r, f, raa = res[0][i]
                cells.append(f"P {p:.3f} R {r:.3f} F1 {f:.3f} asserted {raa}")
            print("  ".join(cells))
        cells = ["pooled    "]
        for res in results:
            tp, fp, fn, raa = res[1]
            p, r, f = prf(tp, fp, fn)
            cells.append(f"P {p:.4f} R {r:.4f} F1 {f:.4f} asserted {raa} (matched {tp}, system {tp + fp}, gold {tp + fn})")
        print("  ".join(cells))


def roots(events):
    return [e["code"][:2] for e in events]


def cmd_misses(binary, root, only):
    texts = {}
    names = [only] if only else DEVELOPED
    for n in names:
        if n in BLIND:
            sys.exit(f"{n} is blind: open it in the gold README and move it to DEVELOPED first")
        for line in open(path(n), encoding="utf-8"):
            o = json.loads(line)
            texts[o["id"]] = o["text"]
        d = run_json(binary, n, details=True)
        for rec in d["details"]:
            g, s = roots(rec["gold"]), roots(rec["system"])
            if root:
                bad = g.count(root) != s.count(root)
            else:
                bad = sorted(g) != sorted(s)
            if not bad:
                continue
            print(f"--- {n} {rec['id']}: {texts[rec['id']]}")
            for e in rec["gold"]:
                print(f"  gold {e['code']:<5} {e['source']} -> {e['target']} [{e['trigger']}]{' reported' if e['reported'] else ''}")
            for e in rec["system"]:
                print(f"  sys  {e['code']:<5} {e['source']} -> {e['target']} [{e['trigger']}]{'' if e['asserted'] else ' reported'}")


def cmd_same(a, b):
    npol = int(os.environ.get("NPOL", "84"))
    jobs = []
    for f in sorted(os.listdir(GOLD)):
        if f.endswith(".jsonl"):
            jobs.append(["eval", "events", "--gold", f"{GOLD}/{f}", "--format", "json", "--details"])
    rec = f"{SHARED}/data/petrarch-cameo/petrarch2/text/PETR.UnitTest.records.xml"
    if os.path.exists(rec):
        for verbs in ("records", "builtin"):
            jobs.append(["eval", "events", "--petrarch", rec, "--verbs", verbs, "--format", "json", "--details"])
    jobs.append(["extract", "--format", "json", "examples"])
    pol = f"{SHARED}/data/polnear/data"
    texts = []
    for root, _, files in os.walk(pol):
        if "test" in root:
            texts += [os.path.join(root, f) for f in files if f.endswith(".txt")]
    texts = sorted(texts)[:npol]
    if texts:
        jobs.append(["extract", "--format", "json"] + texts)
    differ = 0
    for j in jobs:
        outs = [subprocess.run([x] + j, capture_output=True).stdout for x in (a, b)]
        same = outs[0] == outs[1]
        differ += not same
        print(("same    " if same else "DIFFERS ") + " ".join(j[:4]) + (f" ... ({len(texts)} texts)" if j[-1] in texts else ""))
    print(f"{len(jobs)} runs, {differ} differ")
    sys.exit(1 if differ else 0)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    cmd = argv[1]
    if cmd == "sum":
        cmd_sum(argv[2:])
    elif cmd == "misses":
        root = only = None
        rest = argv[3:]
        while rest:
            flag, val, rest = rest[0], rest[1], rest[2:]
            if flag == "--root":
                root = val
            elif flag == "--set":
                only = val
        cmd_misses(argv[2], root, only)
    elif cmd == "same":
        cmd_same(argv[2], argv[3])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
