"""Turn one ``Source`` into one ``Article``: main text, cleaned of page junk, with its metadata and provenance."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from storylens.errors import ExtractError
from storylens.extract.boilerplate import Cleaned, clean_text
from storylens.extract.metadata import detect_language
from storylens.options import Options
from storylens.records import Article, Note, Source


def extract_article(source: Source, options: Options, taken_ids: set[str] | frozenset[str] = frozenset()) -> Article:
    """Clean ``source`` and read its metadata; ``taken_ids`` keeps article ids unique within a run.

    1. HTML: trafilatura's main text and metadata; text: the content as given;
    2. drop page junk line by line (title, bylines, menus, captions, bios...) and cut the dateline;
    3. metadata from the input first (JSONL fields), then the page, then the byline/dateline, then the file name.
    """
    # 1.
    page = None
    raw = source.content
    if source.kind == "html":
        from storylens.extract.html import extract_html

        try:
            page = extract_html(source.content, url=source.url)
        except ExtractError as exc:
            raise ExtractError(f"{source.source}: {exc}") from None
        raw = page.text
    # 2.
    cleaned = clean_text(raw, title=source.title or (page.title if page else None), pasted=source.kind != "html")
    text = cleaned.text
    if not text.strip():
        raise ExtractError(f"{source.source}: no article text left after removing page junk")
    # 3.
    outlet, outlet_from = _outlet(source, page, cleaned)
    published, published_from = _published(source, page, cleaned)
    authors = source.authors or (page.authors if page else ()) or (cleaned.byline.authors if cleaned.byline else ())
    return Article(
        id=_unique_id(_base_id(source), taken_ids),
        source=source.source,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        outlet=outlet,
        outlet_from=outlet_from,
        title=cleaned.title,
        authors=tuple(authors),
        published=published,
        published_from=published_from,
        url=source.url or (page.url if page else None),
        language=detect_language(text) or (page.language if page else None),
        dateline=cleaned.dateline,
        removed=tuple(cleaned.removed),
    )


def _outlet(source: Source, page: object, cleaned: Cleaned) -> tuple[str, str]:
    """The outlet's name and where it came from: input, page metadata, masthead, dateline agency, URL host, file
    name."""
    if source.outlet:
        return source.outlet, "input"
    if page is not None and getattr(page, "outlet", None):
        return page.outlet, "metadata"  # type: ignore[attr-defined]
    if cleaned.site:  # the publisher's masthead, not the agency a reprinted wire story credits
        return cleaned.site, "masthead"
    if cleaned.dateline_agency:
        return cleaned.dateline_agency, "byline"
    url = source.url or (getattr(page, "url", None) if page is not None else None)
    host = re.sub(r"^www\.", "", re.sub(r"^[a-z]+://", "", url or "").split("/")[0].split(":")[0])
    if host:
        return host, "url"
    return _base_id(source), "filename"


def _published(source: Source, page: object, cleaned: Cleaned) -> tuple[str | None, str | None]:
    """The publication date and where it came from: input, page metadata, or the byline/date line."""
    if source.published:
        return source.published, "input"
    if page is not None and getattr(page, "published", None):
        return page.published, "metadata"  # type: ignore[attr-defined]
    if cleaned.byline and cleaned.byline.published:
        return cleaned.byline.published, "byline"
    return None, None


def _base_id(source: Source) -> str:
    """The id an article would have before de-duplication: the JSONL id, else the file name's stem."""
    if source.id:
        return source.id
    name = Path(source.source.split("#")[0]).name
    return re.sub(r"(\.(txt|md|markdown|text|html?|xhtml))?(\.gz)?$", "", name, flags=re.IGNORECASE) or "article"


def _unique_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... when an earlier article already has that id."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def filename_outlet_note(articles: Iterable[Article]) -> Note | None:
    """One info note listing the articles whose outlet is only their file name (None when there are none)."""
    named = [a.id for a in articles if a.outlet_from == "filename"]
    if not named:
        return None
    return Note(
        level="info",
        message=f"outlet unknown for {len(named)} article(s), named after the file instead: {', '.join(named)} "
        "(give HTML pages, or JSONL with an 'outlet' field, to name outlets)",
    )
