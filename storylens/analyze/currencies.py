"""Currencies learned across a story: a word the story uses as money is money in every article.

A story's own currency ("48.6 million vorns", "a fund of 5 million sestins") is in no list, and the tagger calls
it money in one sentence and a count in the next. An amount of one kind is never compared with one of the other,
and a count's noun says what it counts where a currency's says nothing, so the comparison needs the word read
alike everywhere (``money_across_story``).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from storylens.analyze.values import KNOWN_UNITS
from storylens.records import Analysis, Value

STORY_MONEY_EVIDENCE = 2
"""Uses a word needs to be read as money across a whole story: one could be the tagger's slip, or a count after
"paid"."""

MONEY_KINDS = frozenset({"fine", "fund", "bill", "budget", "fee", "payout", "bonus", "salary", "pay", "ransom",
                         "levy", "grant", "loan", "package", "price", "cost", "penalty", "charge", "deal", "bid",
                         "offer", "deficit", "surplus", "debt", "revenue", "profit", "subsidy"})  # fmt: skip
"""Nouns naming a kind of money, never a currency, though the tagger may take one for the unit of an amount in a
currency it does not know ("a 4 million zerin fund" read as 4 million of "fund")."""

MONEY_BEFORE = re.compile(
    r"\b(?:fined?|pa(?:y|ys|id|ying)|costs?|costing|spen[dt]|spending|earn(?:s|ed)?|rais(?:e|es|ed|ing)|"
    r"pocket(?:s|ed)?|pledg(?:e|es|ed)|donat(?:e|es|ed)|owe[sd]?|worth|"
    r"(?:" + "|".join(sorted(MONEY_KINDS | {"compensation"})) + r")\s+(?:of|from))\W+(?:\w+\W+){0,3}$",
    re.I,
)
"""Words that tell money up to three words before an amount ("fined the bank 48.6 million", "a fund of 5
million", "doubles its fund from 4.5 million")."""

MONEY_AFTER = re.compile(r"^[-\s]*[a-z]+[-\s]+(?:" + "|".join(sorted(MONEY_KINDS)) + r")\b", re.I)
"""A kind of money named right after an amount and its word ("a 1.4 million vorn pay package")."""

SCALED = re.compile(r"\d\.\d|\b(?:million|billion|bn|m)\b", re.I)
"""An amount in millions or with decimals: money is told so, a count paid or fined ("paid 300 workers") rarely."""


def money_across_story(analyses: Sequence[Analysis]) -> list[Analysis]:
    """The analyses with counts in the story's currencies made money ("put insured losses at 45 million dorrins"
    beside "estimates insured losses at around 70 million dorrins"). A currency is a word, no unit of measure,
    that the story reads as money, or tells in millions where money is spoken of (``MONEY_BEFORE``,
    ``MONEY_AFTER``), at least ``STORY_MONEY_EVIDENCE`` times."""
    uses = Counter(_base(v) for a in analyses for v in a.values if _base(v) and _told_as_money(a, v))
    currencies = {word for word, n in uses.items() if n >= STORY_MONEY_EVIDENCE}
    if not currencies:
        return list(analyses)
    out = []
    for a in analyses:
        values = tuple(
            dataclasses.replace(v, kind="money") if v.kind == "number" and _base(v) in currencies else v
            for v in a.values
        )
        out.append(dataclasses.replace(a, values=values) if values != a.values else a)
    return out


def _base(value: Value) -> str:
    """The word a value counts or prices in, without its period ("karl" of "karl per day"), when it could be a
    currency (a lower-case word, no unit of measure); else ""."""
    base = (value.unit or "").partition(" per ")[0]
    return base if base.isalpha() and base.islower() and base not in KNOWN_UNITS | MONEY_KINDS else ""


def _told_as_money(analysis: Analysis, value: Value) -> bool:
    """True for a value read as money, or a count in millions told where money is spoken of."""
    if value.kind == "money":
        return True
    if value.kind != "number" or not SCALED.search(value.text):
        return False
    sentence = next((s for s in analysis.sentences if s.start <= value.start < s.end), None)
    if sentence is None:
        return False
    before = sentence.text[: value.start - sentence.start]
    after = sentence.text[value.end - sentence.start :]
    return bool(MONEY_BEFORE.search(before[-60:]) or MONEY_AFTER.match(after))
