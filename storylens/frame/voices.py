"""Whose voices an article quotes, and where it hedges or hands claims to others."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storylens.frame import lexicon
from storylens.records import Analysis, Mention, Quote

VOICE_KINDS = ("government/officials", "analysts/experts", "critics/advocates", "unnamed", "other")
"""The groups voices are sorted into, in display order."""


def _has_any(text: str, words: Sequence[str]) -> bool:
    """True when ``text`` contains one of ``words`` as whole words (plural ``s`` allowed)."""
    return any(re.search(rf"\b{re.escape(w)}s?\b", text) for w in words)


def voice_kind(quote: Quote) -> str:
    """The kind of speaker of a quote, from the speaker's name and description.

    Critics are checked first: an "opposition councillor" is a critic before an official.
    """
    described = " ".join(x for x in (quote.speaker_description, quote.speaker) if x).lower()
    if not quote.speaker and not quote.speaker_description:
        return "unnamed"
    if _has_any(described, lexicon.CRITICAL_SOURCES):
        return "critics/advocates"
    if _has_any(described, lexicon.EXPERT_SOURCES):
        return "analysts/experts"
    if _has_any(described, lexicon.UNNAMED_SOURCES) and not _looks_named(quote.speaker):
        return "unnamed"
    if _has_any(described, lexicon.OFFICIAL_SOURCES):
        return "government/officials"
    return "other"


def _looks_named(speaker: str | None) -> bool:
    """True when a speaker string looks like a personal or organisation name (capitalised words)."""
    if not speaker:
        return False
    words = speaker.split()
    return bool(words) and all(w[:1].isupper() for w in words) and not speaker.lower().startswith(("a ", "an "))


def voices(analysis: Analysis) -> dict[str, tuple[str, ...]]:
    """Kind of voice -> the speakers of that kind quoted in the article (first appearance order, unique)."""
    grouped: dict[str, list[str]] = {}
    for quote in analysis.quotes:
        if quote.kind == "scare":
            continue
        kind = voice_kind(quote)
        name = quote.speaker or quote.speaker_description or "unattributed"
        if name not in grouped.setdefault(kind, []):
            grouped[kind].append(name)
    return {k: tuple(grouped[k]) for k in VOICE_KINDS if k in grouped}


def hedges(article_id: str, text: str) -> list[Mention]:
    """Hedging and attribution phrases of ``text`` ("critics argue", "reportedly"), as spans, in text order."""
    found: dict[tuple[int, int], Mention] = {}
    low = text.lower()
    for phrase in sorted(lexicon.HEDGES, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            if any(s <= m.start() < e for s, e in found):
                continue  # inside a longer phrase already found
            found[(m.start(), m.end())] = Mention(
                article=article_id, start=m.start(), end=m.end(), text=text[m.start() : m.end()]
            )
    return [found[k] for k in sorted(found)]
