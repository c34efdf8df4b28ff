"""Entity keys: aliases, titles, possessives, quotes, and short names resolved to full names."""

from __future__ import annotations

import pytest

from storylens.analyze.entities import entity_key, find_entities, resolve_short_names
from storylens.analyze.sentences import parse


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("U.S.", "US"),
        ("the United States", "US"),
        ("America", "US"),
        ("the U.S.'s", "US"),
        ("Britain’s", "UK"),
        ("the United Arab Emirates", "UAE"),
        ("U.N.", "UN"),
        ("N.A.T.O.", "NATO"),
        ("“Israel”", "Israel"),
        ("President Trump", "Trump"),
        ("Sen. Bernie Sanders", "Bernie Sanders"),
        ("Prime Minister Ana Costa", "Ana Costa"),
        ("Donald J. Trump", "Donald Trump"),
        ("the Kremlin", "Kremlin"),
    ],
)
def test_entity_key(text, key):
    assert entity_key(text) == key


def test_short_names_take_the_nearest_full_name():
    mentions = [("PERSON", "Hillary Clinton"), ("PERSON", "Clinton"), ("PERSON", "Bill Clinton"), ("PERSON", "Clinton")]
    assert resolve_short_names(mentions) == ["Hillary Clinton", "Hillary Clinton", "Bill Clinton", "Bill Clinton"]


def test_short_name_before_full_name_and_places_kept_apart():
    mentions = [("PERSON", "Costa"), ("GPE", "Washington"), ("PERSON", "Ana Costa"), ("PERSON", "George Washington")]
    assert resolve_short_names(mentions) == ["Ana Costa", "Washington", "Ana Costa", "George Washington"]


@pytest.mark.slow
def test_find_entities_on_text():
    text = (
        "President Donald Trump met Prime Minister Benjamin Netanyahu in the United States on Monday. "
        "Trump said the U.S. and America’s allies back “Israel”. Netanyahu thanked Mr. Trump."
    )
    doc, _ = parse(text)
    ents = find_entities("a", doc)
    assert all(text[e.start : e.end] == e.text for e in ents)
    keys = {e.text: e.key for e in ents}
    assert keys.get("Trump") == "Donald Trump"
    assert keys.get("U.S.") == keys.get("United States") == keys.get("America") == "US"
    assert keys.get("Netanyahu") == "Benjamin Netanyahu"
    assert keys.get("Israel") == "Israel"  # the span itself is trimmed of its quotes
    assert all(e.label not in ("DATE", "CARDINAL") for e in ents)
