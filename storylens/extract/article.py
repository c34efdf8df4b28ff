"""Turn one ``Source`` into one ``Article``."""

from __future__ import annotations

import hashlib
from pathlib import Path

from storylens.errors import ExtractError
from storylens.options import Options
from storylens.records import Article, Source


def extract_article(source: Source, options: Options, taken_ids: set[str] | frozenset[str] = frozenset()) -> Article:
    """Clean ``source`` and read its metadata; ``taken_ids`` keeps article ids unique within a run."""
    text = source.content.strip()
    if not text:
        raise ExtractError(f"{source.source}: no article text")
    stem = Path(source.source).stem
    return Article(
        id=_unique_id(stem, taken_ids),
        source=source.source,
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        outlet=source.outlet or stem,
        outlet_from="input" if source.outlet else "filename",
        title=source.title,
    )


def _unique_id(base: str, taken: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... when an earlier article already has that id."""
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate
