"""The write side of the story library: ingest articles, assign each to a story, keep story comparisons current.

1. read: inputs (paths, URLs, feeds...) or ready sources;
2. clean each into an article; content already stored (same hash) is skipped, so re-ingesting is a no-op;
3. analyse it, or take the analysis cached under its content hash and the analysis version;
4. cluster it online into an existing story or a new one (the same ``StoryClusterer`` as ``storylens cluster``);
5. store article, analysis, features, search text and membership in ONE transaction, so a crash never leaves
   half an article;
6. recompute the comparison of every story whose membership changed (stale stories left by a crash included).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from storylens import __version__
from storylens.cluster import CLUSTER_VERSION, ArticleFeatures, ClusterOptions, StoryClusterer
from storylens.errors import StorylensError
from storylens.options import Options
from storylens.pipeline import Progress
from storylens.records import Analysis, Article, Note, Report, Source
from storylens.store.database import now_iso, transaction

ANALYSIS_VERSION = f"analysis/{__version__}"
"""Key of cached analyses besides the content hash: a new storylens version re-analyses on demand."""


def _quiet(stage: str, done: int, total: int) -> None:
    """Default progress callback: report nothing."""


CHUNK = 16  # articles embedded together; each is still committed on its own


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class IngestResult:
    """What one ingest did: articles added (with their story), duplicates skipped, stories recompared, notes."""

    added: tuple[tuple[str, int], ...] = ()
    skipped: tuple[str, ...] = ()
    stories: tuple[int, ...] = ()
    notes: tuple[Note, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (the JSON twin of the add-article form's answer)."""
        return {
            "added": [{"article": a, "story": s} for a, s in self.added],
            "skipped": list(self.skipped),
            "stories": list(self.stories),
            "notes": [n.to_dict() for n in self.notes],
        }


def ingest_articles(
    conn: sqlite3.Connection,
    inputs: Sequence[str],
    options: Options,
    progress: Progress = _quiet,
    cluster: ClusterOptions | None = None,
) -> IngestResult:
    """Read ``inputs`` (everything ``storylens compare`` accepts) and ingest them into the library."""
    from storylens.ingest import read_inputs

    sources, notes = read_inputs(list(inputs), options)
    result = ingest_sources(conn, sources, options, progress, cluster)
    return dataclasses.replace(result, notes=tuple(notes) + result.notes)


def ingest_sources(
    conn: sqlite3.Connection,
    sources: Sequence[Source],
    options: Options,
    progress: Progress = _quiet,
    cluster: ClusterOptions | None = None,
) -> IngestResult:
    """Steps 2-6 for raw sources already read (the web form hands over pasted text this way)."""
    clusterer = load_clusterer(conn, cluster)
    taken = {row[0] for row in conn.execute("SELECT id FROM articles")}
    added: list[tuple[str, int]] = []
    skipped: list[str] = []
    notes: list[Note] = []
    touched = set(stale_stories(conn))
    for i in range(0, len(sources), CHUNK):
        progress("ingest", i, len(sources))
        batch = _prepare_chunk(conn, sources[i : i + CHUNK], options, taken, skipped, notes)
        for article, analysis, features in batch:
            story = _store_article(conn, clusterer, article, analysis, features)
            added.append((article.id, story))
            touched.add(story)
    progress("ingest", len(sources), len(sources))
    for note in update_stories(conn, sorted(touched), options, progress):
        notes.append(note)
    return IngestResult(added=tuple(added), skipped=tuple(skipped), stories=tuple(sorted(touched)), notes=tuple(notes))


def _prepare_chunk(
    conn: sqlite3.Connection,
    sources: Sequence[Source],
    options: Options,
    taken: set[str],
    skipped: list[str],
    notes: list[Note],
) -> list[tuple[Article, Analysis, ArticleFeatures]]:
    """Steps 2-3 and the features of step 4 for a few sources; duplicates and unreadable ones are set aside."""
    from storylens.cluster import make_features
    from storylens.pipeline import extract_sources

    articles: list[Article] = []
    hashes: set[str] = set()
    for article in extract_sources(sources, options, taken, notes):
        if article.content_hash in hashes or has_content(conn, article.content_hash):
            skipped.append(article.source)
            continue
        hashes.add(article.content_hash)
        articles.append(article)
    analyses = [cached_analysis(conn, a) for a in articles]
    features = [cached_features(conn, a.content_hash) for a in articles]
    missing = [i for i, f in enumerate(features) if f is None]
    computed = make_features([articles[i] for i in missing], [analyses[i] for i in missing])
    for i, f in zip(missing, computed, strict=True):
        features[i] = f
    return [(a, an, f) for a, an, f in zip(articles, analyses, features, strict=True) if f is not None]


def _store_article(
    conn: sqlite3.Connection, clusterer: StoryClusterer, article: Article, analysis: Analysis, features: ArticleFeatures
) -> int:
    """Steps 4-5: pick the article's story and write everything about it in one transaction; the story id."""
    with transaction(conn):
        next_id = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM stories").fetchone()[0]
        clusterer.observe(features)
        story = int(clusterer.assign(features, str(next_id)))
        now = now_iso()
        if story == next_id:
            conn.execute(
                "INSERT INTO stories (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (story, article.title or "", now, now),
            )
        conn.execute(
            "INSERT INTO articles (id, content_hash, story_id, outlet, title, url, published, source, ingested_at,"
            " data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                article.content_hash,
                story,
                article.outlet,
                article.title,
                article.url,
                article.published,
                article.source,
                now,
                json.dumps(article.to_dict(), ensure_ascii=False),
            ),
        )
        _put(conn, "analyses", article.content_hash, ANALYSIS_VERSION, analysis.to_dict())
        _put(conn, "features", article.content_hash, CLUSTER_VERSION, features.to_dict())
        conn.execute(
            "INSERT INTO articles_fts (article_id, title, outlet, text) VALUES (?, ?, ?, ?)",
            (article.id, article.title or "", article.outlet, article.text),
        )
        conn.execute(
            "UPDATE stories SET is_stale = 1, updated_at = ?, n_articles = (SELECT COUNT(*) FROM articles"
            " WHERE story_id = ?), first_published = (SELECT MIN(published) FROM articles WHERE story_id = ?),"
            " last_published = (SELECT MAX(published) FROM articles WHERE story_id = ?) WHERE id = ?",
            (now, story, story, story, story),
        )
    return story


def _put(conn: sqlite3.Connection, table: str, content_hash: str, version: str, data: dict[str, Any]) -> None:
    """Cache ``data`` under (content hash, version) in ``analyses`` or ``features``."""
    conn.execute(
        f"INSERT OR REPLACE INTO {table} (content_hash, version, data) VALUES (?, ?, ?)",  # table: a constant of ours
        (content_hash, version, json.dumps(data, ensure_ascii=False)),
    )


def has_content(conn: sqlite3.Connection, content_hash: str) -> bool:
    """Is an article with this cleaned-text hash already stored?"""
    return conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (content_hash,)).fetchone() is not None


def cached_analysis(conn: sqlite3.Connection, article: Article) -> Analysis:
    """The analysis of ``article`` from the cache (content hash + ``ANALYSIS_VERSION``), computed if absent."""
    from storylens.analyze import analyze_article

    row = conn.execute(
        "SELECT data FROM analyses WHERE content_hash = ? AND version = ?", (article.content_hash, ANALYSIS_VERSION)
    ).fetchone()
    if row is None:
        return analyze_article(article)
    return Analysis.from_dict(_rebind(json.loads(row[0]), article.id))


def _rebind(data: Any, article_id: str) -> Any:
    """Analysis JSON with every ``article`` field set to ``article_id`` (same text cached under another id)."""
    if isinstance(data, dict):
        return {k: (article_id if k == "article" else _rebind(v, article_id)) for k, v in data.items()}
    if isinstance(data, list):
        return [_rebind(v, article_id) for v in data]
    return data


def cached_features(conn: sqlite3.Connection, content_hash: str) -> ArticleFeatures | None:
    """Clustering features stored for this content and ``CLUSTER_VERSION``, or None."""
    row = conn.execute(
        "SELECT data FROM features WHERE content_hash = ? AND version = ?", (content_hash, CLUSTER_VERSION)
    ).fetchone()
    return ArticleFeatures.from_dict(json.loads(row[0])) if row else None


def load_clusterer(conn: sqlite3.Connection, options: ClusterOptions | None = None) -> StoryClusterer:
    """A ``StoryClusterer`` holding every stored article as a member of its story (token statistics included)."""
    clusterer = StoryClusterer(options)
    rows = conn.execute(
        "SELECT a.story_id, f.data FROM articles a JOIN features f ON f.content_hash = a.content_hash"
        " AND f.version = ? ORDER BY a.rowid",
        (CLUSTER_VERSION,),
    ).fetchall()
    members = [(str(row[0]), ArticleFeatures.from_dict(json.loads(row[1]))) for row in rows]
    clusterer.seed([features for _, features in members])
    for story, features in members:
        clusterer.add(features, story)
    return clusterer


def stale_stories(conn: sqlite3.Connection) -> list[int]:
    """Stories whose membership changed since their comparison was stored."""
    return [row[0] for row in conn.execute("SELECT id FROM stories WHERE is_stale = 1 ORDER BY id")]


def update_stories(
    conn: sqlite3.Connection, story_ids: Sequence[int], options: Options, progress: Progress = _quiet
) -> list[Note]:
    """Recompute and store the comparison of each story (its ``Report`` as JSON); notes for those that failed."""
    notes = []
    for i, story in enumerate(story_ids):
        progress("compare", i, len(story_ids))
        try:
            report = compare_story(conn, story, options)
        except StorylensError as exc:
            notes.append(Note(level="warning", message=f"story {story}: {exc}"))
            continue
        save_report(conn, story, report)
    progress("compare", len(story_ids), len(story_ids))
    return notes


def compare_story(conn: sqlite3.Connection, story: int, options: Options) -> Report:
    """The comparison of one stored story, from its stored articles and cached analyses."""
    from storylens.pipeline import Prepared, compare_prepared

    articles = [
        Article.from_dict(json.loads(row[0]))
        for row in conn.execute("SELECT data FROM articles WHERE story_id = ? ORDER BY published, rowid", (story,))
    ]
    analyses = [cached_analysis(conn, a) for a in articles]
    return compare_prepared(Prepared(articles=articles, analyses=analyses, notes=[]), options)


def save_report(conn: sqlite3.Connection, story: int, report: Report) -> None:
    """Store a story's report and the figures the story list shows, and mark the story current."""
    # Record.to_dict (not the public JSON report, whose shape is for readers): it round-trips exactly.
    data = report.to_dict()
    with transaction(conn):
        conn.execute(
            "UPDATE stories SET report = ?, title = ?, is_stale = 0, n_facts = ?, n_consensus = ?, n_conflicts = ?"
            " WHERE id = ?",
            (
                json.dumps(data, ensure_ascii=False),
                report.title,
                len(report.facts),
                sum(1 for f in report.facts if f.label == "consensus"),
                len(report.conflicts),
                story,
            ),
        )
