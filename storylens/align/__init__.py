"""Stage 5, align: facts across articles, coverage, omissions, conflicts and quote provenance."""

from storylens.align.story import Alignment, align_story

__all__ = ["Alignment", "align_story"]
