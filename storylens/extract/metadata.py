"""Metadata read from an article's own lines: bylines, datelines, date strings, and the text's language.

HTML metadata (og:, JSON-LD, <title>) is read by trafilatura in ``storylens.extract.html``; this module covers
what plain text carries: ``By Jane Doe | November 13, 2025`` and ``WASHINGTON (Reuters) -`` openings.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from storylens.extract.junk import ROLE_WORDS
from storylens.records import record

_NAME_WORD = r"(?:[A-Z][\w'’.-]*|(?:de|da|van|von|der|al|el|bin|ibn|la|le|di)\b)"
_NAME = rf"[A-Z][\w'’.-]*(?:\s+{_NAME_WORD}){{0,4}}"
BYLINE_RE = re.compile(
    rf"^(?:[•·*–—-]\s*)?(?:by|text:|words:)\s+(?P<names>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*)"
    r"(?P<rest>(?:\s*(?:[|•·,–—-]|\bon\b)\s*.*)?)$",
    re.IGNORECASE,
)
ROLE_BYLINE_RE = re.compile(
    r"^(?P<names>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3})\s*(?:,|\s[|·•–—])\s*(?P<role>[A-Za-z][A-Za-z &'-]{2,50}?)"
    r"(?P<rest>\s+[|•·–—]\s*.*)?$"
)
"""A byline without "By": "Jo Roe, Political Correspondent | 19/07/2027 08:15", "Jo Roe · Investigations"."""
DESK_WORDS = frozenset({
    "investigations", "politics", "economy", "business", "climate", "environment", "technology", "science",
    "health", "world", "national", "local", "regional", "sport", "culture", "opinion",
})  # fmt: skip
ROLE_NOUNS = frozenset({
    "writer", "editor", "reporter", "correspondent", "contributor", "columnist", "journalist", "staff", "analyst",
    "producer", "photographer", "desk", "intern",
})  # fmt: skip
"""The last word of a byline's role ("Crime Editor"): a person's surname is not one of these."""
ROLE_BEATS = frozenset({"crime", "home", "security", "defence", "defense", "education", "transport", "legal"})
"""Beats a role may name before its noun beyond the desks, for a byline without "By" ("Jo Roe, Transport
Editor"), where every word after the name must be a role's."""
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]*(?:[ ][A-Z][A-Z.'’-]*){0,3})"  # WASHINGTON, PORT ALDER, ST. LOUIS
    r"(?P<region>,\s+[A-Z][\w.'’-]+(?:[ ][A-Z][\w.'’-]+){0,2})?"  # KYIV, Ukraine / WASHINGTON, D.C.
    r"(?P<when>,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # LONDON, Nov 13
    r"(?:\s*\((?P<agency>[^)]{2,40})\))?"  # (Reuters)
    r"\s*(?::|[-–—]{1,2})\s+(?=\S)"
)
_DATE_HINT = re.compile(
    r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})",
    re.IGNORECASE,
)


@record
class Byline:
    """What a byline line says: who wrote the article and, when given, the date."""

    authors: tuple[str, ...]
    published: str | None = None


def parse_byline(line: str) -> Byline | None:
    """Authors (and date) of a byline such as ``By Jane Doe | November 13, 2025``, or None if it is not one."""
    m = BYLINE_RE.match(line.strip())
    if not m or len(line) > 160:
        return _role_byline(line)
    names = [n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", m["names"]) if n.strip()]
    if not names or any(len(n.split()) > 5 or not _capitalised(n) for n in names):
        return None  # "By its own account, the firm said ...": a sentence, not a byline
    authors = tuple(n for n in names if not _is_role(n))  # "By Herald Staff Correspondent" names no one
    return Byline(authors=authors, published=parse_date(m["rest"]) if m["rest"] else None)


def _is_role(name: str) -> bool:
    """True for what a byline gives after the author that is no person: a role ("Crime Editor", "Rivers
    Correspondent"), a desk ("Politics") or an agency's acronym ("AP", "QNS"). A surname is not a role noun, and
    a name in capitals has two words ("JO LEE")."""
    words = re.findall(r"[a-z'-]+", name.lower())
    acronym = name.isupper() and len(name.split()) == 1 and len(name) <= 6
    return acronym or (bool(words) and words[-1] in ROLE_NOUNS | DESK_WORDS)


def _role_byline(line: str) -> Byline | None:
    """A byline that gives a name and then a role or desk instead of opening with "By" ("Jo Roe, Senior
    Correspondent | 19/07/2027", "Jo Roe · Investigations"): every word after the name is a role or desk word."""
    m = ROLE_BYLINE_RE.match(line.strip())
    if not m or len(line) > 160:
        return None
    if not all(
        w in ROLE_WORDS or w in DESK_WORDS or w in ROLE_BEATS for w in re.findall(r"[a-z'-]+", m["role"].lower())
    ):
        return None
    return Byline(authors=(m["names"],), published=parse_date(m["rest"]) if m["rest"] else None)


def _capitalised(name: str) -> bool:
    """True when a byline name's words are capitalised, but for name particles ("Ana de la Cruz", "Jan van Dijk")
    and a desk's "the" ("By the Brask 24 health desk" is the outlet's, not a sentence)."""
    words = name.split()
    return words[0][:1].isupper() or (words[0].lower() == "the" and len(words) > 1 and words[1][:1].isupper())


def is_date_line(line: str) -> bool:
    """True for a line that is only dates (with 'Published', 'Updated', 'last update' and times), perhaps after
    the place it was filed from ("Lorberg | 21 April 2026, 16:32")."""
    rest = _DATE_HINT.sub("", line)
    if rest == line:
        return False
    rest = re.sub(r"(?i)(?<=\d)(am|pm)\b", "", rest)  # "7:02am"
    rest = re.sub(r"(?i)\b(published|updated?|posted|last|modified|on|at|am|pm|gmt|utc|[a-z]{2,4}t"
                  r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:hours?|minutes?|mins?|days?) ago)\b",
                  "", rest)  # fmt: skip
    rest = re.sub(r"^\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s*[|·•]", "", rest)  # the place before a bar
    return not re.sub(r"[\W\d_]+", "", rest)


def parse_date(text: str) -> str | None:
    """ISO date (``YYYY-MM-DD``) of the first date found in ``text``, or None."""
    m = _DATE_HINT.search(text or "")
    if not m:
        return None
    raw = m.group(0)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
        return raw
    try:
        from dateutil import parser as date_parser  # a dependency of htmldate (via trafilatura)

        return date_parser.parse(raw, default=dt.datetime(2000, 1, 1)).date().isoformat()
    except (ValueError, OverflowError, ImportError):
        return None


def parse_dateline(paragraph: str) -> tuple[str, str | None, int] | None:
    """``(dateline, agency, prefix length)`` when ``paragraph`` opens with ``PLACE:`` or ``PLACE (Agency) -``.

    The place must be in capitals (that is what tells a dateline from a sentence starting ``Meanwhile:``), and
    something must follow it on the line.
    """
    m = DATELINE_RE.match(paragraph)
    if not m or len(m["place"].replace(".", "")) < 3 or not any(c.isalpha() for c in m["place"]):
        return None
    if len(m["place"].split()) == 1 and len(m["place"]) < 4 and not m["agency"]:
        return None  # "US:" or "UN -" openings are more often a sentence than a dateline
    dateline = paragraph[: m.end()].rstrip(" :-–—")
    return dateline, (m["agency"].strip() if m["agency"] else None), m.end()


# --- language ---------------------------------------------------------------------------------------------

_STOPWORDS = {
    "en": "the of and to in is that for it was on with as by at from his her are be this have not but they said",
    "fr": "le la les de des du et est un une en dans que qui pour pas sur au ce il elle avec par sont",
    "de": "der die das und ist nicht ein eine zu den mit von sich auf für dem des im es auch wird wurde",
    "es": "el la los las de del y que en un una es por con para se al lo como más su fue según",
    "it": "il lo la gli le di del della che e un una per con non sono è nel alla dei delle ha",
    "pt": "o a os as de do da dos das e que em um uma para com não por ao se foi seu sua",
    "nl": "de het een en van in is dat op te zijn voor met niet aan er die door wordt",
}
_STOPSETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_SCRIPTS = (
    ("CYRILLIC", "ru"),
    ("ARABIC", "ar"),
    ("HEBREW", "he"),
    ("CJK", "zh"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
    ("GREEK", "el"),
    ("DEVANAGARI", "hi"),
    ("THAI", "th"),
)


def detect_language(text: str) -> str | None:
    """A cheap guess of the text's language (ISO 639-1): script first, then the share of common words.

    Good enough to flag a non-English article in an English story; None when the text is too short to tell.
    """
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 20:
        return None
    script = _dominant_script(letters)
    if script:
        return script
    words = re.findall(r"[^\W\d_]+", sample.lower())
    scores = {lang: sum(w in stops for w in words) / len(words) for lang, stops in _STOPSETS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 0.08 else None


def _dominant_script(letters: list[str]) -> str | None:
    """The language of a non-Latin script that most letters are written in, or None for Latin text."""
    counts: dict[str, int] = {}
    for c in letters[:5000]:
        if ord(c) < 0x250:
            continue
        name = unicodedata.name(c, "")
        for script, lang in _SCRIPTS:
            if script in name:
                counts[lang] = counts.get(lang, 0) + 1
                break
    if not counts:
        return None
    lang = max(counts, key=lambda k: counts[k])
    return lang if counts[lang] > len(letters[:5000]) / 2 else None


def match_key(text: str) -> str:
    """``text`` normalised for comparison only (NFKC, straight quotes, single spaces, lower case).

    Stored texts are never rewritten with it: offsets must keep pointing into the text as published.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


_QUOTES = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
    }
)
