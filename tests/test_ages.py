"""Age conflicts (``align/ages.py``): one named person given different ages by different outlets."""

from __future__ import annotations

import pytest

from storylens.align.ages import age_beside
from tests.test_conflicts import articles_of, one_fact


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Ysmene Vantreese, 67, said the water was cold.", 67),
        ("Ysmene Vantreese, aged 67, said the water was cold.", 67),
        ("Ysmene Vantreese (67) said the water was cold.", 67),
        ("The 67-year-old retired nurse Ysmene Vantreese said the water was cold.", 67),
        ("Ysmene Vantreese, 1,200 miles away, said the water was cold.", None),
        ("Ysmene Vantreese said the water was cold.", None),
        ("In 2019, Ysmene Vantreese said the water was cold.", None),
    ],
)  # fmt: skip
def test_an_age_is_read_where_news_style_writes_it_beside_a_name(text: str, age: int | None) -> None:
    start = text.index("Ysmene")
    assert age_beside(text, start, start + len("Ysmene Vantreese")) == age


def age_sides(texts: dict[str, str]) -> list[tuple[str, dict[str, list[str]]]]:
    """Each age conflict among invented articles: what it is about, and each side's value and articles."""
    from storylens.align.ages import age_conflicts

    _, by_id = one_fact(texts)
    articles = articles_of(texts)
    return [(c.about, {s.value: sorted(m.article for m in s.mentions) for s in c.sides})
            for c in age_conflicts(articles, by_id)]  # fmt: skip


def test_one_person_given_two_ages_is_a_conflict_and_a_surname_counts_for_its_full_name() -> None:
    found = age_sides({
        "a": "Ysmene Vantreese, 67, was rescued from the roof of her house on Tuesday.",
        "b": "Rescuers lifted Ysmene Vantreese from her roof. Vantreese, 69, was unhurt.",
        "c": "The 67-year-old widow Ysmene Vantreese was rescued on Tuesday.",
        "d": "Ysmene Vantreese was rescued on Tuesday.",
    })  # fmt: skip
    assert found == [("Ysmene Vantreese's age", {"67": ["a", "c"], "69": ["b"]})]


def test_two_people_sharing_a_surname_or_one_outlet_giving_two_ages_do_not_conflict() -> None:
    found = age_sides({
        "a": "Ysmene Vantreese, 67, and her son Ottavo Vantreese, 41, were rescued on Tuesday.",
        "b": "Ottavo Vantreese, 41, said his mother Ysmene Vantreese, 67, was unhurt.",
        "c": "Ysmene Vantreese, 67, turned 68 in hospital; Ysmene Vantreese, 68, thanked the crew.",
        "d": "Pelagia Duvrane, 30, and Ysmene Vantreese were rescued.",
    })  # fmt: skip
    assert found == []
