"""The whole job in order: ingest -> extract -> dedupe -> analyze -> align -> frame -> summarize -> report.

``compare`` is the one library call behind ``storylens compare``; the CLI and the web app only render its result.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from storylens import __version__
from storylens.errors import CompareError, StorylensError
from storylens.options import Options
from storylens.records import Analysis, Article, Note, Report, Source, SummarySentence

if TYPE_CHECKING:
    from storylens.align import Alignment

SCHEMA = "storylens.report/1"

Progress = Callable[[str, int, int], None]
"""Called as ``progress(stage, done, total)`` so a front end can draw a bar."""


def _quiet(stage: str, done: int, total: int) -> None:
    """Default progress callback: report nothing."""


@dataclasses.dataclass(slots=True)
class Prepared:
    """Articles read, cleaned and analysed, before any cross-article comparison."""

    articles: list[Article]
    analyses: list[Analysis]
    notes: list[Note]


def prepare(inputs: Sequence[str], options: Options, progress: Progress = _quiet) -> Prepared:
    """Steps 1-3 of the pipeline: read every input, clean it, analyse it; bad inputs become notes, not errors.

    1. ingest: expand paths, globs and URLs into raw sources;
    2. extract: clean each source into an article (main text, metadata, removed junk);
    3. analyze: sentences, entities, values, quotes and claims per article.
    """
    from storylens.analyze import analyze_article

    # 1. and 2.
    articles, notes = read_articles(inputs, options, progress)
    if not articles:
        reasons = "; ".join(n.message for n in notes if n.level != "info") or "no input given"
        raise CompareError(f"no article could be read ({reasons})")
    # 3.
    analyses = []
    for i, article in enumerate(articles):
        progress("analyze", i, len(articles))
        analyses.append(analyze_article(article))
    progress("analyze", len(articles), len(articles))
    return Prepared(articles=articles, analyses=analyses, notes=notes)


def read_articles(
    inputs: Sequence[str], options: Options, progress: Progress = _quiet
) -> tuple[list[Article], list[Note]]:
    """Steps 1-2: read every input and clean each source into an article; failures become notes."""
    from storylens.extract import filename_outlet_note
    from storylens.ingest import read_inputs

    sources, notes = read_inputs(list(inputs), options)
    articles = extract_sources(sources, options, set(), notes, progress)
    if (note := filename_outlet_note(articles)) is not None:
        notes.append(note)
    return articles, notes


def extract_sources(
    sources: Sequence[Source], options: Options, taken_ids: set[str], notes: list[Note], progress: Progress = _quiet
) -> list[Article]:
    """Step 2 for many sources: a source that cannot be cleaned becomes a warning note, the others go on.

    ``taken_ids`` keeps article ids unique across calls (the library ingests in chunks).
    """
    from storylens.extract import extract_article

    articles: list[Article] = []
    for i, source in enumerate(sources):
        progress("extract", i, len(sources))
        try:
            article = extract_article(source, options, taken_ids=taken_ids)
        except StorylensError as exc:
            notes.append(Note(level="warning", message=str(exc), source=source.source))
            continue
        taken_ids.add(article.id)
        articles.append(article)
    progress("extract", len(sources), len(sources))
    return articles


def compare(inputs: Sequence[str], options: Options, progress: Progress = _quiet) -> Report:
    """Read, clean, analyse and compare ``inputs`` (one story) into a ``Report``."""
    prepared = prepare(inputs, options, progress)
    return compare_prepared(prepared, options, progress)


def compare_prepared(prepared: Prepared, options: Options, progress: Progress = _quiet) -> Report:
    """Steps 4-7: dedupe, align, frame and summarise already analysed articles into a ``Report``.

    4. dedupe: group exact and near copies so a wire story counts once;
    5. align: facts, coverage, conflicts, quote provenance;
    6. frame: stance, tone, loaded words, labels, voices per article;
    7. summarize: the cited neutral summary.
    """
    from storylens.align import align_story
    from storylens.analyze.currencies import money_across_story
    from storylens.dedupe import find_duplicates
    from storylens.frame import frame_story
    from storylens.summarize import summarize_story

    articles, notes = prepared.articles, list(prepared.notes)
    analyses = money_across_story(prepared.analyses)  # a currency one article names is one in every article
    if len(articles) == 1:
        notes.append(
            Note(level="warning", message="only one article: it was analysed, but comparison needs two or more")
        )
    progress("compare", 0, 3)
    # 4.
    duplicates = find_duplicates(articles)
    # 5.
    alignment = align_story(articles, analyses, duplicates)
    notes.extend(alignment.notes)
    progress("compare", 1, 3)
    # 6.
    framing, method = frame_story(articles, analyses, alignment)
    progress("compare", 2, 3)
    # 7.
    summary = summarize_story(articles, alignment)
    notes.extend(_story_notes(articles, alignment, summary))
    progress("compare", 3, 3)
    return Report(
        schema=SCHEMA,
        generated_at=options.now or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        version=__version__,
        title=story_title(articles),
        articles=tuple(articles),
        analyses=tuple(analyses),
        facts=alignment.facts,
        conflicts=alignment.conflicts,
        quote_groups=alignment.quote_groups,
        duplicates=tuple(duplicates),
        coverage=alignment.coverage,
        omissions=alignment.omissions,
        exclusives=alignment.exclusives,
        off_topic=alignment.off_topic,
        framing=tuple(framing),
        framing_method=method,
        summary=tuple(summary),
        notes=tuple(notes),
    )


def _story_notes(articles: Sequence[Article], alignment: Alignment, summary: Sequence[SummarySentence]) -> list[Note]:
    """A note when the articles may not be one story: their leads tell different events, or they share no fact
    (then the summary, if any, gives single-source facts)."""
    from storylens.align.topic import DIFFERENT_EVENTS_COSINE
    from storylens.summarize import shares_a_fact

    if len(articles) - len(alignment.off_topic) < 2:
        return []
    if alignment.lead_agreement < DIFFERENT_EVENTS_COSINE:
        message = (
            f"the articles' titles and leads tell different events (mean similarity {alignment.lead_agreement:.2f}):"
            " facts they seem to share may be coincidences and no summary is written; `storylens cluster` groups"
            " articles into stories"
        )
        return [Note(level="warning", message=message)]
    if shares_a_fact(alignment.facts):
        return []
    if summary:
        message = "no fact is carried by two or more outlets: the summary gives what each outlet reports on its own"
        return [Note(level="info", message=message)]
    message = "the articles share no fact and their leads do not tell one event: they may be about different events"
    return [Note(level="warning", message=message)]


def story_title(articles: Sequence[Article]) -> str:
    """A title for the story: the shortest article title, which is usually the plainest."""
    titles = sorted((a.title for a in articles if a.title), key=lambda t: (len(t), t))
    return titles[0] if titles else (articles[0].text[:80].strip() if articles else "")


def analyze_only(inputs: Sequence[str], options: Options, progress: Progress = _quiet) -> Report:
    """Read, clean and analyse ``inputs`` with no comparison (``storylens analyze``)."""
    prepared = prepare(inputs, options, progress)
    return Report(
        schema=SCHEMA,
        generated_at=options.now or dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        version=__version__,
        title=story_title(prepared.articles),
        articles=tuple(prepared.articles),
        analyses=tuple(prepared.analyses),
        notes=tuple(prepared.notes),
    )
