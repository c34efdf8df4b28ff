"""The HTML report in headless Chromium: clicking a fact highlights its sentences, no errors, hostile text inert."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS
from tests.report_helpers import enriched

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def open_report(browser, html: str, path: Path):
    """Write ``html`` to ``path``, open it and collect console errors, page errors and dialogs."""
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    events: dict[str, list[str]] = {"errors": [], "dialogs": []}
    page.on("console", lambda m: events["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: events["errors"].append(str(e)))

    def on_dialog(dialog) -> None:
        events["dialogs"].append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.goto(path.as_uri())
    return page, events


def test_click_fact_highlights_sentence(browser, example_report, tmp_path) -> None:
    from storylens.report.html import render_html

    report = enriched(example_report)
    page, events = open_report(browser, render_html(report), tmp_path / "report.html")
    assert page.locator("#viewer").is_hidden()
    page.locator("tr[data-fact]").first.click()
    marks = page.locator("#viewer mark.hl")
    assert marks.count() >= 2, "the fact's sentence should be highlighted in at least two articles"
    first = report.facts[0].mentions[0]
    assert marks.first.inner_text().strip() == first.text.strip()
    context = page.locator("#viewer .article-text").first.inner_text()
    assert first.text.strip() in context and len(context) > len(first.text)  # highlighted inside the article
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
    page.locator("#viewer").screenshot(path=str(ARTIFACTS / "report-viewer.png"))
    page.locator("[data-evidence]").first.click()
    assert page.locator("#viewer mark.hl").count() >= 1
    assert events == {"errors": [], "dialogs": []}
    page.close()


def test_hostile_article_is_inert(browser, hostile_report, tmp_path) -> None:
    from storylens.report.html import render_html

    page, events = open_report(browser, render_html(enriched_hostile(hostile_report)), tmp_path / "hostile.html")
    page.locator("tr[data-fact]").first.click()
    page.locator("[data-evidence]").first.click()
    page.wait_for_timeout(300)
    assert events["dialogs"] == []
    assert events["errors"] == []
    assert page.locator("img").count() == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 2  # the data island and our script
    page.screenshot(path=str(tmp_path / "hostile.png"))
    page.close()


def enriched_hostile(report):
    """The hostile report with a fact on the sentence both hostile articles share."""
    import dataclasses

    from tests.report_helpers import make_fact

    return dataclasses.replace(report, facts=(make_fact(report, "<", "f1"),))


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory):
    """Two hostile articles run through the real pipeline."""
    from tests.test_report_html_safety import hostile_story

    return hostile_story(tmp_path_factory.mktemp("hostile"))
