"""Benchmark of duplicate detection: precision and recall of duplicate pairs on reprints built from ../shared.

Originals are PolNeAR articles (../shared/data/attribution/polnear); each gets variants a wire reprint or a
re-read would produce (exact copy, new headline, dropped last paragraph, boilerplate wrapper, all three).
Negatives are the AllSides roundups (../shared/data/stories/allsides-roundups/val.source): three outlets'
leads of one story, which share names and quotes but are not copies. Run: ``python bench/dedupe.py [N]``.
"""

from __future__ import annotations

import hashlib
import itertools
import sys
import time
from pathlib import Path

from storylens.dedupe import find_duplicates
from storylens.records import Article

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
WRAPPER_TOP = "Advertisement\nBy Staff Writers, Wire Service"
WRAPPER_BOTTOM = "Copyright 2016 Wire Service. All rights reserved. This material may not be published, broadcast, "
WRAPPER_BOTTOM += "rewritten or redistributed.\nSign up for our newsletter\nShare this article"


def make_article(aid: str, text: str) -> Article:
    """An ``Article`` record of ``text`` as extract would build it."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(id=aid, source=aid, text=text, content_hash=digest, outlet=aid.split("/")[0], outlet_from="input")


def variants(text: str, other_title: str) -> dict[str, str]:
    """Reprints of ``text``: same text, another headline, last paragraph dropped, wrapped, and all at once."""
    paras = [p for p in text.split("\n") if p.strip()]
    body = "\n".join(paras[1:])
    trimmed = "\n".join(paras[:-1])
    return {
        "exact": text,
        "headline": other_title + "\n" + body,
        "trimmed": trimmed,
        "wrapped": f"{WRAPPER_TOP}\n{text}\n{WRAPPER_BOTTOM}",
        "all": f"{WRAPPER_TOP}\n{other_title}\n" + "\n".join(paras[1:-1]) + f"\n{WRAPPER_BOTTOM}",
    }


def build(n: int) -> tuple[list[Article], set[frozenset[str]]]:
    """Articles (originals, their variants, AllSides negatives) and the gold set of duplicate pairs."""
    files = sorted((SHARED / "attribution" / "polnear").glob("*/text/*.txt"))[:n]
    texts = [f.read_text(encoding="utf-8") for f in files]
    texts = [t for t in texts if len([p for p in t.split("\n") if p.strip()]) >= 4]
    articles, gold = [], set()
    for k, text in enumerate(texts):
        ids = [f"orig/{k}"]
        articles.append(make_article(ids[0], text))
        other_title = texts[(k + 1) % len(texts)].split("\n")[0]
        for name, variant in variants(text, other_title).items():
            ids.append(f"{name}/{k}")
            articles.append(make_article(ids[-1], variant))
        gold |= {frozenset(p) for p in itertools.combinations(ids, 2)}
    lines = (SHARED / "stories" / "allsides-roundups" / "val.source").read_text(encoding="utf-8").splitlines()
    for k, line in enumerate(lines):
        for m, part in enumerate(line.split(" [SEP] ")):
            title, _, lead = part.partition("ARTICLE=>")
            articles.append(
                make_article(f"allsides{m}/{k}", title.replace("TITLE=>", "").strip() + "\n" + lead.strip())
            )
    return articles, gold


def main() -> None:
    """Print precision, recall and time of duplicate-pair detection."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    articles, gold = build(n)
    start = time.perf_counter()
    groups = find_duplicates(articles)
    elapsed = time.perf_counter() - start
    found = {frozenset(p) for g in groups for p in itertools.combinations(g.members, 2)}
    tp = len(found & gold)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(gold) if gold else 1.0
    print(f"articles {len(articles)}  gold pairs {len(gold)}  found pairs {len(found)}  groups {len(groups)}")
    print(f"precision {precision:.4f}  recall {recall:.4f}  time {elapsed:.2f} s")
    for pair in sorted(sorted(p) for p in found - gold)[:10]:
        print("  false positive:", pair)
    missed = sorted(sorted(p) for p in gold - found)
    for pair in missed[:10]:
        print("  missed:", pair)


if __name__ == "__main__":
    main()
