"""Every format renders the example report, and docs/report-schema.md matches the JSON report key for key."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.report_helpers import enriched

pytestmark = pytest.mark.slow

SCHEMA_DOC = ROOT / "docs" / "report-schema.md"


@pytest.fixture(scope="module")
def report(example_report):
    """The example report, with hand-made facts and a conflict if the pipeline found none."""
    return enriched(example_report)


def test_markdown_has_sections(report) -> None:
    from storylens.report import render

    md = render(report, "md")
    for section in (
        "## Summary",
        "## Articles",
        "## Coverage",
        "## Conflicts",
        "## Quotes",
        "## Framing",
        "## Removed as page junk",
        "## Notes",
    ):
        assert section in md
    assert md.startswith("# ")
    for a in report.articles:
        assert a.outlet in md
    assert "[consensus]" in md or "[majority]" in md


def test_terminal_mentions_outlets_and_framing(report) -> None:
    from storylens.report import render

    text = render(report, "terminal", width=160)
    for a in report.articles:
        assert a.outlet[:14] in text
    assert "Framing" in text and "Summary" in text
    assert "\x1b[" not in text  # no colour unless asked
    assert "\x1b[" in render(report, "terminal", width=160, color=True)


def test_html_is_self_contained(report) -> None:
    from storylens.report import render

    page = render(report, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "the page must not load anything"
    assert "<link" not in page
    assert page.count('data-fact="') == len(report.facts)
    for a in report.articles:
        assert a.outlet in page


def test_renders_are_deterministic(report) -> None:
    from storylens.report import render

    for fmt in ("md", "html", "terminal", "json"):
        assert render(report, fmt) == render(report, fmt)


# --- docs/report-schema.md cannot drift from the JSON report ---------------------------------------------


def documented_keys() -> dict[str, set[str]]:
    """Section path (`.`, `articles[]`, `framing{}`...) -> the keys its table lists, parsed from the doc."""
    sections: dict[str, set[str]] = {}
    current = None
    for line in SCHEMA_DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#{2,3} .*?`([^`]+)`\s*$", line)
        if heading:
            current = heading.group(1)
            sections[current] = set()
            continue
        row = re.match(r"^\|\s*`([^`]+)`\s*\|", line)
        if row and current is not None:
            sections[current].add(row.group(1))
    return sections


def objects_at(data: Any, path: str) -> list[dict[str, Any]]:
    """Every object a doc path names: `.` is the top level, `x[]` each item of list x, `x{}` each value of x."""
    found = [data]
    if path == ".":
        return found
    for part in path.split("."):
        name, kind = part[:-2], part[-2:]
        nxt: list[Any] = []
        for obj in found:
            inner = obj.get(name, [] if kind == "[]" else {})
            nxt.extend(inner if kind == "[]" else inner.values())
        found = nxt
    return found


@pytest.fixture(scope="module")
def report_json(report) -> dict[str, Any]:
    from storylens.report.json_report import render_json

    return json.loads(render_json(report))


def test_schema_doc_lists_every_key_and_no_other(report_json) -> None:
    sections = documented_keys()
    assert "." in sections and "articles[]" in sections and "framing{}" in sections
    checked = 0
    for path, keys in sorted(sections.items()):
        assert keys, f"section `{path}` of the schema doc has no key table"
        objects = objects_at(report_json, path)
        if not objects:
            continue  # the example report has no such record (e.g. no duplicates); nothing to compare
        present = set().union(*(o.keys() for o in objects))
        assert present == keys, f"`{path}`: undocumented {sorted(present - keys)}, missing {sorted(keys - present)}"
        checked += 1
    assert checked >= 8


def test_schema_doc_names_the_schema(report_json) -> None:
    assert f"`{report_json['schema']}`" in SCHEMA_DOC.read_text(encoding="utf-8")
