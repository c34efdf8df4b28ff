"""Clock times of one event compared across a whole story (``align/moments.py``), on sentences written for these
tests."""

from __future__ import annotations

import dataclasses

import pytest

from storylens.align.moments import moment_conflicts
from storylens.align.story import already_told
from storylens.records import Conflict
from tests.conftest import invented_story, side_at

pytestmark = pytest.mark.slow  # every case parses its articles with spaCy


def moments(texts: dict[str, str], found: tuple[Conflict, ...] = ()) -> list[tuple[str, dict[str, list[str]]]]:
    """(about, value -> articles) of each story-wide time conflict between the invented articles ``texts``."""
    articles, by_id = invented_story(texts)
    return [
        (c.about, {s.value: sorted({m.article for m in s.mentions}) for s in c.sides})
        for c in moment_conflicts(articles, by_id)
        if not already_told(c, found)  # as ``align_story`` leaves out what a fact already tells
    ]


LIFTED = {
    "wire": "Crews from Ystrelle Fire lifted the evacuation order at 6 p.m. on Thursday. Residents of Dunmere were "
            "allowed home after engineers checked the tanks.",
    "local": "The families went back to their houses in the evening. Ystrelle Fire lifted the evacuation order at "
             "4.30pm on Thursday, once the last tank had been emptied.",
    "daily": "The evacuation order was lifted at around 6pm, Ystrelle Fire said in a statement.",
}  # fmt: skip


def test_one_event_timed_in_sentences_that_share_little_else_is_a_conflict() -> None:
    assert moments(LIFTED) == [
        ("at what time crews lifted the evacuation order", {"4.30pm": ["local"], "6 p.m.": ["daily", "wire"]})
    ]


def test_a_disagreement_a_fact_already_shows_is_not_told_again() -> None:
    told = Conflict(
        id="c1",
        kind="date",
        about="a fact's own conflict",
        sides=(
            side_at(LIFTED, "6 p.m.", "wire", "lifted the evacuation order at 6 p.m."),
            side_at(LIFTED, "4.30pm", "local", "lifted the evacuation order at"),
        ),
    )
    assert moments(LIFTED, (told,)) == []
    elsewhere = dataclasses.replace(
        told, sides=(side_at(LIFTED, "6 p.m.", "wire", "Residents of Dunmere"), told.sides[1])
    )
    assert moments(LIFTED, (elsewhere,)) != []


@pytest.mark.parametrize(
    "texts",
    [
        # one verb, but nothing shared: the coach left the depot, and later left the road
        {"a": "The coach left the Brannick depot at about 7 a.m.", "b": "The coach left the road at 6:40 p.m."},
        # times beside different weekdays are of different events
        {"a": "Engineers restored the line at 11:40 a.m. on Wednesday.",
         "b": "Engineers restored the line at 7pm on Tuesday."},
        # an article that times the event twice takes no side
        {"a": "The pumps started at 2 a.m. Workers restarted them after the pumps started again at 5 a.m.",
         "b": "The pumps started at 4 a.m., a worker said."},
        # someone's words, a deadline, and times that can be one minute
        {"a": '"The pumps started at 2 a.m.," a worker said.', "b": "The pumps started at 4 a.m."},
        {"a": "The pumps must be started by 2 a.m.", "b": "The pumps started at 4 a.m."},
        {"a": "The pumps started at about 2:20 a.m.", "b": "The pumps started at 2:10 a.m. on the quay."},
    ],
)  # fmt: skip
def test_times_that_need_not_be_one_event_are_no_conflict(texts: dict[str, str]) -> None:
    assert moments(texts) == []
