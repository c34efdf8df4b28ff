"""Which articles can be compared: the same language, and about the same event as the others.

An article in another language is flagged (its claims would only align by accident). The main story is the largest
group of articles whose titles and leads link (``main_story``); an article is off-topic when few of its claims have
a close match in the story's other articles and its centroid sits far from theirs - measured on the MiniLM
embeddings already computed for alignment, so the check is nearly free. Whether the articles left as a whole tell
one event is read from their titles and leads too (their mean cosine, ``Alignment.lead_agreement``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storylens.records import Article, Note

if TYPE_CHECKING:
    import numpy as np

ENGLISH_STOPWORDS = frozenset(
    "the of and to in a is that for on it with as was by at from be are this have has not an or its said".split()  # noqa: SIM905 - a word list reads best as one string
)
MIN_ENGLISH_SHARE = 0.12
MATCH_COSINE = 0.6  # a claim "has a match" elsewhere at this cosine
MIN_MATCHED_SHARE = 0.15
MAX_CENTROID_COSINE = 0.5
SAME_EVENT_COSINE = 0.4
"""Lead agreement at or above which articles tell one event even when no claim of theirs aligns. On AllSides
roundups (three outlets' leads on one event) 97% of stories reach it; of triples drawn from three different
stories, 0.5% do (400 of each, ``bench/summary_allsides.py`` reads the same data)."""
DIFFERENT_EVENTS_COSINE = 0.25
"""Lead agreement below which articles tell different events, whatever claims of theirs happen to align. No
AllSides story (307 val stories) falls below it and 0.5% of their pairs of outlets do; 25 news pages drawn at
random from the extraction benchmark average 0.04, and still "share" generic quotes and phrases."""
MAIN_STORY_SHARE = 1 / 3
"""Least share of the articles that the largest group of linked leads must hold to be taken as the main story
(see ``main_story``): a pair of look-alike reports among twenty unrelated pages is not "the story"."""


def language_of(article: Article) -> str:
    """The article's language: the cleaning stage's answer, else "en" when English function words are common."""
    if article.language:
        return article.language.split("-")[0].lower()
    words = re.findall(r"[^\W\d_]+", article.text.lower())
    if len(words) < 5:
        return "en"
    share = sum(w in ENGLISH_STOPWORDS for w in words) / len(words)
    return "en" if share >= MIN_ENGLISH_SHARE else "other"


def other_language(articles: Sequence[Article]) -> tuple[list[str], list[Note]]:
    """Ids of articles not in the story's main language, with a note for each."""
    langs = {a.id: language_of(a) for a in articles}
    main, _ = sorted(Counter(langs.values()).items(), key=lambda kv: (-kv[1], kv[0]))[0]
    flagged = [a.id for a in articles if langs[a.id] != main]
    notes = [
        Note(
            level="warning",
            message=f"{aid} is not in the story's language ({langs[aid]} vs {main}): left out of the comparison",
            source=aid,
        )
        for aid in flagged
    ]
    return flagged, notes


def lead_vectors(articles: Sequence[Article]) -> np.ndarray:
    """Unit MiniLM vectors of the articles' title-and-lead texts, one row per article.

    Outlets open a report with its event, so leads of one story agree even when their wordings are too far apart
    for claims to align, and leads of different events do not, even when generic phrases align.
    """
    from storylens.cluster import lead_text
    from storylens.nlp import embed

    return embed([lead_text(a) for a in articles])


def mean_cosine(vectors: np.ndarray) -> float:
    """Mean cosine over the pairs of rows of unit ``vectors`` (0 for fewer than two rows)."""
    n = len(vectors)
    if n < 2:
        return 0.0
    sims = vectors @ vectors.T
    return float((sims.sum() - sims.trace()) / (n * (n - 1)))


def main_story(leads: np.ndarray) -> list[int]:
    """Indices of the articles that tell the main story: the largest group whose leads link.

    Two articles link when their leads' cosine reaches ``SAME_EVENT_COSINE``, and groups are what links join,
    so a story holds together through any chain of its outlets. A group counts as the story only when it has two
    or more articles and at least ``MAIN_STORY_SHARE`` of them; otherwise (all articles unrelated, or many small
    groups) every article is taken, and the lead agreement check warns instead. Ties go to the group whose leads
    agree most, then to the one listed first.
    """
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(leads)
    everyone = list(range(n))
    if n < 3:
        return everyone
    _, labels = connected_components(csr_matrix((leads @ leads.T) >= SAME_EVENT_COSINE), directed=False)
    members: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        members.setdefault(int(label), []).append(i)
    best = max(members.values(), key=lambda g: (len(g), mean_cosine(leads[g]), -g[0]))
    return best if len(best) >= 2 and len(best) >= MAIN_STORY_SHARE * n else everyone


def off_topic(
    article_ids: Sequence[str], claim_articles: Sequence[str], vectors: np.ndarray, leads: np.ndarray
) -> list[str]:
    """Articles about another event than the main story's (needs three or more articles).

    1. the main story is the largest group of articles whose leads link (``main_story``);
    2. an article is off-topic when few of its claims have a close match in the story's other articles and its
       centroid sits far from theirs;
    3. inside the main story fewer than half its articles can be flagged, so a story of loosely related reports is
       not emptied; outside it, every article that fails the test is (one story mixed with others' reports).
    """
    import numpy as np

    if len(article_ids) < 3 or len(claim_articles) == 0:
        return []
    owner = np.array([article_ids.index(a) for a in claim_articles])
    story = main_story(leads)
    in_story = np.isin(owner, story)
    inside: list[str] = []
    outside: list[str] = []
    for k, aid in enumerate(article_ids):
        mine, rest = vectors[owner == k], vectors[in_story & (owner != k)]
        if len(mine) == 0 or len(rest) == 0:
            continue
        if _strays(mine, rest):
            (inside if k in story else outside).append(aid)
    if len(inside) >= len(story) / 2:
        inside = []
    return [aid for aid in article_ids if aid in inside or aid in outside]


def _strays(mine: np.ndarray, rest: np.ndarray) -> bool:
    """True when few of ``mine`` (an article's claim vectors) match a row of ``rest`` and their centroids differ."""
    import numpy as np

    matched = float((_best_match(mine, rest) >= MATCH_COSINE).mean())
    centre = mine.mean(axis=0) @ rest.mean(axis=0)
    centre /= float(np.linalg.norm(mine.mean(axis=0)) * np.linalg.norm(rest.mean(axis=0))) or 1.0
    return matched < MIN_MATCHED_SHARE and centre < MAX_CENTROID_COSINE


def _best_match(mine: np.ndarray, rest: np.ndarray) -> np.ndarray:
    """Each row of ``mine``'s best cosine in ``rest``, in chunks so memory stays small for big stories."""
    import numpy as np

    out = np.full(len(mine), -1.0, dtype=np.float32)
    for s in range(0, len(rest), 4096):
        out = np.maximum(out, (mine @ rest[s : s + 4096].T).max(axis=1))
    return out
