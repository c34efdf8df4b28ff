"""The terminal report (rich): story header, facts, conflicts, quotes, framing and notes."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from storylens.records import Report


def render_terminal(report: Report, *, width: int = 100, color: bool = False) -> str:
    """The report as terminal text; with ``color`` it carries ANSI styles."""
    buf = io.StringIO()
    console = Console(file=buf, width=width, force_terminal=color, color_system="standard" if color else None)
    console.rule(f"[bold]{report.title}")
    table = Table(title="Articles")
    for col in ("id", "outlet", "title", "published", "sentences", "quotes"):
        table.add_column(col)
    analyses = {a.article: a for a in report.analyses}
    for a in report.articles:
        an = analyses.get(a.id)
        quotes = sum(1 for q in an.quotes if q.kind != "scare") if an else 0
        table.add_row(a.id, a.outlet, a.title or "", a.published or "", str(len(an.sentences) if an else 0), str(quotes))
    console.print(table)
    for note in report.notes:
        console.print(f"[{'red' if note.level == 'error' else 'yellow'}]{note.level}:[/] {note.message}")
    return buf.getvalue()
