"""Casualty counts that disagree across the story, wherever the aligner put their sentences.

A story has one count of its dead, its injured, its missing: "23 officers were injured" and "32 police officers
were injured" disagree even when the rest of the two sentences differ so much ("as masked thugs turned a protest
march into a riot") that they sit in different facts, where the per-fact check (``conflicts.amount_conflicts``)
never sets them side by side. The count is keyed by what was suffered and by whom, the head noun of the counted
phrase ("police officers" and "officers" alike), so the dead are never set against the injured, nor officers
against protesters. Precision first: an article that gives two different counts of one key (a toll that rose, a
town's share of the whole) makes that key ambiguous, and it is left out; a count inside quoted words is the
speaker's, not the outlet's; a count dated to another year is another event's, and one taken partway through a
day ("by noon") a reading of its own (``occasions.occasion``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storylens.align.amounts import amounts_in, group_figures
from storylens.align.conflicts import CASUALTY_KINDS, counted, plural
from storylens.align.occasions import occasion, quoted_at
from storylens.records import Analysis, Article, Conflict, ConflictSide, Mention

Count = tuple[float, str, Mention]
"""A count's value, its words ("32", "at least 40") and the sentence that gives it."""


def toll_conflicts(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Conflict]:
    """One conflict per casualty key whose articles give counts that differ beyond rounding."""
    per_key: dict[tuple[str, str], dict[str, list[Count]]] = {}
    for article in articles:
        for key, count in _counts(by_id[article.id]):
            per_key.setdefault(key, {}).setdefault(article.id, []).append(count)
    out = []
    for (casualty, noun), by_article in sorted(per_key.items()):
        if len(by_article) < 2 or any(len(group_figures(counts, "number")) > 1 for counts in by_article.values()):
            continue
        groups = group_figures([c for counts in by_article.values() for c in counts], "number")
        if len(groups) < 2:
            continue
        sides = tuple(
            ConflictSide(value=g[0][1].strip(), mentions=tuple(dict.fromkeys(c[2] for c in g)))
            for g in sorted(groups, key=lambda g: g[0][0])
        )
        about = f"the number of {plural([noun]) + ' ' if noun else ''}{casualty}"
        out.append(Conflict(id="", kind="number", about=about, sides=sides))
    return out


def _counts(analysis: Analysis) -> list[tuple[tuple[str, str], Count]]:
    """Every casualty count an article gives in its own voice, with its key (what was suffered, by whom)."""
    out = []
    for sentence in analysis.sentences:
        mention = Mention.of_sentence(analysis.article, sentence)
        for kind, value, unit, text, at in amounts_in(sentence.text, sentence.start, analysis.values):
            if kind != "number" or quoted_at(analysis, at) or partial(sentence.text, at - sentence.start, text):
                continue
            words = counted(mention, kind, unit, text, at).split()
            if not words or words[-1] not in CASUALTY_KINDS or occasion(analysis, at, at + len(text)):
                continue
            noun = words[-2] if len(words) > 1 else ""
            out.append(((words[-1], noun), (value, text, mention)))
    return out


PARTIAL = re.compile(r"^\s+(?:of|more|further|additional|others?)\b|\b(?:another|further|additional|other)\s+$", re.I)


def partial(sentence: str, offset: int, text: str) -> bool:
    """True for a part of a count or an addition to it ("five of the injured", "two more deaths", "another 12
    people were hurt"): a figure that says nothing about the whole."""
    after = sentence[offset + len(text) : offset + len(text) + 12]
    before = sentence[max(0, offset - 12) : offset]
    return PARTIAL.search(after) is not None or PARTIAL.search(before) is not None
