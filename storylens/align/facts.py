"""Facts: claims of different articles that state the same proposition, clustered.

1. candidate pairs: each claim's nearest neighbours (MiniLM cosine) in other articles, found by blocking
   (brute force for small stories, an inverted file of k-means cells for large ones) so cost stays near-linear;
2. each pair is scored on five signals: embedding cosine (with the story's mean claim vector taken out), shared
   content lemmas, shared names, a shared specific amount, and the same structure (subject / verb / object
   lemmas); two claims that are mostly quotes of two different named people are held apart;
3. greedy average-link merging, best pair first, with at most one claim per article in a fact, so a fact cannot
   chain through loosely related sentences;
4. refinement (``refine.py``): misplaced claims move, split facts merge, a claim stating several propositions
   also joins the other facts it fits;
5. leftover claims become single-source facts (a sentence already inside a fact through one of its clauses, or
   the reverse, does not come back as a duplicate).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storylens.align.refine import refine_clusters
from storylens.records import Analysis, Claim, Mention

if TYPE_CHECKING:
    import numpy as np

NEIGHBOURS = 8
# Cosines are of centred vectors, so they sit lower than raw MiniLM cosines (unrelated claims near 0, not 0.3).
MIN_COSINE = 0.1
PAIR_THRESHOLD = 0.5
LINK_THRESHOLD = 0.35
BRUTE_FORCE_MAX = 4000
COMPOUND_PENALTY = 0.05
LEMMA_WEIGHT = 0.3
MASK_WEIGHT = 0.4
SPEAKER_PENALTY = 0.5
"""Taken off when two claims are mostly quotes of two different named people: whatever words they share
("fair pay" and "a fair offer"), one person's words are not the same fact as another's."""
AMOUNT_BONUS = 0.15
"""Added when two claims state the same specific amount ("€12 million", "63 cases"): outlets that paraphrase one
fact in different words keep its figures, and unrelated claims of one story rarely share one."""
MEAN_PRIOR = 5
"""Pseudo-claims of prior weight on "no correction" when estimating the story's topic direction (see ``center``)."""


@dataclasses.dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim with the features pair scoring reads."""

    index: int
    claim: Claim
    source: str  # the independent source (duplicate-group canonical article id)
    names: frozenset[str]
    lemmas: frozenset[str]
    compound: bool = False  # a whole sentence whose clauses are claims too: matched after its clauses
    masked: str = ""  # the claim's text with its names left out (see ``combine``)
    amounts: frozenset[str] = frozenset()  # the specific amounts it states ("money:12000000:EUR"), see ``pair_score``
    speaker: str = ""  # last name of the named person whose direct quote makes up most of the claim


def pair_score(a: ClaimView, b: ClaimView, cosine: float, weights: LemmaWeights | None = None) -> float:
    """How surely two claims state the same proposition, from cosine, lemmas, names, amounts and structure.

    ``weights`` (see ``lemma_weights``) weigh each shared lemma by how rare it is in the story; without them
    every lemma counts the same.
    """
    lemmas = _jaccard(a.lemmas, b.lemmas) if weights is None else weights.overlap(a.lemmas, b.lemmas)
    score = cosine + LEMMA_WEIGHT * lemmas
    if a.names and b.names:
        score += 0.1 * _jaccard(a.names, b.names)
    if a.amounts & b.amounts:
        score += AMOUNT_BONUS
    ca, cb = a.claim, b.claim
    if ca.verb and ca.verb == cb.verb:
        score += 0.05
    if ca.subject and ca.subject == cb.subject:
        score += 0.03
    if ca.object and ca.object == cb.object:
        score += 0.03
    if a.speaker and b.speaker and a.speaker != b.speaker:
        score -= SPEAKER_PENALTY
    return score - COMPOUND_PENALTY * (a.compound + b.compound)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two sets (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclasses.dataclass(slots=True)
class LemmaWeights:
    """Each lemma's weight (see ``lemma_weights``), with each claim's total weight kept once computed."""

    idf: dict[str, float]
    totals: dict[frozenset[str], float] = dataclasses.field(default_factory=dict)

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        """Jaccard overlap with each lemma counted by its weight (0 when both are empty)."""
        shared = sum(self.idf.get(x, 0.0) for x in a & b)
        union = self._total(a) + self._total(b) - shared
        return shared / union if union > 1e-12 else 0.0

    def _total(self, lemmas: frozenset[str]) -> float:
        total = self.totals.get(lemmas)
        if total is None:
            total = self.totals[lemmas] = sum(self.idf.get(x, 0.0) for x in lemmas)
        return total


def lemma_weights(views: Sequence[ClaimView]) -> LemmaWeights:
    """Inverse document frequency of each lemma over the story's claims: log((n + 1) / (df + 0.5)).

    Every claim of one story repeats its main actors and its main verb, so sharing them says little about
    whether two claims state the same proposition, while sharing a word few claims use ("veto", "quarterly",
    "landslide") says much. Plain Jaccard counts both alike; weighting by rarity within the story (the
    classic idf, computed on the story itself, so nothing is tuned to a corpus) lets the rare shared word
    decide. The +1 / +0.5 keep a lemma every claim uses slightly positive rather than zero or negative.
    """
    df: dict[str, int] = {}
    for v in views:
        for x in v.lemmas:
            df[x] = df.get(x, 0) + 1
    n = len(views)
    return LemmaWeights({x: math.log((n + 1) / (d + 0.5)) for x, d in df.items()})


def cluster_claims(views: Sequence[ClaimView], vectors: np.ndarray) -> list[list[int]]:
    """Clusters of claim indexes (each a fact), deterministic for the same input."""
    vectors = combine(views, vectors)
    pairs = candidate_pairs(views, vectors)
    weights = lemma_weights(views)
    scored = sorted(
        ((pair_score(views[i], views[j], c, weights), i, j) for i, j, c in pairs), key=lambda t: (-t[0], t[1], t[2])
    )
    owner = list(range(len(views)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(views))}
    for value, i, j in scored:
        if value < PAIR_THRESHOLD:
            break
        a, b = owner[i], owner[j]
        if a == b or not _can_merge(members[a], members[b], views, vectors, weights):
            continue
        keep, drop = min(a, b), max(a, b)
        for k in members[drop]:
            owner[k] = keep
        members[keep].extend(members.pop(drop))
    clusters = [sorted(m) for _, m in sorted(members.items())]
    neighbours: dict[int, set[int]] = {}
    for _, i, j in scored:
        neighbours.setdefault(i, set()).add(j)
        neighbours.setdefault(j, set()).add(i)

    memo: dict[tuple[int, int], float] = {}

    def score(i: int, j: int) -> float:
        """The pair score of any two claims (refinement compares claims that were never candidate pairs, and
        compares the same pairs again on every pass: each is computed once)."""
        key = (i, j) if i < j else (j, i)
        value = memo.get(key)
        if value is None:
            value = memo[key] = pair_score(views[key[0]], views[key[1]], float(vectors[i] @ vectors[j]), weights)
        return value

    return refine_clusters(clusters, [v.claim.article for v in views], neighbours, score, LINK_THRESHOLD)


def _can_merge(
    xs: list[int], ys: list[int], views: Sequence[ClaimView], vectors: np.ndarray, weights: LemmaWeights
) -> bool:
    """True when two clusters share no article and their average link is high enough."""
    arts = {views[x].claim.article for x in xs}
    if any(views[y].claim.article in arts for y in ys):
        return False
    sims = vectors[xs] @ vectors[ys].T
    total = sum(
        pair_score(views[x], views[y], float(sims[a, b]), weights) for a, x in enumerate(xs) for b, y in enumerate(ys)
    )
    return total / (len(xs) * len(ys)) >= LINK_THRESHOLD


def combine(views: Sequence[ClaimView], vectors: np.ndarray) -> np.ndarray:
    """Centred claim vectors joined with centred vectors of the claims with their names left out.

    Outlets paraphrase one proposition with different names for the same actors ("the move", "the capital's
    decision", "the country's entry"), while unrelated claims of one story share its main names; the name-free
    text scores what is said rather than who it is said about. Scaling the halves by sqrt(1 - MASK_WEIGHT) and
    sqrt(MASK_WEIGHT) makes the dot product of two joined vectors a weighted mean of the two cosines, so
    neighbour search and thresholds still apply.
    """
    import numpy as np

    from storylens.nlp import embed

    full = center(vectors)
    if len(views) < 3 or MASK_WEIGHT <= 0:
        return full
    bare = center(embed([v.masked or v.claim.text for v in views]))
    return np.hstack([np.sqrt(1 - MASK_WEIGHT) * full, np.sqrt(MASK_WEIGHT) * bare]).astype(full.dtype)


def claim_of(mention: Mention, analysis: Analysis) -> Claim | None:
    """The claim a fact mention was made from (a fact's mentions are its claims' spans)."""
    return next((c for c in analysis.claims if c.start == mention.start and c.end == mention.end), None)


def mask_names(claim: Claim, spans: Sequence[tuple[int, int]]) -> str:
    """The claim's text without the name spans (character offsets into the article) that lie inside it."""
    out, pos = [], claim.start
    for a, b in sorted(spans):
        if a < pos or not (claim.start <= a and b <= claim.end):
            continue
        out.append(claim.text[pos - claim.start : a - claim.start])
        pos = b
    out.append(claim.text[pos - claim.start :])
    return " ".join("".join(out).split())


def center(vectors: np.ndarray) -> np.ndarray:
    """Unit vectors with the story's mean claim vector taken out.

    Every claim of one story shares its topic, which dominates raw sentence-embedding cosines (two unrelated
    sentences that both name the story's main actors score high). Removing the mean leaves what tells one
    claim from another within the story; a standard correction for the anisotropy of sentence embeddings.
    In a story of few claims (three outlets' leads) the mean is mostly those claims themselves, and taking all
    of it out pushes apart the very leads that state the one shared event; the mean is therefore shrunk by
    n / (n + MEAN_PRIOR), which leaves long stories as they were (0.98 of the mean at 300 claims) while
    10 claims keep a third of their shared direction. Measured on AllSides triples (bench/summary_allsides.py
    reads the same data): true stories with a fact shared by two outlets rose from 92 to 112 of 150, and
    triples of three unrelated stories still share none.
    """
    import numpy as np

    if len(vectors) < 3:
        return vectors
    out = vectors - vectors.mean(axis=0) * (len(vectors) / (len(vectors) + MEAN_PRIOR))
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return (out / np.maximum(norms, 1e-6)).astype(vectors.dtype)


def candidate_pairs(views: Sequence[ClaimView], vectors: np.ndarray) -> list[tuple[int, int, float]]:
    """(i, j, cosine) for each claim and its nearest neighbours in other articles, i < j, without repeats."""
    import numpy as np

    n = len(views)
    if n < 2:
        return []
    articles = np.array([hash(v.claim.article) for v in views])
    cells = _blocks(vectors) if n > BRUTE_FORCE_MAX else [np.arange(n)]
    found: dict[tuple[int, int], float] = {}
    for rows, cols in _cell_pairs(cells, vectors):
        sims = vectors[rows] @ vectors[cols].T
        sims[articles[rows][:, None] == articles[cols][None, :]] = -1.0
        k = min(NEIGHBOURS, len(cols))
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        for r, row in enumerate(rows):
            for c in top[r]:
                cos = float(sims[r, c])
                if cos >= MIN_COSINE:
                    i, j = sorted((int(row), int(cols[c])))
                    found[(i, j)] = cos
    return [(i, j, c) for (i, j), c in sorted(found.items())]


def _blocks(vectors: np.ndarray) -> list[np.ndarray]:
    """Inverted-file cells: claims grouped by their nearest of ~sqrt(n) k-means centroids (seeded)."""
    import numpy as np
    from sklearn.cluster import MiniBatchKMeans

    n_cells = max(2, int(np.sqrt(len(vectors))))
    km = MiniBatchKMeans(n_clusters=n_cells, random_state=0, n_init=1, batch_size=2048).fit(vectors)
    return [np.flatnonzero(km.labels_ == c) for c in range(n_cells)]


def _cell_pairs(cells: list[np.ndarray], vectors: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
    """For each cell, its claims against the claims of itself and its two closest cells (multi-probe)."""
    import numpy as np

    if len(cells) == 1:
        return [(cells[0], cells[0])]
    cells = [c for c in cells if len(c)]
    centroids = np.stack([vectors[c].mean(axis=0) for c in cells])
    near = np.argsort(-(centroids @ centroids.T), axis=1)[:, :3]
    return [(cells[i], np.concatenate([cells[j] for j in near[i]])) for i in range(len(cells))]
