"""Title conflicts: one person given an office by some articles and called its former holder, or its deputy, by
others, or given another portfolio of the office ("Interior Minister" against "Justice Minister"), or another office
no one holds at once ("chief executive" against "chair", "chief inspector" against "chief executive")."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from storylens.records import Analysis, Article, Conflict, ConflictSide, Mention

TITLE_WORDS = {
    "president", "minister", "premier", "chancellor", "secretary", "commissioner", "mayor", "governor", "senator",
    "representative", "congressman", "congresswoman", "councillor", "councilor", "director", "chief", "chairman",
    "chairwoman", "chair", "ceo", "envoy", "ambassador", "spokesperson", "spokesman", "spokeswoman", "general",
    "judge", "justice", "speaker", "king", "queen", "prince", "princess", "leader", "head", "officer", "attorney",
    "treasurer", "superintendent", "commander", "coach", "manager", "executive", "sheriff", "inspector",
    "sergeant", "constable",
}  # fmt: skip
FORMER = {"former", "ex", "ex-"}
HONORIFICS = {"dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "rev", "lord", "lady"}
MODIFIERS = {"prime", "vice", "deputy", "foreign", "defence", "defense", "finance", "managing", "detective"}
"""Words that make one office of a title word ("finance chair", "deputy mayor")."""
RANKS = {"deputy", "vice", "assistant", "acting", "associate", "junior", "interim"}
"""Words that make a title a lower or temporary rank of the office ("deputy commissioner" is not "commissioner")."""
PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner", "officer"})
"""Offices that come with a portfolio ("Interior Minister", "Home Secretary", "chief operating officer"), where two
portfolios are two offices. An officer has one only as a chief ("chief financial officer"), since "police officer"
and "off-duty officer" name no office."""
CHAIRS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})
CHIEF_EXECUTIVES = frozenset({"chief executive", "ceo", "chief executive officer", "managing director",
                              "director-general", "director general"})  # fmt: skip
"""Words for the one who runs a firm or an agency: a director-general runs an agency as a chief executive runs a
firm, and neither is its chair."""
GENERAL_SECRETARIES = frozenset({"general secretary", "secretary-general", "secretary general"})
POLICE_RANKS = frozenset({
    "constable", "sergeant", "inspector", "chief inspector", "superintendent", "chief superintendent",
    "assistant chief constable", "deputy chief constable", "chief constable",
})  # fmt: skip
"""The rungs of a police force's ladder ("Detective" is no rung: "Detective Chief Inspector" is a chief inspector).
One officer holds one rung, so two rungs for one name are a conflict, and a deputy rung is its own rung."""
FUNCTIONS = {
    "operations": "operations", "finance": "finance", "financial": "finance",
    "technical": "technology", "technology": "technology", "commercial": "commercial", "marketing": "marketing",
    "communications": "communications", "safety": "safety", "engineering": "engineering", "medical": "medical",
    "nursing": "nursing", "legal": "legal", "sales": "sales", "research": "research", "security": "security",
    "procurement": "procurement", "compliance": "compliance", "editorial": "editorial", "investment": "investment",
}  # fmt: skip
"""The functions a firm's directors and chiefs head ("operations director", "safety chief"): one person heads one,
and two wordings of one function ("financial", "finance") are one post."""
FUNCTION_HEADS = frozenset({"director", "chief", "head"})
TITLED_NAME = re.compile(
    r"\b(?:{titles})(?:\s+(?:{titles}))*\s+((?:[A-Z][a-z][\w’'\-]*\s+){{1,2}}[A-Z][a-z][\w’'\-]*)".format(
        titles="|".join(sorted(w.title() for w in TITLE_WORDS | MODIFIERS))
    )
)
"""A name written right after a capitalised title ("Detective Superintendent Ann Lee"), which the tagger often
misses."""
ACRONYM = re.compile(r"[A-Z]{2,6}")
OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z]{2,6})\b")
"""An organisation's acronym after an office ("general secretary of the KPW")."""
FUNCTION_OF = re.compile(r"\s+of\s+([a-z]+)\b")
"""The function a director or head heads, told after the office in lower case ("director of testing at the
bureau"); a body's name is capitalised or comes with a determiner ("director of the agency")."""
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"})
CHAIRING = re.compile(r",\s+who\s+chairs\b")
"""A chair told by a verb after the name ("Ana Roe, who chairs the council")."""
STOP = {"when", "the", "a", "an", "as", "and", "with", "by", "of", "to", "for", "that", "said", "says", "told", "while"}
WORD_RE = re.compile(r"[\w.\-’']+")
SENTENCE_END = re.compile(r"(?<=[a-z]{3}[.!?])\s+")
"""The gap after a sentence's last word; abbreviations ("U.S.", "Dr.") have fewer lower-case letters before the dot."""
APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:(?:(?!of\b|and\b)[\w.\-’']+\s+){0,3}[\w.\-]+[’']s\s+)?"  # "the agency's"
    r"([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}?)\s*(?=[,;.)]|\s+(?:of|at|for|said|says|told)\b)"
)
"""A title in apposition after a name: ", the agency's deputy director," or ", director-general of the agency"."""


@dataclass(frozen=True, slots=True)
class Title:
    """A title read beside a name: its office ("minister"), whether it is a former one, and the portfolio words
    before the office ("environment" in "Environment Minister"), kept apart because outlets drop them freely."""

    role: str
    former: bool
    portfolio: tuple[str, ...] = ()
    function: str = ""
    body: str = ""
    """The acronym of the organisation the office is of, when the title names one ("UAFW president", "the KPW's
    general secretary", "general secretary of the KPW"), else ""."""


def title_of(text: str, start: int) -> Title | None:
    """The title from the words just before a name at ``start``, or None when no title precedes it.

    An honorific between title and name is skipped ("chief executive Dr Selma Quist"), and a title may stand
    in apposition before a comma ("the agency's chief executive, Dr Selma Quist").
    """
    window = text[max(0, start - 80) : start]
    window = SENTENCE_END.split(window)[-1]  # "... let them down. Environment Minister X": not "them down"
    cut = _last_separator(window)
    words = _without_honorifics(WORD_RE.findall(window[cut + 1 :]))
    if not words and cut >= 0 and window[cut] == ",":  # an appositive: "the chief executive, Dr Selma Quist"
        rest = window[:cut]
        words = WORD_RE.findall(rest[_last_separator(rest) + 1 :])
    phrase: list[str] = []
    for w in reversed(words):
        low = w.lower().strip(".")
        if low.startswith("then-") or low == "then":
            return None  # "then-President": the office at that time, which does not conflict with "former"
        if low in STOP or len(phrase) >= 5:
            break
        phrase.insert(0, low)
    return _of_body(_role(phrase), reversed(words[len(words) - len(phrase) :]))


def title_after(text: str, end: int) -> Title | None:
    """The title from an apposition just after a name that ends at ``end`` ("Karin Holm, the agency's
    deputy director, said", "said Karin Holm, director-general of the agency"), or None when none follows."""
    if CHAIRING.match(text, end):
        return Title("chair", False)
    found = APPOSITION.match(text, end)
    if found is None:
        return None
    words = [w.lower().strip(".") for w in WORD_RE.findall(found.group(1))]
    if any(w in STOP for w in words):
        return None
    of_body = OF_BODY.match(text, found.end(1))
    title = _of_body(_role(words), WORD_RE.findall(found.group(0)), of_body.group(1) if of_body else "")
    if title is None or title.function or title.role.split()[-1] not in FUNCTION_HEADS:
        return title
    of = FUNCTION_OF.match(text, found.end(1))
    if of is None or of.group(1) in DETERMINERS:
        return title
    return dataclasses.replace(title, function=FUNCTIONS.get(of.group(1), of.group(1)))


def _of_body(title: Title | None, words: Iterable[str], named_after: str = "") -> Title | None:
    """``title`` with the body it is of: the first acronym among ``words`` (the title's own words), else the one
    ``named_after`` it ("general secretary of the KPW"), if any."""
    body = next((a for w in words if (a := _acronym(w))), "") or named_after
    return dataclasses.replace(title, body=body) if title is not None and body else title


def _acronym(word: str) -> str:
    """``word`` without its possessive when it is an organisation's acronym ("UAFW's": "UAFW"), else ""."""
    bare = bare_name(word)
    return bare if ACRONYM.fullmatch(bare) and bare.lower() not in TITLE_WORDS else ""


def _role(phrase: list[str]) -> Title | None:
    """The title in the words of a title phrase whose last word is a title word ("former agency chief executive":
    "chief executive" and former; "former Interior Minister": "minister", former and the portfolio "interior"), or
    None when it ends in none."""
    if not phrase or not _is_title_word(phrase[-1]):  # the title must sit right next to the name
        return None
    first = len(phrase) - 1
    while first > 0 and (_is_title_word(phrase[first - 1]) or phrase[first - 1] in MODIFIERS):
        first -= 1
    role = " ".join(phrase[first:])
    rank = next((w for w in reversed(phrase[:first]) if w in RANKS), None)  # "deputy data protection commissioner"
    if rank is not None and not role.startswith(rank):
        role = f"{rank} {role}"
    is_former = any(w in FORMER or w.startswith("ex-") for w in phrase[:first])
    return Title(role, is_former, _portfolio(phrase), _function(phrase))


def _function(phrase: list[str]) -> str:
    """The function a director or chief heads when the word before the title names one ("operations director",
    "safety chief": "operations", "safety"), or "" when it does not."""
    if len(phrase) < 2 or phrase[-1] not in FUNCTION_HEADS:
        return ""
    return FUNCTIONS.get(phrase[-2], "")


def _portfolio(phrase: list[str]) -> tuple[str, ...]:
    """The words right before an office that has portfolios ("social affairs" in "Ardena's social affairs
    minister", "justice" in "Justice Minister"): up to three, stopping at a rank, "prime", a former or a
    possessive, without "and"; () for other offices."""
    office, before = phrase[-1], phrase[-2] if len(phrase) > 1 else ""
    if office not in PORTFOLIO_OFFICES or (office != "officer" and before in ("general", "executive", "chief")):
        return ()  # "Union general secretary": the words before a two-word office name its body, not a portfolio
    out: list[str] = []
    for w in reversed(phrase[:-1]):
        stop = w in RANKS or w in FORMER or w == "prime" or w.startswith("ex-") or w.endswith(("'s", "’s"))
        if stop or len(out) == 3 or w == "chief":
            break
        if w != "and":
            out.insert(0, w)
    if office == "officer" and phrase[-len(out) - 2 : -len(out) - 1] != ["chief"]:
        return ()
    return tuple(out)


def _is_title_word(word: str) -> bool:
    """True for a title word, also one joined by a hyphen ("director-general", "secretary-general")."""
    return word in TITLE_WORDS or (not word.startswith("ex-") and any(p in TITLE_WORDS for p in word.split("-")))


def title_words(role: str) -> set[str]:
    """The title words of a role, hyphenated ones split ("deputy director-general": director, general)."""
    return {p for w in role.split() if _is_title_word(w) for p in w.split("-") if p in TITLE_WORDS}


def _last_separator(text: str) -> int:
    """Offset of the last punctuation mark that ends a title phrase (-1 when none)."""
    return max(text.rfind(c) for c in ',;:()[]\n“”"—–')


def _without_honorifics(words: list[str]) -> list[str]:
    """``words`` without the honorifics at their end ("Dr", "Ms"), which sit between a title and a name."""
    while words and words[-1].lower().strip(".") in HONORIFICS:
        words = words[:-1]
    return words


def name_start(text: str, start: int) -> int:
    """Where the name begins in an entity ``text`` found at ``start``: the tagger often takes the title into the
    name ("Chair Owen Talbot" after "Former Finance"), which would hide the title from ``title_of``."""
    offset = 0
    for m in WORD_RE.finditer(text):
        low = m.group(0).lower().strip(".")
        if low not in TITLE_WORDS and low not in MODIFIERS and low not in FORMER:
            break
        offset = m.end()
    while offset < len(text) and text[offset] == " ":
        offset += 1
    return start + offset if offset < len(text) else start


def title_conflicts(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Conflict]:
    """Conflicts where a person is "former X" (or "deputy X", ``_rank_conflicts``) in some articles and "X" in others,
    or holds another portfolio of X (``_portfolio_conflicts``).

    Two titles name one office when they share a title word ("agency chief executive" and "agency chief"): outlets
    shorten titles, and the point is former against current, not the exact wording of the office.
    """
    seen: dict[str, dict[bool, dict[str, tuple[str, Mention]]]] = {}
    names: dict[str, str] = {}
    offices: dict[str, dict[str, list[tuple[Title, Mention]]]] = {}
    for article_id, name, title, mention in _titled_names(articles, by_id):
        person = name.split()[-1].lower()
        names.setdefault(person, name)
        side = seen.setdefault(person, {}).setdefault(title.former, {})
        side.setdefault(article_id, (title.role, mention))
        if not title.former and len(name.split()) >= 2:  # a full name: two people may share a surname
            offices.setdefault(name, {}).setdefault(article_id, []).append((title, mention))
    out = [c for name, found in sorted(offices.items()) for c in _portfolio_conflicts(name, found)]
    out += [c for name, found in sorted(offices.items()) for c in _office_conflicts(name, found)]
    for person, sides in sorted(seen.items()):
        out += _rank_conflicts(names[person], sides.get(False, {}))
        former = sides.get(True, {})
        words = {w for role, _ in former.values() for w in title_words(role)}
        current = {
            a: (role, m)
            for a, (role, m) in sides.get(False, {}).items()
            if a not in former and words & title_words(role)
        }
        if former and current:
            role = max(sorted(r for r, _ in former.values()), key=lambda r: len(r.split()))
            out.append(
                Conflict(
                    id="",
                    kind="title",
                    about=f"{names[person]}'s office: {role}",
                    sides=(
                        ConflictSide(value=f"former {role}", mentions=tuple(m for _, m in former.values())),
                        ConflictSide(value=role, mentions=tuple(m for _, m in current.values())),
                    ),
                )
            )
    return out


def _titled_names(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[tuple[str, str, Title, Mention]]:
    """(article, name, title, the name's sentence) for every person named with a title before or after the name."""
    out = []
    known = full_names(by_id.values())
    for article in articles:
        analysis = by_id[article.id]
        for start, end in person_spans(article.text, analysis, known):
            start = name_start(article.text[start:end], start)
            found = title_of(article.text, start) or title_after(article.text, end)
            if found is not None:
                name = bare_name(article.text[start:end])
                out.append((article.id, name, found, sentence_mention(article, analysis, start)))
    return out


def bare_name(name: str) -> str:
    """A name without its possessive ("Ann Lee's" -> "Ann Lee")."""
    return re.sub(r"[’']s$", "", name)


def full_names(analyses: Iterable[Analysis]) -> re.Pattern[str] | None:
    """The full names (two words or more) that some article of the story tags as a person, as one pattern."""
    names = {e.text for a in analyses for e in a.entities if e.label == "PERSON" and len(e.text.split()) >= 2}
    names = {bare_name(n) for n in names}
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def person_spans(text: str, analysis: Analysis, known: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Where an article names a person: its person entities, and every place it writes a full name another
    article tags as a person, since the tagger often reads a name before a title as an organisation ("X, chief
    executive of the Y Board (YB), said")."""
    spans = {(e.start, e.end) for e in analysis.entities if e.label == "PERSON"}
    for m in TITLED_NAME.finditer(text):
        name = m.span(1)
        if not any(s < name[1] and name[0] < e for s, e in spans):
            spans.add(name)
    if known is not None:
        spans |= {m.span() for m in known.finditer(text) if not any(s <= m.start() < e for s, e in spans)}
    return sorted(spans)


def _portfolio_conflicts(name: str, found: dict[str, list[tuple[Title, Mention]]]) -> list[Conflict]:
    """One person given two portfolios of one office by different articles ("Interior Minister X" against "Justice
    Minister X").

    A portfolio that holds the other's words is the same office said in full ("Regional Labour Minister" and
    "Labour Minister"); an article that gives the person two portfolios (a reshuffle, two posts) leaves the person
    out; deputies and acting holders are left to the rank check.
    """
    by_office: dict[str, dict[frozenset[str], dict[str, tuple[Title, Mention]]]] = {}
    for article, titles in found.items():
        plain = [(t, m) for t, m in titles if t.portfolio]
        if len({_stems(t.portfolio) for t, _ in plain}) != 1 or any(t.role.split()[0] in RANKS for t, _ in titles):
            continue
        office = plain[0][0].role.split()[-1]
        by_office.setdefault(office, {}).setdefault(_stems(plain[0][0].portfolio), {}).setdefault(article, plain[0])
    out = []
    for office, groups in sorted(by_office.items()):
        keys = sorted(groups, key=lambda k: (-len(groups[k]), sorted(k)))
        if len(keys) < 2 or any(a <= b or b <= a for i, a in enumerate(keys) for b in keys[i + 1 :]):
            continue
        sides = []
        for key in keys:
            portfolio = next(iter(groups[key].values()))[0].portfolio
            value = " ".join(["chief"] * (office == "officer") + [*portfolio, office]).title()
            sides.append(ConflictSide(value=value, mentions=tuple(m for _, m in groups[key].values())))
        out.append(Conflict(id="", kind="title", about=f"{name}'s office", sides=tuple(sides)))
    return out


def _office_conflicts(name: str, found: dict[str, list[tuple[Title, Mention]]]) -> list[Conflict]:
    """One person given two offices no one holds at once by different articles: chief executive against chair,
    or two chiefs of different things ("chief inspector" against "chief executive"). A person any article gives
    two such offices may hold both ("chairman and chief executive"), and is left out."""
    by_office: dict[str, dict[str, Mention]] = {}
    bodies: dict[str, set[str]] = {}
    written: dict[str, Counter[str]] = {}
    for article, titles in found.items():
        kinds = {k: m for t, m in titles if (k := _office(t))}
        if len(kinds) > 1:
            return []
        for office, mention in kinds.items():
            by_office.setdefault(office, {})[article] = mention
        for t, _ in titles:
            bodies.setdefault(_office(t), set()).add(t.body)
            written.setdefault(_office(t), Counter())[t.role] += 1
    if len(by_office) < 2:
        return []
    if "president" in by_office and (
        set(by_office) != {"president", "general secretary"} or not bodies["president"] & bodies["general secretary"]
    ):
        return []  # a union's or party's two posts; a firm's "president and chief executive" is one person
    sides = tuple(
        ConflictSide(value=_as_written(office, written[office]), mentions=tuple(told.values()))
        for office, told in sorted(by_office.items())
    )
    return [Conflict(id="", kind="title", about=f"{name}'s office", sides=sides)]


def _as_written(office: str, roles: Counter[str]) -> str:
    """A side's value: the office, but a chief executive's in the side's own most frequent words, since the class
    holds several ("director-general", "managing director") and a reader should see what the outlets wrote."""
    if office != "chief executive":
        return office
    return min(roles.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _office(title: Title) -> str:
    """The office a title names among those ``_office_conflicts`` compares, or "" for another: chief executive,
    chair, general secretary, a named body's president, a police rung, the head of a firm's function or a chief of
    something."""
    role = title.role.removeprefix("detective ")
    if role in CHIEF_EXECUTIVES:
        return "chief executive"
    if role in GENERAL_SECRETARIES:
        return "general secretary"
    if role == "president" and title.body:
        return "president"  # of a named body (a state's president may also lead its party as general secretary)
    if role in POLICE_RANKS:
        return role
    if title.function:
        return f"head of {title.function}"
    words = role.split()
    if words[-1] in CHAIRS and words[0] not in RANKS:
        return "chair"
    return role if len(words) == 2 and words[0] == "chief" and words[1] in TITLE_WORDS else ""


def _stems(words: tuple[str, ...]) -> frozenset[str]:
    """Portfolio words as compared: their first four letters ("defence"/"defense", "labour"/"labor")."""
    return frozenset(w[:4] for w in words)


def _rank_conflicts(name: str, current: dict[str, tuple[str, Mention]]) -> list[Conflict]:
    """A person called "deputy commissioner" (or acting, vice...) by some articles and "commissioner" by others."""
    ranked = {a: (r, m) for a, (r, m) in current.items() if r.split()[0] in RANKS and r not in POLICE_RANKS}
    words = {w for role, _ in ranked.values() for w in title_words(role)}
    full = {a: (r, m) for a, (r, m) in current.items() if a not in ranked and words & title_words(r)}
    if not ranked or not full:
        return []
    low = max(sorted(r for r, _ in ranked.values()), key=lambda r: len(r.split()))
    high = max(sorted(r for r, _ in full.values()), key=lambda r: len(r.split()))
    return [Conflict(id="", kind="title", about=f"{name}'s office: {high}", sides=(
        ConflictSide(value=low, mentions=tuple(m for _, m in ranked.values())),
        ConflictSide(value=high, mentions=tuple(m for _, m in full.values())),
    ))]  # fmt: skip


def sentence_mention(article: Article, analysis: Analysis, offset: int) -> Mention:
    """The sentence of ``article`` holding ``offset`` as a mention."""
    for s in analysis.sentences:
        if s.start <= offset < s.end:
            return Mention.of_sentence(article.id, s)
    return Mention(article=article.id, start=offset, end=offset, text="")
