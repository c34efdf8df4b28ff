"""Times of day: when two clock times of one event agree, and the clock times of one occasion across facts.

"Announced the ban at a news conference at 10 a.m." and "unveiled the clampdown at a 3pm press conference"
time one news conference, but the rest of each sentence differs, so the alignment seldom makes them one fact and
the checks within a fact never set them side by side. An occasion noun (a conference, a hearing, a briefing) that
each article times once is one occasion of the story, whatever verb each outlet hangs it on.
"""

from __future__ import annotations

from collections.abc import Sequence

from storylens.align.amounts import days_in
from storylens.align.occasions import frame_at, quoted_at, relation, sentence_of
from storylens.analyze.claims import EVENT_NOUNS
from storylens.records import Analysis, Conflict, ConflictSide, Fact, Mention, Value

PRECISION = {60: 10, 5: 5, 1: 2}
"""Half-width in minutes of a time given without a hedge, by the step it is written to: on the hour ("at 5 a.m."
may be rounded by ten minutes either way), to five minutes ("at 5.10"), to the minute ("at 6:47", a reading of a
log: "came at 6:47 p.m." and "came at 7:04 p.m." disagree)."""
HEDGE_WIDTH = 10
"""Half-width of a hedged time ("about 6:40 p.m.", "around 5"), whatever its step."""
BESIDE_WIDTH = 20
"""How far a time "shortly after" or "just before" a moment may lie from it."""


def clock_span(value: Value, minute: int) -> tuple[int, int]:
    """The minutes of the day a clock time can mean, as written: "about 6:40 p.m." is 6:30 to 6:50, "just after
    7pm" 7:00 to 7:20, and the two disagree, though they are twenty minutes apart as numbers."""
    qualifier = (value.qualifier or "").lower()
    if qualifier.endswith("after") or qualifier == "past":
        return minute, minute + BESIDE_WIDTH
    if qualifier.endswith("before"):
        return minute - BESIDE_WIDTH, minute
    width = next(w for step, w in PRECISION.items() if minute % step == 0)
    if qualifier:
        width = max(width, HEDGE_WIDTH)
    return minute - width, minute + width


def clock_clusters(items: list[tuple[Mention, Value, str]]) -> list[tuple[Mention, Value, str]]:
    """The items keyed by the earliest clock time of their run: a run goes on while a time can mean a minute the
    run's first can mean (``clock_span``)."""
    out = []
    first: tuple[int, tuple[int, int]] | None = None
    for m, v, key in sorted(items, key=lambda item: _minute(item[1], item[2])):
        t = _minute(v, key)
        span = clock_span(v, t)
        if first is None or span[0] > first[1][1] or span[1] < first[1][0]:
            first = (t, span)
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
                    whole = Mention.of_sentence(m.article, sentence)
                    per_noun.setdefault(noun, {}).setdefault((m.article, v.start), (whole, v))
    out = []
    for noun, found in sorted(per_noun.items()):
        if len(sides := clock_sides(list(found.values()))) >= 2:
            out.append(Conflict(id="", kind="date", about=f"the time of the {noun}", sides=sides))
    return out


def clock_sides(timed: list[tuple[Mention, Value]]) -> tuple[ConflictSide, ...]:
    """One side per time that cannot be another's minute (``clock_clusters``), earliest first, named as its first
    mention writes it; an article that gives two such times tells two of the event and takes no side."""
    keyed = clock_clusters([(m, v, f"clock:{int(v.value or 0)}") for m, v in timed])
    keys: dict[str, set[str]] = {}
    for m, _, key in keyed:
        keys.setdefault(m.article, set()).add(key)
    groups: dict[str, list[tuple[str, Mention]]] = {}
    for m, v, key in keyed:
        if len(keys[m.article]) == 1:
            groups.setdefault(key, []).append((v.text.strip(), m))
    ordered = sorted(groups.items(), key=lambda item: int(item[0].split(":")[1]))
    return tuple(ConflictSide(value=g[0][0], mentions=tuple(dict.fromkeys(m for _, m in g))) for _, g in ordered)


def _timed_occasions(mention: Mention, analysis: Analysis) -> list[tuple[Value, str]]:
    """The clock times in ``mention`` that place an occasion at them, each with the occasion's noun."""
    out = []
    for v, key in days_in(mention.text, mention.start, analysis.values):
        quoted = quoted_at(analysis, v.start)
        if key.startswith("clock:") and relation(v, "clock") == "on" and not quoted:
            nouns = frame_at(analysis, v.start, v.end).events & EVENT_NOUNS
            out += [(v, noun) for noun in sorted(nouns)]
    return out
