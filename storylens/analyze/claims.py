"""Claims: the sentences and clauses that facts are aligned from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storylens.records import Claim, Sentence


def split_claims(article_id: str, doc: Any, sentences: Sequence[Sentence]) -> list[Claim]:
    """One claim per sentence (clause splitting comes with the alignment stage)."""
    return [
        Claim(article=article_id, sentence=i, start=s.start, end=s.end, text=s.text) for i, s in enumerate(sentences)
    ]
