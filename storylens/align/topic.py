"""Which articles can be compared: the same language, and about the same event as the others.

An article in another language is flagged (its claims would only align by accident). An article is off-topic when
few of its claims have a close match in any other article and its centroid sits far from the others' - both
measured on the MiniLM embeddings already computed for alignment, so the check is nearly free. Whether the
articles as a whole tell one event is read from their titles and leads (``lead_agreement``).
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


def lead_agreement(articles: Sequence[Article]) -> float:
    """Mean MiniLM cosine between the articles' title-and-lead texts (0 for fewer than two articles).

    Outlets open a report with its event, so leads of one story agree even when their wordings are too far apart
    for claims to align, and leads of different events do not, even when generic phrases align.
    """
    from storylens.cluster import lead_text
    from storylens.nlp import embed

    if len(articles) < 2:
        return 0.0
    sims = embed([lead_text(a) for a in articles])
    sims = sims @ sims.T
    pairs = [float(sims[i, j]) for i in range(len(articles)) for j in range(i + 1, len(articles))]
    return sum(pairs) / len(pairs)


def off_topic(article_ids: Sequence[str], claim_articles: Sequence[str], vectors: np.ndarray) -> list[str]:
    """Articles whose claims mostly find no match in the other articles (needs three or more articles)."""
    import numpy as np

    if len(article_ids) < 3 or len(claim_articles) == 0:
        return []
    owner = np.array([article_ids.index(a) for a in claim_articles])
    flagged = []
    for k, aid in enumerate(article_ids):
        mine, rest = vectors[owner == k], vectors[owner != k]
        if len(mine) == 0 or len(rest) == 0:
            continue
        best = _best_match(mine, rest)
        matched = float((best >= MATCH_COSINE).mean())
        centre = mine.mean(axis=0) @ rest.mean(axis=0)
        centre /= float(np.linalg.norm(mine.mean(axis=0)) * np.linalg.norm(rest.mean(axis=0))) or 1.0
        if matched < MIN_MATCHED_SHARE and centre < MAX_CENTROID_COSINE:
            flagged.append(aid)
    return flagged if len(flagged) < len(article_ids) / 2 else []


def _best_match(mine: np.ndarray, rest: np.ndarray) -> np.ndarray:
    """Each row of ``mine``'s best cosine in ``rest``, in chunks so memory stays small for big stories."""
    import numpy as np

    out = np.full(len(mine), -1.0, dtype=np.float32)
    for s in range(0, len(rest), 4096):
        out = np.maximum(out, (mine @ rest[s : s + 4096].T).max(axis=1))
    return out
