"""Who carries what: fact labels by independent sources, the facts x articles matrix, omissions, exclusives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from storylens.records import Conflict, Fact

CONSENSUS_SHARE = 0.8  # "all or nearly all" independent sources
OMISSION_SHARE = 0.5  # a fact most other independent sources carry


def label_for(independent: int, total: int) -> str:
    """consensus / majority / some / single-source, from how many independent sources carry a fact."""
    if independent <= 1:
        return "single-source"
    if independent >= max(2, CONSENSUS_SHARE * total):
        return "consensus"
    if independent > total / 2:
        return "majority"
    return "some"


def coverage_matrix(
    facts: Sequence[Fact], article_ids: Sequence[str], conflicts: Sequence[Conflict]
) -> dict[str, dict[str, str]]:
    """fact id -> article id -> "carried" | "absent" | "conflict" (the article takes a side in a conflict on it)."""
    disputed: dict[str, set[str]] = {}
    for c in conflicts:
        if c.fact:
            disputed.setdefault(c.fact, set()).update(m.article for s in c.sides for m in s.mentions)
    out: dict[str, dict[str, str]] = {}
    for f in facts:
        row = {}
        for aid in article_ids:
            if aid in disputed.get(f.id, ()):
                row[aid] = "conflict"
            else:
                row[aid] = "carried" if aid in f.articles else "absent"
        out[f.id] = row
    return out


def omissions_and_exclusives(
    facts: Sequence[Fact], article_ids: Sequence[str], source_of: Mapping[str, str]
) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Per article: facts most other independent sources carry but it does not; facts only its source carries."""
    sources = sorted(set(source_of[a] for a in article_ids))
    omissions: dict[str, tuple[str, ...]] = {}
    exclusives: dict[str, tuple[str, ...]] = {}
    for aid in article_ids:
        mine = source_of[aid]
        others = len(sources) - 1
        missed, only = [], []
        for f in facts:
            carriers = {source_of[a] for a in f.articles if a in source_of}
            if mine in carriers:
                if carriers == {mine} and len(sources) > 1:
                    only.append(f.id)
            elif others >= 2 and len(carriers) > OMISSION_SHARE * others:
                missed.append(f.id)
        omissions[aid] = tuple(missed)
        exclusives[aid] = tuple(only)
    return omissions, exclusives
