"""Parse an article once and cut it into sentences with character offsets."""

from __future__ import annotations

from typing import Any

from storylens.nlp import get_nlp
from storylens.records import Sentence


def parse(text: str) -> tuple[Any, list[Sentence]]:
    """The spaCy ``Doc`` of ``text`` and its sentences."""
    doc = get_nlp()(text)
    sentences = [Sentence(start=s.start_char, end=s.end_char, text=s.text) for s in doc.sents if s.text.strip()]
    return doc, sentences
