"""RSS/Atom feeds (feedparser): a feed expands to its items, each fetched as a page by the router.

A malformed feed is still read as far as feedparser's lenient parser gets (with a warning), and entries that
cannot be used (no link, an unusable link) become notes while the rest go on. An entry whose feed content is
the full article is kept as a fallback for when its page cannot be fetched.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from typing import Any

from storylens.records import Note, Source

MAX_ENTRIES = 200
"""At most this many items are taken from one feed (a story needs dozens of reports, not thousands)."""

FULL_TEXT_CHARS = 600
"""Feed content at least this long (as text) counts as the full article, usable without fetching the page."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class FeedItem:
    """One usable feed entry: the page to fetch, and a ready source from the feed's own text if it has one."""

    link: str
    title: str | None = None
    published: str | None = None
    fallback: Source | None = None


def parse_feed(data: bytes | str, origin: str) -> tuple[list[FeedItem], list[Note]]:
    """The items of the feed ``data`` (read from ``origin``), and notes for what was wrong with it."""
    import feedparser

    parsed = feedparser.parse(data)
    notes: list[Note] = []
    if not parsed.entries:
        reason = f" ({parsed.get('bozo_exception')})" if parsed.bozo else ""
        return [], [Note(level="error", message=f"{origin}: feed has no entries{reason}", source=origin)]
    if parsed.bozo:
        notes.append(
            Note(
                level="warning",
                source=origin,
                message=f"{origin}: feed is not well-formed ({parsed.get('bozo_exception')}); "
                "read what could be parsed",
            )
        )
    items: list[FeedItem] = []
    for number, entry in enumerate(parsed.entries, start=1):
        if len(items) == MAX_ENTRIES:
            notes.append(
                Note(
                    level="warning",
                    source=origin,
                    message=f"{origin}: only the first {MAX_ENTRIES} of {len(parsed.entries)} entries read",
                )
            )
            break
        item = _make_item(entry, origin)
        if item is None:
            label = entry.get("title") or entry.get("id") or "untitled"
            notes.append(
                Note(
                    level="warning",
                    source=origin,
                    message=f"{origin}: entry {number} ({label!r}) has no link to an http(s) page; skipped",
                )
            )
            continue
        items.append(item)
    return items, notes


def _make_item(entry: Any, origin: str) -> FeedItem | None:
    """A ``FeedItem`` for a feed entry, or None when it names no http(s) page and carries no full text."""
    link = str(entry.get("link") or "").strip()
    title = entry.get("title") or None
    published = _iso_date(entry.get("published_parsed") or entry.get("updated_parsed"))
    fallback = _full_text_source(entry, link or origin, title, published)
    if not link.lower().startswith(("http://", "https://")):
        if fallback is None:
            return None
        link = ""  # nothing to fetch: the feed's text is the article
    return FeedItem(link=link, title=title, published=published, fallback=fallback)


def _full_text_source(entry: Any, source: str, title: str | None, published: str | None) -> Source | None:
    """A source from the entry's own content when that content is long enough to be the whole article."""
    contents = [c.get("value", "") for c in entry.get("content") or []]
    html = max([*contents, entry.get("summary") or ""], key=len)
    if len(_strip_tags(html)) < FULL_TEXT_CHARS:
        return None
    body = html if "<" in html else "".join(f"<p>{p}</p>" for p in html.split("\n\n"))
    page = f"<html><head><title>{title or ''}</title></head><body><article>{body}</article></body></html>"
    return Source(
        source=source,
        content=page,
        kind="html",
        url=source if "://" in source else None,
        title=title,
        published=published,
    )


def _strip_tags(html: str) -> str:
    """Text of an HTML fragment, roughly (for measuring its length only)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _iso_date(parsed: Any) -> str | None:
    """An ISO 8601 UTC timestamp from feedparser's ``*_parsed`` struct_time, or None."""
    if not parsed:
        return None
    try:
        return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC).isoformat()
    except (TypeError, ValueError, OverflowError):
        return None
