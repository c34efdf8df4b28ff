"""Counts of one noun compared across a whole story (``align/counts.py``), on sentences written for these tests."""

from __future__ import annotations

import pytest

from storylens.align.counts import count_conflicts
from tests.conftest import invented_story

pytestmark = pytest.mark.slow  # every case parses its articles with spaCy


def counts(texts: dict[str, str]) -> list[tuple[str, dict[str, list[str]]]]:
    """(about, value -> articles) of each count conflict between the invented articles ``texts``."""
    articles, by_id = invented_story(texts)
    return [
        (c.about, {s.value: sorted({m.article for m in s.mentions}) for s in c.sides})
        for c in count_conflicts(articles, by_id)
    ]


def test_one_count_told_in_sentences_that_share_little_else_is_a_conflict() -> None:
    found = counts({
        "wire": "The board voted to close the Brusk depot on Monday. About 200 students occupied the Quennard "
                "Building within hours. The college has 14,000 students.",
        "tabloid": "MORE than 500 students stormed the Quennard Building after the vote, chanting at the governors.",
        "daily": "Some 200 students, many carrying sleeping bags, walked into the Quennard Building on Monday night.",
    })  # fmt: skip
    assert found == [("the number of students", {"About 200": ["daily", "wire"], "MORE than 500": ["tabloid"]})]


def test_a_search_that_is_not_for_the_count_leaves_it_a_count_of_all() -> None:
    found = counts({
        "a": "Three inmates escaped from the Dravik jail on Tuesday.",
        "c": "Police searched the Dravik jail after two inmates escaped from it on Tuesday.",
    })  # fmt: skip
    assert found == [("the number of inmates", {"Three": ["a"], "two": ["c"]})]


@pytest.mark.parametrize(
    "texts",
    [
        # far apart: the occupiers are not the college's roll
        {"a": "About 200 students occupied the hall.", "b": "The college, which has 14,000 students, said little."},
        # the article that gives another count near the first's leaves it ambiguous
        {
            "a": "About 200 students occupied the hall.",
            "b": 'Some 500 students marched on Monday. "We had 200 students inside the hall," an organiser said.',
        },
        # a part and its whole, parts in one sentence, a group named by what it owns, "of" another noun
        {"a": "Eleven of the train's 31 wagons left the track.", "b": "Fourteen wagons left the track near Halvoe."},
        {
            "a": "It carried eight radio satellites for Pellisar, two weather satellites for Oddvar.",
            "b": "It carried 11 satellites.",
        },
        {"a": "The two nations' leaders met in Tremmik.", "b": "Five nations signed the pact in Tremmik."},
        {"a": "The summit brought together leaders of five nations.", "b": "The two nations signed a pact."},
        # told of different things: destroyed is not damaged
        {"a": "The fire destroyed 64 homes in Halvoe.", "b": "The fire damaged 87 homes in Halvoe."},
        {"a": "Forty-one trains were diverted to Ostby.", "b": "More than 90 trains were cancelled on Friday."},
        # what something can hold is not how many there were; a vote's side is the vote's (``tallies``)
        {"a": "The ferry is certified for 250 passengers.", "b": "The ferry was carrying 118 passengers."},
        {
            "a": "The council split six to three, with three members voting to hold.",
            "b": "Two members of the council voted to hold.",
        },
        # an addition, someone's words, another occasion, rounding
        {"a": "Another 12 wagons were stuck at the border.", "b": "Some 20 wagons were stuck at the border."},
        {"a": '"I counted 900 wagons," a driver said.', "b": "Some 600 wagons were stuck at the border."},
        {"a": "In 2019, 300 wagons were stuck at the border.", "b": "Some 600 wagons were stuck at the border."},
        {"a": "Nearly 600 wagons were stuck at the border.", "b": "In all, 587 wagons were stuck at the border."},
        {"a": "More than a hundred rescuers searched the slope.", "b": "More than 120 rescuers searched the slope."},
        # those still sought are not all who fled; a "when" clause after a year tells of that year
        {
            "a": "Three inmates escaped from the Dravik jail on Tuesday.",
            "b": "The hunt for the two inmates who escaped from the Dravik jail went on.",
        },
        {
            "a": "Three inmates escaped from the Dravik jail on Tuesday.",
            "b": "It was the first escape from the jail since 2011, when two inmates got out through a laundry van.",
        },
    ],
)
def test_counts_that_need_not_be_one_count_are_no_conflict(texts: dict[str, str]) -> None:
    assert counts(texts) == []


def test_a_third_of_a_million_is_not_a_million() -> None:
    assert counts({"a": "The blackout cut power to about 340,000 homes.",
                   "b": "The blackout plunged a third of a million homes into darkness."}) == []  # fmt: skip
