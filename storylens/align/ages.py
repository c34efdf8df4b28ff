"""Age conflicts: one named person given different ages by different articles ("Ann Lee, 67," against "Ann Lee,
69,").

Ages are read only where news style writes them beside a name: in commas after it ("Ann Lee, 67, said"), in
brackets ("Ann Lee (67)"), as "aged 67" after it, or as "the 67-year-old" words before it ("67-year-old
grandmother Ann Lee"). The person is matched by full name across articles, since two people of one story may
share a surname (a father and a son); a surname alone counts for the full name its own article gives. An article
that gives one person two ages (a birthday, a correction) is left out of that person's comparison.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storylens.align.titles import bare_name, full_names, person_spans, sentence_mention
from storylens.records import Analysis, Article, Conflict, ConflictSide, Mention

AFTER = re.compile(r"(?:,\s+(?:aged\s+)?(\d{1,3})(?=[,.;)](?!\d)|\s+(?:and|said|says|was|is|who)\b)|\s+\((\d{1,3})\))")
"""An age just after a name: ", 67," / ", aged 67," / " (67)"."""
BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w\-]*\s+){0,3}$")
"""An age in the words just before a name: "67-year-old retired teacher " (lower-case words only, so no other
name or sentence lies between)."""
OLDEST = 115


def age_conflicts(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Conflict]:
    """Conflicts where articles give one full name different ages, one side per age."""
    told: dict[str, dict[str, dict[int, Mention]]] = {}
    known = full_names(by_id.values())
    for article in articles:
        for name, age, mention in _aged_names(article, by_id[article.id], known):
            told.setdefault(name, {}).setdefault(article.id, {})[age] = mention
    out = []
    for name, per_article in sorted(told.items()):
        sides: dict[int, list[Mention]] = {}
        for ages in per_article.values():
            if len(ages) == 1:
                ((age, mention),) = ages.items()
                sides.setdefault(age, []).append(mention)
        if len(sides) >= 2:
            out.append(Conflict(id="", kind="number", about=f"{name}'s age", sides=tuple(
                ConflictSide(value=str(age), mentions=tuple(ms)) for age, ms in sorted(sides.items())
            )))  # fmt: skip
    return out


def _aged_names(article: Article, analysis: Analysis, known: re.Pattern[str] | None) -> list[tuple[str, int, Mention]]:
    """(full name, age, the name's sentence) for each place the article gives a named person an age; ``known`` are
    the full names some article of the story tags as a person (``titles.full_names``)."""
    text = article.text
    spans = person_spans(text, analysis, known)
    names = {bare_name(text[s:e]) for s, e in spans if len(text[s:e].split()) >= 2}
    spans += _surnames(text, names, spans)
    out = []
    for start, end in spans:
        name = _full_name(text[start:end], names)
        age = age_beside(text, start, end)
        if name and age is not None:
            out.append((name, age, sentence_mention(article, analysis, start)))
    return out


def _surnames(text: str, names: set[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where the article writes the surname of one of its full names alone, outside the names found: the tagger
    often reads a surname alone as a group or a place ("Lee, 69, was unhurt")."""
    surnames = {n.split()[-1] for n in names}
    if not surnames:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(surnames)) + r")\b")
    return [m.span() for m in pattern.finditer(text) if not any(s <= m.start() < e for s, e in spans)]


def _full_name(name: str, names: set[str]) -> str:
    """The full name ``name`` stands for: itself when it has two words or more, else the one full name of the article
    that ends with it ("Lee" for "Ann Lee"); "" when there is none or more than one."""
    name = bare_name(name)
    if len(name.split()) >= 2:
        return name
    matches = {n for n in names if n.split()[-1] == name}
    return next(iter(matches)) if len(matches) == 1 else ""


def age_beside(text: str, start: int, end: int) -> int | None:
    """The age written beside the name at ``text[start:end]``, or None."""
    after = AFTER.match(text, end)
    before = BEFORE.search(text[max(0, start - 60) : start])
    found = (after and (after.group(1) or after.group(2))) or (before and before.group(1))
    if not found or not 0 < int(found) <= OLDEST:
        return None
    return int(found)
