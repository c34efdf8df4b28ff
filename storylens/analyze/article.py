"""Run every per-article analysis over one article's cleaned text."""

from __future__ import annotations

from storylens.nlp import get_nlp
from storylens.records import Analysis, Article, Sentence


def analyze_article(article: Article) -> Analysis:
    """Sentences, entities, values, quotes and claims of ``article``."""
    doc = get_nlp()(article.text)
    sentences = tuple(Sentence(start=s.start_char, end=s.end_char, text=s.text) for s in doc.sents)
    return Analysis(article=article.id, sentences=sentences)
