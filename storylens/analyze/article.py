"""Run every per-article analysis over one article's cleaned text.

1. parse the text once with spaCy (sentences split at paragraph breaks too);
2. entities, normalised across the article;
3. typed values (numbers, money, percentages, dates, durations);
4. direct quotes with their speakers (scare quotes kept apart as ``kind="scare"``);
5. claims: the sentences and clauses that facts are aligned from.
"""

from __future__ import annotations

from storylens.analyze.claims import split_claims
from storylens.analyze.entities import find_entities
from storylens.analyze.quotes import find_quotes
from storylens.analyze.sentences import parse
from storylens.analyze.values import find_values
from storylens.records import Analysis, Article


def analyze_article(article: Article) -> Analysis:
    """Sentences, entities, values, quotes and claims of ``article``."""
    # 1.
    doc, sentences = parse(article.text)
    # 2.
    entities = find_entities(article.id, doc)
    # 3.
    values = find_values(article.id, doc)
    # 4.
    quotes = find_quotes(article.id, doc, entities)
    # 5.
    claims = split_claims(article.id, doc, sentences)
    return Analysis(
        article=article.id,
        sentences=tuple(sentences),
        entities=tuple(entities),
        values=tuple(values),
        quotes=tuple(quotes),
        claims=tuple(claims),
    )
