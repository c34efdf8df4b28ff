"""Typed amounts inside one mention: money, percentages, durations, counts and years, for conflict checks.

Amounts are the analysis stage's ``Value`` records (``analyze/values.py``) that fall inside the mention, put in
comparable units: durations in days, a vote tally as one number, a year alone as a date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Any, TypeVar

from storylens.analyze.qualifiers import is_approach, is_ceiling, is_floor, is_hedged
from storylens.analyze.values import UNIT_SPELLINGS, parse_duration, parse_number
from storylens.records import Value

DAYS = {"minute": 1 / 1440, "hour": 1 / 24, "day": 1, "week": 7, "month": 30.4, "year": 365.25, "decade": 3652.5}
YEAR_ONLY = re.compile(r"1[89]\d\d|20\d\d")
Amount = tuple[str, float, str, str, int]  # (kind, value, unit, text as written, offset of the text)


def amounts_in(text: str, start: int, values: Sequence[Value]) -> list[Amount]:
    """Amounts of a mention text; ``values`` are the article's Value records in absolute offsets, and so are the
    offsets returned. Weekdays, times and parts of a day are not amounts (``days_in``); a year alone is ("not until
    2030")."""
    end = start + len(text)
    inside = [v for v in values if start <= v.start and v.end <= end]
    typed = [v for v in inside if v.value is not None and v.unit not in ("weekday", "clock", "daypart")]
    years = [("date", float(v.date), "year", v.text, v.start) for v in inside
             if v.kind == "date" and v.date and YEAR_ONLY.fullmatch(v.date)]  # fmt: skip
    moments = {id(v) for v in typed if v.kind == "duration" and _OFFSET.match(text, v.end - start)}
    restated = {id(v) for u, v in pairwise(typed)
                if _alike(u.kind, v.kind) and _RESTATED.fullmatch(text, u.end - start, v.start - start)}  # fmt: skip
    return [tally_amount(v) if v.kind == "tally" else
            _comparable(v.kind, float(v.value or 0.0), (v.unit or "").lower(), v.text, v.start) for v in typed
            if v.kind != "ordinal" and id(v) not in moments | restated] + years  # fmt: skip


_RESTATED = re.compile(
    r"(?:\s+[^\W\d]+)?\s*\(\s*"
    r"(?:(?:about|around|roughly|some|approximately|nearly|almost|or|equivalent to)\s+)*",
    re.I,
)
"""Between an amount and the next one, what makes the next its restatement in other units ("1.8 billion crowns
(about 2.3 billion euros)", "3,850 hectares (38.5 square kilometres)"): the same amount, no figure of its own."""


def _alike(a: str, b: str) -> bool:
    """True for two kinds of value one amount can be given in: the same kind, or money and a count of a currency
    the article has not learned ("1.8 billion ducats (about 2.3 billion euros)")."""
    return a == b or {a, b} == {"money", "number"}


_OFFSET = re.compile(r"\s+(?:after|before|since|ago|later|earlier|into)\b", re.I)
"""After a duration, words that make it a moment ("twelve hours after the quake"), not a length of time."""


def days_in(text: str, start: int, values: Sequence[Value]) -> list[tuple[Value, str]]:
    """The dates of a mention text that name a day or a time of day, each with the key two such dates are
    compared by: a weekday (``on Tuesday``: "weekday:2"), a calendar day (``March 4``, ``March 4, 2025``:
    "day:03-04") or a clock time (``at 4:10 a.m.``: "clock:250", minutes after midnight); years alone and months
    are amounts, compared elsewhere."""
    end = start + len(text)
    out = []
    for v in values:
        if not (start <= v.start and v.end <= end and v.kind == "date"):
            continue
        if v.unit == "clock" and _ZONED.search(text, v.start - start, v.end - start + 7):
            continue  # "at 05:42 UTC": another clock than the local times others give ("6:42 a.m.")
        if v.unit in ("weekday", "clock", "daypart") and v.value is not None:
            out.append((v, f"{v.unit}:{int(v.value)}"))
        elif v.date and (day := _CALENDAR_DAY.search(v.date)):
            out.append((v, f"day:{day.group(1)}"))
    return out


_ZONED = re.compile(r"\b(?:UTC|GMT|Zulu)\b")
"""A universal time zone after a clock time ("05:42 UTC"); the local time of a story's place goes unnamed."""
_CALENDAR_DAY = re.compile(r"(?:^|-)(\d\d-\d\d)$")


def _comparable(kind: str, value: float, unit: str, text: str, at: int) -> Amount:
    """An amount in a unit its kind is compared in: durations in days whatever unit they were given in, so "six
    weeks" and "three months" compare; money and counts per period a year, so "1,240 crowns a month" and "nearly
    15,000 crowns a year" compare; lengths in whole metres, so "about 12 km" and "roughly 39,000 feet" agree and
    "about 12 miles" does not."""
    base = unit.rstrip("s")
    if kind == "duration" and base in DAYS:
        return kind, value * DAYS[base], "day", text, at
    if kind == "number" and unit in METRES:
        return kind, float(round(value * METRES[unit])), "m", text, at
    currency, per, period = unit.partition(" per ")
    if kind in ("money", "number") and per and period in DAYS and period != "hour":
        return kind, value * DAYS["year"] / DAYS[period], f"{currency} per year", text, at
    return kind, value, unit, text, at


METRES = {"km": 1000.0, "m": 1.0, "cm": 0.01, "mm": 0.001, "mi": 1609.344, "ft": 0.3048, "yard": 0.9144}
"""Metres in each unit of length, as ``values.UNIT_SPELLINGS`` spells it."""
_LENGTH = re.compile(r"(\d[\d,]*(?:\.\d+)?)[\s-]*([a-z]+)\b", re.I)


def metres_of(text: str) -> float | None:
    """The length a conflict side's value gives, in whole metres ("about 12 miles" -> 19312), or None when it gives
    no length: sides found in two facts are compared in one unit."""
    found = _LENGTH.search(text)
    if found is None:
        return None
    word = found.group(2).lower()
    unit = UNIT_SPELLINGS.get(word.rstrip("s") if word.endswith("s") and word != "kms" else word, word)
    if unit not in METRES or word == "m":  # "38m" is as often millions as metres
        return None
    return float(round(float(found.group(1).replace(",", "")) * METRES[unit]))


def tally_amount(value: Value) -> Amount:
    """A vote tally as one amount: both counts in one number (29 to 24 -> 29.000024, "seven to two" -> 7.000002),
    compared exactly."""
    counts = [n for w in re.findall(r"\w+", value.text) if (n := parse_number(w)) is not None] + [0.0, 0.0]
    return "tally", counts[0] + counts[1] / 1e6, "votes", value.text, value.start


def same_amount(a: float, b: float, kind: str, exact: bool = False) -> bool:
    """True when two values agree up to rounding: years and vote tallies exactly. Two numbers, percentages or
    amounts of money both written with decimals ("6.8" and "6.4", "3.5%" and "3.4%", "14.20" and "14.50") agree
    within half a unit of the coarser one's last decimal, since whoever wrote a decimal meant that precision; so do
    two ``exact`` numbers or percentages (neither hedged by "about", "nearly"...) within half a unit of the coarser
    one's last non-zero digit: "61 percent" and "58 percent" disagree, "12,000" and "11,870" agree, and a count
    under ``SMALL_COUNT`` agrees only with itself ("ten" and "11" disagree). A hedged percentage agrees within a
    whole unit of the coarser one's last non-zero digit ("about 70 percent" and "66 percent", not "an estimated 74
    percent" and "71.3 percent"). Others agree within 10% ("1,400" and "about 1,450", "$2.1 billion" and "$2
    billion", "a year" and "twelve months"; durations are converted to days, so their decimals are not written
    ones), hedged numbers and money also within a unit of the coarser one's last non-zero digit ("about 4.2
    million" and "3.8 million" disagree)."""
    if kind == "date":
        return int(a) == int(b)
    if kind == "tally":
        return a == b
    written = kind in ("number", "percent", "money") and bool(_decimals(a) and _decimals(b))
    if written or (kind in ("number", "percent", "money") and exact):
        place = max(_precision(a), _precision(b))
        if kind == "number" and not written and max(abs(a), abs(b)) < SMALL_COUNT:
            place = 1.0  # "ten cars" and "11 cars": nobody rounds a count that small
        return abs(a - b) <= 0.5 * place + 1e-9
    if kind == "percent":
        return abs(a - b) <= max(_precision(a), _precision(b)) + 1e-9
    hi = max(abs(a), abs(b))
    if kind in ("number", "money") and abs(a - b) > max(_precision(a), _precision(b)) + 1e-9:
        return False  # "about 4.2 million" is told to a tenth of a million: 3.8 million is not it
    return hi == 0 or abs(a - b) / hi <= 0.1


SMALL_COUNT = 20
"""Below this, an exact whole number is a count to the unit, not a figure rounded to ten."""


def _precision(x: float) -> float:
    """The place of the last digit ``x`` was written with: 0.1 for 6.4, 1 for 61, 1,000 for 12,000."""
    if decimals := _decimals(x):
        return 10.0**-decimals
    whole, place = abs(int(x)), 1.0
    while whole and whole % 10 == 0:
        whole //= 10
        place *= 10
    return place


def _decimals(x: float) -> int:
    """How many decimals ``x`` was written with (0 for a whole number)."""
    return 0 if x == int(x) else len(repr(x).split(".")[1])


CASUALTIES = (
    (
        "dead",
        re.compile(r"\b(dead|deaths?|died|dies|killed|kills?|killing|fatalit(?:y|ies)|perished|lives|toll)\b", re.I),
    ),
    ("injured", re.compile(r"\b(injur(?:ed|ies|y|ing)|hurt|wounded|wounding)\b", re.I)),
    ("missing", re.compile(r"\b(missing|unaccounted)\b", re.I)),
    ("displaced", re.compile(r"\b(homeless|displaced|evacuated)\b", re.I)),
    ("trapped", re.compile(r"\b(trapped|entombed)\b", re.I)),
    ("rescued", re.compile(r"\b(rescued|saved|freed|alive|surviv(?:ing|ors?))\b", re.I)),
)
"""What a count of people counts in news of disasters, wars and crime, by the words beside it."""
PEOPLE_UNITS = frozenset({"", "people", "person"})
_CLAUSE_MARK = re.compile(r"[,;:.()\d]|\b(?:and|or|but|while|as)\b")
_PART_ASIDE = re.compile(
    r"(\s+[\w-]+)?\s*(?:,|\s[-–—])\s*[^,;:.()]*?\bof (?:them|whom)\b[^,;:.()]*?(?:,|\s[-–—]\s)", re.I
)
"""After a count, an aside naming a part of it (", five of them pupils and one a teacher,", " - six of them
children - "), which the count's own verb follows."""


def casualty_of(text: str, start: int, end: int) -> str | None:
    """ "dead", "injured", "missing"... for the count at ``text[start:end]``, from the nearest such word after it
    in its clause ("52 dead and 410 injured", "300 people were injured"), else before it ("the death toll rose
    to 52", "killed at least 40 people"); None when neither side says."""
    after = text[end:]
    if aside := _PART_ASIDE.match(after):  # "Six people, five of them pupils, died": the count's verb comes after
        after = (aside.group(1) or "") + " " + after[aside.end() :]
    stop = _CLAUSE_MARK.search(after)
    after = after[: stop.start()] if stop else after
    after = " ".join(after.split(" ")[: CASUALTY_REACH + 1])  # the split's first item is the space after the count
    before = text[:start]
    marks = list(_CLAUSE_MARK.finditer(before))
    before = before[marks[-1].end() :] if marks else before
    for window, nearest in ((after, min), (before, max)):
        found = [(m.start(), kind) for kind, pattern in CASUALTIES for m in pattern.finditer(window)]
        if found:
            return nearest(found)[1]
    return None


CASUALTY_REACH = 5
"""How many words after a count its casualty word may come ("300 people were injured", "the 26 men who were
trapped"); further on, the word tells of others ("a 4 million crown fund for the families of the dead")."""

CEILING_REACH = 0.75
"""How far under a ceiling a figure still agrees with it: "fewer than 40,000" and "some 35,000" agree, "fewer than
40,000" and 12,000 do not; an outlet that gives a ceiling means a figure near it."""


Figure = TypeVar("Figure", bound=tuple[Any, ...])
"""A figure as read from a mention: its value and its words first ("32", "at least 40"), then where it stands."""


def group_figures(figures: Sequence[Figure], kind: str, floors: bool = False) -> list[list[Figure]]:
    """Figures grouped by agreement with each group's first: within rounding (exact unless either is hedged), or
    under a ceiling and near it (``_under_ceiling``), or with ``floors`` over a floor and near it too."""
    groups: list[list[Figure]] = []
    for item in figures:
        home = next((g for g in groups if _same_figure(g[0], item, kind, floors)), None)
        if home is None:
            groups.append([item])
        else:
            home.append(item)
    return groups


def _same_figure(a: tuple[Any, ...], b: tuple[Any, ...], kind: str, floors: bool) -> bool:
    """True when two figures can be the same amount of ``kind``: never a figure approached from below ("almost 13
    hours") and one past it ("14 hours")."""
    if _past_approach(a, b) or _past_approach(b, a):
        return False
    exact = not is_hedged(a[1]) and not is_hedged(b[1])
    if kind == "duration" and (written := _in_one_unit(a[1], b[1])):
        return same_amount(*written, "number", exact)  # "13 hours" and "14 hours" as written, not in days
    return (
        same_amount(a[0], b[0], kind, exact)
        or _under_ceiling(a, b)
        or _under_ceiling(b, a)
        or (floors and (_over_floor(a, b) or _over_floor(b, a)))
    )


def _in_one_unit(a: str, b: str) -> tuple[float, float] | None:
    """The numbers two durations are written with, when both are in one unit ("13 hours", "14 HOURS")."""
    x, y = parse_duration(a), parse_duration(b)
    return (x["value"], y["value"]) if x and y and x["unit"] == y["unit"] else None


def _past_approach(near: tuple[Any, ...], other: tuple[Any, ...]) -> bool:
    """True when ``near`` approaches its value from below ("nearly 2,000", "almost 13 hours") and ``other`` lies
    past it."""
    return is_approach(near[1]) and other[0] > near[0]


def _under_ceiling(ceiling: tuple[Any, ...], other: tuple[Any, ...]) -> bool:
    """True when ``ceiling`` is one ("fewer than 40,000") and ``other`` lies under it and near it."""
    return is_ceiling(ceiling[1]) and CEILING_REACH * ceiling[0] <= other[0] <= ceiling[0]


def _over_floor(floor: tuple[Any, ...], other: tuple[Any, ...]) -> bool:
    """True when ``floor`` is one ("more than 2,000") and ``other`` lies over it and near it ("about 2,300").
    Only asked for standing amounts (``group_figures``' ``floors``): the annotated stories count a toll's floor
    against any larger toll as a conflict, since a toll that rose is what such pairs usually report."""
    return is_floor(floor[1]) and floor[0] <= other[0] <= floor[0] / CEILING_REACH
