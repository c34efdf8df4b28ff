"""Route each command-line input to its reader: URLs, feeds, WARC files, URL lists, standard input, local files.

All URLs (given directly, listed in a ``.urls`` file, or items of a feed) are fetched together, concurrently,
so a list of 50 pages takes a few round trips, not 50. Sources come back in the order of the inputs. Every
input that is skipped, wholly or in part, leaves a ``Note`` saying why; no input stops the others.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from storylens.options import Options
from storylens.records import Note, Source

if TYPE_CHECKING:
    from storylens.ingest.web import Fetched, FetchPolicy

URL_LIST_SUFFIXES = (".urls", ".list")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MAX_LIST_URLS = 500
"""At most this many URLs are read from one list file."""


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Wanted:
    """A URL to fetch for one input; ``fallback`` is used if the fetch fails (a feed entry's own full text)."""

    url: str
    published: str | None = None
    fallback: Source | None = None
    expand_feeds: bool = True  # False for feed items: a feed inside a feed is not followed


Part = Source | Note | Wanted


def read_inputs(
    inputs: Sequence[str], options: Options, policy: FetchPolicy | None = None
) -> tuple[list[Source], list[Note]]:
    """Read every input into sources (in input order) and notes; ``policy`` is a ``web.FetchPolicy`` or None.

    1. plan: turn each input into sources, notes and URLs still to fetch;
    2. fetch every wanted URL concurrently; feeds found there expand to their items, fetched in a second round;
    3. flatten the plan into sources and notes, keeping the inputs' order.
    """
    # 1.
    plan = [_plan_item(item, options) for item in inputs]
    # 2.
    for _round in range(2):
        wanted = [p.url for parts in plan for p in parts if isinstance(p, Wanted) and p.url]
        if not wanted:
            break
        fetched = _fetch(wanted, options, policy)
        plan = [[r for p in parts for r in _resolve(p, fetched)] for parts in plan]
    # 3.
    sources = [p for parts in plan for p in parts if isinstance(p, Source)]
    notes = [p for parts in plan for p in parts if isinstance(p, Note)]
    problems = sum(n.level != "info" for n in notes)
    if problems:
        notes.append(
            Note(
                level="info",
                message=f"read {len(sources)} sources from {len(inputs)} inputs; "
                f"{problems} inputs or parts of inputs were skipped (reasons above)",
            )
        )
    return sources, notes


def _fetch(urls: list[str], options: Options, policy: FetchPolicy | None) -> dict[str, Fetched]:
    """Fetch ``urls`` with the web module (imported here: httpx is only loaded when a URL is given)."""
    from storylens.ingest.web import FetchPolicy, fetch_all

    return fetch_all(urls, options, policy or FetchPolicy())


def _plan_item(item: str, options: Options) -> list[Part]:
    """What one input is: a URL, standard input, a WARC, a URL list, a feed file, or a local path."""
    lowered = item.lower()
    if item == "-":
        return _read_stdin(options)
    if "://" in item:
        if lowered.startswith(("http://", "https://")):
            return [Wanted(url=item)]
        scheme = item.split("://", 1)[0]
        return [_error(item, f"refused: only http and https URLs are fetched, not {scheme}://")]
    path = Path(item)
    if lowered.endswith(WARC_SUFFIXES) and path.is_file():
        from storylens.ingest.warc import read_warc

        sources, notes = read_warc(path, options)
        return [*sources, *notes]
    if lowered.endswith(URL_LIST_SUFFIXES) and path.is_file():
        return _read_url_list(path, options)
    if lowered.endswith(FEED_SUFFIXES) and path.is_file():
        return _read_feed_file(path, options)
    return _read_local(item, options)


def _resolve(part: Part, fetched: dict[str, Fetched]) -> list[Part]:
    """Replace a fetched ``Wanted`` by its source, its feed's items, or a note; other parts pass through."""
    if not isinstance(part, Wanted) or part.url not in fetched:
        return [part]
    result = fetched[part.url]
    if result.error is not None:
        if part.fallback is not None:
            message = f"{part.url}: {result.error}; used the feed's own text of the article instead"
            return [part.fallback, Note(level="info", message=message, source=part.url)]
        return [_error(part.url, result.error)]
    if result.is_feed:
        if not part.expand_feeds:
            return [_error(part.url, "a feed inside a feed is not followed")]
        return _expand_feed(result.text, part.url)
    title = part.fallback.title if part.fallback else None
    return [
        Source(
            source=part.url,
            content=result.text,
            kind=result.kind,
            url=result.final_url or part.url,
            published=part.published,
            title=title,
        )
    ]


def _expand_feed(data: bytes | str, origin: str) -> list[Part]:
    """A feed's items as wanted URLs (or ready sources when an entry has no page), plus notes on broken ones."""
    from storylens.ingest.feeds import parse_feed

    items, notes = parse_feed(data, origin)
    parts: list[Part] = []
    for item in items:
        if item.link:
            parts.append(Wanted(url=item.link, published=item.published, fallback=item.fallback, expand_feeds=False))
        elif item.fallback is not None:
            parts.append(item.fallback)
    if items:
        notes.insert(0, Note(level="info", message=f"{origin}: feed with {len(items)} items", source=origin))
    return [*parts, *notes]


def _read_feed_file(path: Path, options: Options) -> list[Part]:
    """A local feed file expanded to its items; an .xml file that is not a feed is refused with a note."""
    from storylens.ingest.web import looks_like_feed

    data = _read_capped(path, options)
    if isinstance(data, Note):
        return [data]
    if not looks_like_feed(data[:2000].decode("utf-8", "replace")):
        return [_error(str(path), "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root element)")]
    return _expand_feed(data, str(path))


def _read_url_list(path: Path, options: Options) -> list[Part]:
    """A file of URLs, one per line; blank lines and ``#`` comments are ignored, bad lines become notes."""
    data = _read_capped(path, options)
    if isinstance(data, Note):
        return [data]
    parts: list[Part] = []
    lines = data.decode("utf-8", "replace").splitlines()
    for number, line in enumerate(lines, start=1):
        line = line.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        if sum(isinstance(p, Wanted) for p in parts) == MAX_LIST_URLS:
            parts.append(_error(f"{path}:{number}", f"only the first {MAX_LIST_URLS} URLs of the list were read"))
            break
        if line.lower().startswith(("http://", "https://")):
            parts.append(Wanted(url=line))
        else:
            parts.append(_error(f"{path}:{number}", f"not an http(s) URL: {line[:80]!r}"))
    if not any(isinstance(p, Wanted) for p in parts):
        parts.append(_error(str(path), "the list holds no http(s) URL"))
    return parts


def _read_stdin(options: Options) -> list[Part]:
    """Standard input as one source: HTML if it looks like markup, else plain text."""
    from storylens.ingest.web import decode_body, looks_like_html

    data = sys.stdin.buffer.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return [_error("-", f"standard input is larger than {options.max_bytes:,} bytes (raise --max-bytes)")]
    text = decode_body(data, None)
    if not text.strip():
        return [_error("-", "standard input is empty")]
    kind = "html" if looks_like_html(text) else "text"
    return [Source(source="stdin", content=text, kind=kind)]


def _read_local(item: str, options: Options) -> list[Part]:
    """A local path, directory or glob, read by ``files.read_local``."""
    from storylens.ingest import files

    reader = getattr(files, "read_local", None)
    if reader is None:  # files.py before read_local existed: its whole-list reader on one item
        sources, notes = files.read_inputs([item], options)
    else:
        sources, notes = reader(item, options)
    return [*sources, *notes]


def _read_capped(path: Path, options: Options) -> bytes | Note:
    """A small input file's bytes, or a note when it cannot be read or is over the size cap."""
    try:
        with path.open("rb") as handle:
            data = handle.read(options.max_bytes + 1)
    except OSError as exc:
        return _error(str(path), f"cannot read ({exc.strerror})")
    if len(data) > options.max_bytes:
        return _error(str(path), f"larger than {options.max_bytes:,} bytes (raise it with --max-bytes)")
    return data


def _error(source: str, reason: str) -> Note:
    """An error note about one input, naming it first."""
    return Note(level="error", message=f"{source}: {reason}", source=source)
