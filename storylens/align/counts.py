"""Counts of one kind of thing that disagree across the story, wherever the aligner put their sentences.

A tabloid's "MORE than 500 students barged into the headquarters" and the wire's "about 200 students have occupied
the building" count the same students, but share so few words that they sit in different facts, where the per-fact
check (``conflicts.amount_conflicts``) never sets them side by side. Casualty counts are keyed by what was suffered
(``tolls``); other counts are keyed here by the noun they count ("student", "wagon", "customer account").

A story counts many things of one noun (the occupiers, the petition's signatories, the university's roll), so
two counts are set against each other only when nothing else could be each one's counterpart. Precision first:
- a count is a side only when told in the outlet's own voice, of the story's own occasion, as a whole: not a part
  ("11 of the train's 31 wagons": neither is how many derailed), not an addition ("another 12"), not a group
  named by what it owns ("the two nations' ties"), not what something can hold ("certified for 250
  passengers", an occasion of its own: ``occasions.occasion``), not a vote's side ("split six to three, with
  three members voting to hold": ``tallies``), and not one of two counts of its noun in one sentence;
- the two counts are near each other (within a factor of three: 200 and 500 students, not 200 and 31,000) and
  neither article gives another count of that noun near the other's, of any kind (a part, a quoted figure);
- the two are told of the same thing as far as their clauses say (``conflicts.same_thing``: not "the fire
  destroyed 64 houses" against "damaged 87 houses").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from storylens.align.amounts import PEOPLE_UNITS, amounts_in, group_figures
from storylens.align.conflicts import counted, is_dimension, near, plural, same_thing
from storylens.align.linking import linked_sets
from storylens.align.occasions import frame_at, occasion, quoted_at
from storylens.align.tolls import partial
from storylens.analyze.frames import Frame
from storylens.analyze.values import SCALE_NOUNS
from storylens.records import Analysis, Article, Conflict, ConflictSide, Mention

NEAR = 3
"""How far apart two counts of one noun may be and still be told of one thing: "about 200" and "more than 500"
occupiers, not the 200 occupiers and the 12,000 who signed a petition."""

WHOLE = re.compile(r"\bof\s+(?:(?:the|a|its|their|his|her|\w+['’]s?)(?:\s+[\w-]+)?\s+)?$", re.I)
"""Before a count, "of": it is the whole a part is taken from ("11 of the train's 31 wagons", "a third of a
million"), or it tells of another noun ("leaders of five nations"), not how many there are."""

OWNER = re.compile(r"\s+[\w-]+['’]")
"""After a count, its noun in the possessive: the group owns something ("the two nations' ties"), it is not counted."""


@dataclass(frozen=True)
class Count:
    """A count an article gives: its value, words, counted noun and sentence; ``side`` when it can be a conflict's
    side (own voice, the story's occasion, a whole), and then its frame (an empty one otherwise)."""

    article: str
    value: float
    text: str
    noun: str
    mention: Mention
    frame: Frame
    side: bool


def count_conflicts(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Conflict]:
    """One conflict per set of counts of one noun linked across articles (``_linked``) that differ."""
    counts = [c for a in articles for c in _counts(by_id[a.id])]
    out = []
    for noun in sorted({c.noun for c in counts}):
        of_noun = [c for c in counts if c.noun == noun]
        sides = [c for c in of_noun if c.side]
        for linked in linked_sets(sides, functools.partial(_linked, of_noun=of_noun)):
            if conflict := _conflict(noun, linked):
                out.append(conflict)
    return out


def _conflict(noun: str, linked: list[Count]) -> Conflict | None:
    """The conflict a linked set of counts makes: one side per value, when there are two values or more and no
    article takes two sides."""
    groups = group_figures([(c.value, c.text, c) for c in linked], "number", floors=True)
    if len(groups) < 2:
        return None
    if any(len({g for g, group in enumerate(groups) for x in group if x[2].article == c.article}) > 1 for c in linked):
        return None
    sides = tuple(
        ConflictSide(value=g[0][1].strip(), mentions=tuple(dict.fromkeys(x[2].mention for x in g)))
        for g in sorted(groups, key=lambda g: g[0][0])
    )
    return Conflict(id="", kind="number", about=f"the number of {plural([noun])}", sides=sides)


def _linked(x: Count, y: Count, of_noun: list[Count]) -> bool:
    """True when two counts in different articles can only be each other's counterpart: near each other, each
    article without another count of the noun near the other's, and told of the same thing."""
    if x.article == y.article or not near(x.value, y.value, NEAR):
        return False
    for a, b in ((x, y), (y, x)):
        if any(c.article == a.article and near(c.value, b.value, NEAR) and not _alike(c, a) for c in of_noun):
            return False
    return same_thing(x.frame, y.frame)


def _alike(a: Count, b: Count) -> bool:
    """True when two counts can give one figure: within rounding, or "more than 120" and "more than a hundred"."""
    return len(group_figures([(a.value, a.text), (b.value, b.text)], "number", floors=True)) == 1


def _counts(analysis: Analysis) -> list[Count]:
    """Every count of a named noun an article gives, casualty counts aside (``tolls``)."""
    out = []
    for sentence in analysis.sentences:
        mention = Mention.of_sentence(analysis.article, sentence)
        found = []
        tallied = any(v.kind == "tally" and sentence.start <= v.start < sentence.end for v in analysis.values)
        for kind, value, unit, text, at in amounts_in(sentence.text, sentence.start, analysis.values):
            if kind != "number" or unit in PEOPLE_UNITS or is_dimension(unit) or unit in SCALE_NOUNS:
                continue
            if counted(mention, kind, unit, text, at) != unit:
                continue  # a casualty count (``tolls``) or a part of a group ("the last three men")
            noun = unit.split()[-1]
            offset = at - sentence.start
            side = not (
                tallied  # "split six to three, with three members voting to hold": the vote's count (``tallies``)
                or quoted_at(analysis, at)
                or partial(sentence.text, offset, text)
                or WHOLE.search(sentence.text[max(0, offset - 30) : offset])
                or OWNER.match(sentence.text, offset + len(text))
                or occasion(analysis, at, at + len(text))
            )
            found.append((value, text, noun, at, side))
        for value, text, noun, at, side in found:
            alone = sum(f[2] == noun for f in found) == 1  # "eight for one client, two for another": parts
            side = side and alone
            frame = frame_at(analysis, at, at + len(text)) if side else Frame()  # only sides are compared
            out.append(Count(analysis.article, value, text, noun, mention, frame, side))
    return out
