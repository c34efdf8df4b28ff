"""Stage 8, report: one ``Report`` rendered to JSON, Markdown, terminal (rich) or self-contained HTML."""

from __future__ import annotations

from storylens.records import Report

FORMATS = ("terminal", "json", "md", "html")


def render(report: Report, fmt: str, *, width: int = 100, color: bool = False) -> str:
    """``report`` as text in format ``fmt`` (one of ``FORMATS``)."""
    if fmt == "json":
        from storylens.report.json_report import render_json

        return render_json(report)
    if fmt == "md":
        from storylens.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from storylens.report.html import render_html

        return render_html(report)
    if fmt == "terminal":
        from storylens.report.terminal import render_terminal

        return render_terminal(report, width=width, color=color)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
