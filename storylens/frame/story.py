"""Framing of each article of one story: stance on the story's own axis, tone, wording, hedges and voices.

1. stance toward the main event with the sentences that drive it (``frame.stance``);
2. tone: mean VADER sentiment over the article's sentences;
3. wording: loaded words no other outlet uses, different labels for one entity, scare quotes (``frame.wording``);
4. hedges and voices: attribution phrases and quoted speakers grouped by kind (``frame.voices``).
"""

from __future__ import annotations

from collections.abc import Sequence

from storylens.align import Alignment
from storylens.frame.stance import DISTANCED_WEIGHT, compute_stances, vader_compound
from storylens.frame.voices import hedges, voices
from storylens.frame.wording import labels_by_article, loaded_words_by_article, scare_quotes
from storylens.records import Analysis, Article, Framing

FRAMING_METHOD: dict[str, str] = {
    "stance": (
        "Stance toward the story's main event, from -1 (critical: presented as hollow, harmful or failed) to +1 "
        "(favourable: presented as significant or successful). The main event is the fact most outlets carry, "
        "earliest in their text (without aligned facts: the articles' opening sentences). Each sentence is "
        "weighted by its MiniLM similarity to that event (or by referring back to it, e.g. 'the move'), double "
        "in the headline and lede, and scored by a general evaluative lexicon ('landmark', 'hollow', "
        "'whitewash'), attributed praise or criticism ('hailed as', 'critics argue'), scare quotes and VADER "
        "sentiment (weighing as much as one lexicon word); words the outlet only reports (quotes, 'officials "
        f"say') count at {DISTANCED_WEIGHT:g}, and the lexicon's words in a question (often rhetorical: 'who could "
        "blame them?') do not count. The stance is tanh of the weighted mean; stance_evidence lists the "
        "sentences that pull hardest that way. It does not tell whom a sentence blames: criticism of the event's "
        "opponents reads as criticism of the event."
    ),
    "tone": "Mean VADER compound sentiment over all of the article's sentences (-1 negative to +1 positive).",
    "loaded_words": (
        "Strongly evaluative or pejorative words from a general lexicon that this article uses and no other "
        "article of the story uses."
    ),
    "labels": (
        "Entities (same normalised key) this article names differently from most other articles, or puts in "
        "scare quotes: entity key -> this article's label."
    ),
    "scare_quotes": "Words the article puts in quotation marks without quoting anyone (quotes of kind 'scare').",
    "hedges": (
        "Hedging and attribution phrases ('critics argue', 'officials say', 'reportedly', 'could') as spans of "
        "the article's text."
    ),
    "voices": (
        "Quoted speakers grouped by kind (government/officials, analysts/experts, critics/advocates, unnamed, "
        "other) from the speaker's name and description."
    ),
}
"""How each framing figure is computed, in plain English (``Report.framing_method``)."""


def frame_story(
    articles: Sequence[Article], analyses: Sequence[Analysis], alignment: Alignment
) -> tuple[list[Framing], dict[str, str]]:
    """Framing per article and, keyed by figure, how each figure is computed."""
    if not articles:
        return [], dict(FRAMING_METHOD)
    # 1.
    stances = compute_stances(articles, analyses, alignment)
    # 3.
    loaded = loaded_words_by_article(articles)
    labels = labels_by_article(analyses)
    framings = []
    for article, analysis in zip(articles, analyses, strict=True):
        stance, evidence = stances[article.id]
        # 2.
        tones = [vader_compound(s.text) for s in analysis.sentences]
        framings.append(
            Framing(
                article=article.id,
                outlet=article.outlet,
                stance=stance,
                stance_evidence=tuple(evidence),
                tone=round(sum(tones) / len(tones), 4) if tones else 0.0,
                loaded_words=loaded.get(article.id, ()),
                labels=labels.get(article.id, {}),
                scare_quotes=scare_quotes(analysis),
                # 4.
                hedges=tuple(hedges(article.id, article.text)),
                voices=voices(analysis),
            )
        )
    return framings, dict(FRAMING_METHOD)
