"""Extraction quality on the scrapinghub article-extraction-benchmark pages in ../shared (181 real pages).

usage: python bench/extraction.py [--limit N] [--data DIR]

Scores three systems with the benchmark's own metric and prints them side by side with timings:
  storylens      storylens's HTML extraction (``storylens.extract.html.extract_html``)
  trafilatura    plain ``trafilatura.extract`` with its default settings
  whole-page     all the text of the page (lxml ``text_content`` of <body>), the baseline

The metric (scrapinghub/article-extraction-benchmark, ``evaluate.py``): texts are tokenised with ``\\w+``, cut
into shingles of 4 consecutive tokens (a multiset); per page, true positives / false positives / false negatives
are counted over shingles and normalised by their sum; precision and recall are averaged over pages (precision
over pages with any predicted shingle, recall over pages with any true shingle) and F1 is taken from the two means.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction" / "scrapinghub"
_TOKEN_RE = re.compile(r"\w+", re.UNICODE)

TpFpFn = tuple[float, float, float]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles of ``text`` (a text shorter than ``n`` tokens is one shingle)."""
    tokens = _TOKEN_RE.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_matching(true: str, pred: str, n: int = 4) -> TpFpFn:
    """Normalised (tp, fp, fn) of ``pred`` against ``true`` over shingles, as the benchmark counts them."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score_pages(counts: Iterable[TpFpFn]) -> dict[str, float]:
    """Precision, recall and F1 averaged over pages, as the benchmark reports them."""
    counts = list(counts)
    precisions = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def load_pages(data: Path = DATA, limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """``(id, url, html, articleBody)`` for each page of the benchmark, in id order."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth)[:limit]:
        html = gzip.decompress((data / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8", "replace")
        pages.append((pid, truth[pid].get("url") or "", html, truth[pid]["articleBody"]))
    return pages


def storylens_text(html: str, url: str) -> str:
    """System (a): storylens's HTML extraction and cleaning, as ``storylens compare`` runs it."""
    from storylens.errors import StorylensError
    from storylens.extract import extract_article
    from storylens.options import Options
    from storylens.records import Source

    try:
        return extract_article(Source(source="page.html", content=html, kind="html", url=url or None), Options()).text
    except StorylensError:
        return ""


def trafilatura_text(html: str, url: str) -> str:
    """System (b): trafilatura with default settings."""
    import trafilatura

    return trafilatura.extract(html, url=url or None) or ""


def whole_page_text(html: str, url: str) -> str:
    """System (c): every text node of the page body, the benchmark's floor."""
    import lxml.html

    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"))
    except Exception:  # an unparsable page simply yields no text for the baseline
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    body = tree.find("body")
    return (body if body is not None else tree).text_content()


SYSTEMS: dict[str, Callable[[str, str], str]] = {
    "storylens": storylens_text,
    "trafilatura": trafilatura_text,
    "whole-page": whole_page_text,
}


def evaluate(system: Callable[[str, str], str], pages: list[tuple[str, str, str, str]]) -> dict[str, float]:
    """Score one system over ``pages``; adds ``seconds`` (wall clock) and ``pages``."""
    start = time.perf_counter()
    counts = [shingle_matching(body, system(html, url)) for _pid, url, html, body in pages]
    scores = score_pages(counts)
    scores["seconds"] = time.perf_counter() - start
    scores["pages"] = len(pages)
    return scores


def main(argv: list[str] | None = None) -> int:
    """Print the three systems' precision, recall, F1 and time side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--data", type=Path, default=DATA, help="folder with ground-truth.json and html/")
    parser.add_argument("--only", choices=sorted(SYSTEMS), action="append", help="score only these systems")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").exists():
        print(f"{args.data}: benchmark data not found (../shared is not beside this clone)", file=sys.stderr)
        return 2
    pages = load_pages(args.data, args.limit)
    print(f"{len(pages)} pages from {args.data}")
    print(f"{'system':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'seconds':>8} {'ms/page':>8}")
    for name in args.only or list(SYSTEMS):
        s = evaluate(SYSTEMS[name], pages)
        print(
            f"{name:<12} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>6.3f} {s['seconds']:>8.1f} "
            f"{1000 * s['seconds'] / len(pages):>8.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
