"""Stage 3, analyze: per-article sentences, entities, typed values, quotes and claims (spaCy, loaded lazily)."""

from storylens.analyze.article import analyze_article

__all__ = ["analyze_article"]
