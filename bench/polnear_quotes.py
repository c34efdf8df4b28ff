"""PolNeAR benchmark for direct quotes and their speakers: prints recall, speaker accuracy, counts and time.

usage: python bench/polnear_quotes.py [SPLIT_DIR] [--limit N]   (default: ../shared/data/attribution/polnear/dev)

Counting rules (stated here so the figures can be read and reproduced):

- annotator: some articles carry several annotators' files (``<article>_<annotator>.ann``); the first file by
  name is used and the others are ignored.
- gold quotes: every stretch between paired quotation marks (“...” or "..." on one line, found with a plain
  regular expression independent of storylens; a stretch nested in another is dropped) that has at least three
  words and lies inside the Content span of an Attribution event. Its gold speaker is that event's Source text
  (the innermost Content holding the quote wins when attributions nest).
- found: a gold quote counts as found when one predicted quote (kind other than "scare") covers at least 80% of
  its words, by character offsets into the same raw text.
- speaker: a found quote's speaker is right when the predicted speaker or its description shares a content word
  (not a stop word or pronoun) with the gold Source (so "the president" matches "Barack Obama", described as
  "President"). When the gold Source is only a pronoun ("he", "she", "they", or a relative "who"), the nearest
  preceding non-pronominal Source the annotators marked in the same article is used in its place.
- precision (secondary): predicted non-scare quotes of three words or more with at least half their words inside
  some annotated Content span, over all such predicted quotes.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sys
import time
from pathlib import Path

DEFAULT_SPLIT = Path(__file__).resolve().parents[2] / "shared" / "data" / "attribution" / "polnear" / "dev"
COVER = 0.8
PRONOUNS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "his", "their", "one", "who", "whom",
     "which", "that"}
)  # fmt: skip
STOP = frozenset(
    {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "as", "its", "this",
     "these", "those", "said", "mr", "mrs", "ms", "he", "she", "they", "it", "we", "i", "you", "him", "her", "them",
     "us", "his", "their", "who", "that"}
)  # fmt: skip


@dataclasses.dataclass(frozen=True, slots=True)
class GoldQuote:
    """A quoted stretch inside an annotated Content span, with the Source of that attribution."""

    start: int
    end: int
    source: str | None


@dataclasses.dataclass(frozen=True, slots=True)
class BenchResult:
    """The benchmark's figures over one split."""

    articles: int
    gold: int
    found: int
    speaker_n: int
    speaker_ok: int
    predicted: int
    predicted_in_content: int
    seconds: float

    @property
    def recall(self) -> float:
        """Share of gold quotes found."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Share of found quotes (with a gold Source) whose speaker matches."""
        return self.speaker_ok / self.speaker_n if self.speaker_n else 0.0

    @property
    def precision(self) -> float:
        """Share of predicted quotes that fall in annotated content."""
        return self.predicted_in_content / self.predicted if self.predicted else 0.0


def read_ann(path: Path) -> tuple[list[tuple[str, list[tuple[int, int]]]], list[tuple[list[tuple[int, int]], str]]]:
    """Content spans with their Source text (or None) and the Source spans, from one brat standoff file."""
    spans: dict[str, list[tuple[int, int]]] = {}
    texts: dict[str, str] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            offsets = parts[1].split(" ", 1)[1]
            spans[parts[0]] = [(int(a), int(b)) for a, b in (p.split() for p in offsets.split(";"))]
            texts[parts[0]] = parts[2]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    contents, sources = [], []
    for event in events:
        source = texts.get(event.get("Source", ""))
        if "Content" in event and event["Content"] in spans:
            contents.append((source, spans[event["Content"]]))
        if "Source" in event and event["Source"] in spans:
            sources.append((spans[event["Source"]], texts[event["Source"]]))
    return contents, sources


def quoted_stretches(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words of every “...” or "..." stretch on one line, nested ones dropped."""
    found = [(m.start(1), m.end(1)) for pat in (r"“([^“”\n]+)”", r'"([^"\n]+)"') for m in re.finditer(pat, text)]
    return [q for q in found if not any(o != q and o[0] <= q[0] and q[1] <= o[1] for o in found)]


def gold_quotes(text: str, ann: Path) -> tuple[list[GoldQuote], list[list[tuple[int, int]]]]:
    """The gold quotes of one article and all its Content spans."""
    contents, sources = read_ann(ann)
    out = []
    for start, end in quoted_stretches(text):
        if len(re.findall(r"\w+", text[start:end])) < 3:
            continue
        holders = [
            (sum(b - a for a, b in sp), src) for src, sp in contents if any(a <= start and end <= b for a, b in sp)
        ]
        if not holders:
            continue
        source = min(holders, key=lambda h: h[0])[1]
        if source is not None and _is_pronoun(source):
            source = _antecedent(sources, start) or source
        out.append(GoldQuote(start=start, end=end, source=source))
    return out, [sp for _, sp in contents]


def _is_pronoun(source: str) -> bool:
    return all(w in PRONOUNS for w in re.findall(r"\w+", source.lower()))


def _antecedent(sources: list[tuple[list[tuple[int, int]], str]], at: int) -> str | None:
    """The nearest non-pronominal gold Source before offset ``at``."""
    before = [(sp[0][0], txt) for sp, txt in sources if sp[0][0] < at and not _is_pronoun(txt)]
    return max(before)[1] if before else None


def content_words(text: str) -> set[str]:
    """Lower-cased words of a name or description, stop words and pronouns left out."""
    return {w for w in re.findall(r"\w+", text.lower()) if w not in STOP and len(w) > 1}


def coverage(gold: GoldQuote, start: int, end: int, text: str) -> float:
    """Share of the gold quote's words that lie inside ``start:end``."""
    words = [m.span() for m in re.finditer(r"\w+", text[gold.start : gold.end])]
    inside = sum(1 for a, b in words if start <= gold.start + a and gold.start + b <= end)
    return inside / len(words) if words else 0.0


def pick_annotations(split: Path) -> list[tuple[Path, Path]]:
    """(text, annotation) pairs: the first annotator's file by name for each article."""
    pairs = []
    for txt in sorted((split / "text").glob("*.txt")):
        anns = sorted((split / "attributions").glob(f"{txt.stem}_*.ann"))
        if anns:
            pairs.append((txt, anns[0]))
    return pairs


def run_benchmark(split: Path = DEFAULT_SPLIT, limit: int | None = None) -> BenchResult:
    """Analyse every article of ``split`` in-process and score its quotes against PolNeAR (rules: module doc)."""
    from storylens.analyze import analyze_article
    from storylens.records import Article

    started = time.perf_counter()
    pairs = pick_annotations(split)[:limit]
    counts = dict.fromkeys(("gold", "found", "speaker_n", "speaker_ok", "predicted", "predicted_in_content"), 0)
    for txt, ann in pairs:
        text = txt.read_text(encoding="utf-8")
        article = Article(
            id=txt.stem,
            source=str(txt),
            text=text,
            outlet=txt.stem.split("_")[0],
            outlet_from="filename",
            content_hash=hashlib.sha256(text.encode()).hexdigest(),
        )
        quotes = [q for q in analyze_article(article).quotes if q.kind != "scare"]
        golds, contents = gold_quotes(text, ann)
        _score_article(text, golds, contents, quotes, counts)
    return BenchResult(articles=len(pairs), seconds=time.perf_counter() - started, **counts)


def _score_article(text: str, golds: list[GoldQuote], contents: list, quotes: list, counts: dict[str, int]) -> None:
    """Add one article's figures to ``counts``."""
    for gold in golds:
        counts["gold"] += 1
        best = max(quotes, key=lambda q: coverage(gold, q.start, q.end, text), default=None)
        if best is None or coverage(gold, best.start, best.end, text) < COVER:
            continue
        counts["found"] += 1
        if gold.source:
            counts["speaker_n"] += 1
            counts["speaker_ok"] += bool(
                content_words(gold.source) & content_words(f"{best.speaker} {best.speaker_description}")
            )
    for q in quotes:
        words = [m.span() for m in re.finditer(r"\w+", text[q.start : q.end])]
        if len(words) < 3:
            continue
        counts["predicted"] += 1
        inside = sum(
            1 for a, b in words if any(s <= q.start + a and q.start + b <= e for sp in contents for s, e in sp)
        )
        counts["predicted_in_content"] += inside * 2 >= len(words)


def main(argv: list[str]) -> int:
    """Run the benchmark and print its figures."""
    split = Path(argv[1]) if len(argv) > 1 and not argv[1].startswith("--") else DEFAULT_SPLIT
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else None
    if not split.exists():
        print(f"{split} not found: pass the PolNeAR split folder (with text/ and attributions/)")
        return 2
    r = run_benchmark(split, limit)
    print(f"PolNeAR quotes on {split} ({r.articles} articles, first annotator by file name)")
    print(f"quote recall        {r.recall:.3f}  ({r.found}/{r.gold} gold quotes of >= 3 words, {COVER:.0%} word cover)")
    print(
        f"speaker accuracy    {r.speaker_accuracy:.3f}  ({r.speaker_ok}/{r.speaker_n} found quotes with a gold Source)"
    )
    print(f"precision (content) {r.precision:.3f}  ({r.predicted_in_content}/{r.predicted} predicted quotes)")
    print(f"time                {r.seconds:.1f} s ({r.seconds / max(r.articles, 1):.2f} s per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
