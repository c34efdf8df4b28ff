"""Named entities, normalised across one article.

Each mention keeps spaCy's span (trimmed of a leading "the", surrounding quotes and a possessive "'s") and
gets a ``key``: the name it stands for. Keys are built in two steps:

1. ``entity_key`` normalises one name on its own: titles, "the", possessives, quotes and dots go, and a
   general alias table maps "U.S." / "United States" / "America" to "US" (usable across articles);
2. within one article a short mention ("Trump") takes the key of the longest full name that ends with it
   ("Donald Trump"), preferring the nearest one mentioned before it.

Numeric spaCy labels (DATE, MONEY, CARDINAL...) are left to ``storylens.analyze.values``.
"""

from __future__ import annotations

import re
from typing import Any

from storylens.analyze.sentences import text_of
from storylens.records import Entity

NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
# Places and groups are never a surname: "Washington" the city must not become "George Washington".
_NOT_SURNAMES = frozenset({"GPE", "LOC", "NORP", "FAC", "LANGUAGE"})

# General aliases of common countries and organisations, compared after dots and case are dropped.
_ALIASES: dict[str, str] = {
    "us": "US",
    "usa": "US",
    "united states": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "UK",
    "britain": "UK",
    "great britain": "UK",
    "united kingdom": "UK",
    "uae": "UAE",
    "united arab emirates": "UAE",
    "emirates": "UAE",
    "un": "UN",
    "united nations": "UN",
    "eu": "EU",
    "european union": "EU",
    "nato": "NATO",
    "north atlantic treaty organization": "NATO",
    "ussr": "USSR",
    "soviet union": "USSR",
    "russian federation": "Russia",
    "prc": "China",
    "people's republic of china": "China",
    "dprk": "North Korea",
    "democratic people's republic of korea": "North Korea",
    "rok": "South Korea",
    "republic of korea": "South Korea",
    "drc": "DR Congo",
    "democratic republic of the congo": "DR Congo",
    "fbi": "FBI",
    "federal bureau of investigation": "FBI",
    "cia": "CIA",
    "central intelligence agency": "CIA",
    "imf": "IMF",
    "international monetary fund": "IMF",
    "who": "WHO",
    "world health organization": "WHO",
    "gop": "Republican Party",
    "republican party": "Republican Party",
    "democratic party": "Democratic Party",
}

_TITLES = (
    "President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Minister|Secretary of State|"
    "Secretary|Chancellor|King|Queen|Prince|Princess|Crown Prince|Sheikh|Emir|Sultan|Pope|Governor|Gov\\.?|"
    "Senator|Sen\\.?|Representative|Rep\\.?|Congressman|Congresswoman|Speaker|Mayor|Ambassador|General|Gen\\.?|"
    "Lt\\.?|Col\\.?|Adm\\.?|Admiral|Judge|Justice|Chief Justice|Dr\\.?|Prof\\.?|Professor|Mr\\.?|Mrs\\.?|Ms\\.?|"
    "Miss|Sir|Dame|Lord|Lady|Rev\\.?|Reverend|Attorney General|Special Envoy|Envoy|Former|former|President-elect"
)
_TITLE = re.compile(rf"^(?:(?:{_TITLES})\s+)+(?=\S)")
_QUOTES = "\"'“”‘’«»"
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_THE = re.compile(r"^(?:the|The|THE)\s+")
_INITIAL = re.compile(r"\s[A-Z]\.(?=\s)")


def entity_key(text: str) -> str:
    """The normalised name of one mention on its own: ``"the U.S.'s"`` -> ``"US"``, ``"Sen. Lee"`` -> ``"Lee"``."""
    name = " ".join(text.split()).strip(_QUOTES + " ")
    name = _POSSESSIVE.sub("", name).strip(_QUOTES + " ")
    name = _THE.sub("", name)
    name = _TITLE.sub("", name)
    name = _INITIAL.sub("", name)  # "Donald J. Trump" is "Donald Trump"
    folded = name.replace(".", "").casefold()
    if folded in _ALIASES:
        return _ALIASES[folded]
    # An abbreviation written with dots ("N.A.T.O.", "E.U.") is the same as without.
    if re.fullmatch(r"(?:[A-Z]\.){2,}[A-Z]?\.?", name):
        return name.replace(".", "")
    return name


def find_entities(article_id: str, doc: Any) -> list[Entity]:
    """Named-entity mentions of ``doc`` with keys normalised across the article (short names -> full names)."""
    text = text_of(doc)
    spans: list[tuple[int, int, str, str]] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        key = entity_key(text[start:end])
        if start < end and key:
            spans.append((start, end, ent.label_, key))
    keys = resolve_short_names([(label, key) for _, _, label, key in spans])
    return [
        Entity(article=article_id, start=s, end=e, text=text[s:e], label=label, key=key)
        for (s, e, label, _), key in zip(spans, keys, strict=True)
    ]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a mention so it does not start with "the" or a quote, nor end with a quote or possessive."""
    while True:
        piece = text[start:end]
        if piece[:1] in _QUOTES or piece[:1].isspace():
            start += 1
        elif m := _THE.match(piece):
            start += m.end()
        elif (piece[-1:] in _QUOTES and not _POSSESSIVE.search(piece)) or piece[-1:].isspace():
            end -= 1
        elif m := _POSSESSIVE.search(piece):
            end -= len(m.group())
        else:
            return start, end
        if start >= end:
            return start, end


def resolve_short_names(mentions: list[tuple[str, str]]) -> list[str]:
    """Keys after giving each short name the full name it abbreviates, given ``(label, key)`` in text order.

    A key of fewer words takes a longer key that ends with the same words: the nearest before it, else the
    nearest after it, the longest on a tie; places and groups are never shortened surnames of a person.
    """
    out = []
    for i, (label, key) in enumerate(mentions):
        words = key.split()
        best: tuple[bool, int, int, str] | None = None  # (is before, closeness, length, key)
        for j, (other_label, other) in enumerate(mentions):
            other_words = other.split()
            if len(other_words) <= len(words) or other_words[-len(words) :] != words:
                continue
            if other_label == "PERSON" and label in _NOT_SURNAMES:
                continue
            if other_label != "PERSON" and other_label != label:
                continue
            candidate = (j < i, -abs(i - j), len(other_words), other)
            if best is None or candidate > best:
                best = candidate
        out.append(best[3] if best else key)
    return out
