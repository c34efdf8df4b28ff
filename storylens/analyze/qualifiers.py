"""Qualifiers of amounts and dates: the words before a value that make it approximate ("about 3,000"), a bound
("more than 40", "fewer than 40,000") or a date's relation ("since 2019", "by Friday")."""

from __future__ import annotations

import re

QUALIFIERS = sorted(
    [
        "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as",
        "as few as", "close to", "just over", "just under", "just before", "just after", "shortly before",
        "shortly after", "soon after", "well over", "upwards of", "an estimated", "nearly", "almost", "about",
        "around", "approximately", "roughly", "some", "over", "under", "only", "since", "until", "by", "before",
        "after", "within", "past", "last", "next", "early", "mid", "late"
    ],
    key=len,
    reverse=True,
)  # fmt: skip
"""Longest first, so "more than" wins over "more"; matched as whole words, case-insensitively."""
DATE_ONLY = frozenset(
    ["since", "until", "by", "before", "after", "within", "past", "last", "next", "early", "mid", "late"]
)
"""Words that qualify a date or a period only: "backed by 157 states" has no qualifier "by"."""
_ALTERNATIVES = "|".join(q.replace(" ", r"\s+") for q in QUALIFIERS)
_QUALIFIER_BEFORE = re.compile(rf"(?:^|\W)({_ALTERNATIVES})[\s-]+(?:the\s+)?$", re.I)
_QUALIFIER = re.compile(rf"^(?:the\s+)?({_ALTERNATIVES})(?:\s+|-)", re.I)


def qualifier_at(text: str, start: int, end: int) -> tuple[str | None, int]:
    """A qualifier at the start of ``text[start:end]`` or just before it, and the widened start."""
    if m := _QUALIFIER.match(text[start:end]):
        return " ".join(m.group(1).lower().split()), start
    window = text[max(0, start - 24) : start]
    if m := _QUALIFIER_BEFORE.search(window):
        return " ".join(m.group(1).lower().split()), start - (len(window) - m.start(1))
    return None, start


UPPER_BOUNDS = frozenset(
    {"less than", "fewer than", "at most", "up to", "as many as", "as much as", "under", "just under"}
)
"""Qualifiers that make an amount a ceiling ("fewer than 40,000")."""


def is_ceiling(text: str) -> bool:
    """True when an amount as written opens with a qualifier that makes it a ceiling ("fewer than 40,000")."""
    return _opening_qualifier(text) in UPPER_BOUNDS


APPROACHES = frozenset({"nearly", "almost", "just under"})
"""Qualifiers of an amount approached from below ("almost 13 hours"): it is less than the figure, and near it."""


def is_approach(text: str) -> bool:
    """True when an amount as written opens with a qualifier that approaches it from below ("nearly 2,000")."""
    return _opening_qualifier(text) in APPROACHES


LOWER_BOUNDS = frozenset({"more than", "at least", "over", "just over", "well over", "upwards of"})
"""Qualifiers that make an amount a floor ("more than 2,000")."""


def is_floor(text: str) -> bool:
    """True when an amount as written opens with a qualifier that makes it a floor ("more than 2,000")."""
    return _opening_qualifier(text) in LOWER_BOUNDS


def is_hedged(text: str) -> bool:
    """True when an amount as written opens with a qualifier that makes it an approximation or a bound ("about
    3,000", "more than 40", "some 1.4 million"), not a date's ("since 2019") nor "only"."""
    qualifier = _opening_qualifier(text)
    return qualifier is not None and qualifier not in DATE_ONLY | {"only"}


def _opening_qualifier(text: str) -> str | None:
    """The qualifier an amount as written opens with ("fewer than" for "fewer  than 40,000"), or None."""
    m = _QUALIFIER.match(text)
    return " ".join(m.group(1).lower().split()) if m else None


def after_qualifier(text: str, start: int, end: int) -> int:
    """Where the value proper starts once a leading qualifier (and "the") is skipped."""
    m = _QUALIFIER.match(text[start:end])
    return start + m.end() if m else start
