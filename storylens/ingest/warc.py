"""WARC and WARC.gz files (warcio; the Common Crawl CC-NEWS layout): each HTML response is one source.

Non-HTML and non-200 responses are skipped and counted in one note. A truncated file (an interrupted download)
gives a note, and the complete records before the cut are still used. Memory stays bounded: records are read
one at a time and each payload only up to ``Options.max_bytes``.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
from collections import Counter
from pathlib import Path
from typing import Any, BinaryIO

from storylens.ingest.web import decode_body, parse_content_type
from storylens.options import Options
from storylens.records import Note, Source

MAX_PAGES = 2000
"""At most this many pages are taken from one WARC (a story needs dozens of reports; CC-NEWS files hold 100k)."""

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class _EofWatch(io.RawIOBase):
    """A stream over a gzip reader that turns "compressed file ended early" into a clean end plus a flag.

    warcio swallows ``EOFError`` as the normal end of a file, so without this a cut-off .warc.gz would look
    complete; Python's gzip module raises it exactly when the last member is incomplete.
    """

    def __init__(self, inner: gzip.GzipFile | io.BufferedReader) -> None:
        self.inner, self.truncated = inner, False

    def readable(self) -> bool:
        """Always readable."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` from the inner stream; 0 (end) once it is found truncated."""
        try:
            # read1: one underlying read, so the bytes decoded before the cut are returned, not lost with it
            data = self.inner.read1(len(buffer))
        except (EOFError, gzip.BadGzipFile, OSError):
            self.truncated = True
            return 0
        buffer[: len(data)] = data
        return len(data)


@dataclasses.dataclass(slots=True)
class _Tally:
    """What a WARC held besides usable pages, for the summary note."""

    skipped: Counter[str] = dataclasses.field(default_factory=Counter)
    truncated: bool = False


def read_warc(path: Path, options: Options) -> tuple[list[Source], list[Note]]:
    """The HTML pages of the WARC at ``path`` as sources, with notes on what was skipped and why."""
    try:
        raw = path.open("rb")
    except OSError as exc:
        return [], [Note(level="error", message=f"{path}: cannot read ({exc.strerror})", source=str(path))]
    with raw:
        is_gzip = raw.read(2) == b"\x1f\x8b"
        raw.seek(0)
        watch = _EofWatch(gzip.GzipFile(fileobj=raw) if is_gzip else raw)
        sources, tally = _read_records(io.BufferedReader(watch, 1 << 16), options)
        tally.truncated |= watch.truncated
    return sources, _notes(path, sources, tally)


def _read_records(stream: BinaryIO, options: Options) -> tuple[list[Source], _Tally]:
    """Walk the records: keep HTML 200 responses, count the rest, stop at a cut or at ``MAX_PAGES``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    sources: list[Source] = []
    tally = _Tally()
    try:
        for record in ArchiveIterator(stream, arc2warc=True):
            page = _read_page(record, options, tally)
            while record.raw_stream.read(1 << 16):  # drain what was skipped, to see whether the record is whole
                pass
            if record.raw_stream.limit > 0:
                tally.truncated = True  # this record was cut off: do not use half a page
                break
            if page is None:
                continue
            if len(sources) == MAX_PAGES:
                tally.skipped[f"over the limit of {MAX_PAGES} pages"] += 1
                continue
            sources.append(page)
    except (ArchiveLoadFailed, ValueError, EOFError) as exc:
        tally.skipped[f"unreadable ({exc})"[:120]] += 1
        tally.truncated = True
    return sources, tally


def _read_page(record: Any, options: Options, tally: _Tally) -> Source | None:
    """The source for a usable response record; None (counted in ``tally`` if a response) for any other."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    reason = _skip_reason(record)
    body = record.content_stream().read(options.max_bytes + 1) if reason is None else b""
    if reason is None and len(body) > options.max_bytes:
        reason = f"larger than {options.max_bytes:,} bytes"
    if reason is not None:
        tally.skipped[reason] += 1
        return None
    _, charset = parse_content_type(record.http_headers.get_header("Content-Type"))
    return _make_source(record, decode_body(body, charset))


def _skip_reason(record: Any) -> str | None:
    """Why a response record is not a usable page (non-200, non-HTML), or None when it is one."""
    status = record.http_headers.get_statuscode()
    if status != "200":
        return "non-200"
    content_type, _ = parse_content_type(record.http_headers.get_header("Content-Type"))
    if content_type not in HTML_TYPES:
        return "non-HTML"
    return None


def _make_source(record: Any, text: str) -> Source:
    """A source for one response record: its target URI as url and source, its WARC-Date as published."""
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    return Source(
        source=uri, content=text, kind="html", url=uri or None, published=record.rec_headers.get_header("WARC-Date")
    )


def _notes(path: Path, sources: list[Source], tally: _Tally) -> list[Note]:
    """One info note summarising the file, and a warning if it was truncated or held no page."""
    notes: list[Note] = []
    skipped = ", ".join(f"{n} {reason}" for reason, n in sorted(tally.skipped.items()))
    summary = f"{path}: {len(sources)} HTML pages read" + (f"; skipped {skipped} records" if skipped else "")
    notes.append(Note(level="info", message=summary, source=str(path)))
    if tally.truncated:
        notes.append(
            Note(
                level="warning",
                source=str(path),
                message=f"{path}: the WARC file is truncated; the {len(sources)} complete pages "
                "before the cut were used (download it again for the rest)",
            )
        )
    if not sources:
        notes.append(Note(level="error", message=f"{path}: no HTML page in this WARC file", source=str(path)))
    return notes
