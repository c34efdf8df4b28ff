"""Casualty counts compared across a whole story (``align/tolls.py``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from storylens.align.tolls import toll_conflicts

pytestmark = pytest.mark.slow  # every case parses its articles with spaCy


def tolls(texts: dict[str, str]) -> list[tuple[str, dict[str, list[str]]]]:
    """(about, value -> articles) of each toll conflict between the invented articles ``texts``."""
    from storylens.analyze import analyze_article
    from storylens.records import Article

    articles = [
        Article(id=k, source=k, text=v, content_hash=k, outlet=k, outlet_from="input") for k, v in texts.items()
    ]
    by_id = {a.id: analyze_article(a) for a in articles}
    return [
        (c.about, {s.value: sorted({m.article for m in s.mentions}) for s in c.sides})
        for c in toll_conflicts(articles, by_id)
    ]


def test_one_count_told_in_sentences_that_share_nothing_else_is_a_conflict() -> None:
    found = tolls({
        "wire": "Police broke up the march late on Sunday. Twenty-three officers were injured, the ministry said.",
        "tabloid": "As masked men set fire to cars in the old town, 32 police officers were injured on Sunday night.",
        "daily": "The march ended in clashes. Police said 23 officers were hurt.",
    })  # fmt: skip
    assert found == [("the number of officers injured", {"Twenty-three": ["daily", "wire"], "32": ["tabloid"]})]


@pytest.mark.parametrize(
    "texts",
    [
        # the dead are not the injured, officers are not protesters
        {"a": "Twelve people were killed in the blast.", "b": "At least 40 people were injured in the blast."},
        {"a": "Twenty officers were injured in the clashes.", "b": "Some 41 protesters were injured in the clashes."},
        # a toll that rose: the article that gives both figures leaves the count ambiguous
        {"a": "At first 40 people were reported dead. By evening 52 people had died.", "b": "40 people died."},
        # a part of the count, or an addition to it
        {"a": "Five of the injured were in a critical condition.", "b": "In all, 410 people were injured."},
        {"a": "Another 12 people were injured on Monday.", "b": "In all, 410 people were injured."},
        # someone's words, not the outlet's figure
        {"a": '"I saw 300 people hurt," a witness said.', "b": "Some 41 people were injured."},
        # rounding, and a count dated to another year (another event)
        {"a": "Nearly 200 people were injured.", "b": "In all, 187 people were injured."},
        {"a": "In 1998 a flood killed 300 people.", "b": "The flood killed 14 people."},
    ],
)
def test_counts_that_do_not_measure_one_thing_are_no_conflict(texts: dict[str, str]) -> None:
    assert tolls(texts) == []


def test_a_story_wide_count_also_found_in_one_fact_is_shown_once_with_that_fact() -> None:
    from storylens.align.story import _number_conflicts
    from storylens.records import Conflict, ConflictSide, Mention

    def conflict(about: str, fact: str | None) -> Conflict:
        sides = tuple(ConflictSide(value=v, mentions=(Mention(article=a, start=0, end=1, text=v),))
                      for v, a in (("940", "a"), ("More than 600", "b")))  # fmt: skip
        return Conflict(id="", kind="number", about=about, sides=sides, fact=fact)

    merged = _number_conflicts([conflict("the number of injured", None),
                                conflict("the number of injured: The toll stood at 940 injured.", "f7")])  # fmt: skip
    assert [(c.about, c.fact) for c in merged] == [("the number of injured: The toll stood at 940 injured.", "f7")]
