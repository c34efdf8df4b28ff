"""Story clustering: which articles tell the same news event, decided online, one article at a time.

The same ``StoryClusterer`` serves ``storylens cluster`` (a batch, no database) and ``storylens ingest`` (the
library, where the stories already stored are loaded back into it). Each article becomes ``ArticleFeatures``:

1. a MiniLM embedding of its title and lead;
2. a bag of "rare tokens": entity keys and typed values, weighted by inverse document frequency, so that a shared
   ``Trump`` says little and a shared ``Ghislaine Maxwell`` or ``$1.7 billion`` says a lot;
3. its publication time, when known (the time window is optional: undated articles are never excluded).

An arriving article is scored against every story in its time window — a blend of its best match among the
story's members and its match to the story centroid — and joins the best story over ``threshold``, or starts a
new one. Comparing against members as well as the centroid makes the result depend less on arrival order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from storylens.options import Options
from storylens.records import Analysis, Article

if TYPE_CHECKING:
    import numpy as np

CLUSTER_VERSION = "cluster/1"
"""Recorded with stored features; bump when features or scoring change so stored features are rebuilt."""

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"})
VALUE_KINDS = frozenset({"money", "percent", "number", "date", "duration"})
LEAD_CHARS = 600


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ClusterOptions:
    """How strict story assignment is; defaults tuned on allsides-roundups train (see bench/cluster_allsides.py)."""

    threshold: float = 0.35
    embed_weight: float = 0.4
    token_weight: float = 0.6
    member_weight: float = 0.5  # share of the best-member score vs. the centroid score
    window_days: float | None = 4.0  # None: no time window
    hub_weight: float = 0.0  # subtract this share of the article's mean top-k similarity (busy topics score high)
    hub_k: int = 10


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class ArticleFeatures:
    """What clustering knows about one article: embedding, rare tokens, publication time."""

    article: str
    vector: tuple[float, ...]
    tokens: tuple[str, ...]
    published: str | None = None

    def to_dict(self) -> dict[str, object]:
        """Plain dict for storage."""
        return {
            "article": self.article,
            "vector": list(self.vector),
            "tokens": list(self.tokens),
            "published": self.published,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ArticleFeatures:
        """Rebuild from ``to_dict`` output."""
        return cls(
            article=str(data["article"]),
            vector=tuple(data["vector"]),  # type: ignore[arg-type]
            tokens=tuple(data["tokens"]),
            published=data.get("published"),
        )  # type: ignore[arg-type]


def lead_text(article: Article, chars: int = LEAD_CHARS) -> str:
    """The title and the first ``chars`` characters of the text, cut at a word boundary."""
    body = article.text[:chars]
    if len(article.text) > chars and " " in body:
        body = body.rsplit(" ", 1)[0]
    return f"{article.title}. {body}" if article.title else body


def article_tokens(article: Article, analysis: Analysis | None) -> tuple[str, ...]:
    """The rare-token bag of one article, each token once, sorted.

    Entity keys (``e:``), the surnames of people (``e:``), typed values (``v:``) and the content words of the title
    and lead (``w:``, crudely stemmed): IDF weighting later makes the rare ones count and the common ones vanish.
    """
    tokens = {f"w:{_stem(w)}" for w in _WORD.findall(lead_text(article).casefold()) if w not in _stop_words()}
    for e in analysis.entities if analysis else ():
        key = e.key.casefold().strip()
        if e.label in ENTITY_LABELS and key:
            tokens.add(f"e:{key}")
            if e.label == "PERSON" and " " in key:
                tokens.add(f"e:{key.rsplit(' ', 1)[1]}")
    for v in analysis.values if analysis else ():
        if v.kind in VALUE_KINDS:
            norm = v.date if v.kind == "date" and v.date else (f"{v.value:g}" if v.value is not None else None)
            if norm and not (v.kind == "number" and v.value is not None and abs(v.value) < 10):
                tokens.add(f"v:{v.kind}:{norm}:{v.unit or ''}")
    return tuple(sorted(tokens))


_WORD = re.compile(r"[^\W\d_][\w'’-]{2,}")


def _stem(word: str) -> str:
    """A crude suffix-stripping stem, enough to meet "tariffs" with "tariff" and "voting" with "votes"."""
    word = word.strip("'’-").replace("’", "'")
    for suffix in ("'s", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@functools.cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words (a plain word list; importing it loads no model)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "told", "according", "year", "week", "new"}


def make_features(articles: Sequence[Article], analyses: Sequence[Analysis]) -> list[ArticleFeatures]:
    """Features of each article (embeddings computed in one batch)."""
    from storylens.nlp import embed

    by_id = {a.article: a for a in analyses}
    vectors = embed([lead_text(a) for a in articles])
    return [
        ArticleFeatures(
            article=a.id,
            vector=tuple(float(x) for x in vec),
            tokens=article_tokens(a, by_id.get(a.id)),
            published=a.published,
        )
        for a, vec in zip(articles, vectors, strict=True)
    ]


def parse_time(published: str | None) -> float | None:
    """Seconds since the epoch of an ISO date or datetime, or None when absent or unreadable."""
    if not published:
        return None
    try:
        moment = dt.datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


class StoryClusterer:
    """Online story assignment: ``assign`` one article at a time against the stories (and members) seen so far."""

    def __init__(self, options: ClusterOptions | None = None) -> None:
        """Start with no stories and no token statistics."""
        import numpy as np

        self.options = options or ClusterOptions()
        self.doc_freq: Counter[str] = Counter()
        self.n_docs = 0
        self._vectors = np.zeros((64, 384), dtype=np.float32)  # grown by doubling; rows [:n_members] are used
        self._member_story: list[int] = []
        self._member_norm: list[float] = []
        self._member_time: list[float | None] = []
        self._postings: dict[str, list[int]] = {}  # token -> members that carry it
        self._story_ids: list[str] = []
        self._index: dict[str, int] = {}

    # --- statistics -----------------------------------------------------------------------------------------

    def observe(self, features: ArticleFeatures) -> None:
        """Count an article's tokens in the document frequencies (once per article ever seen)."""
        self.doc_freq.update(set(features.tokens))
        self.n_docs += 1

    def idf(self, token: str) -> float:
        """Smoothed inverse document frequency; a token carried by one article in a thousand weighs most."""
        return math.log((1 + self.n_docs) / (1 + self.doc_freq.get(token, 0))) + 1.0

    def _norm(self, tokens: Iterable[str]) -> float:
        return math.sqrt(sum(self.idf(t) ** 2 for t in tokens)) or 1.0

    # --- membership -----------------------------------------------------------------------------------------

    def add(self, features: ArticleFeatures, story_id: str) -> None:
        """Record ``features`` as a member of ``story_id`` (after ``assign``, and to reload a stored library)."""
        import numpy as np

        if story_id not in self._index:
            self._index[story_id] = len(self._story_ids)
            self._story_ids.append(story_id)
        m = len(self._member_story)
        if m == len(self._vectors):
            self._vectors = np.vstack([self._vectors, np.zeros_like(self._vectors)])
        self._vectors[m] = np.asarray(features.vector, dtype=np.float32)
        self._member_story.append(self._index[story_id])
        # The norm uses today's statistics and is not revisited: exact for a batch (statistics seeded first),
        # a close approximation for a library that grows.
        self._member_norm.append(self._norm(features.tokens))
        self._member_time.append(parse_time(features.published))
        for token in features.tokens:
            self._postings.setdefault(token, []).append(m)

    @property
    def story_count(self) -> int:
        """Number of stories known."""
        return len(self._story_ids)

    def story_scores(self, features: ArticleFeatures) -> dict[str, float]:
        """Similarity of ``features`` to every story in its time window (blend of best member and mean member).

        1. embedding cosine to every member;
        2. IDF-weighted cosine of rare tokens, via the postings of the article's own tokens;
        3. per story: best member and mean member, blended; stories out of the time window are left out.
        """
        import numpy as np

        n = len(self._member_story)
        if n == 0:
            return {}
        opts = self.options
        # 1.
        cos = self._vectors[:n] @ np.asarray(features.vector, dtype=np.float32)
        # 2.
        shared = np.zeros(n, dtype=np.float32)
        for token in set(features.tokens):
            weight = self.idf(token) ** 2
            for m in self._postings.get(token, ()):
                shared[m] += weight
        tok = shared / (np.asarray(self._member_norm, dtype=np.float32) * self._norm(features.tokens))
        pair = opts.embed_weight * cos + opts.token_weight * tok
        if opts.hub_weight and n > opts.hub_k:
            # An article on a busy topic (a president, an election) is close to many stories: raise its bar by
            # how close it is to its k nearest members, the way CSLS corrects "hub" points.
            pair = pair - opts.hub_weight * float(np.partition(pair, n - opts.hub_k)[n - opts.hub_k :].mean())
        # 3.
        stories = np.asarray(self._member_story)
        k = len(self._story_ids)
        best = np.full(k, -np.inf, dtype=np.float32)
        np.maximum.at(best, stories, pair)
        mean = np.bincount(stories, weights=pair, minlength=k) / np.bincount(stories, minlength=k)
        score = opts.member_weight * best + (1 - opts.member_weight) * mean
        in_window = self._in_window(features, stories, k)
        return {self._story_ids[s]: float(score[s]) for s in range(k) if in_window[s]}

    def _in_window(self, features: ArticleFeatures, stories: np.ndarray, k: int) -> np.ndarray:
        """Per story: has it a member within the time window of ``features`` (or is either side undated)?"""
        import numpy as np

        when = parse_time(features.published)
        if self.options.window_days is None or when is None:
            return np.ones(k, dtype=bool)
        limit = self.options.window_days * 86400
        near = np.array([t is None or abs(t - when) <= limit for t in self._member_time])
        ok = np.zeros(k, dtype=bool)
        np.logical_or.at(ok, stories, near)
        return ok

    def assign(self, features: ArticleFeatures, new_id: str) -> str:
        """The story ``features`` joins (the best over the threshold, else ``new_id``); it is added there."""
        scores = self.story_scores(features)
        best = max(scores.items(), key=lambda kv: (kv[1], kv[0]), default=(new_id, -1.0))
        story = best[0] if best[1] >= self.options.threshold else new_id
        self.add(features, story)
        return story


def cluster_features(features: Sequence[ArticleFeatures], options: ClusterOptions | None = None) -> dict[str, str]:
    """Batch clustering: article id -> story id (``s1``, ``s2``... in order of first appearance).

    The batch is the online algorithm fed in input order; the token statistics are seeded with the whole batch
    first, just as a library's are seeded with every article it holds.
    """
    clusterer = StoryClusterer(options)
    for f in features:
        clusterer.observe(f)
    result: dict[str, str] = {}
    for f in features:
        result[f.article] = clusterer.assign(f, f"s{clusterer.story_count + 1}")
    return result


def cluster_articles(
    articles: Sequence[Article], analyses: Sequence[Analysis], options: ClusterOptions | None = None
) -> dict[str, str]:
    """Batch clustering of analysed articles: article id -> story id."""
    return cluster_features(make_features(articles, analyses), options)


def cluster_inputs(inputs: Sequence[str], options: Options) -> dict[str, str]:
    """Read, clean and analyse ``inputs`` (as ``compare`` does) and cluster them: article id -> story id."""
    from storylens.pipeline import prepare

    prepared = prepare(inputs, options)
    return cluster_articles(prepared.articles, prepared.analyses)


def bcubed(predicted: dict[str, str], gold: dict[str, object]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold classes (averaged over the items)."""
    pred_members: dict[str, set[str]] = {}
    gold_members: dict[object, set[str]] = {}
    for item, story in predicted.items():
        pred_members.setdefault(story, set()).add(item)
        gold_members.setdefault(gold[item], set()).add(item)
    precision = recall = 0.0
    for item, story in predicted.items():
        same = len(pred_members[story] & gold_members[gold[item]])
        precision += same / len(pred_members[story])
        recall += same / len(gold_members[gold[item]])
    n = len(predicted) or 1
    p, r = precision / n, recall / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
