"""The read side of the story library: stories, one story's report, articles, outlets, full-text search."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from storylens.records import Analysis, Article, Report
from storylens.store.library import cached_analysis


def fts_query(text: str) -> str:
    """A user's search words as a safe FTS5 query: each word quoted (no operators), all words required."""
    words = re.findall(r"\w+", text)
    return " ".join('"' + w.replace('"', "") + '"' for w in words[:20])


def list_stories(conn: sqlite3.Connection, search: str = "", limit: int = 200) -> list[dict[str, Any]]:
    """Stories, most recently updated first; with ``search``, only stories with an article matching it."""
    where, params = "", []
    query = fts_query(search)
    if query:
        where = (
            "WHERE s.id IN (SELECT a.story_id FROM articles_fts f JOIN articles a ON a.id = f.article_id"
            " WHERE articles_fts MATCH ?)"
        )
        params.append(query)
    rows = conn.execute(
        "SELECT s.id, s.title, s.first_published, s.last_published, s.updated_at, s.n_articles, s.n_facts,"
        " s.n_consensus, s.n_conflicts, s.is_stale,"
        " (SELECT json_group_array(DISTINCT outlet) FROM articles WHERE story_id = s.id) AS outlets"
        f" FROM stories s {where} ORDER BY s.updated_at DESC, s.id DESC LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [_story_row(row) for row in rows]


def _story_row(row: sqlite3.Row) -> dict[str, Any]:
    """One story of the list as a plain dict."""
    facts = row["n_facts"]
    return {
        "id": row["id"],
        "title": row["title"],
        "first_published": row["first_published"],
        "last_published": row["last_published"],
        "updated_at": row["updated_at"],
        "articles": row["n_articles"],
        "outlets": sorted(json.loads(row["outlets"] or "[]")),
        "facts": facts,
        "consensus_facts": row["n_consensus"],
        "consensus_share": round(row["n_consensus"] / facts, 3) if facts else None,
        "conflicts": row["n_conflicts"],
        "is_stale": bool(row["is_stale"]),
    }


def get_story(conn: sqlite3.Connection, story: int) -> dict[str, Any] | None:
    """One story's list figures, or None when there is no such story."""
    rows = list_stories_by_id(conn, [story])
    return rows[0] if rows else None


def list_stories_by_id(conn: sqlite3.Connection, ids: list[int]) -> list[dict[str, Any]]:
    """The list figures of the given stories."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT s.*, (SELECT json_group_array(DISTINCT outlet) FROM articles WHERE story_id = s.id) AS outlets"
        f" FROM stories s WHERE s.id IN ({marks}) ORDER BY s.id",
        ids,
    ).fetchall()
    return [_story_row(row) for row in rows]


def story_report(conn: sqlite3.Connection, story: int) -> Report | None:
    """The stored comparison of one story, or None when absent (no such story, or not compared yet)."""
    row = conn.execute("SELECT report FROM stories WHERE id = ?", (story,)).fetchone()
    if row is None or row[0] is None:
        return None
    return Report.from_dict(json.loads(row[0]))


def story_articles(conn: sqlite3.Connection, story: int) -> list[dict[str, Any]]:
    """The articles of one story: id, outlet, title, url, published."""
    rows = conn.execute(
        "SELECT id, outlet, title, url, published FROM articles WHERE story_id = ? ORDER BY published, rowid", (story,)
    )
    return [dict(row) for row in rows]


def get_article(conn: sqlite3.Connection, article_id: str) -> tuple[Article, Analysis, int] | None:
    """A stored article, its (cached) analysis and its story id, or None."""
    row = conn.execute("SELECT data, story_id FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    article = Article.from_dict(json.loads(row[0]))
    return article, cached_analysis(conn, article), row[1]


def outlet_articles(conn: sqlite3.Connection, outlet: str) -> list[dict[str, Any]]:
    """The articles of one outlet with their story: id, story, title, published."""
    rows = conn.execute(
        "SELECT id, story_id AS story, title, published FROM articles WHERE outlet = ? ORDER BY published, rowid",
        (outlet,),
    )
    return [dict(row) for row in rows]


def list_outlets(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every outlet with its number of articles and stories."""
    rows = conn.execute(
        "SELECT outlet, COUNT(*) AS articles, COUNT(DISTINCT story_id) AS stories FROM articles"
        " GROUP BY outlet ORDER BY articles DESC, outlet"
    )
    return [dict(row) for row in rows]


def search_articles(conn: sqlite3.Connection, search: str, limit: int = 50) -> list[dict[str, Any]]:
    """Articles matching ``search`` (FTS5, best first) with a highlighted-free snippet."""
    query = fts_query(search)
    if not query:
        return []
    rows = conn.execute(
        "SELECT a.id, a.story_id AS story, a.outlet, a.title, snippet(articles_fts, 3, '', '', ' … ', 12) AS snippet"
        " FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id WHERE articles_fts MATCH ?"
        " ORDER BY rank LIMIT ?",
        (query, limit),
    )
    return [dict(row) for row in rows]
