"""Stage 4, dedupe: group exact and near copies (the same page twice, wire reprints) so each counts once.

1. exact copies share a content hash (or the same text once case and whitespace are folded);
2. near-copy candidates come from MinHash LSH (datasketch, fixed seed) over word 5-shingles, run twice: on the
   whole text (reprints with another headline or wrapper) and on its lead (trimmed reprints, whose Jaccard
   similarity to the full copy may be low while their opening is the same); articles read from one URL are
   candidates too (updated versions);
3. every candidate pair is checked on the real shingle sets: it is a copy when the containment of the smaller
   in the larger is at least ``CONTAINMENT`` (``UPDATED_URL_CONTAINMENT`` for one URL);
4. copies are joined (union-find); the longest member is canonical, the first read on a tie.

Only candidate pairs are compared, so thousands of articles cost near-linear time, not all pairs.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Sequence

from storylens.records import Article, DuplicateGroup

SHINGLE = 5
NUM_PERM = 128
SEED = 1
LSH_THRESHOLD = 0.3
LSH_BANDS = (37, 3)
"""Bands and rows per band for 128 permutations that datasketch picks for ``LSH_THRESHOLD`` (weighing false
positives and negatives equally). Given explicitly because datasketch finds them by numerical integration, which
took 0.1 s of every comparison."""
LEAD_SHINGLES = 40
CONTAINMENT = 0.8
UPDATED_URL_CONTAINMENT = 0.5
MIN_SHINGLES = 10  # a text this short is compared by exact hash only: near-copy tests on it are noise

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> list[str]:
    """Lower-cased word ``size``-grams of ``text`` in order of first appearance (punctuation ignored)."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return [" ".join(words)] if words else []
    return list(dict.fromkeys(" ".join(words[i : i + size]) for i in range(len(words) - size + 1)))


def find_duplicates(articles: Sequence[Article]) -> list[DuplicateGroup]:
    """Groups of exact and near copies among ``articles``; each group's canonical member is its longest copy."""
    # 1.
    parent = list(range(len(articles)))
    similarity: dict[tuple[int, int], float] = {}
    by_text: dict[str, int] = {}
    for i, a in enumerate(articles):
        digest = hashlib.sha256(" ".join(a.text.lower().split()).encode()).hexdigest()
        for key in (a.content_hash, digest):
            if key in by_text:
                _union(parent, by_text[key], i)
                similarity[(by_text[key], i)] = 1.0
            by_text.setdefault(key, i)
    # 2.
    grams = [shingles(a.text) for a in articles]
    sets = [frozenset(g) for g in grams]
    candidates = _lsh_candidates(grams) | _same_url(articles)
    # 3.
    for i, j in sorted(candidates):
        if _find(parent, i) == _find(parent, j):
            continue
        score = containment(sets[i], sets[j])
        limit = UPDATED_URL_CONTAINMENT if _url(articles[i]) and _url(articles[i]) == _url(articles[j]) else CONTAINMENT
        if min(len(sets[i]), len(sets[j])) >= MIN_SHINGLES and score >= limit:
            _union(parent, i, j)
            similarity[(i, j)] = score
    # 4.
    return _groups(articles, parent, similarity)


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller shingle set found in the larger (1.0 when one text is a trimmed copy of the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared shingles over all shingles of the two texts."""
    return len(a & b) / len(a | b) if a or b else 1.0


def _lsh_candidates(grams: Sequence[list[str]]) -> set[tuple[int, int]]:
    """Pairs whose whole-text or lead MinHash signatures collide in an LSH band (datasketch, fixed seed)."""
    from datasketch import MinHash, MinHashLSH

    # crc32 is deterministic across processes (unlike ``hash``) and much faster than datasketch's sha1 default;
    # the permutations are drawn once and shared by every signature.
    template = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32)
    pairs: set[tuple[int, int]] = set()
    for view in ("text", "lead"):
        lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, params=LSH_BANDS)
        for i, article_grams in enumerate(grams):
            chosen = _lead(article_grams) if view == "lead" else article_grams
            if len(chosen) < MIN_SHINGLES:
                continue
            sig = MinHash(
                num_perm=NUM_PERM,
                seed=SEED,
                hashfunc=zlib.crc32,
                permutations=template.permutations,
                scheme=template.scheme,
            )
            sig.update_batch([g.encode() for g in chosen])
            for j in lsh.query(sig):
                pairs.add((j, i))
            lsh.insert(i, sig)
    return pairs


def _lead(grams: list[str]) -> list[str]:
    """The opening shingles, after a possible headline or wrapper line (skips the first few shingles)."""
    skip = min(len(grams) // 10, 15)
    return grams[skip : skip + LEAD_SHINGLES]


def _url(article: Article) -> str | None:
    """The article's URL without scheme, query, fragment or trailing slash, for spotting updated versions."""
    if not article.url:
        return None
    url = re.sub(r"^\w+://(?:www\.)?", "", article.url.split("#")[0].split("?")[0])
    return url.rstrip("/").lower() or None


def _same_url(articles: Sequence[Article]) -> set[tuple[int, int]]:
    """Pairs of articles read from one URL (an updated page is a candidate however much it changed)."""
    first: dict[str, int] = {}
    pairs = set()
    for i, a in enumerate(articles):
        url = _url(a)
        if url is None:
            continue
        if url in first:
            pairs.add((first[url], i))
        first.setdefault(url, i)
    return pairs


def _find(parent: list[int], i: int) -> int:
    """Union-find root of ``i`` (with path halving)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], i: int, j: int) -> None:
    """Join the sets of ``i`` and ``j``; the smaller index stays the root, so results do not depend on order."""
    ri, rj = _find(parent, i), _find(parent, j)
    if ri != rj:
        parent[max(ri, rj)] = min(ri, rj)


def _groups(
    articles: Sequence[Article], parent: list[int], similarity: dict[tuple[int, int], float]
) -> list[DuplicateGroup]:
    """One ``DuplicateGroup`` per set of two or more copies, ordered by first member read."""
    members: dict[int, list[int]] = {}
    for i in range(len(articles)):
        members.setdefault(_find(parent, i), []).append(i)
    groups = []
    for root in sorted(members):
        ids = members[root]
        if len(ids) < 2:
            continue
        canonical = max(ids, key=lambda i: (len(articles[i].text), -i))
        scores = [s for (i, j), s in similarity.items() if _find(parent, i) == root]
        exact = len({articles[i].content_hash for i in ids}) == 1
        groups.append(
            DuplicateGroup(
                canonical=articles[canonical].id,
                members=tuple(articles[i].id for i in ids),
                kind="exact" if exact else "near",
                similarity=round(min(scores), 4) if scores and not exact else 1.0,
            )
        )
    return groups
