"""Compare the analysed articles of one story."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from storylens.records import Analysis, Article, Conflict, DuplicateGroup, Fact, Note, QuoteGroup


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    """What the cross-article comparison found."""

    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    coverage: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    omissions: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    exclusives: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    off_topic: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()


def align_story(
    articles: Sequence[Article], analyses: Sequence[Analysis], duplicates: Sequence[DuplicateGroup]
) -> Alignment:
    """Align facts across ``articles`` (to be filled by the alignment stage)."""
    return Alignment()
