"""Refine greedy fact clusters: move misplaced claims, merge facts that state one proposition, share claims.

Greedy merging commits to the best-scoring pair first and never revisits it, so one early wrong merge takes a
claim's article slot in a fact and blocks the right one later; two halves of one fact that grew apart are never
compared as wholes; and a sentence that states two propositions can sit in only one fact. The passes below are
local-search steps over the same pair score, restricted to the candidate neighbour graph so cost stays
near-linear in claims:

1. move: a claim goes to the fact whose members it scores best with on average, when that clearly beats its own;
2. merge: two facts with no article in common join when their average link is high enough;
3. share: a claim also joins any other fact it fits on average as well as a fact's members must fit each other
   (the same average-link bar as merging: a second membership needs no more proof than a first one; the scorer
   and the reader both expect "X did A, marking B" to count for fact A and for fact B), including a fact that
   holds another claim of its article when it restates that fact at least as closely.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

MOVE_MARGIN = 0.05  # a move must beat staying by this much, so ties and noise never shuffle claims
MOVE_ROUNDS = 4
PRUNE = 0.39  # with PRUNE_SHARE, set on six annotated stories (0.35-0.45 measured; lower dropped the example story)
PRUNE_SHARE = 0.7

Score = Callable[[int, int], float]


def refine_clusters(
    clusters: list[list[int]],
    articles: Sequence[str],
    neighbours: dict[int, set[int]],
    score: Score,
    link: float,
) -> list[list[int]]:
    """Clusters after the move, merge and share passes (deterministic: visited in index order)."""
    state = _Refinery(
        owner={i: k for k, members in enumerate(clusters) for i in members},
        members={k: list(m) for k, m in enumerate(clusters)},
        articles=articles,
        neighbours=neighbours,
        score=score,
        link=link,
    )
    for _ in range(MOVE_ROUNDS):
        if not state.move_pass():
            break
    state.merge_pass()
    state.share_pass()
    members = {k: state.prune(m) for k, m in sorted(state.members.items())}
    placed = {i for m in members.values() for i in m}
    for i in sorted(set(state.owner) - placed):
        members[max(members) + 1] = [i]
    return [sorted(m) for _, m in sorted(members.items()) if m]


@dataclasses.dataclass(slots=True)
class _Refinery:
    """The clusters being refined (claim -> fact, fact -> claims) and what every pass reads."""

    owner: dict[int, int]
    members: dict[int, list[int]]
    articles: Sequence[str]
    neighbours: dict[int, set[int]]
    score: Score
    link: float

    def mean(self, i: int, group: Sequence[int]) -> float:
        """Average pair score of claim ``i`` against ``group`` (without ``i``); 0 for an empty group."""
        others = [j for j in group if j != i]
        return sum(self.score(i, j) for j in others) / len(others) if others else 0.0

    def has_article(self, group: Sequence[int], article: str) -> bool:
        """True when a claim of ``article`` is already in ``group`` (a fact holds one claim per article)."""
        return any(self.articles[j] == article for j in group)

    def near_facts(self, i: int) -> list[int]:
        """The facts of claim ``i``'s neighbours other than its own, in index order."""
        return sorted({self.owner[j] for j in self.neighbours.get(i, ())} - {self.owner[i]})

    def move_pass(self) -> bool:
        """Move each claim to the fact it fits best among its neighbours' facts; True when anything moved."""
        moved = False
        for i in sorted(self.owner):
            here = self.owner[i]
            best, best_fit = here, self.mean(i, self.members[here]) + MOVE_MARGIN
            for k in self.near_facts(i):
                if self.has_article(self.members[k], self.articles[i]):
                    continue
                fit = self.mean(i, self.members[k])
                if fit >= self.link and fit > best_fit:
                    best, best_fit = k, fit
            if best != here:
                self.members[here].remove(i)
                self.members[best].append(i)
                self.owner[i] = best
                moved = True
        return moved

    def merge_pass(self) -> None:
        """Merge linked facts with disjoint articles, highest average link first (one sweep, re-checked as it
        goes)."""
        members, owner = self.members, self.owner

        def average(a: int, b: int) -> float:
            return sum(self.score(x, y) for x in members[a] for y in members[b]) / (len(members[a]) * len(members[b]))

        links = {(min(owner[i], owner[j]), max(owner[i], owner[j])) for i in owner for j in self.neighbours.get(i, ())}
        ranked = sorted(((average(a, b), a, b) for a, b in links if a != b), key=lambda t: (-t[0], t[1], t[2]))
        merged_into: dict[int, int] = {}

        def alive(k: int) -> int:
            while k in merged_into:
                k = merged_into[k]
            return k

        for avg, a0, b0 in ranked:
            if avg < self.link:
                break
            a, b = sorted((alive(a0), alive(b0)))
            shared = {self.articles[x] for x in members[a]} & {self.articles[y] for y in members[b]}
            if a == b or shared or average(a, b) < self.link:
                continue
            for y in members[b]:
                owner[y] = a
            members[a].extend(members.pop(b))
            merged_into[b] = a

    def share_pass(self) -> None:
        """Let a claim also sit in other facts it fits well on average (a sentence with several propositions).

        A claim may also join a fact that already holds a claim of its article: outlets restate their main facts
        (headline, lead, a later paragraph), and the restatement that matches the other outlets' wording may be a
        different sentence than the one that first took the article's place. It joins only when it fits the
        other outlets' members at least as well as the article's current claim does (judged on two or more of
        them), so the fact gains a better mention of the same outlet, never a looser one.
        Facts are judged as they were before this pass, so the result does not depend on the visiting order.
        """
        before = {k: list(m) for k, m in self.members.items()}
        for i in sorted(self.owner):
            for k in self.near_facts(i):
                group = before[k]
                if len(group) >= 2 and self.mean(i, group) >= self.link and self.restates(i, group):
                    self.members[k].append(i)

    def restates(self, i: int, group: Sequence[int]) -> bool:
        """True when ``group`` has no claim of ``i``'s article, or ``i`` fits the other articles' claims at least
        as well as that article's claims in ``group`` do (and there are at least two such claims to judge by)."""
        same = [j for j in group if self.articles[j] == self.articles[i]]
        if not same:
            return True
        rest = [j for j in group if self.articles[j] != self.articles[i]]
        return len(rest) >= 2 and self.mean(i, rest) >= max(self.mean(j, rest) for j in same)

    def prune(self, group: list[int]) -> list[int]:
        """The fact without members that fit the rest poorly, weakest first, so no outlet is credited loosely.

        Average link admits a claim that fits a few members well and the rest hardly at all; in a fact of three
        or more such a member is a different proposition near the fact, and labelling its outlet as a carrier
        misleads.
        """
        group = list(group)
        while len(group) >= 3:
            fit, weakest = min((self.mean(i, group), i) for i in group)
            rest = [j for j in group if j != weakest]
            cohesion = sum(self.mean(j, rest) for j in rest) / len(rest)
            if fit >= PRUNE or fit >= PRUNE_SHARE * cohesion:
                break
            group = rest
        return group
