"""Story clustering: which articles tell the same news event, decided online, one article at a time.

The same ``StoryClusterer`` serves ``storylens cluster`` (a batch, no database) and ``storylens ingest`` (the
library, where the stories already stored are loaded back into it). Each article becomes ``ArticleFeatures``:

1. a MiniLM embedding of its title and lead;
2. a bag of "rare tokens": entity keys and typed values, weighted by inverse document frequency, so that a shared
   ``Trump`` says little and a shared ``Ghislaine Maxwell`` or ``$1.7 billion`` says a lot;
3. its publication time, when known (the time window is optional: undated articles are never excluded).

An arriving article is scored against every member of every story in its time window. Each pair score is
corrected for hubness (CSLS): an article on a busy topic is close to many stories, so a pair only counts when it
beats both sides' usual k nearest neighbours. A story's score blends its best member and its mean member; the
article joins the best story over ``threshold``, or starts a new one. Hubness and token statistics are seeded
with every article known up front (the whole batch, or the whole library), so arrival order matters less.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

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

    threshold: float = 0.0  # on the hubness-corrected score: a pair must beat both sides' usual neighbours
    embed_weight: float = 0.45
    token_weight: float = 0.55
    member_weight: float = 0.5  # share of the best-member score vs. the centroid score
    window_days: float | None = 4.0  # None: no time window
    hub_weight: float = 1.0  # CSLS-style hubness correction: 1.0 subtracts the mean of both sides' top-k scores
    hub_k: int = 5


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
    def from_dict(cls, data: dict[str, Any]) -> ArticleFeatures:
        """Rebuild from ``to_dict`` output."""
        return cls(
            article=str(data["article"]),
            vector=tuple(data["vector"]),
            tokens=tuple(data["tokens"]),
            published=data.get("published"),
        )


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
        self._topk = np.zeros((64, self.options.hub_k), dtype=np.float32)  # each member's k best pair scores
        self._last_pair: np.ndarray | None = None  # pair scores of the last article scored, reused by ``add``
        self.seeded_hubness: dict[str, float] = {}  # article -> mean top-k score over a whole batch (see ``seed``)
        self._member_seeded = np.full(64, np.nan, dtype=np.float32)  # a member's seeded hubness (NaN: none)
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
            self._topk = np.vstack([self._topk, np.zeros_like(self._topk)])
            self._member_seeded = np.concatenate([self._member_seeded, np.full(m, np.nan, dtype=np.float32)])
        self._vectors[m] = np.asarray(features.vector, dtype=np.float32)
        self._update_topk(features, m)
        self._member_seeded[m] = self.seeded_hubness.get(features.article, np.nan)
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
        self._last_pair = pair
        if opts.hub_weight:
            # Articles on a busy topic (a president, an election) are close to many stories: lower a pair's score
            # by how close each side is to its own k nearest neighbours, as CSLS corrects "hub" points.
            r_x = self.seeded_hubness.get(features.article, self._hubness(pair))
            r_m = self._member_hubness(n)
            pair = pair - opts.hub_weight * (r_x + r_m) / 2
        # 3.
        stories = np.asarray(self._member_story)
        k = len(self._story_ids)
        best = np.full(k, -np.inf, dtype=np.float32)
        np.maximum.at(best, stories, pair)
        mean = np.bincount(stories, weights=pair, minlength=k) / np.bincount(stories, minlength=k)
        score = opts.member_weight * best + (1 - opts.member_weight) * mean
        in_window = self._in_window(features, stories, k)
        return {self._story_ids[s]: float(score[s]) for s in range(k) if in_window[s]}

    def _member_hubness(self, n: int) -> np.ndarray:
        """Each member's hubness: seeded over the batch where known, else from its running top-k."""
        import numpy as np

        seeded = self._member_seeded[:n]
        return np.where(np.isnan(seeded), self._topk[:n].mean(axis=1), seeded)

    def seed(self, features: Sequence[ArticleFeatures]) -> None:
        """Seed the statistics with every article known up front: token frequencies and each one's hubness.

        A batch knows all its articles before assigning any (as a library knows all it holds), so an article's
        hubness — how close it is to its k nearest neighbours — is measured against all of them, not only
        against those that happen to come earlier.
        """
        for f in features:
            self.observe(f)
        if self.options.hub_weight:
            self.seeded_hubness = batch_hubness(features, self)

    def _hubness(self, pair: np.ndarray) -> float:
        """Mean of the k best scores in ``pair`` (missing neighbours count as 0)."""
        import numpy as np

        k = self.options.hub_k
        return float(np.sort(pair)[-k:].sum() / k)

    def _update_topk(self, features: ArticleFeatures, m: int) -> None:
        """Record the new member's k best pair scores, and let it enter the top-k of the members it is close to."""
        import numpy as np

        if m == 0:
            return
        if features.article in self.seeded_hubness and (self._last_pair is None or len(self._last_pair) != m):
            return  # a seeded member reloaded from storage: its hubness is known, skip scoring it
        if self._last_pair is None or len(self._last_pair) != m:
            self.story_scores(features)  # a member loaded from storage was not scored first
        pair = self._last_pair
        assert pair is not None
        k = self.options.hub_k
        top = np.sort(pair)[-k:][::-1]
        self._topk[m, : len(top)] = top
        worst = self._topk[:m].argmin(axis=1)
        rows = np.nonzero(pair > self._topk[np.arange(m), worst])[0]
        self._topk[rows, worst[rows]] = pair[rows]

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
    clusterer.seed(features)
    result: dict[str, str] = {}
    for f in features:
        result[f.article] = clusterer.assign(f, f"s{clusterer.story_count + 1}")
    return result


def batch_hubness(features: Sequence[ArticleFeatures], clusterer: StoryClusterer, block: int = 512) -> dict[str, float]:
    """Article -> mean of its k best pair scores against the other articles of ``features`` (computed in blocks)."""
    import numpy as np
    from scipy import sparse

    opts = clusterer.options
    vectors = np.asarray([f.vector for f in features], dtype=np.float32)
    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, f in enumerate(features):
        norm = clusterer._norm(f.tokens)
        for t in set(f.tokens):
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
            vals.append(clusterer.idf(t) / norm)
    tokens = sparse.csr_matrix((vals, (rows, cols)), shape=(len(features), max(len(vocab), 1)), dtype=np.float32)
    result: dict[str, float] = {}
    k = opts.hub_k
    for start in range(0, len(features), block):
        stop = min(start + block, len(features))
        pair = opts.embed_weight * (vectors[start:stop] @ vectors.T)
        pair += opts.token_weight * (tokens[start:stop] @ tokens.T).toarray()
        pair[np.arange(stop - start), np.arange(start, stop)] = -np.inf  # not its own neighbour
        top = -np.sort(-pair, axis=1)[:, :k]
        for i, row in zip(range(start, stop), top, strict=True):
            result[features[i].article] = float(np.where(np.isfinite(row), row, 0).sum() / k)
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
