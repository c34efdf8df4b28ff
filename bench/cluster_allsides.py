"""Story clustering quality on allsides-roundups: B-cubed precision, recall and F1, and the time taken.

Line i of ``val.source`` (or ``train.source``) is one story told by three outlets; the gold story of an article is
its line. Articles are shuffled with a fixed seed, since online clustering sees them one at a time.

    python bench/cluster_allsides.py [--split val|train] [--seed 0] [--threshold 0.55]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "stories" / "allsides-roundups"


def load_split(split: str, data: Path = DATA) -> tuple[list, dict[str, int]]:
    """The articles of one split and each article's gold story (its line number)."""
    from storylens.records import Article

    articles, gold = [], {}
    lines = (data / f"{split}.source").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        for j, part in enumerate(line.split(" [SEP] ")):
            title, _, body = part.partition("ARTICLE=>")
            title = title.replace("TITLE=>", "").strip()
            body = body.strip() or title
            aid = f"{split}-{i}-{j}"
            articles.append(
                Article(
                    id=aid,
                    source=aid,
                    text=body,
                    title=title or None,
                    outlet=f"outlet-{j}",
                    outlet_from="input",
                    content_hash=hashlib.sha256(body.encode()).hexdigest(),
                )
            )
            gold[aid] = i
    return articles, gold


def run(split: str, seed: int, options=None) -> dict[str, float]:
    """Analyse, embed and cluster one split; figures and timings."""
    from storylens.analyze import analyze_article
    from storylens.cluster import bcubed, cluster_features, make_features

    articles, gold = load_split(split)
    random.Random(seed).shuffle(articles)
    t0 = time.perf_counter()
    analyses = [analyze_article(a) for a in articles]
    t1 = time.perf_counter()
    features = make_features(articles, analyses)
    t2 = time.perf_counter()
    predicted = cluster_features(features, options)
    t3 = time.perf_counter()
    p, r, f = bcubed(predicted, gold)
    return {
        "articles": len(articles),
        "stories": len(set(predicted.values())),
        "gold_stories": len(set(gold.values())),
        "precision": p,
        "recall": r,
        "f1": f,
        "analyse_s": t1 - t0,
        "embed_s": t2 - t1,
        "cluster_s": t3 - t2,
    }


def main() -> None:
    """Print the figures for one split."""
    os.environ["STORYLENS_VECTORS"] = "off"  # time the embedding, not vectors an earlier run left on disk

    from storylens.cluster import ClusterOptions

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="val", choices=["val", "train"])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not present (../shared is not beside this clone)")
    options = ClusterOptions() if args.threshold is None else ClusterOptions(threshold=args.threshold)
    m = run(args.split, args.seed, options)
    print(
        f"allsides-roundups {args.split} (seed {args.seed}): {m['articles']} articles -> {m['stories']} stories "
        f"(gold {m['gold_stories']})"
    )
    print(f"B-cubed F1 {m['f1']:.3f}  precision {m['precision']:.3f}  recall {m['recall']:.3f}")
    print(f"time: analyse {m['analyse_s']:.1f}s, embed {m['embed_s']:.1f}s, cluster {m['cluster_s']:.2f}s")


if __name__ == "__main__":
    main()
