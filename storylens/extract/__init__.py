"""Stage 2, extract: clean a raw source into an ``Article`` (main text, metadata, removed page junk)."""

from storylens.extract.article import extract_article

__all__ = ["extract_article"]
