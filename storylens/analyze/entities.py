"""Named entities, normalised across one article."""

from __future__ import annotations

from typing import Any

from storylens.records import Entity


def find_entities(article_id: str, doc: Any) -> list[Entity]:
    """Entity mentions of ``doc``."""
    return [
        Entity(article=article_id, start=e.start_char, end=e.end_char, text=e.text, label=e.label_, key=e.text)
        for e in doc.ents
    ]
