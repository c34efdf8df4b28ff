"""Framing of each article of one story."""

from __future__ import annotations

from collections.abc import Sequence

from storylens.align import Alignment
from storylens.records import Analysis, Article, Framing


def frame_story(
    articles: Sequence[Article], analyses: Sequence[Analysis], alignment: Alignment
) -> tuple[list[Framing], dict[str, str]]:
    """Framing per article and, keyed by figure, how each figure is computed."""
    return [Framing(article=a.id, outlet=a.outlet, stance=0.0) for a in articles], {}
