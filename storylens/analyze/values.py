"""Typed values: numbers, money, percentages, dates, durations and ordinals, normalised.

spaCy finds the spans (MONEY, PERCENT, DATE, TIME, CARDINAL, QUANTITY, ORDINAL, plus numerals it left
unlabelled); this module reads them:

1. a qualifier ("over", "about", "since", "at least"...) inside the span or just before it is split off, and
   the value's span is widened to include it (``over 30 years``);
2. the rest is parsed by label: ``$17 billion`` -> money 1.7e10 USD, ``80 percent`` -> percent 80,
   ``three decades`` -> duration 3 decade, ``October 7, 2023`` -> date "2023-10-07", ``November 18`` -> date
   "--11-18" (the year only when another date of the same sentence states one), a weekday alone (``on Tuesday``,
   ``Monday night``) -> date with unit "weekday" and value 1-7 (ISO, 1 = Monday), ``date`` left null;
3. counts get a ``unit``: the lemma of the noun they count ("157 member states" -> "member state"), which lets
   the align stage compare numbers across articles.

What a value is said of (the verb it hangs from, that verb's subject) is read by ``frames.py``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from typing import Any

from storylens.analyze.dates import CLOCK_24, dotted_clock, infer_years, parse_clock, parse_date, parse_weekday
from storylens.analyze.qualifiers import DATE_ONLY, after_qualifier, qualifier_at
from storylens.analyze.sentences import text_of
from storylens.records import Value

_SMALL = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
_SMALL += "seventeen eighteen nineteen"
_WORDS: dict[str, int] = {w: i for i, w in enumerate(_SMALL.split())}
_WORDS.update(
    {
        w: 10 * (i + 2)
        for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"])
    }
)
_WORDS.update({"a": 1, "an": 1, "single": 1})
_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]

DURATION_DAYS = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.4375,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
}
"""Length of each duration unit in days, so "three decades" and "over 30 years" can be compared."""

_CURRENCY_SIGNS = {
    "us$": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₩": "KRW",
    "₪": "ILS",
}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "euro": "EUR",
    "pound": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rouble": "RUB",
    "rupee": "INR",
    "franc": "CHF",
    "shekel": "ILS",
    "dirham": "AED",
    "riyal": "SAR",
    "lira": "TRY",
    "won": "KRW",
    "peso": "peso",
    "zloty": "PLN",
    "forint": "HUF",
    "rand": "ZAR",
    "naira": "NGN",
    "baht": "THB",
    "crown": "crown",  # Czech, Danish, Norwegian, Swedish: the same word, told apart by the story if at all
    "krona": "crown",
    "kronor": "crown",
    "krone": "crown",
    "kroner": "crown",
}
_ISO_CURRENCY = re.compile(r"\b(USD|EUR|GBP|JPY|CNY|RUB|INR|CHF|CAD|AUD|ILS|AED|SAR|TRY|KRW|HKD)\b")

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DIGITS = re.compile(rf"({_NUM})\s*-?\s*(hundred|thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b)?\b", re.I)
_DURATION = re.compile(
    r"^(?P<n>.+?)[\s-]+(?P<u>second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?(?:[\s-]+(?:long|old))?"
    r"(?:\s+(?P<ago>ago|later|earlier))?$",
    re.I,
)
_RELATIVE_YEAR = re.compile(r",?\s+(?:last|this|next)\s+year$", re.I)
"""A year told from the article's own ("on July 27 last year"): the day before it is still a calendar day."""
_PERCENT = re.compile(r"\d\s*%|\b(?:per\s*cent|percent|percentage\s+points?)\b", re.I)
_SIGN_BEFORE = re.compile(r"(?:US\$|A\$|C\$|HK\$|[$€£¥₹₽₩₪])\s?$")
_LABELS = {"MONEY", "PERCENT", "DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL"}
UNIT_SPELLINGS = {
    "kilometre": "km", "kilometer": "km", "kms": "km", "metre": "m", "meter": "m", "centimetre": "cm",
    "centimeter": "cm", "millimetre": "mm", "millimeter": "mm", "mile": "mi", "foot": "ft", "feet": "ft",
    "kilogram": "kg", "kilogramme": "kg", "kilo": "kg", "gram": "g", "gramme": "g", "tonne": "t", "litre": "l",
    "liter": "l", "hectare": "ha", "kilowatt": "kw", "megawatt": "mw", "gigawatt": "gw",
}  # fmt: skip
"""One spelling per unit of measure, so "320-km" and "320-kilometre" are read as the same unit."""
_SCALE_WORDS = "hundred|thousand|million|billion|trillion|bn|mn|tn"
KNOWN_UNITS = frozenset(UNIT_SPELLINGS) | frozenset(UNIT_SPELLINGS.values()) | frozenset(DURATION_DAYS)


SCALE_NOUNS = ("magnitude", "category", "level", "grade", "rating", "score", "index")
"""Nouns naming a scale that the number after them is read on ("a magnitude 6.8 earthquake", "a magnitude of
6.4", "a Category 4 storm"): the number is a reading on that scale, not a count of what follows it."""
_SCALE_BEFORE = re.compile(rf"\b({'|'.join(SCALE_NOUNS)})(?:[\s-]+of)?[\s-]+$", re.I)


def _meridiem(numeral: Any, after: Any) -> bool:
    """True when ``after`` is the "pm" the tokenizer split off a time of day ("4pm" -> "4", "pm"), glued to its
    numeral or written with dots ("4 p.m."): "3 AM radio stations" tells no time."""
    glued = not numeral.whitespace_ and re.fullmatch(r"[ap]m", after.text, re.I)
    return bool(glued or re.fullmatch(r"[ap]\.m\.", after.text, re.I))


def unit_name(words: list[str]) -> str | None:
    """The unit a value counts or measures, from its words' lemmas, each unit of measure in one spelling."""
    return " ".join(UNIT_SPELLINGS.get(w, w) for w in words) or None


def find_values(article_id: str, doc: Any) -> list[Value]:
    """Typed values of ``doc``: every numeric entity that can be read, plus numerals and times of day ("at 4:35")
    spaCy left unlabelled, unless they are part of a name it found ("Route 9", "the Model 20 charger")."""
    spans = [e for e in doc.ents if e.label_ in _LABELS]
    named = [e for e in doc.ents if e.label_ not in _LABELS and any(t.is_alpha for t in e)]  # not a lone "386"
    covered = {t.i for e in [*spans, *named] for t in e}  # a numeral inside a name is no amount: "Route 9"
    loose = [t.i for t in doc
             if t.i not in covered and ((t.like_num and t.pos_ == "NUM") or CLOCK_24.fullmatch(t.text))]  # fmt: skip
    for i in loose:  # a numeral and its scale word are one number: "60 million", not 60 and a million
        if i - 1 in loose and doc[i].lower_ in _SCALE_WORDS.split("|"):
            spans[-1] = doc[spans[-1].start : i + 1]
        elif i + 1 < len(doc) and _meridiem(doc[i], doc[i + 1]):
            spans.append(doc[i : i + 2])  # "at 3pm yesterday", split by the tokenizer and left unlabelled
        else:
            spans.append(doc[i : i + 1])
    values: list[Value] = []
    for span in _hyphen_joined(doc, sorted(spans, key=lambda s: s.start_char)):
        value = read_span(article_id, span)
        if value is not None and not (values and value.start < values[-1].end):  # inside a rate read before
            values.append(value)
    values = _as_learned_money(values, text_of(doc))
    return infer_years(doc, join_tallies(doc, _ratios(article_id, text_of(doc), values)))


def _hyphen_joined(doc: Any, spans: list[Any]) -> list[Any]:
    """Spans with a number word split at its hyphen made whole again: the tagger reads "TWENTY-FOUR" in a capitals
    headline as "TWENTY" and "FOUR"; a range of digits ("10-12") stays two."""
    out: list[Any] = []
    for span in spans:
        last = out[-1] if out else span
        hyphened = span.start == last.end + 1 and doc[last.end].text == "-"
        if hyphened and last.text.isalpha() and span.text.isalpha():
            out[-1] = doc[last.start : span.end]
        else:
            out.append(span)
    return out


_PRICE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*\.\d\d(?![\d.,]*\s*(?:" + _SCALE_WORDS + r")\b)", re.I)
"""A price-like amount: whole units and exactly two decimals, no scale word ("14.20", "1,299.99")."""


def _as_learned_money(values: list[Value], text: str) -> list[Value]:
    """Counts of a word this article also prices ("14.20 crovans a share" beside "280 million crovans") read as
    money in that word: things counted do not come in hundredths, so a currency the module does not know (a small
    country's, or a story's own) is still told apart from counts of people, stores or flights. A price per share
    or per period is a rate, as with known currencies."""
    priced = {
        v.unit for v in values
        if v.kind == "number" and v.unit and v.unit.isalpha() and v.unit not in KNOWN_UNITS and _PRICE.search(v.text)
    }  # fmt: skip
    out = []
    for v in values:
        base, per, _ = (v.unit or "").partition(" per ")
        if v.kind != "number" or base not in priced:
            out.append(v)
            continue
        rate = None if per else _money_rate(text, v.end, v.unit or "")  # "280 million zlots a year" read as a rate
        if rate is None:
            out.append(dataclasses.replace(v, kind="money"))
        else:
            unit = f"{v.unit} per {rate.group(2).lower()}"
            out.append(dataclasses.replace(v, kind="money", unit=unit, end=rate.end(), text=text[v.start : rate.end()]))
    return out


def _ratios(article_id: str, text: str, values: list[Value]) -> list[Value]:
    """ "Two in three trains", "one train in five", "four out of ten voters" as one percentage (66.7, 20, 40):
    the share is the fact, and its two numbers alone would be counts of trains compared with other counts."""
    out = list(values)
    for m in _RATIO.finditer(text):
        part, whole = parse_number(m.group("part")), parse_number(m.group("whole"))
        if not part or not whole or part >= whole:
            continue
        out = [v for v in out if not (m.start() <= v.start and v.end <= m.end())]
        qualifier = m.group("q").lower() if m.group("q") else None
        out.append(Value(article=article_id, start=m.start(), end=m.end(), text=m.group(0), kind="percent",
                         value=round(100 * part / whole, 1), unit="%", qualifier=qualifier))  # fmt: skip
    return sorted(out, key=lambda v: v.start)


_RATIO_NUM = r"(?:\d{1,3}|" + "|".join(_SMALL.split()[1:]) + r"|twenty|hundred)"
_RATIO = re.compile(
    rf"(?:\b(?P<q>about|around|nearly|almost|roughly|only|just|some)\s+)?\b(?P<part>{_RATIO_NUM})\s+(?:[a-z]+\s+)?"
    rf"(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>{_RATIO_NUM})\b"
    r"(?![\d.:]|\s*(?:%|percent|per\s*cent|[ap]\.?m\b|(?:second|minute|hour|day|week|month|year|decade)s?\b))",
    re.I,
)


def join_tallies(doc: Any, values: list[Value]) -> list[Value]:
    """Two numbers that make one vote tally ("by 29 votes to 24", "was 29 to 24" in a sentence about a vote)
    become one ``tally`` value: the count that matters is the pair, and either number alone would be compared
    with the wrong thing."""
    text = text_of(doc)
    out: list[Value] = []
    for v in values:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.kind == "number" and v.kind == "number"
            and _TALLY_JOIN.fullmatch(text[prev.end : v.start])
            and (prev.unit == "vote" or _about_a_vote(doc, prev.start))
            and not _is_change(text, prev.start)
        ):  # fmt: skip
            out[-1] = Value(article=v.article, start=prev.start, end=v.end, text=text[prev.start : v.end],
                            kind="tally", value=prev.value, unit="votes", qualifier=prev.qualifier)  # fmt: skip
            continue
        out.append(v)
    return out


def _about_a_vote(doc: Any, offset: int) -> bool:
    """True when the sentence holding character ``offset`` speaks of a vote, ballot or verdict."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span is not None and _VOTE.search(span.sent.text) is not None


_TALLY_JOIN = re.compile(r"\s*(?:votes?\s+)?(?:to|-|–)\s*", re.I)
_TALLY_SIDE = r"(\d+|" + "|".join(_SMALL.split()) + r")"
_TALLY = re.compile(rf"{_TALLY_SIDE}{_TALLY_JOIN.pattern}{_TALLY_SIDE}", re.I)  # "29 to 24", "six to three"
_VOTE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballot|referendum|verdict)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


def _is_change(text: str, start: int) -> bool:
    """True for a pair of numbers after "from" ("voted to raise the age from 62 to 65"): a change of one
    thing, not a vote's count, however much the sentence speaks of a vote."""
    return _FROM_BEFORE.search(text[max(0, start - 8) : start]) is not None


_REPEATED = re.compile(r"\s+(?:by|after)\s+(\w+)\b")
_REPEATED_BEFORE = re.compile(r"\b(\w+)\s+(?:by|after)\s+$")


def _repeated(text: str, start: int, end: int, body: str) -> bool:
    """True for a number said twice around "by" or "after" ("one by one", "two by two"): a manner, not a count."""
    word = body.strip().lower()
    after = _REPEATED.match(text, end)
    before = _REPEATED_BEFORE.search(text[max(0, start - 20) : start])
    return any(m is not None and m.group(1).lower() == word for m in (after, before))


def read_span(article_id: str, span: Any) -> Value | None:
    """The typed value of one spaCy span, or ``None`` when it cannot be read (``the 1990s``, ``Sundays``)."""
    text = text_of(span.doc)
    start, end = span.start_char, span.end_char
    if text[end - 1 : end].isdigit() and (glued := _GLUED_SCALE.match(text, end)):
        end = glued.end()  # "38m thalers", where the tagger's span stops at the digits
    # 1.
    label = getattr(span, "label_", "") or "CARDINAL"
    if label in ("MONEY", "CARDINAL") and (sign := _SIGN_BEFORE.search(text[max(0, start - 4) : start])):
        start -= len(sign.group())  # "US$2.5bn" where spaCy's span starts at the digits
        label = "MONEY"
    qualifier, new_start = qualifier_at(text, start, end)
    dated = (qualifier, new_start) if qualifier in DATE_ONLY and label not in ("DATE", "TIME") else None
    if dated:
        qualifier = None
    body = text[start:end] if qualifier is None else text[after_qualifier(text, start, end) : end]
    start = new_start if qualifier is not None else start
    if qualifier is None and (the := re.match(r"the\s+", text[start:end], re.I)):
        start += the.end()  # "the 21st" -> "21st"; the article is not part of the value
    if _repeated(text, start, end, body):
        return None  # "one by one", "two by two": a manner, not a count
    # 2.
    tally = _TALLY.fullmatch(body.strip())
    if tally and _about_a_vote(span.doc, span.start_char) and not _is_change(text, start):
        # one span "61-40" or "61 to 40" (CARDINAL or DATE)
        fields: dict[str, Any] | None = {"kind": "tally", "value": parse_number(tally.group(1)), "unit": "votes"}
    elif (scale := _scale_before(text, start, label, body)) is not None:
        fields = scale
    elif label == "CARDINAL" and (clock := dotted_clock(body, text[end : end + 40])):
        fields = clock  # "at 9.30 on Tuesday morning"
    elif (point := _POINT_AFTER.match(text, end)) and body.strip().lower() in _FRACTIONS:
        fields = {"kind": "percent", "value": _FRACTIONS[body.strip().lower()], "unit": "percentage point"}
        end = point.end()  # "a quarter of a percentage point": the unit is part of the value
    else:
        fields = _parse(label, body.strip())
    if fields is None:
        return None
    if dated and fields.get("kind") == "date":
        qualifier, start = dated  # "until 5:15", a clock time the tagger took for a number, is placed all the same
    # 3.
    if label == "QUANTITY" and fields.get("kind") != "date":
        first = next((t.i for t in span if t.like_num), span.start)  # "about 12 miles": the qualifier is no unit
        fields["unit"] = unit_name([t.lemma_.lower() for t in span if t.i > first and not t.like_num and t.is_alpha])
    if fields.get("kind") in ("number", "ordinal") and not fields.get("unit"):
        fields["unit"] = count_unit(span)
    if fields.get("kind") == "number" and fields.get("unit") in _CURRENCY_WORDS:  # "18 million crowns"
        fields["kind"], fields["unit"] = "money", _CURRENCY_WORDS[fields["unit"]]
    if fields.get("kind") == "number" and fields.get("unit") == "basis point":  # 25 basis points = 0.25 points
        fields.update(kind="percent", value=fields["value"] / 100, unit="percentage point")
    if fields.get("kind") == "number" and fields.get("unit") in ("percent", "per cent"):  # "41 PER CENT", shouted
        fields.update(kind="percent", unit="%")
    if fields.get("kind") == "number" and fields.get("unit") == "percentage point":
        fields["kind"] = "percent"
    if fields.get("kind") == "duration" and (rate := _RATE.match(text, end)):
        end = rate.end()  # "five days a week": a rate of an activity, not a length of time
        fields["unit"] = f"{fields['unit']} per {rate.group(1).lower()}"
    if fields.get("kind") == "money" and (rate := _money_rate(text, end)):
        end = rate.end()  # "1,240 crowns a month": a price per month, and "a month" is no length of time
        code = fields.get("unit") or currency(rate.group(1) or "") or "money"  # spaCy's span may stop before it
        fields["unit"] = f"{code} per {rate.group(2).lower()}"
    if fields.get("kind") == "number" and (speed := _speed(text, start, end, fields.get("unit") or "")):
        end, fields["unit"] = speed  # "57 km/h": a speed, not a length
    unit = (fields.get("unit") or "").split(" ")[-1]
    if fields.get("kind") == "number" and unit and (rate := _rate_after(text, end, lambda w: w[:4] == unit[:4])):
        end = rate.end()  # "losing 9 million dralms in sales a day": a count per day, and "a day" no length of time
        fields["unit"] = f"{fields['unit']} per {rate.group(2).lower()}"
    qualifier = qualifier or fields.pop("qualifier", None)
    fields.pop("qualifier", None)
    return Value(article=article_id, start=start, end=end, text=text[start:end], qualifier=qualifier, **fields)


_GLUED_SCALE = re.compile(r"(?:bn|mn|tn|m|b|k)(?=\s+[a-z]+s\b)", re.I)
"""A scale letter glued to a numeral before a plural noun ("38m thalers", "1.2bn euros"); "a 38m tower" is metres."""
_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(second|minute|hour|day|week|month|year)\b", re.I)
_PERIOD_AFTER = re.compile(r"((?:\s+|-)[A-Za-z]+)?(?:\s+\([^()]{1,12}\))?(?:\s+(?:in|of)\s+[a-z]+)?(?:\s+|-)"
                           r"(?:a|an|per|each|every)(?:\s+|-)(hour|day|week|month|year|share)\b", re.I)  # fmt: skip


_PER_HOUR = re.compile(r"\s*/\s*h(?:r|our)?\b|\s+(?:an|per|a)\s+hour\b", re.I)
SPEED_UNITS = {"kph": "km", "km/h": "km", "kmh": "km", "km h": "km", "km hr": "km", "mph": "mi", "mi h": "mi"}
"""Units that are speeds in one word, with the length they go per hour."""


def _speed(text: str, start: int, end: int, unit: str) -> tuple[int, str] | None:
    """(end, unit) of a speed: a length "/h" or "an hour" after it or inside the tagger's span ("57 km/h", "40 miles
    an hour") or a speed unit ("74 mph"), in the length per hour; None for anything else."""
    if unit in SPEED_UNITS:
        return end, f"{SPEED_UNITS[unit]} per hour"
    if unit not in ("km", "mi", "m"):
        return None
    if re.search(r"/\s*h(?:r|our)?\b", text[start:end], re.I):
        return end, f"{unit} per hour"
    per = _PER_HOUR.match(text, end)
    return (per.end(), f"{unit} per hour") if per else None


def _rate_after(text: str, end: int, counted: Callable[[str], bool]) -> re.Match[str] | None:
    """The period after an amount that makes it a rate ("$40 per month", "1,240 crowns a month", "9 million
    dralms in sales a day", "9 billion cubic metres (bcm) of gas a year"); a word right after the amount must be
    what it counts (``counted``), so "$40 and a year later" is no rate."""
    rate = _PERIOD_AFTER.match(text, end)
    if rate is None or rate.group(1) is None or counted(rate.group(1).strip(" -").lower()):
        return rate
    return None


def _money_rate(text: str, end: int, learned: str = "") -> re.Match[str] | None:
    """``_rate_after`` for money: the word between must be a currency's ("crowns"), or the ``learned`` one's."""
    return _rate_after(text, end, lambda w: bool(currency(w)) or (bool(learned) and w.startswith(learned)))


def currency(word: str) -> str | None:
    """The currency a word names, singular or plural ("crowns", "kronor", "euro"), else None."""
    word = word.strip().lower()
    return _CURRENCY_WORDS.get(word) or _CURRENCY_WORDS.get(word[:-1])


_FRACTIONS = {"a quarter": 0.25, "quarter": 0.25, "half": 0.5, "a half": 0.5, "three quarters": 0.75,
              "three-quarters": 0.75}  # fmt: skip
_POINT_AFTER = re.compile(r"(?:\s+of)?(?:\s+a)?[\s-]+(?:percentage[\s-]+)?point\b", re.I)
"""After a fraction, a percentage point: "a quarter of a percentage point", "half a point", "a quarter-point"."""


def _scale_before(text: str, start: int, label: str, body: str) -> dict[str, Any] | None:
    """A plain number read on the scale named right before it (``SCALE_NOUNS``), whatever the label spaCy gave
    it (the small model calls "magnitude 6.4" a date), else ``None``."""
    scale = _SCALE_BEFORE.search(text[max(0, start - 20) : start])
    if scale is None or label not in ("CARDINAL", "DATE", "QUANTITY") or not _PLAIN_NUMBER.fullmatch(body.strip()):
        return None
    return {"kind": "number", "value": float(body.strip().replace(",", "")), "unit": scale.group(1).lower()}


_PLAIN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _parse(label: str, body: str) -> dict[str, Any] | None:
    """Kind, value, unit and date of a value's text (qualifier removed), read according to spaCy's label."""
    # "the" never counts; "a"/"an" count as one only before a unit ("a decade"), so keep them there.
    body = re.sub(r"^the\s+|^an?\s+(?=\S+\s)", "", body, flags=re.I) if label != "MONEY" else body
    # spaCy's small model mislabels some ("3.5 per cent" as MONEY): the text's own sign or word decides.
    if label in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") and _PERCENT.search(body):
        return parse_percent(body)
    if label == "MONEY":
        return parse_money(body)
    if label == "PERCENT":
        return parse_percent(body)
    if label == "ORDINAL":
        n = parse_ordinal(body)
        return None if n is None else {"kind": "ordinal", "value": n}
    if label == "DATE" and (year := _RELATIVE_YEAR.search(body)) and (day := parse_date(body[: year.start()])):
        return day  # "July 27 last year" is a day, not 27 years
    if label in ("DATE", "TIME"):
        found = parse_duration(body) or (parse_date(body) if label == "DATE" else None) or parse_weekday(body)
        clock_like = label == "TIME" or any(c.isdigit() for c in body)  # "at 11.30am", which the tagger can label DATE
        found = found or (parse_clock(body) if clock_like else None)
        ordinal = None if found else parse_ordinal(body)  # "the 21st time", labelled DATE by the small model
        return found or (None if ordinal is None else {"kind": "ordinal", "value": ordinal})
    if clock := parse_clock(body):  # "at 2:14 on Saturday", "at a 3pm briefing": read as a number or a quantity
        return clock
    if label == "QUANTITY" and (whole := parse_number(body)) is not None:  # "about 12 million": no unit in it
        return {"kind": "number", "value": whole}
    if label == "QUANTITY":
        m = re.match(rf"^(.*?\d(?:\s*(?:{_SCALE_WORDS})\b)?|[a-z-]+)[\s-]+(.+)$", body, re.I)  # "320-km"
        n = parse_number(m.group(1)) if m else None
        return None if n is None else {"kind": "number", "value": n, "unit": m.group(2).lower()}  # type: ignore[union-attr]
    n = parse_number(body)
    return None if n is None else {"kind": "number", "value": n}


def parse_number(text: str) -> float | None:
    """``"68,000"`` -> 68000, ``"1.5 million"`` -> 1.5e6, ``"$17bn"`` digits -> 1.7e10, ``"twenty-five"`` -> 25."""
    text = text.strip()
    if m := _DIGITS.search(text):
        value = float(m.group(1).replace(",", ""))
        scale = (m.group(2) or "").lower()
        return value * _SCALES.get(scale, _SHORT_SCALES.get(scale, 1.0))
    total, current, seen = 0.0, 0.0, False
    for word in re.split(r"[\s-]+", text.lower()):
        if word in _WORDS:
            current += _WORDS[word]
        elif word in ("hundred", "dozen"):
            current = (current or 1) * (100 if word == "hundred" else 12)
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        elif word == "and" and seen:
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def parse_money(text: str) -> dict[str, Any] | None:
    """``"$17 billion"`` -> money 1.7e10 USD; ``"5 million euros"`` -> money 5e6 EUR."""
    value = parse_number(re.sub(r"^[^\d\w]+|^[A-Z]{1,2}\$", "", text).strip())
    if value is None:
        value = parse_number(re.sub(r"[^\d.,]", " ", text).strip() or "x")
    if value is None:
        return None
    folded = text.lower()
    unit = next((code for sign, code in _CURRENCY_SIGNS.items() if sign in folded), None)
    if unit is None and (m := _ISO_CURRENCY.search(text)):
        unit = m.group(1)
    if unit is None:
        unit = next((code for word, code in _CURRENCY_WORDS.items() if re.search(rf"\b{word}s?\b", folded)), None)
    return {"kind": "money", "value": value, "unit": unit}


def parse_percent(text: str) -> dict[str, Any] | None:
    """``"80%"`` / ``"80 percent"`` -> percent 80; ``"2 percentage points"`` keeps the unit "percentage point"."""
    m = re.match(r"^(.+?)\s*(%|per\s*cent|percentage\s+points?)", text, re.I)
    value = parse_number(m.group(1)) if m else None
    if value is None:
        return None
    unit = "percentage point" if "point" in m.group(2).lower() else "%"  # type: ignore[union-attr]
    return {"kind": "percent", "value": value, "unit": unit}


def parse_ordinal(text: str) -> float | None:
    """``"third"`` -> 3, ``"21st"`` -> 21."""
    word = text.strip().lower()
    if word in _ORDINALS:
        return float(_ORDINALS.index(word) + 1)
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    return float(m.group(1)) if m else None


def parse_duration(text: str) -> dict[str, Any] | None:
    """``"three decades"`` -> duration 3 decade; ``"30-year"`` -> duration 30 year; ``"six weeks"`` -> 6 week."""
    m = _DURATION.match(text.strip())
    if not m:
        return None
    n = parse_number(m.group("n"))
    if n is None:
        return None
    unit = m.group("u").lower().replace("centurie", "century")
    return {"kind": "duration", "value": n, "unit": unit, "qualifier": (m.group("ago") or "").lower() or None}


def count_unit(span: Any) -> str | None:
    """The noun a number counts, as a lemma with its noun compounds ("157 UN member states" -> "member state"); a
    count hyphened to a noun that modifies another ("a nine-member council") gives the size of that other noun
    ("member council"), not a number of members to set against other counts of members."""
    root = span.root
    head = root.head if root.dep_ in ("nummod", "quantmod", "amod", "compound") else None
    if head is not None and head.i < span.start:
        head = None
    if head is None:  # "thousands of people", "2 million of them"
        nxt = span.doc[span.end] if span.end < len(span.doc) else None
        if nxt is not None and nxt.lower_ == "of":
            head = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i in range(span.start, span.end):
        return None
    hyphened = span.end < len(span.doc) and span.doc[span.end].text == "-" and head.i == span.end + 1
    if hyphened and head.dep_ in ("compound", "amod") and head.head.pos_ in ("NOUN", "PROPN"):
        return unit_name([head.lemma_.lower(), head.head.lemma_.lower()])  # "a nine-member council": its size
    words = [head.lemma_.lower()]
    for left in reversed([c for c in head.lefts if c.dep_ == "compound" and c.i >= span.end]):
        if left.pos_ != "NOUN" or left.i != head.i - len(words):
            break
        words.insert(0, left.lower_)
    return unit_name(words)
