#!/usr/bin/env python3
"""Builds the compact lexicons of dossier-events from the PETRARCH2/Phoenix
dictionaries and the GDELT CAMEO lookups in ../shared/data/petrarch-cameo.

Usage (from the repository root):

    python3 crates/events/scripts/build_dictionaries.py [SHARED_DIR]

SHARED_DIR defaults to ../shared/data/petrarch-cameo. The output is
deterministic (sorted, no timestamps) and goes to crates/events/data/:

  cameo.tsv     code, Goldstein value, label      (GDELT lookups, glitches fixed)
  verbs.tsv     form, verb block, code            (CAMEO.2.0.txt verb lines)
  patterns.tsv  verb block, code, before, after   (CAMEO.2.0.txt "- ... * ..." patterns)
  actors.tsv    phrase, actor code, prefix flag   (Phoenix country/international/non-state actors)
  agents.tsv    phrase, agent code                (Phoenix.agents.txt)

Only the information the coder uses is kept: verb forms and the words of each
pattern; actor names with the code that is valid today (open-ended or undated).
"""

import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "data"))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "petrarch-cameo")
DICTS = os.path.join(SHARED, "petrarch2", "dictionaries")
LOOKUPS = os.path.join(SHARED, "gdelt-lookups")


def read_lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read().splitlines()


def strip_comment(line):
    return line.split("#", 1)[0].rstrip()


def words_of(name):
    """'PRIME_MINISTER_' -> 'prime minister'; underscores are spaces."""
    name = name.strip().lstrip("+").rstrip("_").replace("_", " ").lower()
    return " ".join(name.split())


# ---------------------------------------------------------------- CAMEO codes


def build_cameo():
    gold = {}
    for line in read_lines(os.path.join(LOOKUPS, "CAMEO.goldsteinscale.txt"))[1:]:
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].strip().isdigit():
            gold[parts[0].strip()] = float(parts[1])
    labels = {}
    for line in read_lines(os.path.join(LOOKUPS, "CAMEO.eventcodes.txt"))[1:]:
        parts = line.split("\t", 1)
        if len(parts) != 2 or len(parts[0]) < 2:
            continue
        code, label = parts[0].strip(), parts[1].strip()
        # Upstream glitch: the 106 row is glued onto 1056's label.
        m = re.match(r"^(.*?)(\d{3}):\[[-0-9.]+\]\s*(.*)$", label)
        if m:
            labels[code] = m.group(1).strip()
            labels[m.group(2)] = m.group(3).strip()
            continue
        # Upstream mojibake in 044 ("a third location").
        if code == "044":
            label = "Meet at a third location"
        labels[code] = " ".join(label.split())
    rows = []
    for code in sorted(set(gold) | set(labels)):
        value = gold.get(code)
        if value is None:
            value = gold.get(code[:3], gold.get(code[:2], 0.0))
        rows.append((code, "%.1f" % value, labels.get(code, "")))
    return rows


# ------------------------------------------------------------------- verbs

IRREGULAR_SKIP = {"BE", "HAVE", "DO"}
FUNCTION_WORDS = {"on", "to", "for", "with", "against", "in", "at", "by", "of", "from", "into", "over", "up", "out", "off"}


def regular_forms(verb):
    v = verb.lower()
    forms = {v}
    if v.endswith("e"):
        forms |= {v + "s", v + "d", v[:-1] + "ing"}
    elif v.endswith("y") and len(v) > 2 and v[-2] not in "aeiou":
        forms |= {v[:-1] + "ies", v[:-1] + "ied", v + "ing"}
    elif v.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {v + "es", v + "ed", v + "ing"}
    else:
        forms |= {v + "s", v + "ed", v + "ing"}
        # consonant-vowel-consonant endings double the consonant (ship -> shipped)
        if len(v) >= 3 and v[-1] not in "aeiouwxy" and v[-2] in "aeiou" and v[-3] not in "aeiou":
            forms |= {v + v[-1] + "ed", v + v[-1] + "ing"}
    return forms


def parse_code(text):
    """'[042:043]' -> '042:043' (the target's reciprocal code after ':');
    '[041]' -> '041'; '[---]' or '[:020]' -> None."""
    m = re.search(r"\[([^\]]*)\]", text)
    if not m:
        return None, False
    parts = [p.strip() for p in m.group(1).strip().split(":")]
    if not re.fullmatch(r"\d{2,4}", parts[0]):
        return None, True
    if len(parts) > 1 and re.fullmatch(r"\d{2,4}", parts[1]):
        return parts[0] + ":" + parts[1], True
    return parts[0], True


def parse_synsets(lines):
    synsets = {}
    current = None
    for raw in lines:
        # (checked before comments are stripped: the heading is all '#', and
        # without it the verbs' "+STEP_UP {…}" lines would join the last
        # synset, &DEFENSE)
        if raw.startswith("####### VERB PATTERNS"):
            break
        line = strip_comment(raw).strip()
        if line.startswith("&"):
            current = line.split()[0]
            synsets[current] = []
        elif line.startswith("+") and current:
            synsets[current].append(words_of(line))
    return synsets


def parse_verbs():
    lines = read_lines(os.path.join(DICTS, "CAMEO.2.0.txt"))
    synsets = parse_synsets(lines)
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    verbs = {}  # form -> (block, code)
    patterns = []
    block = None
    block_verbs = set()
    default = None
    for raw in lines[start + 1 :]:
        line = strip_comment(raw)
        s = line.strip()
        if not s:
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", s)
        if m:
            block = m.group(1).lower()
            block_verbs = set()
            default, _ = parse_code("[" + m.group(2) + "]")
            continue
        if block is None:
            continue
        if s.startswith("-"):
            # a pattern whose comment names a verb the block does not list is
            # a leftover from a merged block (URGE patterns under DEMAND)
            origin = raw.split("#", 1)[1].strip().split() if "#" in raw else []
            if origin and re.fullmatch(r"[A-Z]+", origin[0]) and origin[0] not in block_verbs:
                continue
            code, has = parse_code(s)
            if not has or code is None:
                continue
            body = re.sub(r"\[[^\]]*\]", "", s[1:]).strip()
            if "*" not in body:
                continue
            before, after = body.split("*", 1)
            b = pattern_words(before, synsets)
            a = pattern_words(after, synsets)
            if b is None or a is None or (not b and not a):
                continue
            # a lone preposition is too weak to move a verb out of its root
            # ("demand … on" is not an attack)
            if not b and len(a) == 1 and a[0] in FUNCTION_WORDS and default and default[:2] != code[:2]:
                continue
            patterns.append((block, code, " ".join(b), " ".join(a)))
            continue
        # a verb line: WORD {FORMS} [CODE]  or  +MULTI_WORD {+FORMS} [CODE]
        code, has = parse_code(s)
        if not has:
            code = default
        head = re.sub(r"\[[^\]]*\]", "", s)
        irregular = re.search(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        if not head:
            continue
        base = head.split()[0]
        multi = base.startswith("+")
        base = base.lstrip("+")
        if not re.fullmatch(r"[A-Z][A-Z'_-]*", base):
            continue
        parts = [p for p in base.split("_") if p]
        if not parts or parts[0] in IRREGULAR_SKIP:
            continue
        block_verbs.add(parts[0])
        forms = set()
        if irregular:
            forms |= {words_of(f) for f in irregular.group(1).replace(",", " ").split() if f.strip("+")}
            forms.add(words_of(base))
        else:
            rest = " ".join(p.lower() for p in parts[1:])
            for f in regular_forms(parts[0]):
                forms.add((f + " " + rest).strip())
        if multi and irregular:
            # irregular forms of multi-word verbs are written out in full
            pass
        for f in forms:
            if f and re.fullmatch(r"[a-z][a-z'-]*( [a-z][a-z'-]*)*", f) and f not in verbs:
                verbs[f] = (block, code)
    return verbs, patterns


def pattern_words(text, synsets):
    """Flattens a pattern side into words; synsets become 'a|b|c'."""
    text = re.sub(r"[(){}]", " ", text)
    out = []
    for w in text.split():
        if w in ("$", "+", "^", "%", "=") or w.startswith("<"):
            continue
        w = w.strip("$+^%")
        if not w:
            continue
        if w.startswith("&"):
            members = synsets.get(w.rstrip("_"), synsets.get(w))
            if not members:
                return None
            alts = sorted({m.split()[-1] for m in members if m})
            out.append("|".join(alts))
        else:
            out.append(words_of(w))
    return out


# ------------------------------------------------------------------ actors

CODE_LINE = re.compile(r"\[([A-Z~]{3,}[A-Z]*)(\s+[<>]?\d{6,8}(-\d{6,8})?)?\s*\]")


def parse_actor_file(path, rows):
    entry_names = []
    entry_codes = []

    def flush():
        if entry_names and entry_codes:
            # the code valid today: an open-ended role (">date") first, then an
            # undated one; elites (ELI) only when nothing else is current
            ranked = sorted(
                (0 if d and d.strip().startswith(">") else 1, 1 if c.endswith("ELI") else 0, i, c)
                for i, (c, d) in enumerate(entry_codes)
                if d is None or d.strip().startswith(">")
            )
            if ranked:
                code = ranked[0][3]
                for n in entry_names:
                    rows.setdefault(n[0], (code, n[1]))

    for raw in read_lines(path):
        line = strip_comment(raw)
        if not line.strip():
            continue
        s = line.strip()
        if s.startswith("<") or s.startswith("!"):
            continue
        codes = [(m.group(1), m.group(2)) for m in CODE_LINE.finditer(s)]
        name = CODE_LINE.sub("", s).strip()
        name = re.sub(r"\[[^\]]*\]", "", name).strip()
        if line[0] in " \t" and not name:
            entry_codes.extend(codes)
            continue
        if s.startswith("+"):
            if name:
                entry_names.append((words_of(name), not name.rstrip().endswith("_")))
            entry_codes.extend(codes)
            continue
        flush()
        entry_names = []
        entry_codes = list(codes)
        if name:
            entry_names.append((words_of(name), not name.rstrip().endswith("_")))
    flush()


def build_actors():
    rows = {}
    for f in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "Phoenix.Countries.actors.txt"):
        parse_actor_file(os.path.join(DICTS, f), rows)
    out = []
    for name, (code, prefix) in sorted(rows.items()):
        if not name or len(name) < 2 or "\t" in name:
            continue
        if code.startswith("~") or "---" in code:
            continue
        out.append((name, code, "1" if prefix else "0"))
    return out


def build_agents():
    subs = {}
    rows = {}
    for raw in read_lines(os.path.join(DICTS, "Phoenix.agents.txt")):
        line = strip_comment(raw).strip()
        if not line:
            continue
        m = re.match(r"^(!\w+!)\s*=\s*(.*)$", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[\s*([^\]]+)\]", line)
        if not m:
            continue
        name, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        code = code.split()[0]
        names = [name]
        if plural:
            names += [p for p in plural.strip("{}").split() if p]
        for n in names:
            expanded = [n]
            for key, vals in subs.items():
                if key in n:
                    expanded = [e.replace(key, v) for e in expanded for v in vals]
            for e in expanded:
                w = words_of(e)
                if w and w not in rows:
                    rows[w] = code
    return sorted(rows.items())


def write(name, header, rows):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(header + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    if not os.path.isdir(DICTS):
        sys.exit(f"not found: {DICTS}")
    write("cameo.tsv", "# code\tgoldstein\tlabel  (GDELT CAMEO lookups; see README)", build_cameo())
    verbs, patterns = parse_verbs()
    write(
        "verbs.tsv",
        "# form\tblock\tcode  (from PETRARCH2 CAMEO.2.0.txt, MIT; see README)",
        sorted((f, b, c or "-") for f, (b, c) in verbs.items()),
    )
    seen = set()
    uniq = []
    for p in patterns:
        if p not in seen:
            seen.add(p)
            uniq.append(p)
    write("patterns.tsv", "# block\tcode\tbefore\tafter  (from PETRARCH2 CAMEO.2.0.txt, MIT; see README)", uniq)
    write("actors.tsv", "# phrase\tcode\tprefix  (from PETRARCH2 Phoenix actor dictionaries, MIT)", build_actors())
    write("agents.tsv", "# phrase\tcode  (from PETRARCH2 Phoenix.agents.txt, MIT)", build_agents())


if __name__ == "__main__":
    main()
