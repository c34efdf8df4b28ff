"""Vote tallies that disagree across the story, wherever the aligner put their sentences.

Outlets tell one vote in words that share little ("the council voted 31 to 24 to introduce the charge" and "the
scheme was rammed through by 30 votes to 25"), so the per-fact check (``conflicts.amount_conflicts``) may never set
the two tallies side by side. A story usually reports one vote; when it reports several (two readings of a bill,
two motions of one night), some article gives two tallies, and then no tally of the story is compared here: the
rule cannot tell which vote a lone tally is. A tally inside quoted words is the speaker's, not the outlet's.
"""

from __future__ import annotations

from collections.abc import Sequence

from storylens.align.amounts import tally_amount
from storylens.align.occasions import quoted_at, sentence_of
from storylens.records import Analysis, Article, Conflict, ConflictSide, Mention


def tally_conflicts(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Conflict]:
    """One conflict when every article that gives a vote tally gives one, and they are not all the same."""
    told: dict[float, dict[str, Mention]] = {}
    values: dict[float, str] = {}
    for article in articles:
        tallies = _tallies(by_id[article.id])
        if len({value for value, _, _ in tallies}) > 1:
            return []  # this article tells two votes: a lone tally elsewhere could be either
        for value, text, mention in tallies:
            told.setdefault(value, {}).setdefault(article.id, mention)
            values.setdefault(value, text)
    if len(told) < 2:
        return []
    sides = tuple(ConflictSide(value=values[v], mentions=tuple(told[v].values())) for v in sorted(told))
    return [Conflict(id="", kind="number", about="the vote count", sides=sides)]


def _tallies(analysis: Analysis) -> list[tuple[float, str, Mention]]:
    """Every vote tally an article gives in its own voice: its value, its words and its sentence."""
    out = []
    for v in analysis.values:
        if v.kind != "tally" or v.value is None or quoted_at(analysis, v.start):
            continue
        sentence = sentence_of(analysis, v.start, v.end)
        if sentence is not None:
            mention = Mention.of_sentence(analysis.article, sentence)
            out.append((tally_amount(v)[1], v.text, mention))
    return out
