"""A story's own currency, learned across its articles, and amounts in it compared by what they measure."""

from __future__ import annotations

from typing import Any

from storylens.align.amounts import same_amount
from storylens.align.conflicts import amount_conflicts
from storylens.analyze.currencies import money_across_story
from tests.test_conflicts import one_fact


def analysed(texts: dict[str, str]) -> list[Any]:
    from storylens.analyze import analyze_article
    from storylens.records import Article

    return [analyze_article(Article(id=k, source=k, text=t, content_hash=k, outlet=k, outlet_from="input"))
            for k, t in texts.items()]  # fmt: skip


def kinds(analyses: list[Any]) -> dict[str, str]:
    return {v.text: v.kind for a in analyses for v in a.values}


def test_a_word_the_story_reads_as_money_is_money_in_every_article() -> None:
    """The tagger calls "45 million zelliks" money in one article and "around 70 million zelliks" a count in
    another; read across the story, both are money, so the two estimates can be compared."""
    analyses = analysed({
        "a": "The Quorvel Insurance Board put insured losses from the storm at 45 million zelliks on Monday. "
        "A ticket costs 9.50 zelliks.",
        "b": "The Quorvel Insurance Board estimates insured losses at around 70 million zelliks.",
    })  # fmt: skip
    assert kinds(analyses)["around 70 million"] == "number"
    after = kinds(money_across_story(analyses))
    assert after["around 70 million"] == after["45 million"] == "money"
    assert money_across_story(analyses[1:]) == analyses[1:]  # "zelliks" is money nowhere in that story


def test_a_word_told_in_millions_where_money_is_spoken_of_is_a_currency() -> None:
    """No article's tagger reads "zelliks" as money, but the story fines and spends millions of them; counts of
    people paid stay counts."""
    analyses = analysed({
        "a": "The regulator fined the lender 48.6 million zelliks on Tuesday. It also paid 300 workers.",
        "b": "The lender says it has spent 31 million zelliks on new systems since 2023 and paid 250 workers.",
    })  # fmt: skip
    after = kinds(money_across_story(analyses))
    assert after["48.6 million"] == after["31 million"] == "money"
    assert after["300"] == after["250"] == "number"


def test_a_deficit_and_a_fund_doubled_from_an_amount_tell_money() -> None:
    analyses = analysed({
        "a": "The college is projecting a deficit of 48 million zelliks for next year.",
        "b": "It will double its bursary fund from 4.5 million zelliks to 9 million zelliks.",
    })  # fmt: skip
    after = kinds(money_across_story(analyses))
    assert after["48 million"] == after["9 million"] == "money"


def test_sharing_a_currency_says_nothing_of_what_two_amounts_measure() -> None:
    """What a firm spent and the fine it was given are both in zelliks; that alone does not make them one
    figure, while the fine told by two outlets still disagrees."""
    fact, by_id = one_fact({
        "a": "The regulator fined the lender 48.6 million zelliks for its failures.",
        "b": "It has spent 31 million zelliks upgrading its monitoring systems.",
        "c": "A fine of 48.6 million zelliks sounds like serious money.",
        "d": "The regulator fined the lender 46.8 million zelliks for its failures.",
    })  # fmt: skip
    by_id = {a.article: a for a in money_across_story(list(by_id.values()))}
    sides = [sorted(s.value for s in c.sides) for c in amount_conflicts(fact, by_id)]
    assert sides == [["46.8 million", "48.6 million"]]


def test_money_written_to_a_decimal_of_millions_agrees_only_to_that_decimal() -> None:
    assert not same_amount(48.6e6, 46.8e6, "money", exact=True)
    assert same_amount(2.1e9, 2e9, "money", exact=True) and same_amount(17e9, 17.2e9, "money", exact=True)
    assert same_amount(50e6, 52e6, "money", exact=False)  # "about 50 million" is told to ten million
    assert not same_amount(48e6, 52e6, "money", exact=False)  # "about 48 million" to one million
