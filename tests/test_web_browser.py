"""The story library in a real headless Chromium against a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from storylens.options import Options
from tests.conftest import ARTIFACTS, EXAMPLE, FIXED_TIME, example_library

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A uvicorn server in a background thread over a library of the example minus one article; its base URL."""
    import uvicorn

    from storylens.web.app import make_app

    db = example_library(tmp_path_factory, "coastal-ledger.txt")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(make_app(db, Options(now=FIXED_TIME)), host="127.0.0.1", port=port, log_level="warning")
    uv = uvicorn.Server(config)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not uv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(browser):
    """One page of the module's headless Chromium."""
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    tab.set_default_timeout(20_000)
    yield tab
    tab.close()


def test_stories_page_then_story_then_click_a_fact(server, page):
    page.goto(server + "/")
    rows = page.locator("tr.story-row")
    assert rows.count() == 1
    assert "4" in rows.first.locator("td").nth(2).inner_text()
    page.screenshot(path=str(ARTIFACTS / "stories.png"), full_page=True)
    rows.first.locator("a").first.click()
    page.wait_for_url("**/stories/1")
    assert page.locator(".ev.hl").count() == 0
    fact = page.locator("button.fact").first
    fact.click()
    lit = page.locator(".ev.hl")
    assert lit.count() >= 1
    key = fact.get_attribute("data-key")
    assert all(key in (lit.nth(i).get_attribute("data-keys") or "").split() for i in range(lit.count()))
    assert "sentence" in page.locator("#hl-status").inner_text()
    page.screenshot(path=str(ARTIFACTS / "story-fact-selected.png"), full_page=False)
    conflict = page.locator("button.conflict-item")
    if conflict.count():  # a conflict lights up its sides' sentences the same way
        conflict.first.click()
        assert page.locator(".ev.hl").count() >= 1


def test_add_pasted_article_joins_its_story(server, page):
    page.goto(server + "/add")
    page.fill("input[name=outlet]", "Coastal Ledger")
    page.fill("textarea[name=text]", (EXAMPLE / "coastal-ledger.txt").read_text(encoding="utf-8"))
    page.click("#add-submit")
    page.wait_for_url("**/stories/1*", timeout=180_000)
    assert page.locator("#article-coastal-ledger, [id^=article-Coastal-Ledger]").count() == 1
    assert "Coastal Ledger" in page.locator("table").first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "story-after-add.png"), full_page=True)


def test_hostile_text_is_inert_in_the_browser(server, page):
    page.goto(server + "/add")
    page.fill("input[name=title]", "<script>window.__pwned=1</script>Parade")
    page.fill(
        "textarea[name=text]",
        '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"> '
        "Zeppelin hobbyists in Quillmere staged a midnight balloon parade. " + "y" * 3000,
    )
    page.click("#add-submit")
    page.wait_for_url("**/stories/*", timeout=180_000)
    assert page.evaluate("window.__pwned") is None
    page.locator("a[href^='/articles/']").first.click()
    page.wait_for_url("**/articles/**")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.locator(".article-text").inner_text()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1280  # a 3,000-character line wraps instead of widening the page
    page.screenshot(path=str(ARTIFACTS / "article-hostile.png"), full_page=True)


def test_article_page_highlights_quotes_and_facts(server, page):
    page.goto(server + "/articles/harbor-wire")
    assert page.locator(".article-text mark").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    page.goto(server + "/outlets/Harbor%20Wire")
    page.screenshot(path=str(ARTIFACTS / "outlet.png"), full_page=True)
