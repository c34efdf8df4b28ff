"""Remove page junk from an article's text, line by line, and say why each block went.

Pasted text carries what surrounded the article on its page: menus, share buttons, "Subscribe", "Read more:"
links, reading time, comment forms, photo captions, the headline repeated, bylines, the author's bio. The rules
here are generic (vocabulary and shape of such lines), never tied to one site or story.

Lines are compared through ``match_key`` (typographic quotes and no-break spaces folded) but kept as written.
"""

from __future__ import annotations

import dataclasses
import re

from storylens.extract.junk import CREDIT_RE, FILLER, NAV_WORDS, PAGE_ACTIONS, ROLE_WORDS, RULES
from storylens.extract.metadata import Byline, is_date_line, match_key, parse_byline, parse_dateline
from storylens.records import Removed

_BULLET = re.compile(r"^[^\w\s\"“‘'(\[$£€¥©]+\s*")
"""Bullets and glyphs before a line's words ("• ", "◆ ", "➤ ", an emoji): not part of what the line says."""
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]$")


@dataclasses.dataclass(slots=True)
class Cleaned:
    """The result of cleaning: kept paragraphs with their line numbers, what went, and metadata found."""

    paragraphs: list[tuple[int, str]]
    removed: list[Removed]
    title: str | None = None
    byline: Byline | None = None
    dateline: str | None = None
    dateline_agency: str | None = None
    site: str | None = None  # the outlet's name, read from a masthead line above the body

    @property
    def text(self) -> str:
        """The cleaned text: one paragraph per line."""
        return "\n".join(p for _, p in self.paragraphs)


def clean_text(raw: str, title: str | None = None, *, find_title: bool = True, pasted: bool = True) -> Cleaned:
    """Clean an article's text into paragraphs, dropping page junk; ``title`` is a known headline to remove;
    ``pasted`` for text pasted from a page (with its masthead), not the main text an HTML extractor gave.

    1. split into paragraphs (blank lines collapsed, hard-wrapped lines joined);
    2. drop lines that are junk by their own shape or words;
    3. find the title (given, or the first short line without a final period) and drop its repeats;
    4. read and drop bylines and date lines near the top, and a masthead ("Site | tagline") above the body;
       the outlet's name is read from a masthead or navigation line there (``_find_site``);
    5. drop an author bio trailing the article;
    6. cut a dateline (``WASHINGTON:``) off the first paragraph.
    """
    cleaned = Cleaned(paragraphs=[], removed=[])
    # 1. + 2.
    label_line = -1
    for lineno, line in split_paragraphs(raw):
        heading = _is_list_heading(line)
        reason = None if heading else classify_line(line)  # a list's heading is left for ``_drop_link_lists``
        if reason is None and not heading and lineno == label_line + 1 and _is_ad_text(line):
            reason = "advert"
        if _AD_LABEL.match(line):
            label_line = lineno
        if reason:
            cleaned.removed.append(Removed(text=line, reason=reason, line=lineno))
        else:
            cleaned.paragraphs.append((lineno, line))
    # 3.
    _take_title(cleaned, title, find_title)
    # 4.
    _take_bylines(cleaned)
    _drop_masthead(cleaned, pasted)
    # 5.
    _drop_trailing_bio(cleaned)
    _drop_link_lists(cleaned)
    # 6.
    _take_dateline(cleaned)
    cleaned.removed.sort(key=lambda r: r.line or 0)
    _find_site(cleaned)
    return cleaned


_AD_LABEL = re.compile(r"^\W*(advertisement|advert|sponsored|promoted|ad)\W*$", re.IGNORECASE)
"""A label over an advert ("ADVERTISEMENT", "Sponsored")."""


def _is_ad_text(line: str) -> bool:
    """True for the advert's own text right under its label, with no blank line between: short and ending no
    sentence ("Spring sale now on at X - up to 40% off sofas"). A paragraph after the label and a blank line is
    the article going on, as it does on many pages."""
    return len(line.split()) <= 20 and not _SENTENCE_END.search(line)


def split_paragraphs(raw: str) -> list[tuple[int, str]]:
    """Non-blank lines with their 1-based line numbers; a hard-wrapped line is joined to the one it continues."""
    out: list[tuple[int, str]] = []
    previous_blank = True
    for lineno, line in enumerate(raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        text = line.strip()
        if not text:
            previous_blank = True
            continue
        if out and not previous_blank and _continues(out[-1][1], text):
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((lineno, text))
        previous_blank = False
    return out


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` is the rest of a sentence hard-wrapped from ``previous`` (it starts in lower case)."""
    return len(previous) > 40 and not _SENTENCE_END.search(previous) and line[:1].islower()


def classify_line(line: str) -> str | None:
    """The reason a line is page junk judged on its own (navigation, share row, caption...), or None to keep it."""
    key = match_key(line)
    if line.startswith("|") and line.endswith("|"):
        return None  # a table row (trafilatura writes tables as "| a | b |"): data, not a menu
    if not re.search(r"\w", key):
        return "punctuation"
    bare = _BULLET.sub("", key)
    for reason, pattern in RULES:
        if pattern.search(bare):
            return reason
    if _is_navigation(line, bare):
        return "navigation"
    if CREDIT_RE.search(line) and len(line) < 400:
        return "caption"
    return None


def _is_navigation(line: str, key: str) -> bool:
    """A menu or share row: short, no sentence, and either all navigation words, 3+ short items split by bars or
    runs of spaces, or a row of page tools ("Print this article | Email to a colleague")."""
    items = [i.strip("[] ") for i in re.split(r"\s*[|•·]\s*|\s{2,}", line.strip()) if i.strip("[] ")]
    if len(key) > 120 or (key.endswith((".", "?", "!")) and len(items[-1].split()) > 3):
        return False
    words = re.findall(r"[\w'-]+", key)
    if words and all(w in NAV_WORDS or w in FILLER for w in words) and any(w in NAV_WORDS for w in words):
        return True
    if any(w.endswith("menu") for w in words) and len(words) <= 3:
        return True
    if any(_SENTENCE_END.search(i) and len(i.split()) > 2 for i in items):  # "Win!" can be a menu item
        return False
    if len(items) >= 3 and all(len(i.split()) <= 3 for i in items):
        return True
    if len(items) >= 2 and all(i.split()[0].lower() in PAGE_ACTIONS and len(i.split()) <= 6 for i in items):
        return True  # "Print this article | Email to a colleague | Save to my reading list"
    # "Site Name | Listen live": a short bar-split line with an item made only of navigation words
    return len(items) >= 2 and all(len(i.split()) <= 4 for i in items) and any(_all_nav(i) for i in items)


def _all_nav(item: str) -> bool:
    """True when every word of ``item`` is a navigation word."""
    words = re.findall(r"[\w'-]+", match_key(item))
    return bool(words) and all(w in NAV_WORDS for w in words)


def _take_title(cleaned: Cleaned, title: str | None, find_title: bool) -> None:
    """Set ``cleaned.title`` and remove it (and any repeat of it) from the paragraphs."""
    paras = cleaned.paragraphs
    searched = title is None and find_title and len(paras) > 1
    if searched:
        title = _first_title(paras, {r.line for r in cleaned.removed})
    if not title:
        return
    if searched:  # what stands above a pasted page's headline is its masthead: name, tagline, menus, notices
        at = next(i for i, (_, line) in enumerate(paras) if line == title)
        cleaned.removed += [Removed(text=line, reason="masthead", line=lineno) for lineno, line in paras[:at]]
        paras = paras[at:]
    cleaned.title = title.strip()
    key = match_key(title)
    # a site suffix ("Headline | Outlet") in a metadata title must not stop the first line matching it
    keys = {key, match_key(re.split(r"\s+[|–—-]\s+", title)[0])}
    kept: list[tuple[int, str]] = []
    for lineno, line in paras:
        if match_key(line) in keys:
            reason = "title" if not any(r.reason == "title" for r in cleaned.removed) else "repeated-title"
            cleaned.removed.append(Removed(text=line, reason=reason, line=lineno))
        else:
            kept.append((lineno, line))
    cleaned.paragraphs = kept


def _first_title(paras: list[tuple[int, str]], removed: set[int | None]) -> str | None:
    """The headline of pasted text: its first line, unless that is the outlet's masthead (``_is_masthead``:
    "THE DAILY HERALD", "Riverside FM News", "The Open Square"), in which case the headline over the byline
    (``_over_byline``), or, on a page with no byline near the top, the longest headline-like line above the body
    (a tagline or a kicker there is shorter than the headline)."""
    first = paras[0][1]
    if not _is_masthead(first):
        return first if _looks_like_title(first) else None
    over_byline = _over_byline(paras[1:HEADER_LINES], removed)
    if over_byline is not None:
        return over_byline
    above = []
    for _, line in paras[1:]:
        if _SENTENCE_END.search(line) and len(line.split()) > MASTHEAD_WORDS:
            break  # the body has begun
        above.append(line)
    titles = [line for line in above if _is_headline(line)]
    longest = max(titles, key=lambda line: len(line.split()), default=None)
    if longest is None or len(longest.split()) < 3:
        return None if first.isupper() else first if _looks_like_title(first) else None
    return longest


def _is_headline(line: str) -> bool:
    """A line above the body that can be the headline: title-shaped, not in capitals (a masthead, a section,
    "EXCLUSIVE"), not a bar-split menu and not a breadcrumb ("Home > News > Sport")."""
    return (
        _looks_like_title(line) and not line.isupper() and len(_BARS.split(line)) == 1 and not _BREADCRUMB.search(line)
    )


def _over_byline(above: list[tuple[int, str]], removed: set[int | None]) -> str | None:
    """The headline where a byline or date line sits under it: the first of the headline-shaped lines right above
    the byline. Below a headline may come its standfirst, which is often longer; above it a section or kicker of
    a few words ("Culture", "Opinion & Analysis", "From the wires"), a breadcrumb, or a line of page junk already
    removed (a menu, a notice) ends the run, so a tagline or a ticker above them is not taken."""
    at = next((i for i, (_, line) in enumerate(above) if parse_byline(line) or is_date_line(line)), None)
    if at is None:
        return None
    first, below = None, above[at][0]
    for lineno, line in reversed(above[:at]):
        if (
            not _is_headline(line)
            or len(line.split()) <= KICKER_WORDS
            or any(n in removed for n in range(lineno, below))
        ):
            break
        first, below = line, lineno
    return first


def _is_masthead(line: str) -> bool:
    """True for a first line that names the outlet rather than the story: an outlet's name (``outlet_name``), or
    two to four capitalised words ("The Open Square"), either perhaps followed by a tagline after a dash or bar."""
    framed = line.strip() != line.strip().strip(_DECORATION)
    line = _masthead_name(line)
    words = line.split()
    capitalised = all(w[:1].isupper() or w.lower() in _LOWER_NAME_WORDS for w in words)
    fewest = 1 if framed or line.isupper() else 2  # one word is a name only when set apart: "~ TIDEWATCH ~"
    return outlet_name(line) is not None or (
        fewest <= len(words) <= 4 and capitalised and not _SENTENCE_END.search(line)
    )


def _masthead_name(line: str) -> str:
    """A masthead line without its frame and tagline: "~ THE TIDE ~ :: since 1990" -> "THE TIDE"."""
    return _SITE_SPLIT.split(line.strip(_DECORATION))[0].strip(_DECORATION)


_BREADCRUMB = re.compile(r"\s[>›»/·•]\s")
"""The separator of a breadcrumb or a row of sections ("Home > News", "Analysis / Retail", "Telecoms · Security")."""
HEADER_LINES = 14
"""Lines of a pasted page searched for the byline under its headline (masthead, menus, notices, kickers)."""
KICKER_WORDS = 4
"""Most words of a section name or kicker over a headline ("Also available in: Ardavian")."""
_LOWER_NAME_WORDS = frozenset({"of", "the", "and", "for", "on", "&"})
"""Small words an outlet's name may keep in lower case ("Voice of the People")."""


def _looks_like_title(line: str) -> bool:
    """A headline: short, no final period, and not a byline or a date."""
    words = line.split()
    return (
        2 <= len(words) <= 30
        and len(line) <= 200
        and not line.rstrip().endswith(".")
        and parse_byline(line) is None
        and not is_date_line(line)
    )


def _take_bylines(cleaned: Cleaned) -> None:
    """Read the first byline (authors, date) and drop bylines and lone date lines from the top of the text."""
    kept: list[tuple[int, str]] = []
    for i, (lineno, line) in enumerate(cleaned.paragraphs):
        near_top = i < 8 or len(kept) < 3
        byline = parse_byline(_BULLET.sub("", line)) if near_top else None
        if byline is not None:
            cleaned.byline = cleaned.byline or byline
            cleaned.removed.append(Removed(text=line, reason="byline", line=lineno))
        elif near_top and is_date_line(line):
            if cleaned.byline is None:
                cleaned.byline = Byline(authors=(), published=_date_of(line))
            elif cleaned.byline.published is None:  # "By Ann Lee" over "Published 16 October 2025, 00:01"
                cleaned.byline = Byline(authors=cleaned.byline.authors, published=_date_of(line))
            cleaned.removed.append(Removed(text=line, reason="date", line=lineno))
        else:
            kept.append((lineno, line))
    cleaned.paragraphs = kept


def _drop_masthead(cleaned: Cleaned, pasted: bool) -> None:
    """Drop the page's furniture above the first sentence of the body.

    Above the body, a line is furniture when it is "Site Name | Tagline" (bar-split short items, no sentence),
    and in pasted text also when it is a short line that ends no sentence: the masthead ("THE DAILY HERALD",
    "Riverside FM News"), a kicker, a desk credit. An HTML extractor's main text has no masthead, and there such
    a line is more often a dateline or a subhead. The body's first paragraph ends a sentence, so nothing after
    it is touched, nor a longer heading above it; a text with no sentence at all keeps its short lines.
    """
    kept: list[tuple[int, str]] = []
    in_body = False
    has_body = any(_SENTENCE_END.search(line) for _, line in cleaned.paragraphs)
    for lineno, line in cleaned.paragraphs:
        items = (_SITE_SPLIT if pasted else _BARS).split(line)  # in main text, a dash or dot also splits list rows
        masthead = len(items) >= 2 and all(0 < len(i.split()) <= 8 and not _SENTENCE_END.search(i) for i in items)
        short = pasted and has_body and len(line.split()) <= MASTHEAD_WORDS and not _SENTENCE_END.search(line)
        if not in_body and (masthead or short):
            cleaned.removed.append(Removed(text=line, reason="masthead", line=lineno))
            continue
        in_body = in_body or bool(_SENTENCE_END.search(line))
        kept.append((lineno, line))
    cleaned.paragraphs = kept


def _find_site(cleaned: Cleaned) -> None:
    """Name the outlet from the page's first line when it is a masthead with a word outlets' names hold ("the
    Daily KLAXON"), else from the first masthead or navigation line above the body whose first item is an
    outlet's name ("THE DAILY HERALD | Home | News", "Eastline Wire · World", "DAILY ✪ BUGLE"), or from the
    page's first line when it is a masthead above the headline ("The Open Square", ``_is_masthead``)."""
    body = cleaned.paragraphs[0][0] if cleaned.paragraphs else 0
    above = [r for r in cleaned.removed if r.reason in ("masthead", "navigation") and (r.line or 0) < body]
    first = min(cleaned.removed, key=lambda r: r.line or 0, default=None)
    if first is not None and first.reason == "masthead" and _is_masthead(first.text):
        masthead = _unglyphed(first.text) or _masthead_name(first.text)
        if {match_key(w) for w in masthead.split()} & OUTLET_WORDS:  # "the Daily KLAXON", not a headline below
            cleaned.site = outlet_name(masthead) or masthead
            return
    for r in above:
        if name := outlet_name(_masthead_name(r.text)) or outlet_name(_unglyphed(r.text)):
            cleaned.site = name
            return
    titled = any(r.reason == "title" and (r.line or 0) < body for r in cleaned.removed)
    if first is not None and first.reason == "masthead" and titled and _is_masthead(first.text):
        pieces = [outlet_name(p.strip(_DECORATION)) for p in _SITE_SPLIT.split(first.text.strip(_DECORATION))]
        cleaned.site = next((p for p in pieces if p), _masthead_name(first.text))  # "ONA ▪ ORIEL NEWS AGENCY"


def _unglyphed(line: str) -> str:
    """A short masthead whose name a glyph splits ("DAILY ✪ BUGLE" -> "DAILY BUGLE"); "" for a longer line,
    where the glyph parts a name from its tagline."""
    joined = " ".join(_SITE_SPLIT.split(line.strip(_DECORATION)))
    return joined if len(joined.split()) <= 3 else ""


_SITE_SPLIT = re.compile(r"\s+(?:[^\w\s\"“”‘’'()\[\].,;:!?&%/$£€¥©+-]|::)\s+")
"""A lone glyph between words that splits a masthead from its tagline or a bar of items ("NAME | Tagline", "NAME ★
tagline", "NAME ☄ tagline", "NAME :: tagline"); not a hyphen, a mark of punctuation or a currency."""
_DECORATION = " ~◆◇★☆*•=_#>"
"""Characters a pasted masthead is framed with ("~ THE TIDE ~", "◆ DISPATCH")."""
_BARS = re.compile(r"\s+\|\s+")


MASTHEAD_WORDS = 8
"""Longest line above the body taken as furniture; a heading or standfirst is longer and stays."""
OUTLET_WORDS = frozenset({
    "news", "post", "times", "daily", "today", "journal", "herald", "tribune", "chronicle", "gazette", "dispatch",
    "monitor", "radio", "tv", "wire", "press", "review", "standard", "observer", "telegraph", "guardian",
    "express", "mail", "star", "mirror", "report", "watch", "weekly", "courier", "ledger", "record", "bulletin",
    "voice", "sentinel", "examiner", "inquirer", "register", "network", "channel", "broadcasting", "media",
    "agency",
})  # fmt: skip
"""Last words of English news outlets' names ("... Daily", "... Herald", "... Radio")."""


_SMALL_WORDS = frozenset({"THE", "AND", "OF", "FOR", "ON", "NEW"})
_TAGLINE_WORDS = frozenset({"it", "is", "are", "you", "your", "we", "us", "our", "says", "tells"})
"""Words of a tagline's sentence, never of an outlet's name."""
_NOTICE_WORDS = frozenset({"subscriber", "subscribers", "members", "content", "premium", "only"})
"""Words of a paywall's notice over the article ("SUBSCRIBER CONTENT", "Members only"), never of an outlet's name."""


def outlet_name(line: str) -> str | None:
    """The outlet's name when a masthead line is one: two to five words, in capitals ("THE HALMSUND DISPATCH",
    given back as "The Halmsund Dispatch") or capitalised and ending in a word outlets' names end in ("Riverside
    FM News"); else None (a section name, a kicker, a tagline)."""
    words = line.split()
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or w == "&" for w in words)  # "VITRINE & VAULT"
    if not 2 <= len(words) <= 5 or match_key(words[0]) == "by" or not capitalised or is_date_line(line):
        return None
    if {match_key(w) for w in words} & (_TAGLINE_WORDS | _NOTICE_WORDS):  # "SAYS IT LIKE IT IS": a tagline
        return None
    if line.isupper():  # "THE DAILY HERALD" -> "The Daily Herald"; acronyms ("FM", "MPT") stay
        return " ".join(w.capitalize() if w.isalpha() and (len(w) > 3 or w in _SMALL_WORDS) else w for w in words)
    return line if match_key(words[-1]) in OUTLET_WORDS else None


def _date_of(line: str) -> str | None:
    from storylens.extract.metadata import parse_date

    return parse_date(line)


def _drop_link_lists(cleaned: Cleaned) -> None:
    """Drop a box of links to other stories: a heading ("Most read", "MORE STORIES", "Trending in Riverside")
    and the short lines under it (headlines, numbered or not), up to the next paragraph of the body's length."""
    kept: list[tuple[int, str]] = []
    in_list = False
    for lineno, line in cleaned.paragraphs:
        if _is_list_heading(line):
            in_list = True
        elif in_list and (len(line.split()) > LINK_WORDS or (_SENTENCE_END.search(line) and len(line.split()) > 8)):
            in_list = bool(_BULLET.match(line)) and len(line.split()) <= LINK_WORDS  # a bulleted headline is a link
        if in_list:
            cleaned.removed.append(Removed(text=line, reason="link-list", line=lineno))
        else:
            kept.append((lineno, line))
    cleaned.paragraphs = kept


def _is_list_heading(line: str) -> bool:
    """True for the heading of a box of links ("Most read", "◆ MORE FROM THE VOICE"), which goes with its list."""
    return _LIST_HEADING.match(_BULLET.sub("", line.strip())) is not None


LINK_WORDS = 16
"""Longest line under a "Most read" heading taken as a link to another story; the body's paragraphs are longer."""
_LIST_HEADING = re.compile(
    r"^(?:most (?:read|popular|viewed|shared|watched)(?: today| now| this week| (?:in|on) [\w'&. ]{2,40})?"
    r"|trending(?: now| in [\w' ]+)?|promoted (?:stories|content)|similar (?:reads|stories)|read next"
    r"|more (?:[\w'-]+ )?(?:stories|news|on this(?: story| article)?)|more from [\w'&. -]{2,30}"
    r"|also (?:in|on|from) [\w'&. -]{2,30}"
    r"|related(?: stories| articles| coverage)?|you (?:may|might) also like|recommended(?: for you)?|top stories"
    r"|around the web|(?:keep scrolling|scroll down) for more(?: stories| news)?"
    r"|editor'?s picks|(?:featured |top |today'?s |best )?deals)\s*:?$",
    re.I,
)


def _drop_trailing_bio(cleaned: Cleaned) -> None:
    """Drop an author box at the end: a name line, then at most three short lines (a role, a one-line bio); or a
    last paragraph of one or two sentences that introduces the writer ("Jo Roe covers energy for the Daily
    Post.", "Jo Roe is the Post's technology editor. She has ...")."""
    paras = cleaned.paragraphs
    if paras and len(paras[-1][1].split()) <= 45 and _PROSE_BIO.match(paras[-1][1]):
        lineno, line = paras.pop()
        cleaned.removed.append(Removed(text=line, reason="author-bio", line=lineno))
        return
    for start in range(max(1, len(paras) - 4), len(paras)):
        tail = paras[start:]
        short_tail = all(len(t.split()) <= 12 for _, t in tail[1:])
        has_role = len(tail) == 1 or any(_is_role_line(t) for _, t in tail[1:])
        if _is_name_line(tail[0][1]) and short_tail and has_role:
            for lineno, line in tail:
                cleaned.removed.append(Removed(text=line, reason="author-bio", line=lineno))
            cleaned.paragraphs = paras[:start]
            return


_PROSE_BIO = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}\s+"
    r"(?:(?:covers|writes about|reports on|has (?:covered|written about|reported on))\s[^.]{0,80}\bfor\s(?:the\s)?[A-Z]"
    r"|(?:covers|writes about|reports on)\s[^.]{0,80}(?=\.\s+(?:He|She|They)\b)"
    r"|is (?:(?:a|an|the)\s)?[^.]{0,60}?\b(?:editor|reporter|correspondent|writer|journalist|columnist|contributor)\b)"
    r"[^.]{0,120}\.(?:\s+(?:He|She|They)\b[^.]{0,160}\.|\s+Follow (?:him|her|them)\b.{0,80})?$"
)
"""A writer's one- or two-sentence bio: a name, then "covers ... for Outlet", "has covered ... for Outlet",
"writes about ... for Outlet", "reports on ... . She was ..." or "is the ... editor", perhaps with where to follow
them ("Follow him on X: @jroe")."""


def _is_name_line(line: str) -> bool:
    """A line that is only a person's name (2-4 capitalised words, maybe bulleted or after 'By')."""
    bare = re.sub(r"(?i)^by\s+", "", _BULLET.sub("", line.strip()))
    words = bare.split()
    return (
        2 <= len(words) <= 4
        and all(re.fullmatch(r"[A-Z][\w'’.-]+", w) for w in words)
        and not any(match_key(w) in NAV_WORDS or match_key(w) in ROLE_WORDS for w in words)
    )


def _is_role_line(line: str) -> bool:
    """A job title on its own line ("Writer", "Senior Correspondent", "Political Analyst and Researcher.")."""
    words = re.findall(r"[\w'-]+", match_key(_BULLET.sub("", line)))
    return 1 <= len(words) <= 6 and all(w in ROLE_WORDS for w in words)


def _take_dateline(cleaned: Cleaned) -> None:
    """Cut a ``PLACE:`` / ``PLACE (Agency) -`` dateline off the first paragraph that has one and record it.

    Only the first three paragraphs are looked at: a dateline opens the story, after at most a standfirst.
    """
    for i, (lineno, paragraph) in enumerate(cleaned.paragraphs[:3]):
        found = parse_dateline(paragraph)
        if found is None:
            continue
        dateline, agency, cut = found
        cleaned.dateline, cleaned.dateline_agency = dateline, agency
        cleaned.removed.append(Removed(text=paragraph[:cut].rstrip(), reason="dateline", line=lineno))
        cleaned.paragraphs[i] = (lineno, paragraph[cut:])
        return
