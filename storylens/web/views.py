"""Context builders of the web pages: each returns the one dict rendered by a template AND served as JSON.

Nothing here formats HTML: templates do (Jinja2 autoescape on), so article text reaches the page only escaped.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from typing import Any

from storylens.records import Analysis, Article, Report
from storylens.store import queries


class NotFound(LookupError):
    """The page asked for does not exist (answered with 404)."""


def stories_context(conn: sqlite3.Connection, search: str = "") -> dict[str, Any]:
    """The stories page: every story (or those matching ``search``) with its figures; matching articles."""
    return {
        "page": "stories",
        "search": search,
        "stories": queries.list_stories(conn, search),
        "matches": queries.search_articles(conn, search) if search.strip() else [],
        "outlets": queries.list_outlets(conn),
    }


def story_context(conn: sqlite3.Connection, story_id: int) -> dict[str, Any]:
    """The story page: figures, summary, facts with their evidence per outlet, conflicts, quotes, framing."""
    story = queries.get_story(conn, story_id)
    if story is None:
        raise NotFound(f"no story {story_id}")
    report = queries.story_report(conn, story_id)
    context: dict[str, Any] = {"page": "story", "story": story, "articles": queries.story_articles(conn, story_id)}
    if report is None:
        return {**context, "compared": False}
    return {**context, "compared": True, **_report_context(report)}


def _report_context(report: Report) -> dict[str, Any]:
    """The parts of a story's report the story page shows (all of what the HTML report shows)."""
    data = report.to_dict()
    return {
        "title": report.title,
        "generated_at": report.generated_at,
        "summary": data["summary"],
        "facts": data["facts"],
        "conflicts": data["conflicts"],
        "quote_groups": data["quote_groups"],
        "duplicates": data["duplicates"],
        "coverage": data["coverage"],
        "omissions": data["omissions"],
        "exclusives": data["exclusives"],
        "off_topic": data["off_topic"],
        "framing": [_framing_dict(f) for f in data["framing"]],
        "framing_method": data["framing_method"],
        "notes": data["notes"],
        "evidence": evidence_sentences(report),
    }


def _framing_dict(framing: dict[str, Any]) -> dict[str, Any]:
    """One article's framing, trimmed to what a reader looks at."""
    keep = ("article", "outlet", "stance", "tone", "loaded_words", "labels", "scare_quotes", "voices")
    return {k: framing.get(k) for k in keep}


def evidence_sentences(report: Report) -> list[dict[str, Any]]:
    """Per article, the sentences carrying a fact or a conflict side, each tagged with the keys it carries."""
    keys: dict[str, dict[tuple[int, int], set[str]]] = {a.id: {} for a in report.articles}
    sentences = {a.article: a.sentences for a in report.analyses}
    marks = [(f.id, m) for f in report.facts for m in f.mentions]
    marks += [(c.id, m) for c in report.conflicts for side in c.sides for m in side.mentions]
    for key, mention in marks:
        if mention.article not in keys:
            continue
        span = _enclosing(sentences.get(mention.article, ()), mention.start, mention.end)
        keys[mention.article].setdefault(span, set()).add(key)
    texts = {a.id: a.text for a in report.articles}
    return [
        {
            "article": a.id,
            "outlet": a.outlet,
            "title": a.title,
            "sentences": [
                {"start": s, "end": e, "text": texts[a.id][s:e], "keys": sorted(k, key=_natural)}
                for (s, e), k in sorted(keys[a.id].items())
            ],
        }
        for a in report.articles
    ]


def _enclosing(sentences: Any, start: int, end: int) -> tuple[int, int]:
    """The sentence span holding ``start:end`` (the mention itself when no sentence does)."""
    for s in sentences:
        if s.start <= start < s.end:
            return s.start, max(s.end, end)
    return start, end


def _natural(key: str) -> tuple[str, int]:
    """Sort ``f2`` before ``f10``."""
    m = re.match(r"(\D*)(\d*)", key)
    return (m.group(1), int(m.group(2) or 0)) if m else (key, 0)


def article_context(conn: sqlite3.Connection, article_id: str) -> dict[str, Any]:
    """The article page: its cleaned text cut into highlighted segments, what was removed, its framing."""
    found = queries.get_article(conn, article_id)
    if found is None:
        raise NotFound(f"no article {article_id!r}")
    article, analysis, story_id = found
    report = queries.story_report(conn, story_id)
    framing = next((f for f in report.framing if f.article == article.id), None) if report else None
    loaded = framing.loaded_words if framing else ()
    facts = [(f.id, m) for f in report.facts for m in f.mentions if m.article == article.id] if report else []
    return {
        "page": "article",
        "article": {k: v for k, v in article.to_dict().items() if k not in ("text", "removed")},
        "story": story_id,
        "segments": highlight_segments(article, analysis, facts, loaded),
        "quotes": [q.to_dict() for q in analysis.quotes],
        "facts": [{"id": key, "text": m.text} for key, m in facts],
        "loaded_words": list(loaded),
        "framing": _framing_dict(framing.to_dict()) if framing else None,
        "removed": [r.to_dict() for r in article.removed],
    }


def highlight_segments(
    article: Article, analysis: Analysis, facts: list[tuple[str, Any]], loaded: tuple[str, ...] | list[str]
) -> list[dict[str, Any]]:
    """The article text as consecutive segments, each with the marks covering it (quote, fact ids, loaded)."""
    spans: list[tuple[int, int, str]] = [(q.start, q.end, "quote") for q in analysis.quotes if q.kind != "scare"]
    spans += [(m.start, m.end, f"fact:{key}") for key, m in facts]
    for word in loaded:
        spans += [(m.start(), m.end(), "loaded") for m in re.finditer(rf"\b{re.escape(word)}\b", article.text, re.I)]
    cuts = sorted({0, len(article.text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    segments = []
    for start, end in itertools.pairwise(cuts):
        marks = sorted({label for s, e, label in spans if s <= start and end <= e})
        segments.append({"start": start, "end": end, "text": article.text[start:end], "marks": marks})
    return segments


def outlet_context(conn: sqlite3.Connection, outlet: str) -> dict[str, Any]:
    """The outlet page: its stories with its stance in each, and whose voices it quotes."""
    articles = queries.outlet_articles(conn, outlet)
    if not articles:
        raise NotFound(f"no outlet {outlet!r}")
    voices: dict[str, dict[str, int]] = {}
    rows = []
    for story in queries.list_stories_by_id(conn, sorted({a["story"] for a in articles})):
        report = queries.story_report(conn, story["id"])
        mine = [f for f in report.framing if f.outlet == outlet] if report else []
        for f in mine:
            for group, names in f.voices.items():
                for name in names:
                    voices.setdefault(group, {})[name] = voices.setdefault(group, {}).get(name, 0) + 1
        stance = round(sum(f.stance for f in mine) / len(mine), 3) if mine else None
        tone = round(sum(f.tone for f in mine) / len(mine), 3) if mine else None
        rows.append(
            {
                **story,
                "stance": stance,
                "tone": tone,
                "articles_here": [a for a in articles if a["story"] == story["id"]],
            }
        )
    return {
        "page": "outlet",
        "outlet": outlet,
        "stories": rows,
        "voices": {g: sorted(n.items(), key=lambda kv: (-kv[1], kv[0])) for g, n in sorted(voices.items())},
    }
