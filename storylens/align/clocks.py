"""Times of day: when two clock times of one event agree, and the clock times of one occasion across facts.

"Announced the ban at a news conference at 10 a.m." and "unveiled the clampdown at a 3pm press conference"
time one news conference, but the rest of each sentence differs, so the alignment seldom makes them one fact and
the checks within a fact never set them side by side. An occasion noun (a conference, a hearing, a briefing) that
each article times once is one occasion of the story, whatever verb each outlet hangs it on.
"""

from __future__ import annotations

from collections.abc import Sequence

from storylens.align.amounts import days_in
from storylens.align.occasions import frame_at, relation, sentence_of
from storylens.analyze.claims import EVENT_NOUNS
from storylens.records import Analysis, Conflict, ConflictSide, Fact, Mention, Value

CLOCK_TOLERANCE = 20
"""Minutes within which two clock times of one event agree when either is round or hedged ("at 5 a.m." and "about
5:10 a.m.")."""
EXACT_CLOCK_TOLERANCE = 5
"""Minutes within which two clock times to the minute agree: "came at 6:47 p.m." and "came at 7:04 p.m." are two
readings of a log, not one time rounded."""


def clock_tolerance(a: Value, b: Value) -> int:
    """Minutes within which two clock times agree: ``EXACT_CLOCK_TOLERANCE`` when both are unhedged and given to
    the minute (6:47, not 6:45, which may be rounded), else ``CLOCK_TOLERANCE``."""
    exact = all(v.qualifier is None and v.value is not None and int(v.value) % 5 for v in (a, b))
    return EXACT_CLOCK_TOLERANCE if exact else CLOCK_TOLERANCE


def clock_clusters(items: list[tuple[Mention, Value, str]]) -> list[tuple[Mention, Value, str]]:
    """The items keyed by the earliest clock time of their run: a run goes on while a time is within the tolerance
    of the run's first (``clock_tolerance``)."""
    out = []
    first: tuple[int, Value] | None = None
    for m, v, key in sorted(items, key=lambda item: _minute(item[1], item[2])):
        t = _minute(v, key)
        if first is None or t - first[0] > clock_tolerance(first[1], v):
            first = (t, v)
        out.append((m, v, f"clock:{first[0]}"))
    return out


def _minute(value: Value, key: str) -> int:
    """The minute of the day a clock key gives, with midnight approached from before at the day's end ("just before
    midnight" is next to 11.40 p.m., not to 12.10 a.m.)."""
    minute = int(key.split(":")[1])
    return 24 * 60 if minute == 0 and (value.qualifier or "").endswith("before") else minute


def occasion_clock_conflicts(facts: Sequence[Fact], by_id: dict[str, Analysis]) -> list[Conflict]:
    """One occasion (``EVENT_NOUNS``: "at a 3pm press conference", "announced the ban at a news conference at
    10 a.m.") timed differently by different articles. An article that times the occasion twice tells of two of
    them (a morning and an evening briefing) and takes no side; a time inside someone's quoted words is theirs."""
    per_noun: dict[str, dict[tuple[str, int], tuple[Mention, Value]]] = {}
    for fact in facts:
        for m in fact.mentions:
            for v, noun in _timed_occasions(m, by_id[m.article]):
                sentence = sentence_of(by_id[m.article], v.start, v.end)
                if sentence is not None:
                    whole = Mention(article=m.article, start=sentence.start, end=sentence.end, text=sentence.text)
                    per_noun.setdefault(noun, {}).setdefault((m.article, v.start), (whole, v))
    out = []
    for noun, found in sorted(per_noun.items()):
        items = clock_clusters([(m, v, f"clock:{int(v.value or 0)}") for m, v in found.values()])
        keys: dict[str, set[str]] = {}
        for m, _, key in items:
            keys.setdefault(m.article, set()).add(key)
        groups: dict[str, list[tuple[str, Mention]]] = {}
        for m, v, key in items:
            if len(keys[m.article]) == 1:
                groups.setdefault(key, []).append((v.text.strip(), m))
        if len(groups) >= 2:
            sides = sorted((ConflictSide(value=g[0][0], mentions=tuple(m for _, m in g)) for g in groups.values()),
                           key=lambda s: s.value)  # fmt: skip
            out.append(Conflict(id="", kind="date", about=f"the time of the {noun}", sides=tuple(sides)))
    return out


def _timed_occasions(mention: Mention, analysis: Analysis) -> list[tuple[Value, str]]:
    """The clock times in ``mention`` that place an occasion at them, each with the occasion's noun."""
    out = []
    for v, key in days_in(mention.text, mention.start, analysis.values):
        quoted = any(q.start <= v.start < q.end for q in analysis.quotes if q.kind != "scare")
        if key.startswith("clock:") and relation(v, "clock") == "on" and not quoted:
            nouns = frame_at(analysis, v.start, v.end).events & EVENT_NOUNS
            out += [(v, noun) for noun in sorted(nouns)]
    return out
