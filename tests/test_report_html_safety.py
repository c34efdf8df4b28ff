"""Hostile article text run through the real pipeline must come out of every renderer inert."""

from __future__ import annotations

import dataclasses
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

from tests.conftest import FIXED_TIME

pytestmark = pytest.mark.slow

HOSTILE = [
    "The city closed the old harbor bridge on Tuesday after cracks were found. <script>alert(1)</script> "
    "Officials said the bridge <img src=x onerror=alert(2)> would stay shut for weeks.\n\n"
    "Critics argue the closure was avoidable. </script><script>alert(3)</script> <b onclick=alert(4)>bold</b>\n\n"
    '"We will not reopen the bridge until it is safe," the mayor said. <!-- comment -->'
    ' <a href="javascript:alert(5)">x</a>',
    "The harbor bridge was closed on Tuesday when engineers found cracks. </script><svg onload=alert(6)>\n\n"
    'Repairs could cost {{ 7*7 }} million, officials said. <iframe src="https://example.com"></iframe> '
    'The "emergency" closure hurts shops. \u2028 [bold red]rich markup[/] ${alert(8)}',
]
TAGS = re.compile(r"<\s*/?\s*(script|img|svg|iframe|b)\b[^>]*>", re.IGNORECASE)
"""Elements the hostile articles carry and the report itself never uses outside its scripts."""


def hostile_story(folder: Path):
    """Write the hostile articles as text files and compare them with the real pipeline."""
    from storylens.options import Options
    from storylens.pipeline import compare

    for i, text in enumerate(HOSTILE):
        (folder / f"hostile-{i}.txt").write_text(text, encoding="utf-8")
    return compare([str(folder)], Options(now=FIXED_TIME))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The hostile story's report, with a hand-made fact so the fact table and JSON island carry text."""
    from tests.report_helpers import make_fact

    rep = hostile_story(tmp_path_factory.mktemp("hostile"))
    return dataclasses.replace(rep, facts=rep.facts or (make_fact(rep, "<", "f1"),))


class ParsedTags(HTMLParser):
    """The elements and attributes a browser's parser sees in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.extend(attrs)
        self.scripts += tag == "script"


def _outside_scripts(page: str) -> str:
    """The page without its JSON island and its own script (what the browser parses as markup)."""
    return re.sub(r"<script\b[^>]*>.*?</script>", "", page, flags=re.S)


def test_html_has_no_article_markup(report) -> None:
    from storylens.report.html import render_html

    page = render_html(report)
    assert page.count("</script>") == 2  # the island and our script: article text closed neither
    outside = _outside_scripts(page)
    assert not TAGS.search(outside), TAGS.search(outside)
    parsed = ParsedTags()
    parsed.feed(page)
    assert not {"img", "svg", "iframe", "b"} & parsed.tags
    assert parsed.scripts == 2
    assert not [a for a in parsed.attributes if a[0].startswith("on")], "an event handler reached the markup"
    assert not [a for a in parsed.attributes if "javascript:" in (a[1] or "").lower()]
    assert "<!--" not in outside
    shown = [f.statement for f in report.facts if "<" in f.statement]
    assert shown, "the fact table should carry hostile markup to prove it is escaped"
    for statement in shown:
        assert str(escape(statement[:100])) in outside  # shown as text, escaped
    assert "49 million" not in page  # template syntax in an article is not evaluated


def test_json_island_is_safe_and_complete(report) -> None:
    from storylens.report.html import render_html

    page = render_html(report)
    island = re.search(r'<script type="application/json" id="storylens-data">(.*?)</script>', page, re.S)
    raw = island.group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw and "\u2028" not in raw
    data = json.loads(raw)
    texts = [a["text"] for a in data["articles"].values()]
    assert any("<script>alert(1)</script>" in t for t in texts)  # the text is intact once parsed


def test_csp_allows_only_our_script(report) -> None:
    import base64
    import hashlib

    from storylens.report.html import render_html

    page = render_html(report)
    ours = re.search(r"<script>(.*?)</script>\s*</body>", page, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(ours.encode()).digest()).decode()
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1))
    assert f"script-src 'sha256-{digest}';" in csp
    assert "default-src 'none'" in csp and "'unsafe-inline'; img-src" in csp  # inline styles only, no network


def test_markdown_and_terminal_are_inert(report) -> None:
    from storylens.report import render

    md = render(report, "md")
    assert not TAGS.search(md), TAGS.search(md)
    from tests.report_helpers import make_fact

    marked = dataclasses.replace(report, facts=(make_fact(report, "[bold red]", "f2"),))
    term = render(marked, "terminal", width=200, color=True)
    assert "[bold red]rich markup[/]" in term  # printed literally, not interpreted as styling
    assert "\u2028" not in term
