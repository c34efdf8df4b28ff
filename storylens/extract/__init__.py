"""Stage 2, extract: clean a raw source into an ``Article`` (main text, metadata, removed page junk)."""

from storylens.extract.article import extract_article, filename_outlet_note

__all__ = ["extract_article", "filename_outlet_note"]
