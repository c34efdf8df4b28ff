"""Title conflicts: one person given an office by some articles and called its former holder by others."""

from __future__ import annotations

import re
from collections.abc import Sequence

from storylens.records import Analysis, Article, Conflict, ConflictSide, Mention

TITLE_WORDS = {
    "president", "minister", "premier", "chancellor", "secretary", "commissioner", "mayor", "governor", "senator",
    "representative", "congressman", "congresswoman", "councillor", "councilor", "director", "chief", "chairman",
    "chairwoman", "chair", "ceo", "envoy", "ambassador", "spokesperson", "spokesman", "spokeswoman", "general",
    "judge", "justice", "speaker", "king", "queen", "prince", "princess", "leader", "head", "officer", "attorney",
    "treasurer", "superintendent", "commander", "coach", "manager", "executive", "sheriff",
}  # fmt: skip
FORMER = {"former", "ex", "ex-"}
MODIFIERS = {"prime", "vice", "deputy", "foreign", "defence", "defense", "finance"}
"""Words that make one office of a title word ("finance chair", "deputy mayor")."""
STOP = {"when", "the", "a", "an", "as", "and", "with", "by", "of", "to", "for", "that", "said", "says", "told", "while"}
WORD_RE = re.compile(r"[\w.\-’']+")


def title_of(text: str, start: int) -> tuple[str, bool] | None:
    """(role, is_former) from the words just before a name at ``start``, or None when no title precedes it."""
    before = re.split(r"[,;:()\[\]\n“”\"—–]", text[max(0, start - 80) : start])[-1]
    words = WORD_RE.findall(before)
    phrase: list[str] = []
    for w in reversed(words):
        low = w.lower().strip(".")
        if low.startswith("then-") or low == "then":
            return None  # "then-President": the office at that time, which does not conflict with "former"
        if low in STOP or len(phrase) >= 5:
            break
        phrase.insert(0, low)
    roles = [i for i, w in enumerate(phrase) if w in TITLE_WORDS]
    if not roles or roles[-1] != len(phrase) - 1:  # the title must sit right before the name
        return None
    last = roles[-1]
    role = phrase[last]
    if last > 0 and phrase[last - 1] in MODIFIERS:
        role = f"{phrase[last - 1]} {role}"
    is_former = any(w in FORMER or w.startswith("ex-") for w in phrase[:last])
    return role, is_former


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
    """Conflicts where a person is "former X" in some articles and "X" in others."""
    seen: dict[tuple[str, str], dict[bool, dict[str, Mention]]] = {}
    names: dict[str, str] = {}
    for article in articles:
        analysis = by_id[article.id]
        for e in analysis.entities:
            if e.label != "PERSON":
                continue
            start = name_start(e.text, e.start)
            found = title_of(article.text, start)
            if found is None:
                continue
            name = article.text[start : e.end]
            person = re.sub(r"[’']s$", "", name).split()[-1].lower()
            names.setdefault(person, name)
            side = seen.setdefault((person, found[0]), {}).setdefault(found[1], {})
            if article.id not in side:
                side[article.id] = _sentence_mention(article, analysis, e.start)
    out = []
    for (person, role), sides in sorted(seen.items()):
        former = sides.get(True, {})
        current = {a: m for a, m in sides.get(False, {}).items() if a not in former}
        if former and current:
            out.append(
                Conflict(
                    id="",
                    kind="title",
                    about=f"{names[person]}'s office: {role}",
                    sides=(
                        ConflictSide(value=f"former {role}", mentions=tuple(former.values())),
                        ConflictSide(value=role, mentions=tuple(current.values())),
                    ),
                )
            )
    return out


def _sentence_mention(article: Article, analysis: Analysis, offset: int) -> Mention:
    """The sentence of ``article`` holding ``offset`` as a mention."""
    for s in analysis.sentences:
        if s.start <= offset < s.end:
            return Mention(article=article.id, start=s.start, end=s.end, text=s.text)
    return Mention(article=article.id, start=offset, end=offset, text="")
