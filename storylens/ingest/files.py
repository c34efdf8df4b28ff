"""Read local inputs: files, directories and globs of .txt/.md/.html/.htm (optionally .gz) and .jsonl.

``read_local`` handles one command-line argument; ``read_inputs`` loops over all of them. A bad input never stops
the run: it becomes a one-line ``Note`` and the other inputs are still read.
"""

from __future__ import annotations

import glob
import gzip
import json
import zlib
from pathlib import Path
from typing import Any

from storylens.errors import InputError
from storylens.ingest.encoding import decode_bytes
from storylens.options import Options
from storylens.records import Note, Source

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_GLOB_CHARS = frozenset("*?[")


def read_inputs(inputs: list[str], options: Options) -> tuple[list[Source], list[Note]]:
    """Expand ``inputs`` into sources; unreadable inputs become notes so the others are still processed."""
    sources: list[Source] = []
    notes: list[Note] = []
    for item in inputs:
        got, said = read_local(item, options)
        sources.extend(got)
        notes.extend(said)
    return sources, notes


def read_local(item: str, options: Options) -> tuple[list[Source], list[Note]]:
    """Read one command-line argument (a file, a directory or a glob) into sources and notes."""
    sources: list[Source] = []
    notes: list[Note] = []
    try:
        files = expand_item(item)
    except InputError as exc:
        return [], [Note(level="error", message=str(exc), source=item)]
    for path in files:
        try:
            got, said = read_file(path, options)
        except InputError as exc:
            notes.append(Note(level="error", message=str(exc), source=str(path)))
            continue
        sources.extend(got)
        notes.extend(said)
    return sources, notes


def expand_item(item: str) -> list[Path]:
    """The files one argument names, sorted: the file itself, a directory's supported files, or a glob's matches.

    An explicitly named file is returned whatever its suffix (``read_file`` then says why it is refused);
    directories and globs quietly skip hidden and unsupported files.
    """
    path = Path(item)
    if path.is_dir():
        files = [p for p in sorted(path.rglob("*")) if p.is_file() and _is_listed(p, path)]
        if not files:
            raise InputError(f"{item}: directory holds no .txt, .md, .html, .htm or .jsonl file")
        return files
    if path.exists():
        return [path]
    if any(c in item for c in _GLOB_CHARS):
        matches = [Path(m) for m in sorted(glob.glob(item, recursive=True))]
        files = [p for p in matches if p.is_file() and is_supported(p) and not p.name.startswith(".")]
        if not files:
            raise InputError(f"{item}: no supported file matches this pattern")
        return files
    raise InputError(f"{item}: no such file or directory")


def _is_listed(path: Path, root: Path) -> bool:
    """True for a supported, non-hidden file under ``root`` (no hidden folder on the way either)."""
    parts = path.relative_to(root).parts
    return is_supported(path) and not any(p.startswith(".") for p in parts)


def is_supported(path: Path) -> bool:
    """True when the file's suffix (under an optional .gz) is one storylens reads."""
    return _inner_suffix(path) in SUPPORTED


def _inner_suffix(path: Path) -> str:
    """The format suffix, looking through ``.gz``: ``a.html.gz`` -> ``.html``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def read_file(path: Path, options: Options) -> tuple[list[Source], list[Note]]:
    """Read one file into sources (one, or one per JSONL line); raise ``InputError`` when it cannot be used.

    1. refuse unsupported suffixes, with the list of supported ones;
    2. read at most ``max_bytes`` (after decompression) and decode;
    3. refuse empty text; split JSONL into records; sniff HTML saved as .txt.
    """
    # 1.
    suffix = _inner_suffix(path)
    if suffix not in SUPPORTED:
        raise InputError(
            f"{path}: unsupported file type {suffix or '(no suffix)'!r} (give .txt, .md, .html, .htm or .jsonl, "
            "optionally .gz)"
        )
    # 2.
    text, _encoding = decode_bytes(read_bounded(path, options.max_bytes), str(path))
    # 3.
    if not text.strip():
        raise InputError(f"{path}: file is empty (no text to read)")
    if suffix in JSONL_SUFFIXES:
        return read_jsonl_text(text, str(path))
    kind = "html" if suffix in HTML_SUFFIXES or looks_like_html(text) else "text"
    return [Source(source=str(path), content=text, kind=kind)], []


def read_bounded(path: Path, limit: int) -> bytes:
    """The file's bytes (decompressed for .gz), refusing more than ``limit`` bytes without reading them all."""
    try:
        if path.suffix.lower() == ".gz":
            with gzip.open(path, "rb") as fh:
                data = fh.read(limit + 1)
        else:
            with path.open("rb") as fh:
                data = fh.read(limit + 1)
    except PermissionError:
        raise InputError(f"{path}: permission denied (check the file's read permission)") from None
    except (gzip.BadGzipFile, EOFError, zlib.error):
        raise InputError(f"{path}: not a valid gzip file (decompress it or fix the .gz suffix)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        what = "decompressed size" if path.suffix.lower() == ".gz" else "size"
        raise InputError(f"{path}: {what} is over the {limit:,}-byte limit (raise it with --max-bytes)")
    return data


def looks_like_html(text: str) -> bool:
    """True when a file saved with a text suffix is really an HTML page."""
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<head" in head and "<body" in text[:20000].lower())


def read_jsonl_text(text: str, source: str) -> tuple[list[Source], list[Note]]:
    """One source per JSONL line (``id``, ``text`` or ``html``, optional metadata); bad lines become notes."""
    sources: list[Source] = []
    notes: list[Note] = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            sources.append(_jsonl_record(json.loads(line), source, lineno))
        except json.JSONDecodeError as exc:
            notes.append(
                Note(level="error", message=f"{source} line {lineno}: not valid JSON ({exc.msg})", source=source)
            )
        except InputError as exc:
            notes.append(Note(level="error", message=str(exc), source=source))
    if not sources and not notes:
        raise InputError(f"{source}: no JSON record in the file")
    return sources, notes


def _jsonl_record(data: Any, source: str, lineno: int) -> Source:
    """Build a ``Source`` from one decoded JSONL record, or raise ``InputError`` saying what is missing."""
    where = f"{source} line {lineno}"
    if not isinstance(data, dict):
        raise InputError(f"{where}: expected a JSON object with 'text' or 'html', got {type(data).__name__}")
    body, kind = data.get("text"), "text"
    if not _is_text(body):
        body, kind = data.get("html"), "html"
    if not _is_text(body):
        raise InputError(f"{where}: record has no non-empty 'text' or 'html' field")
    assert isinstance(body, str)  # _is_text checked it; this tells the type checker
    rid = str(data.get("id") or f"{Path(source).name.split('.')[0]}-{lineno}")
    authors = data.get("authors") or data.get("author") or ()
    authors = (authors,) if isinstance(authors, str) else tuple(str(a) for a in authors)
    return Source(
        source=f"{source}#{rid}",
        content=body,
        kind=kind,
        title=_opt_str(data.get("title")),
        url=_opt_str(data.get("url")),
        outlet=_opt_str(data.get("outlet")),
        published=_opt_str(data.get("published")),
        authors=authors,
        id=rid,
    )


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _opt_str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None
