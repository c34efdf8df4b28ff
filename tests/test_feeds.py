"""RSS/Atom feeds, served by a real local server or read from files, expand to their items' pages."""

from __future__ import annotations

import pytest

from storylens.ingest.feeds import parse_feed
from storylens.ingest.router import read_inputs
from storylens.ingest.web import FetchPolicy
from storylens.options import Options
from tests.helpers_server import html_page, serve

pytestmark = pytest.mark.network

FAST = FetchPolicy(retries=1, backoff_base=0.01, retry_after_cap=0.05)
ALLOW = Options(allow_private=True, timeout=2.0)
LONG_TEXT = " ".join(["The ferry service will double while the bridge is closed for repairs."] * 12)


def html(title: str) -> tuple[int, dict[str, str], bytes]:
    """A 200 reply with a small article page."""
    return 200, {"Content-Type": "text/html; charset=utf-8"}, html_page(title, [f"{title}: the bridge is shut."] * 3)


def rss(items: str) -> bytes:
    """An RSS 2.0 document around ``items``."""
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor news</title>'
    return f"{head}{items}</channel></rss>".encode()


def item(title: str, link: str | None, extra: str = "") -> str:
    """One RSS item."""
    link_tag = f"<link>{link}</link>" if link is not None else ""
    return f"<item><title>{title}</title>{link_tag}<pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate>{extra}</item>"


def test_feed_url_expands_to_pages_with_broken_entries_as_notes():
    with serve() as server:
        items = "".join(
            [
                item("First", server.url("/one")),
                item("Gone but full", server.url("/gone"), f"<description>{LONG_TEXT}</description>"),
                item("No link", None, "<description>short</description>"),
                item("Gone", server.url("/gone2")),
                item("Broken & unescaped", server.url("/two")),  # the bare & makes the feed not well-formed
            ]
        )
        server.routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss(items))
        server.routes["/one"] = html("First")
        server.routes["/two"] = html("Second")
        sources, notes = read_inputs([server.url("/feed")], ALLOW, FAST)
    by_source = {s.source: s for s in sources}
    assert set(by_source) == {server.url("/one"), server.url("/gone"), server.url("/two")}
    assert by_source[server.url("/one")].published == "2026-03-03T10:00:00+00:00"
    assert "ferry service will double" in by_source[server.url("/gone")].content  # the feed's own full text
    text = "\n".join(n.message for n in notes)
    assert "feed is not well-formed" in text
    assert "entry 3 ('No link') has no link" in text
    assert f"{server.url('/gone2')}: HTTP 404" in text
    assert "used the feed's own text" in text


def test_atom_file_expands_and_a_non_feed_xml_is_refused(tmp_path):
    with serve() as server:
        server.routes["/a"] = html("Atom item")
        atom = tmp_path / "news.atom"
        atom.write_text(
            '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>'
            f'<entry><title>A</title><link href="{server.url("/a")}"/><updated>2026-03-04T09:30:00Z</updated>'
            "</entry></feed>",
            encoding="utf-8",
        )
        other = tmp_path / "config.xml"
        other.write_text("<config><a>1</a></config>", encoding="utf-8")
        sources, notes = read_inputs([str(atom), str(other)], ALLOW, FAST)
    assert [s.source for s in sources] == [server.url("/a")]
    assert sources[0].published == "2026-03-04T09:30:00+00:00"
    assert any(n.source == str(other) and "not an RSS or Atom feed" in n.message for n in notes)


def test_feed_items_that_are_feeds_are_not_followed():
    with serve() as server:
        server.routes["/outer"] = (200, {"Content-Type": "application/rss+xml"}, rss(item("in", server.url("/inner"))))
        server.routes["/inner"] = (200, {"Content-Type": "application/rss+xml"}, rss(item("x", server.url("/x"))))
        sources, notes = read_inputs([server.url("/outer")], ALLOW, FAST)
        assert server.hits["/x"] == 0
    assert sources == []
    assert any("a feed inside a feed is not followed" in n.message for n in notes)


def test_a_feed_with_nothing_usable_says_so():
    items, notes = parse_feed(b"<rss><channel><title>empty</title></channel></rss>", "empty.rss")
    assert items == [] and notes[0].level == "error" and "feed has no entries" in notes[0].message
    items, notes = parse_feed(b"\x00\x01 garbage", "junk.rss")
    assert items == [] and "feed has no entries" in notes[0].message
