"""The terminal report (rich): story header, summary, coverage, conflicts, quotes, framing and notes.

Article text goes through ``Text`` objects (never console markup), so brackets in an article cannot restyle
the output or inject escape sequences.
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from storylens.records import Report
from storylens.report.view import COVERAGE_MARK, cite, coverage_cell, fact_text, framing_by_article, stance_word

LABEL_STYLE = {
    "consensus": "bold green",
    "majority": "green",
    "some": "yellow",
    "single-source": "magenta",
    "contested": "bold red",
}
CELL_STYLE = {"carried": "green", "absent": "dim", "conflict": "bold red"}


def _clean(text: str) -> str:
    """Untrusted text with control characters (escape sequences) removed and whitespace collapsed."""
    return " ".join("".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text).split())


def _summary(report: Report) -> Panel:
    """The summary with labels and outlet citations."""
    if not report.summary:
        return Panel(Text("No summary: no fact is carried by two or more outlets.", style="dim"), title="Summary")
    body = Text()
    for s in report.summary:
        body.append("• ")
        body.append(_clean(s.text))
        body.append(f"  [{s.label}]", style=LABEL_STYLE.get(s.label, ""))
        body.append(f" {_clean(', '.join(s.outlets))}\n", style="cyan")
    return Panel(body, title="Summary", border_style="blue")


def _articles(report: Report) -> Table:
    """One row per article."""
    table = Table(title="Articles", expand=True)
    for col in ("id", "outlet", "title", "published", "words"):
        table.add_column(col, overflow="fold")
    for a in report.articles:
        table.add_row(
            Text(_clean(a.id)),
            Text(_clean(a.outlet), style="cyan"),
            Text(_clean(a.title or "")),
            Text(a.published or ""),
            str(len(a.text.split())),
        )
    return table


def _coverage(report: Report) -> Table | Text:
    """The facts x outlets matrix; outlets are columns 1..N (named in the caption) so the facts keep the width."""
    if not report.facts:
        return Text("No facts were aligned across articles.", style="dim")
    legend = "  ".join(f"{i}={_clean(a.outlet)}" for i, a in enumerate(report.articles, 1))
    table = Table(title="Coverage (● carried · absent ≠ conflict)", caption=legend, expand=True)
    table.add_column("fact", ratio=1, overflow="fold")
    table.add_column("label", no_wrap=True)
    for i, _ in enumerate(report.articles, 1):
        table.add_column(str(i), justify="center", no_wrap=True, width=max(2, len(str(i))))
    for f in report.facts:
        marks = [coverage_cell(report, f, a) for a in report.articles]
        table.add_row(
            Text(_clean(fact_text(f, 140))),
            Text(f.label, style=LABEL_STYLE.get(f.label, "")),
            *[Text(COVERAGE_MARK[m], style=CELL_STYLE[m]) for m in marks],
        )
    return table


def _conflicts(report: Report) -> Table | Text:
    """Conflicts, one row per side."""
    if not report.conflicts:
        return Text("No conflicts found.", style="dim")
    table = Table(title="Conflicts", expand=True, show_lines=True)
    for col in ("about", "value", "outlets", "wording"):
        table.add_column(col, overflow="fold")
    for c in report.conflicts:
        for i, side in enumerate(c.sides):
            table.add_row(
                Text(_clean(c.about) if i == 0 else "", style="bold"),
                Text(_clean(side.value), style="red"),
                Text(_clean(cite(report, [m.article for m in side.mentions])), style="cyan"),
                Text(_clean(side.mentions[0].text) if side.mentions else ""),
            )
    return table


def _quotes(report: Report) -> Table | Text:
    """Quote groups."""
    if not report.quote_groups:
        return Text("No quote groups.", style="dim")
    table = Table(title="Quotes", expand=True)
    for col in ("quotation", "speakers", "outlets"):
        table.add_column(col, overflow="fold")
    for g in report.quote_groups:
        table.add_row(
            Text(_clean(g.text)),
            Text(_clean(", ".join(g.speakers))),
            Text(_clean(cite(report, g.articles)), style="cyan"),
        )
    return table


def _framing(report: Report) -> Table:
    """Framing per outlet."""
    table = Table(title="Framing (stance toward the main event: -1 critical … +1 favourable)", expand=True)
    for col in ("outlet", "stance", "tone", "loaded words", "labels", "scare quotes", "voices"):
        table.add_column(col, overflow="fold")
    frames = framing_by_article(report)
    for a in report.articles:
        f = frames.get(a.id)
        if f is None:
            continue
        style = "green" if f.stance >= 0.1 else "red" if f.stance <= -0.1 else "white"
        table.add_row(
            Text(_clean(a.outlet), style="cyan"),
            Text(f"{f.stance:+.2f} {stance_word(f.stance)}", style=style),
            f"{f.tone:+.2f}",
            Text(_clean(", ".join(f.loaded_words)), style="yellow"),
            Text(_clean("; ".join(f"{k} → {v}" for k, v in sorted(f.labels.items())))),
            Text(_clean(", ".join(f.scare_quotes))),
            Text(_clean("; ".join(f"{k}: {', '.join(v)}" for k, v in f.voices.items()))),
        )
    return table


def render_terminal(report: Report, *, width: int = 100, color: bool = False) -> str:
    """The report as terminal text; with ``color`` it carries ANSI styles."""
    buf = io.StringIO()
    console = Console(
        file=buf, width=width, force_terminal=color, color_system="standard" if color else None, highlight=False
    )
    console.rule(Text(_clean(report.title), style="bold"))
    console.print(Text(f"{len(report.articles)} articles · storylens {report.version}", style="dim"), justify="center")
    console.print(
        Group(
            _summary(report),
            _articles(report),
            _coverage(report),
            _conflicts(report),
            _quotes(report),
            _framing(report),
        )
    )
    for note in report.notes:
        line = Text(f"{note.level}: ", style="red" if note.level == "error" else "yellow")
        line.append(_clean(note.message))
        console.print(line)
    return buf.getvalue()
