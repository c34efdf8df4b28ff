"""Arrests and charges told as done and denied across a whole story (``align/steps.py``), on sentences written for
these tests."""

from __future__ import annotations

import dataclasses

import pytest

from storylens.align.steps import step_conflicts
from storylens.align.story import already_told
from storylens.records import Conflict
from tests.conftest import invented_story, side_at

pytestmark = pytest.mark.slow  # every case parses its articles with spaCy


def steps(texts: dict[str, str], found: tuple[Conflict, ...] = ()) -> list[tuple[str, dict[str, list[str]]]]:
    """(about, value -> articles) of each story-wide status conflict between the invented articles ``texts``."""
    articles, by_id = invented_story(texts)
    return [
        (c.about, {s.value: sorted({m.article for m in s.mentions}) for s in c.sides})
        for c in step_conflicts(articles, by_id)
        if not already_told(c, found)  # as ``align_story`` leaves out what a fact already tells
    ]


CHARGED = {
    "wire": "The lorry left the road near Hobbelin on Friday. Its driver, 61, was taken to hospital. He has not "
            "been charged, police said.",
    "local": "Police said no one had been charged over the crash at Hobbelin.",
    "tabloid": "Trucker Anselm Yarrowkin, 61, has been charged with dangerous driving after the Hobbelin horror.",
}  # fmt: skip


def test_a_step_denied_by_some_and_told_as_done_by_others_is_a_conflict() -> None:
    assert steps(CHARGED) == [
        ("whether anyone has been charged", {"charged": ["tabloid"], "not charged": ["local", "wire"]})
    ]


def test_arrests_told_in_other_words() -> None:
    found = steps({
        "wire": "No arrests have been made, Orvask police said.",
        "trade": "Neither master has been detained.",
        "tabloid": "Cops have arrested a 19-year-old man and charged him with arson.",
        "daily": "Three students were arrested and charged with criminal damage.",
    })  # fmt: skip
    assert found == [("whether anyone has been arrested", {"arrested": ["daily", "tabloid"],
                                                           "not arrested": ["trade", "wire"]})]  # fmt: skip


def test_a_disagreement_a_fact_already_shows_is_not_told_again() -> None:
    told = Conflict(
        id="c1",
        kind="status",
        about="a fact's own conflict",
        sides=(
            side_at(CHARGED, "no", "wire", "He has not been charged"),
            side_at(CHARGED, "yes", "tabloid", "has been charged with dangerous driving"),
        ),
    )
    assert steps(CHARGED, (told,)) == []
    elsewhere = dataclasses.replace(
        told, sides=(side_at(CHARGED, "no", "wire", "The lorry left the road"), told.sides[1])
    )
    assert steps(CHARGED, (elsewhere,)) != []


@pytest.mark.parametrize(
    "texts",
    [
        # another person: a word of each names someone else
        {"a": "The ferry's owner, Tressilian Shipping, was charged with safety breaches.",
         "b": "The ferry's captain has not been charged."},
        # a step to come is no denial; charging a fee or taking charge is not the law's charge
        {"a": "Police said they would arrest anyone who returned to the site.", "b": "Police arrested two men."},
        {"a": "The operator has not charged passengers for the cancelled crossings.",
         "b": "It was charged with safety breaches in March."},
        {"a": "Deputy Ina Orvask will take charge of the inquiry.", "b": "No one has been charged."},
        # someone's words, and an article that tells the step both ways
        {"a": '"Nobody has been arrested," a resident said.', "b": "Police arrested two men on Friday."},
        {"a": "Police arrested two men on Friday. A third man has not been arrested.",
         "b": "Neither man has been arrested."},
    ],
)  # fmt: skip
def test_steps_that_need_not_disagree_are_no_conflict(texts: dict[str, str]) -> None:
    assert steps(texts) == []
