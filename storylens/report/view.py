"""Shared read-only views over a ``Report`` for the Markdown, terminal and HTML renderers."""

from __future__ import annotations

from collections.abc import Sequence

from storylens.records import Article, Fact, Framing, Report

COVERAGE_MARK = {"carried": "●", "absent": "·", "conflict": "≠"}
"""How a coverage cell is drawn in text formats."""


def outlet_names(report: Report) -> dict[str, str]:
    """Article id -> outlet name (with the article id added when two articles share an outlet)."""
    counts: dict[str, int] = {}
    for a in report.articles:
        counts[a.outlet] = counts.get(a.outlet, 0) + 1
    return {a.id: a.outlet if counts[a.outlet] == 1 else f"{a.outlet} ({a.id})" for a in report.articles}


def cite(report: Report, article_ids: Sequence[str]) -> str:
    """Outlet names of ``article_ids`` joined with commas, in the report's article order."""
    names = outlet_names(report)
    order = {a.id: i for i, a in enumerate(report.articles)}
    return ", ".join(names.get(a, a) for a in sorted(set(article_ids), key=lambda a: (order.get(a, 1 << 30), a)))


def coverage_cell(report: Report, fact: Fact, article: Article) -> str:
    """'carried' / 'absent' / 'conflict' for one fact and one article (from the coverage matrix when present)."""
    row = report.coverage.get(fact.id)
    if row and article.id in row:
        return row[article.id]
    return "carried" if article.id in fact.articles else "absent"


def framing_by_article(report: Report) -> dict[str, Framing]:
    """Article id -> its framing."""
    return {f.article: f for f in report.framing}


def stance_word(stance: float) -> str:
    """A plain word for a stance figure."""
    if stance >= 0.35:
        return "favourable"
    if stance >= 0.1:
        return "leaning favourable"
    if stance > -0.1:
        return "neutral"
    if stance > -0.35:
        return "leaning critical"
    return "critical"


def fact_text(fact: Fact, limit: int = 160) -> str:
    """A fact's statement shortened for a table cell."""
    text = " ".join(fact.statement.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
