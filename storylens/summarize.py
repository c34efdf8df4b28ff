"""Stage 7, summarize: a neutral summary whose every sentence cites its outlets and facts."""

from __future__ import annotations

from collections.abc import Sequence

from storylens.align import Alignment
from storylens.records import Article, SummarySentence


def summarize_story(articles: Sequence[Article], alignment: Alignment) -> list[SummarySentence]:
    """Summary sentences built from consensus facts first, then majority facts, then conflicts."""
    return []
