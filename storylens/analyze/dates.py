"""Dates and times of day: calendar dates (full or partial), weekdays, clock times, and the year a yearless
date takes from its sentence. ``values.py`` reads spaCy's DATE and TIME spans with these."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from storylens.analyze.sentences import text_of
from storylens.records import Value

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())} | {"sept": 9})
DAYPARTS = {"morning": 1.0, "afternoon": 2.0, "evening": 3.0, "night": 3.0}
"""Parts of the day that do not overlap, as numbers; evening and night are one, since outlets use both for the
same hours ("Saturday evening", "Saturday night")."""
_PARTS = "|".join(DAYPARTS)
_WEEKDAYS = ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]
_WEEKDAY = re.compile(rf"({'|'.join(_WEEKDAYS)})day(?:\s+(?:{_PARTS}))?", re.I)


def parse_date(text: str) -> dict[str, Any] | None:
    """``"October 7, 2023"`` -> "2023-10-07", ``"April 1992"`` -> "1992-04", ``"November 18"`` -> "--11-18"."""
    text = re.sub(rf"^(?:{'|'.join(_WEEKDAYS)})day,?\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"^(?:early|mid|late)[\s-]+", "", text, flags=re.I)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    month = r"([A-Za-z]{3,9})\.?"
    day = r"(\d{1,2})(?:st|nd|rd|th)?"
    patterns = [  # (regex, order of year, month, day groups; 0 = absent); a range is read as its first day
        (rf"{month}\s+{day}\s*(?:-|–|and|to)\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s+(\d{{4}})", (3, 1, 2)),
        (rf"{month}\s+{day},?\s+(\d{{4}})", (3, 1, 2)),
        (rf"{day}\s+(?:of\s+)?{month},?\s+(\d{{4}})", (3, 2, 1)),
        (rf"{month}\s+{day}", (0, 1, 2)),
        (rf"{day}\s+(?:of\s+)?{month}", (0, 2, 1)),
        (rf"{month},?\s+(\d{{4}})", (2, 1, 0)),
        (r"(\d{4})", (1, 0, 0)),
        (month, (0, 1, 0)),
    ]
    for pattern, (yg, mg, dg) in patterns:
        m = re.fullmatch(pattern, text, re.I)
        if not m:
            continue
        year = int(m.group(yg)) if yg else None
        mon = _MONTHS.get(m.group(mg).lower()) if mg else None
        if mg and mon is None:
            continue
        return _date(year, mon, int(m.group(dg)) if dg else None)
    return None


def parse_clock(text: str) -> dict[str, Any] | None:
    """``"4:10 a.m."`` / ``"3 p.m. local time"`` / ``"14:52 GMT"`` / ``"midnight"`` -> date with unit "clock" and
    value the minutes after midnight; ``"Tuesday afternoon"``'s ``"afternoon"``, ``"this morning"``, ``"late in
    the evening"`` -> date with unit "daypart" (``DAYPARTS``)."""
    if (named := NAMED_TIMES.get(text.strip().lower())) is not None:
        return {"kind": "date", "value": named, "unit": "clock"}
    if part := _DAYPART.fullmatch(text.strip()):
        return {"kind": "date", "value": DAYPARTS[part.group(1).lower()], "unit": "daypart"}
    if m24 := CLOCK_24.fullmatch(text.strip()):
        return {"kind": "date", "value": float(60 * int(m24.group(1)) + int(m24.group(2))), "unit": "clock"}
    if (dotted := _DOTTED.match(text.strip())) and _DAYPART_AFTER.fullmatch(text.strip()[dotted.end() :]):
        return dotted_clock(dotted.group(), text.strip()[dotted.end() :])  # "7.45 this morning"
    m = _CLOCK.match(text.strip())
    if not m or not _RELATIVE_DAY.fullmatch(text.strip()[m.end() :]):  # "3pm yesterday" is at 3 p.m.
        return None
    hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
    if minute > 59:
        return None
    return {"kind": "date", "value": float(60 * (hour + (12 if m.group(3).lower() == "p" else 0)) + minute),
            "unit": "clock"}  # fmt: skip


def dotted_clock(numeral: str, after: str) -> dict[str, Any] | None:
    """``"9.30"`` followed by ``" on Tuesday morning"`` -> a clock time (570 minutes): British outlets write times
    without a.m. or p.m. when a part of the day follows, and "9.30" alone may be a price or a score. An evening's
    or afternoon's hours are after noon, and so is a night's from six o'clock on."""
    m, part = _DOTTED.fullmatch(numeral.strip()), _DAYPART_AFTER.match(after)
    if not m or not part:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    named = part.group(1).lower()
    if hour < 12 and (named in ("afternoon", "evening") or (named == "night" and hour >= 6)):
        hour += 12
    return {"kind": "date", "value": float(60 * hour + minute), "unit": "clock"}


_DOTTED = re.compile(r"([01]?\d|2[0-3])[.:]([0-5]\d)")
_DAYPART_AFTER = re.compile(
    rf"\s+(?:(?:on\s+)?(?:{'|'.join(_WEEKDAYS)})day\s+|this\s+|in\s+the\s+|yesterday\s+|tomorrow\s+|last\s+)?"
    rf"({_PARTS})\b",
    re.I,
)
"""A part of the day right after a time ("9.30 on Tuesday morning", "7.45 this morning", "10.15 last night")."""
_CLOCK = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\.?(?:\s+(?:local time|(?-i:[A-Z]{2,4}))\b)?", re.I)
CLOCK_24 = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?:\s*(?:h|hrs|local time|(?-i:[A-Z]{2,4}))\b)?", re.I)
"""A time of day without a.m./p.m. ("at 2:14 on Saturday", "14:52 GMT"): hours and minutes, 24-hour."""


_RELATIVE_DAY = re.compile(r"(?:\s+(?:yesterday|today|tonight|tomorrow))?", re.I)
NAMED_TIMES = {"midnight": 0.0, "noon": 720.0, "midday": 720.0}
_DAYPART = re.compile(rf"(?:(?:early|late)\s+)?(?:(?:this|that|the|in\s+the|on\s+the)\s+)?({_PARTS})", re.I)


def parse_weekday(text: str) -> dict[str, Any] | None:
    """``"Tuesday"`` / ``"Monday night"`` -> date on weekday 2 / 1 (ISO numbering), no calendar date; not the
    habitual ``"Mondays"``."""
    m = _WEEKDAY.fullmatch(text.strip())
    if not m:
        return None
    return {"kind": "date", "value": float(_WEEKDAYS.index(m.group(1).lower()) + 1), "unit": "weekday"}


def _date(year: int | None, month: int | None, day: int | None) -> dict[str, Any] | None:
    """A date value in ISO form, partial where parts are unknown ("1992-04", "--11-18", "--04")."""
    if (
        (year is not None and not 1000 <= year <= 2200)
        or (month and not 1 <= month <= 12)
        or (day and not 1 <= day <= 31)
    ):
        return None
    if year is None and month is None:
        return None
    if year is None:
        iso = f"--{month:02d}" + (f"-{day:02d}" if day else "")
    else:
        iso = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")
    return {"kind": "date", "date": iso}


def infer_years(doc: Any, values: list[Value]) -> list[Value]:
    """Give a yearless date the year of a dated neighbour: an earlier date of its sentence, or the date it is
    joined to ("November 18 and December 2, 2025"); otherwise the year stays unknown rather than guessed."""
    dated = [v for v in values if v.kind == "date" and v.date and v.date[:4].isdigit()]
    out = []
    for v in values:
        if v.kind == "date" and v.date and v.date.startswith("--"):
            sent = doc.char_span(v.start, v.end, alignment_mode="expand").sent
            before = [d for d in dated if sent.start_char <= d.start and d.end <= v.start]
            joined = [
                d
                for d in dated
                if d.start >= v.end and re.fullmatch(r"\s*(?:and|or|to|-|–|,)\s*", text_of(doc)[v.end : d.start])
            ]
            source = joined[0] if joined else (before[-1] if before else None)
            if source is not None and source.date:
                v = dataclasses.replace(v, date=source.date[:4] + v.date[1:])
        out.append(v)
    return out
