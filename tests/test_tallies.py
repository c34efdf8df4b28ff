"""Vote tallies across the story (``align/tallies.py``): one vote told in sentences the aligner keeps apart."""

from __future__ import annotations

from tests.test_conflicts import articles_of, one_fact


def tally_sides(texts: dict[str, str]) -> list[dict[str, list[str]]]:
    """Each tally conflict among invented articles: side value -> articles."""
    from storylens.align.tallies import tally_conflicts

    _, by_id = one_fact(texts)
    articles = articles_of(texts)
    return [{s.value: sorted(m.article for m in s.mentions) for s in c.sides} for c in tally_conflicts(articles, by_id)]


def test_one_vote_told_with_two_tallies_in_unlike_sentences_is_a_conflict() -> None:
    found = tally_sides({
        "a": "The parish assembly voted 17 to 12 on Monday to close the ferry landing.",
        "b": "The landing closure was bulldozed through by 16 votes to 13 amid jeers from the gallery.",
        "c": "By 17 votes to 12, members approved the closure.",
        "d": "Members approved the closure.",
    })  # fmt: skip
    assert found == [{"16 votes to 13": ["b"], "17 to 12": ["a", "c"]}]


def test_a_story_of_two_votes_or_a_quoted_tally_compares_no_tally() -> None:
    two_votes = {
        "a": "The bill passed its first reading by 17 votes to 12 and its second by 19 votes to 10.",
        "b": "The bill passed by 19 votes to 10.",
    }
    quoted = {
        "a": "The parish assembly voted 17 to 12 on Monday to close the ferry landing.",
        "b": "\u201cWe lost 16 to 13 and we will fight on,\u201d said a member of the parish assembly.",
    }
    assert tally_sides(two_votes) == []
    assert tally_sides(quoted) == []
