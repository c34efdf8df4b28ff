"""Stance toward the story's main event, per article, with the sentences that drive it.

1. the main event: the consensus fact most outlets carry earliest (else the articles' shared lead) is embedded;
2. every sentence gets a relevance to that event (MiniLM cosine similarity) and an evaluation in [-1, 1] from
   the evaluative lexicon, attributed praise or criticism, scare quotes and VADER sentiment (the lexicon's words
   do not count in a question, which asks rather than asserts, see ``is_question``);
3. the article's stance is tanh of the relevance- and position-weighted mean of its sentences' evaluations.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Sequence
from typing import Any

from storylens.align import Alignment
from storylens.analyze.sentences import QUOTE_MARKS, is_question
from storylens.frame import lexicon
from storylens.records import Analysis, Article, Fact, Mention, Quote

LEAD_SENTENCES = 3
"""Sentences at the top of an article (the lede) that, with the headline, set its frame."""

LEAD_WEIGHT = 2.0
"""How much more the headline and lede sentences weigh than the body."""

BASE_RELEVANCE = 0.3
"""Relevance of a sentence unrelated to the main event (it still belongs to the outlet's telling of the story)."""

RELEVANCE_FLOOR, RELEVANCE_SPAN = 0.2, 0.35
"""Cosine similarity at which a sentence starts to count as being about the event, and the span to full weight."""

SENTENCE_CAP = 3.0
"""Largest evaluation one sentence can carry, so a single tirade cannot decide an article alone."""

DISTANCED_WEIGHT = 0.4
"""Weight of evaluative words the outlet reports (quotes, "officials say") rather than asserts in its own voice.
A balanced outlet quotes both sides' verdicts; its stance is in what it says itself. On nine annotated stories,
0.4 instead of 0.6 ranked the outlets of two better (0.447 -> 0.671, 0.334 -> 0.577) and none worse; 0.3 to 0.5
all beat 0.6, and below 0.3 a third story fell."""

VADER_WEIGHT = 1.0
"""How much VADER's compound sentiment (in [-1, 1]) adds to a sentence's lexicon score."""

REFERENCE_RELEVANCE = 0.75
"""Relevance given to a sentence that refers back to the event ("the move") whatever its similarity."""

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
SHORT_QUOTED = re.compile(r"[“\"‘']\w[\w’'-]*(?:\s\w[\w’'-]*){0,2}[”\"’']")
QUOTED = re.compile(
    r"“[^”]*”|\"[^\"]*\"|«[^»]*»"  # words in quotation marks
    r"|\b(?:hailed|praised|touted|billed|described|framed|seen|criticized|criticised|condemned|heralded)\b[^,.;:]*"
)
"""Words the outlet reports rather than asserts: quotations, and what follows "hailed as", "criticized as"..."""
EVENT_REFERENCE = re.compile(
    r"\b(?:the|this|that|its|their|today's)\s+(?:\w+\s+)?(?:" + "|".join(lexicon.EVENT_NOUNS) + r")\b", re.IGNORECASE
)


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class SentenceStance:
    """One sentence's evaluation of the main event and how much it counts."""

    start: int
    end: int
    text: str
    evaluation: float
    weight: float


@functools.cache
def lexicon_forms() -> dict[str, tuple[str, float]]:
    """Every inflected form of the evaluative lemmas, mapped to ``(lemma, valence)``."""
    forms: dict[str, tuple[str, float]] = {}
    for lemma, valence in lexicon.EVALUATIVE.items():
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        variants = {lemma, lemma + "s", lemma + "es", lemma + "d", lemma + "ed", stem + "ing", stem + "ed"}
        if lemma.endswith("y"):
            variants |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        for form in sorted(variants):
            forms.setdefault(form, (lemma, valence))
    return forms


def lexicon_score(text: str) -> tuple[float, list[str]]:
    """Sum of the valences of the evaluative words in ``text`` and the words found."""
    forms = lexicon_forms()
    found = [w for w in (m.group(0).lower() for m in WORD.finditer(text)) if w in forms]
    return sum(forms[w][1] for w in found), found


def attribution_score(text: str) -> float:
    """+0.5 for each phrase handing praise of the event to others, -0.5 for each handing criticism."""
    low = text.lower()
    favourable = sum(low.count(p) for p in lexicon.ATTRIBUTION_FAVOURABLE)
    critical = sum(low.count(p) for p in lexicon.ATTRIBUTION_CRITICAL)
    return 0.5 * (favourable - critical)


@functools.cache
def _vader() -> object:
    """The VADER analyser (loaded once)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@functools.lru_cache(maxsize=65536)
def vader_compound(text: str) -> float:
    """VADER's compound sentiment of ``text`` in [-1, 1] (cached: stance, tone and the summary's choice of
    wording score many of the same sentences)."""
    return float(_vader().polarity_scores(text)["compound"])  # type: ignore[attr-defined]


def shouted_words(text: str) -> list[str]:
    """Words written in capitals that VADER rates ("GREEDY bus bosses", "a SHAME"): a tabloid's shout, which the
    house lexicon may not list. Acronyms ("UAFW", "NATO") are no words VADER rates, so they are left alone."""
    rated = _vader().lexicon  # type: ignore[attr-defined]
    return [w for w in CAPITALS.findall(text) if w.lower() in rated]


CAPITALS = re.compile(r"\b[A-Z]{3,}\b")


def is_distanced(text: str) -> bool:
    """True when the sentence hands its words to someone else (a quote, "officials say", "according to")."""
    low = text.lower()
    return text.lstrip()[:1] in QUOTE_MARKS or any(re.search(rf"\b{re.escape(p)}\b", low) for p in lexicon.DISTANCING)


def evaluate_sentence(text: str, scare_quotes: int) -> float:
    """A sentence's evaluation (capped at ±SENTENCE_CAP): lexicon + VADER + attribution - 0.3 per scare quote.

    Words the outlet reports rather than asserts (quotes, "officials say") count at ``DISTANCED_WEIGHT``;
    explicit attribution of praise or criticism ("hailed as", "critics argue") counts in full, since choosing
    to report it is the framing. In a question (``is_question``) the lexicon's words count for nothing: the
    sentence does not assert them, and a rhetorical question usually means their opposite. VADER weighs as much
    as one lexicon word (``VADER_WEIGHT``): across six annotated stories, half that weight ranked outlets worse on
    the three where the event's supporters attack its opponents, and no better on the other three.
    """
    quoted = " ".join(m.group(0) for m in QUOTED.finditer(text))
    lex_quoted, _ = lexicon_score(quoted)
    lex_all, _ = lexicon_score(text)
    if is_question(text):
        lex_quoted = lex_all = 0.0
    own = (lex_all - lex_quoted) + DISTANCED_WEIGHT * lex_quoted + VADER_WEIGHT * vader_compound(text)
    if is_distanced(text):
        own *= DISTANCED_WEIGHT
    raw = own + attribution_score(text) - 0.3 * scare_quotes
    return max(-SENTENCE_CAP, min(SENTENCE_CAP, raw))


def refers_to_event(text: str) -> bool:
    """True when the sentence refers back to the event with a general noun ("the move", "this decision")."""
    return EVENT_REFERENCE.search(text) is not None


def central_fact(facts: Sequence[Fact], articles: Sequence[Article]) -> Fact | None:
    """The main event: the fact most articles carry, ties going to the one mentioned earliest in its articles."""
    lengths = {a.id: max(len(a.text), 1) for a in articles}

    def position(fact: Fact) -> float:
        return sum(m.start / lengths.get(m.article, 1) for m in fact.mentions) / max(len(fact.mentions), 1)

    candidates = [f for f in facts if f.mentions]
    if not candidates:
        return None
    return min(candidates, key=lambda f: (-len(set(f.articles)), position(f), f.id))


def event_texts(articles: Sequence[Article], analyses: Sequence[Analysis], alignment: Alignment) -> list[str]:
    """Texts standing for the main event: the central fact's mentions, else every article's first sentences."""
    fact = central_fact(alignment.facts, articles)
    if fact is not None and len(set(fact.articles)) >= 2:
        return [m.text for m in fact.mentions]
    return [s.text for an in analyses for s in an.sentences[:LEAD_SENTENCES]]


def score_article(
    analysis: Analysis, relevance: Sequence[float], scare: Sequence[Quote], title: SentenceStance | None = None
) -> tuple[float, list[SentenceStance]]:
    """Stance of one article from its sentences' (and headline's) evaluations, weighted by relevance and position."""
    scored: list[SentenceStance] = [title] if title is not None else []
    for i, (sentence, rel) in enumerate(zip(analysis.sentences, relevance, strict=True)):
        n_scare = sum(1 for q in scare if sentence.start <= q.start < sentence.end)
        weight = rel * (LEAD_WEIGHT if i < LEAD_SENTENCES else 1.0)
        scored.append(
            SentenceStance(
                start=sentence.start,
                end=sentence.end,
                text=sentence.text,
                evaluation=evaluate_sentence(sentence.text, n_scare),
                weight=weight,
            )
        )
    total = sum(s.weight for s in scored)
    if total <= 0:
        return 0.0, scored
    return math.tanh(sum(s.weight * s.evaluation for s in scored) / total), scored


def relevance_of(similarity: float) -> float:
    """Map a cosine similarity to the event onto a relevance weight in [BASE_RELEVANCE, 1].

    Every sentence of an article about the story frames it somewhat (the background it chooses, the verdicts it
    passes); sentences close to the main event count up to ``1 / BASE_RELEVANCE`` times more.
    """
    closeness = min(max((similarity - RELEVANCE_FLOOR) / RELEVANCE_SPAN, 0.0), 1.0)
    return BASE_RELEVANCE + (1.0 - BASE_RELEVANCE) * closeness


def score_title(article: Article, centre: Any) -> SentenceStance | None:
    """The headline as a lead sentence (it is not part of the text, so it has no offsets and is never evidence).

    Quoted words of one to three in a headline are taken as scare quotes: headlines rarely quote whole remarks.
    """
    if not article.title or not article.title.strip():
        return None
    from storylens.nlp import embed

    similarity = float(embed([article.title])[0] @ centre)
    scare = len(SHORT_QUOTED.findall(article.title))
    return SentenceStance(
        start=-1,
        end=-1,
        text=article.title,
        evaluation=evaluate_sentence(article.title, scare),
        weight=relevance_of(similarity) * LEAD_WEIGHT,
    )


def stance_evidence(article: str, scored: Sequence[SentenceStance], stance: float, limit: int = 3) -> list[Mention]:
    """The sentences that pull hardest in the direction of the article's stance, in text order."""
    sign = 1.0 if stance >= 0 else -1.0
    drivers = sorted(
        (s for s in scored if s.start >= 0 and s.weight * s.evaluation * sign > 0.02),
        key=lambda s: (-abs(s.weight * s.evaluation), s.start),
    )[:limit]
    return [
        Mention(article=article, start=s.start, end=s.end, text=s.text) for s in sorted(drivers, key=lambda s: s.start)
    ]


def compute_stances(
    articles: Sequence[Article], analyses: Sequence[Analysis], alignment: Alignment
) -> dict[str, tuple[float, list[Mention]]]:
    """Article id -> (stance in [-1, 1], evidence sentences), all toward the same main event."""
    from storylens.nlp import embed

    event = embed(event_texts(articles, analyses, alignment))
    out: dict[str, tuple[float, list[Mention]]] = {}
    if len(event) == 0:
        return {a.id: (0.0, []) for a in articles}
    centre = event.mean(axis=0)
    centre = centre / (float((centre**2).sum()) ** 0.5 or 1.0)
    for article, analysis in zip(articles, analyses, strict=True):
        vectors = embed([s.text for s in analysis.sentences])
        relevance = [
            max(relevance_of(float(v @ centre)), REFERENCE_RELEVANCE if refers_to_event(s.text) else 0.0)
            for v, s in zip(vectors, analysis.sentences, strict=True)
        ]
        scare = [q for q in analysis.quotes if q.kind == "scare"]
        stance, scored = score_article(analysis, relevance, scare, score_title(article, centre))
        stance = round(max(-1.0, min(1.0, stance)), 4)
        out[article.id] = (stance, stance_evidence(article.id, scored, stance))
    return out
