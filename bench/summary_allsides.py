"""Neutral summary against the AllSides editors' summaries (NeuS roundups): ROUGE-1/2/L F1 and baselines.

Line i of ``val.source`` is one story told by three outlets (title + lead each); line i of ``val.target`` is the
AllSides editors' neutral summary of it. Each story is compared on its own and storylens's cited summary (its
sentences' text, citations left out) is scored against the editors' summary with Google's ``rouge-score``
(stemmed F1). Baselines, scored the same way:

- first outlet: the first outlet's lead as the summary (the usual "lead" baseline);
- most central outlet: the lead whose MiniLM vector is closest to the mean of the three.

The editors write abstractive summaries and storylens copies outlet sentences, so absolute figures are low for
every extractive system; what matters is the comparison. It also prints how long the summaries are and how their
sentences are labelled. Reads ../shared; copies nothing.

    python bench/summary_allsides.py [--split val|train] [--stories N]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "stories" / "allsides-roundups"
FIXED_TIME = "2026-01-01T00:00:00+00:00"


def parse_part(part: str) -> tuple[str, str]:
    """``TITLE=> ... ARTICLE=> ...`` into (title, body)."""
    title, _, body = part.partition("ARTICLE=>")
    return title.replace("TITLE=>", "").strip(), body.strip()


def stories(split: str, limit: int) -> list[tuple[list, str]]:
    """The first ``limit`` stories of ``split``: their three articles and the editors' summary body."""
    from storylens.records import Article

    sources = (DATA / f"{split}.source").read_text(encoding="utf-8").splitlines()
    targets = (DATA / f"{split}.target").read_text(encoding="utf-8").splitlines()
    out = []
    for i, (line, target) in enumerate(zip(sources, targets, strict=True)):
        if len(out) == limit:
            break
        articles = []
        for j, part in enumerate(line.split(" [SEP] ")):
            title, body = parse_part(part)
            text = body or title
            aid = f"{split}-{i}-{j}"
            digest = hashlib.sha256(text.encode()).hexdigest()
            articles.append(Article(id=aid, source=aid, text=text, title=title or None, outlet=f"outlet-{j}",
                                    outlet_from="input", content_hash=digest))  # fmt: skip
        summary = parse_part(target)[1] or parse_part(target)[0]
        out.append((articles, summary))
    return out


def central_lead(articles: list) -> str:
    """The lead whose MiniLM vector is closest to the mean of the story's leads."""
    from storylens.nlp import embed

    vectors = embed([a.text for a in articles])
    mean = vectors.mean(axis=0)
    return str(articles[int((vectors @ mean).argmax())].text)


def main(argv: list[str]) -> int:
    """Compare each story, score the summaries, print the means."""
    os.environ["STORYLENS_VECTORS"] = "off"  # time the embedding, not vectors an earlier run left on disk
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="val", choices=["val", "train"])
    parser.add_argument("--stories", type=int, default=150)
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"{DATA} not found: run beside ../shared")
        return 1
    from rouge_score import rouge_scorer

    from storylens.analyze import analyze_article
    from storylens.options import Options
    from storylens.pipeline import Prepared, compare_prepared

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    systems = ("storylens", "first outlet", "most central outlet")
    totals = {s: Counter() for s in systems}
    shown = {s: Counter() for s in systems}  # the same, over the stories storylens wrote a summary for
    words, labels, empty = Counter(), Counter(), 0
    data = stories(args.split, args.stories)
    start = time.perf_counter()
    for articles, target in data:
        prepared = Prepared(articles=articles, analyses=[analyze_article(a) for a in articles], notes=[])
        report = compare_prepared(prepared, Options(now=FIXED_TIME))
        ours = " ".join(s.text for s in report.summary)
        empty += not ours
        labels.update(s.label for s in report.summary)
        outputs = {"storylens": ours, "first outlet": articles[0].text, "most central outlet": central_lead(articles)}
        for system, text in outputs.items():
            words[system] += len(text.split())
            for name, value in scorer.score(target, text).items():
                totals[system][name] += value.fmeasure
                if ours:
                    shown[system][name] += value.fmeasure
    elapsed = time.perf_counter() - start
    n = len(data)
    print(f"{n} {args.split} stories, 3 outlets each; {elapsed:.1f} s ({1000 * elapsed / n:.0f} ms per story)")
    written = n - empty
    print(f"{'system':<22}{'ROUGE-1':>9}{'ROUGE-2':>9}{'ROUGE-L':>9}{'words':>8}   | on the {written} with a summary")
    for system in systems:
        names = ("rouge1", "rouge2", "rougeL")
        figures = "".join(f"{totals[system][name] / n:>9.3f}" for name in names)
        subset = "".join(f"{shown[system][name] / max(1, written):>9.3f}" for name in names)
        print(f"{system:<22}{figures}{words[system] / n:>8.0f}   |{subset}")
    reference_words = sum(len(t.split()) for _, t in data) / n
    print(f"editors' summaries average {reference_words:.0f} words")
    shares = ", ".join(f"{k} {v / max(1, sum(labels.values())):.0%}" for k, v in labels.most_common())
    print(f"storylens summary sentences: {sum(labels.values()) / n:.1f} per story ({shares}); {empty} stories empty")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
