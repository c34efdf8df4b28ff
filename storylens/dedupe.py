"""Stage 4, dedupe: group exact and near copies (the same page twice, wire reprints) so each counts once."""

from __future__ import annotations

from collections.abc import Sequence

from storylens.records import Article, DuplicateGroup


def find_duplicates(articles: Sequence[Article]) -> list[DuplicateGroup]:
    """Groups of articles with identical cleaned text; the first one read is canonical."""
    by_hash: dict[str, list[str]] = {}
    for a in articles:
        by_hash.setdefault(a.content_hash, []).append(a.id)
    return [
        DuplicateGroup(canonical=ids[0], members=tuple(ids), kind="exact")
        for ids in by_hash.values()
        if len(ids) > 1
    ]
