"""The Markdown report: summary, articles, coverage, conflicts, quotes, framing, removed junk and notes.

Article text is untrusted: every piece of it is HTML-escaped (Markdown viewers render raw HTML) and table cells
have their pipes and line breaks escaped.
"""

from __future__ import annotations

import html

from storylens.records import Report
from storylens.report.view import COVERAGE_MARK, cite, coverage_cell, fact_text, framing_by_article, stance_word


def esc(text: object) -> str:
    """Text made inert for Markdown: HTML-escaped, with Markdown's link and emphasis characters escaped."""
    out = html.escape(str(text), quote=False)
    for ch in "\\`*_[]":
        out = out.replace(ch, "\\" + ch)
    return out


def cell(text: object) -> str:
    """Text for a Markdown table cell: escaped, one line, pipes escaped."""
    return " ".join(esc(text).split()).replace("|", "\\|")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table from already escaped cells."""
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return [*out, ""]


def _summary(report: Report) -> list[str]:
    """The summary section: one bullet per sentence with its label and outlets."""
    lines = ["## Summary", ""]
    if not report.summary:
        return [*lines, "_No summary: no fact is carried by two or more outlets._", ""]
    for s in report.summary:
        lines.append(f"- {esc(s.text)} **[{s.label}]** — _{esc(', '.join(s.outlets))}_")
    return [*lines, ""]


def _articles(report: Report) -> list[str]:
    """The articles table."""
    rows = [
        [cell(a.id), cell(a.outlet), cell(a.title or ""), cell(a.published or ""), str(len(a.text.split()))]
        for a in report.articles
    ]
    return ["## Articles", "", *_table(["id", "outlet", "title", "published", "words"], rows)]


def _coverage(report: Report) -> list[str]:
    """The facts x outlets matrix."""
    lines = ["## Coverage", ""]
    if not report.facts:
        return [*lines, "_No facts were aligned across articles._", ""]
    header = ["fact", "label", *[cell(a.outlet) for a in report.articles]]
    rows = [
        [cell(fact_text(f, 120)), f.label, *[COVERAGE_MARK[coverage_cell(report, f, a)] for a in report.articles]]
        for f in report.facts
    ]
    legend = "● carried · absent ≠ takes a side in a conflict"
    return [*lines, *_table(header, rows), legend, ""]


def _conflicts(report: Report) -> list[str]:
    """Conflicts with each side's value, outlets and wording."""
    lines = ["## Conflicts", ""]
    if not report.conflicts:
        return [*lines, "_No conflicts found._", ""]
    for c in report.conflicts:
        lines.append(f"### {esc(c.about)} ({esc(c.kind)})")
        lines.append("")
        for side in c.sides:
            lines.append(f"- **{esc(side.value)}** — {esc(cite(report, [m.article for m in side.mentions]))}")
            lines.extend(f"  - > {esc(' '.join(m.text.split()))}" for m in side.mentions)
        lines.append("")
    return lines


def _quotes(report: Report) -> list[str]:
    """Quote groups: each quotation, who said it and which outlets carry it."""
    lines = ["## Quotes", ""]
    if not report.quote_groups:
        return [*lines, "_No quotation is carried by several articles._", ""]
    rows = [
        [cell(g.text), cell(", ".join(g.speakers)), cell(cite(report, g.articles)), str(len(g.quotes))]
        for g in report.quote_groups
    ]
    return [*lines, *_table(["quotation", "speakers", "outlets", "wordings"], rows)]


def _framing(report: Report) -> list[str]:
    """Framing per outlet: stance, tone, loaded words, labels, scare quotes, hedges, voices."""
    lines = ["## Framing", ""]
    frames = framing_by_article(report)
    rows = []
    for a in report.articles:
        f = frames.get(a.id)
        if f is None:
            continue
        labels = "; ".join(f"{k} → {v}" for k, v in sorted(f.labels.items()))
        voices = "; ".join(f"{k}: {', '.join(v)}" for k, v in f.voices.items())
        rows.append(
            [
                cell(a.outlet),
                f"{f.stance:+.2f} ({stance_word(f.stance)})",
                f"{f.tone:+.2f}",
                cell(", ".join(f.loaded_words)),
                cell(labels),
                cell(", ".join(f.scare_quotes)),
                str(len(f.hedges)),
                cell(voices),
            ]
        )
    lines += _table(["outlet", "stance", "tone", "loaded words", "labels", "scare quotes", "hedges", "voices"], rows)
    for key, how in report.framing_method.items():
        lines.append(f"- **{esc(key)}**: {esc(how)}")
    return [*lines, ""]


def _removed(report: Report) -> list[str]:
    """What cleaning dropped as page junk, per article."""
    lines = ["## Removed as page junk", ""]
    for a in report.articles:
        if a.removed:
            lines.append(
                f"- **{esc(a.outlet)}**: " + "; ".join(f"{cell(r.text[:80])} _({esc(r.reason)})_" for r in a.removed)
            )
    return lines + ([""] if len(lines) > 2 else ["_Nothing was removed._", ""])


def render_markdown(report: Report) -> str:
    """The report as a Markdown document."""
    lines = [
        f"# {esc(report.title)}",
        "",
        f"_{len(report.articles)} articles · storylens {esc(report.version)} · {esc(report.generated_at)}_",
        "",
    ]
    for part in (_summary, _articles, _coverage, _conflicts, _quotes, _framing, _removed):
        lines += part(report)
    lines += ["## Notes", ""]
    lines += [f"- {esc(n.level)}: {esc(n.message)}" for n in report.notes] or ["_None._"]
    return "\n".join(lines).rstrip() + "\n"
