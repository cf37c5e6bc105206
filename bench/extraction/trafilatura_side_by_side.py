"""Run Python trafilatura on the Zyte article-extraction benchmark pages and
print its F1 and pages per second, scored the way the benchmark scores.

Written for dossier's side-by-side run (trafilatura_side_by_side.sh); the
scoring follows the benchmark's published definition (word 4-gram shingle
multisets, tp/fp/fn normalised per page, precision and recall averaged over
pages, F1 the harmonic mean of the two averages). Timing covers extraction
only, on one core, after the pages are read and decompressed.
"""

import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

WORD = re.compile(r"\w+")


def shingle_counts(text, n=4):
    tokens = WORD.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_counts(gold, pred):
    g, p = shingle_counts(gold), shingle_counts(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def ratio(num, other):
    # Mirrors the benchmark's edge cases: a perfect empty page scores 1.
    return num / (num + other)


def main():
    data = Path(sys.argv[1])
    gold = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(gold)
    pages = [gzip.decompress((data / "html" / f"{i}.html.gz").read_bytes()).decode("utf-8", "replace") for i in ids]
    start = time.perf_counter()
    preds = [trafilatura.extract(html, include_comments=False, include_tables=True) or "" for html in pages]
    seconds = time.perf_counter() - start
    counts = [page_counts(gold[i].get("articleBody", ""), p) for i, p in zip(ids, preds)]
    precisions = [1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else ratio(tp, fp)) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else ratio(tp, fn)) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions)
    recall = sum(recalls) / len(recalls)
    f1 = 2 * precision * recall / (precision + recall)
    print(json.dumps({
        "system": f"trafilatura {trafilatura.__version__} (python)",
        "pages": len(ids),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "seconds": round(seconds, 3),
        "pages_per_second": round(len(ids) / seconds, 1),
    }))


if __name__ == "__main__":
    main()
