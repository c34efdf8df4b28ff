"""Typed conflicts: amounts, titles, status, lists and quote drift, on small stories written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storylens.align.amounts import amounts_in, days_in, metres_of, same_amount
from storylens.align.titles import name_start, title_of
from storylens.analyze.qualifiers import is_hedged
from storylens.options import Options
from storylens.pipeline import compare


def test_amounts_are_the_analysis_values_in_comparable_units() -> None:
    from storylens.analyze import analyze_article
    from storylens.records import Article

    text = "In 2019 it cost $1.5 billion over six weeks, 20% more, and the board voted seven to two."
    article = Article(id="a", source="a", text=text, content_hash="a", outlet="a", outlet_from="input")
    found = amounts_in(text, 0, analyze_article(article).values)
    kinds = {(k, round(v, 6), u) for k, v, u, *_ in found}
    assert ("money", 1_500_000_000, "usd") in kinds
    assert ("duration", 42, "day") in kinds  # six weeks, in days
    assert ("percent", 20, "%") in kinds
    assert ("date", 2019, "year") in kinds
    assert ("tally", 7.000002, "votes") in kinds
    assert all(text[at : at + len(written)] == written for *_, written, at in found)
    assert amounts_in(text, 0, []) == []


def test_lengths_counts_per_period_and_times_are_compared_as_they_should_be() -> None:
    from storylens.analyze import analyze_article
    from storylens.records import Article

    text = ("At an altitude of about 12 miles, 39,000 feet up, sellers lost 9 million dralms in sales a day, "
            "by Tuesday evening, at 05:42 UTC.")  # fmt: skip
    article = Article(id="a", source="a", text=text, content_hash="a", outlet="a", outlet_from="input")
    values = analyze_article(article).values
    found = {written: (k, round(v), u) for k, v, u, written, _ in amounts_in(text, 0, values)}
    assert found["about 12 miles"] == ("number", 19312, "m")  # lengths in whole metres
    assert found["39,000 feet"] == ("number", 11887, "m")
    assert found["9 million dralms in sales a day"] == ("number", round(9e6 * 365.25), "dralm per year")
    assert not any(u in ("daypart", "clock") for _, _, u in found.values())  # days_in reads those
    assert not any(key.startswith("clock") for _, key in days_in(text, 0, values))  # UTC: not the local clock
    assert (metres_of("about 12 miles"), metres_of("39,000 feet"), metres_of("38m")) == (19312, 11887, None)


def test_a_small_count_is_exact_to_the_unit() -> None:
    assert not same_amount(10, 11, "number", exact=True)  # "ten satellites" and "11 satellites"
    assert same_amount(12000, 11870, "number", exact=True)
    assert same_amount(10, 11, "number")  # hedged: "about ten"


def test_sides_found_in_two_facts_compare_lengths_in_one_unit() -> None:
    from storylens.align.story import _agree

    assert _agree("about 12 kilometres", "roughly 39,000 feet")
    assert not _agree("about 12 kilometres", "about 12 miles")  # the same number, another length
    assert _agree("3,850", "nearly 3,900")


def test_same_amount_tolerates_rounding_only() -> None:
    assert same_amount(17e9, 17.2e9, "money")
    assert not same_amount(24e6, 42e6, "money")
    assert not same_amount(1992, 1993, "date")


def test_numbers_written_with_decimals_agree_only_up_to_their_last_decimal() -> None:
    assert not same_amount(6.8, 6.4, "number")  # within 10%, but each was written to a tenth
    assert same_amount(6.8, 6.75, "number")  # 6.75 rounds to 6.8
    assert not same_amount(3.5, 3.4, "percent")
    assert same_amount(1400, 1450, "number")
    assert same_amount(365.25, 364.8, "duration")  # a year and twelve months, in days
    assert not same_amount(14.2, 14.5, "money")  # two prices written to the cent
    assert same_amount(4.99, 5, "money") and same_amount(2.1e9, 2e9, "money")


def test_a_hedged_amount_keeps_the_precision_it_is_written_with() -> None:
    assert not same_amount(4.2e6, 3.8e6, "money")  # "about 4.2 million" is told to a tenth of a million
    assert same_amount(4.2e6, 4.15e6, "money") and same_amount(3000, 3200, "number")


def test_a_figure_approached_from_below_is_not_one_past_it_and_durations_compare_as_written() -> None:
    from storylens.align.amounts import group_figures

    def groups(*figures: tuple[float, str], kind: str = "number") -> list[list[str]]:
        return [[text for _, text in g] for g in group_figures(list(figures), kind)]

    assert groups((2000, "nearly 2,000"), (2100, "2,100")) == [["nearly 2,000"], ["2,100"]]
    assert groups((2000, "nearly 2,000"), (1950, "1,950")) == [["nearly 2,000", "1,950"]]
    hours = (13 / 24, "13 hours"), (14 / 24, "14 hours"), (13 / 24, "almost 13 hours")
    assert groups(*hours, kind="duration") == [["13 hours", "almost 13 hours"], ["14 hours"]]
    assert groups((365.25, "a year"), (360, "twelve months"), kind="duration") == [["a year", "twelve months"]]


@pytest.mark.parametrize(
    ("a", "b", "exact", "agree"),
    [
        (61, 58, True, False),  # two whole percentages three points apart
        (60, 58, False, True),  # "nearly 60 percent" rounds 58
        (12_000, 11_870, True, True),  # a round figure agrees with the count it rounds
        (14_500, 12_000, True, False),
        (2_100_000, 3_000_000, True, False),  # "2.1 million" against "3 million": a million apart
        (7, 6.8, True, True),  # "7" is 6.8 to the unit
        (7, 6.4, True, False),
        (66.667, 80, True, False),  # "two in three" against "80 percent"
    ],
)
def test_exact_numbers_agree_only_up_to_their_last_written_digit(a: float, b: float, exact: bool, agree: bool) -> None:
    assert same_amount(a, b, "percent", exact) is agree
    assert same_amount(b, a, "number", exact) is agree


@pytest.mark.parametrize(("text", "hedged"), [("about 3,000", True), ("more than 40", True), ("some 1.4 million", True),
                                              ("61 percent", False), ("overall 5", False)])  # fmt: skip
def test_a_hedged_amount_is_known_by_its_first_words(text: str, hedged: bool) -> None:
    assert is_hedged(text) is hedged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When former U.S. President ", ("president", True)),
        ("met U.S. President ", ("president", False)),
        ("Former transport commissioner ", ("commissioner", True)),
        ("said Prime Minister ", ("prime minister", False)),
        ("the then-President ", None),
        ("talks with ", None),
        ("Former agency chief executive Dr ", ("chief executive", True)),
        ("the agency's chief executive, Dr ", ("chief executive", False)),
        ("Speaking on Tuesday, ", None),
    ],
)
def test_title_before_a_name(text: str, expected) -> None:
    found = title_of(text + "Jane Doe", len(text))
    assert (found and (found.role, found.former)) == expected


@pytest.mark.parametrize(
    ("entity", "name"),
    [("Chair Owen Talbot", "Owen Talbot"), ("Deputy Mayor Ana Ruiz", "Ana Ruiz"), ("Owen Talbot", "Owen Talbot"),
     ("Chair", "Chair")],
)  # fmt: skip
def test_a_title_the_tagger_took_into_the_name_is_left_out_of_it(entity: str, name: str) -> None:
    text = "Former Finance " + entity
    start = name_start(entity, len("Former Finance "))
    assert text[start:] == name


def write_story(folder: Path, texts: dict[str, str]) -> Path:
    """Write one .txt per outlet and return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def dam_report(tmp_path_factory):
    """A small invented story with one deliberate disagreement of each kind."""
    base = (
        "The Stonebrook dam on the Vell river was {status} after engineers found a leak in its spillway. "
        "Repairs are expected to cost {cost}. "
        "{title} Anna Berg said the leak posed no danger to residents. "
        'Water authority spokesman Karl Lind said: "{quote}"\n'
    )
    texts = {
        "north-times": base.format(
            status="closed on Friday",
            cost="$12 million",
            title="Governor",
            quote="We acted early so that nobody downstream would be at risk.",
        ),
        "river-news": base.format(
            status="closed on Friday",
            cost="$12.1 million",
            title="Governor",
            quote="We acted early so that nobody downstream would be at risk.",
        ),
        "valley-post": base.format(
            status="to be closed next week",
            cost="$21 million",
            title="Former governor",
            quote="We acted early so that no family downstream would be in danger.",
        ),
    }
    folder = write_story(tmp_path_factory.mktemp("dam") / "story", texts)
    return compare([str(folder)], Options(now="2026-01-01T00:00:00+00:00"))


def test_money_conflict_found_and_rounding_ignored(dam_report) -> None:
    numbers = [c for c in dam_report.conflicts if c.kind == "number"]
    assert len(numbers) == 1
    values = sorted(s.value for s in numbers[0].sides)
    assert values == ["$12 million", "$21 million"]
    lone = next(s for s in numbers[0].sides if s.value == "$21 million")
    assert [m.article for m in lone.mentions] == ["valley-post"]


def test_title_conflict_found(dam_report) -> None:
    titles = [c for c in dam_report.conflicts if c.kind == "title"]
    assert len(titles) == 1
    former = next(s for s in titles[0].sides if s.value.startswith("former"))
    assert [m.article for m in former.mentions] == ["valley-post"]
    assert "Former governor Anna Berg" in former.mentions[0].text


def test_quote_drift_found(dam_report) -> None:
    drift = [c for c in dam_report.conflicts if c.kind == "quote"]
    assert drift, "the spokesman's quote is worded differently by valley-post"
    sides = {frozenset(m.article for m in s.mentions) for s in drift[0].sides}
    assert frozenset({"valley-post"}) in sides


def test_agreeing_story_has_no_conflicts(tmp_path) -> None:
    text = "The museum reopened on Monday after a $3 million renovation, director Lena Holt said.\n"
    folder = write_story(tmp_path / "story", {"a": text, "b": text.replace("reopened", "re-opened"), "c": text})
    report = compare([str(folder)], Options(now="2026-01-01T00:00:00+00:00"))
    assert report.conflicts == ()


def test_a_conflict_side_is_shown_as_whole_sentences_once_each(tmp_path) -> None:
    """A claim can be a clause that leaves out who or what it is about ("a final notice, published shortly after
    7 a.m."): each side shows the sentence, once per article, not the sentence and its clause."""
    said = "The board said in a final notice, published shortly after 7 a.m., that Pellmoor had failed its checks."
    texts = {
        "a": f"The Harrowgate Lending Board fined Pellmoor Savings 9 million orels on Tuesday. {said}\n",
        "b": f"The Harrowgate Lending Board fined Pellmoor Savings 9 million orels on Tuesday. {said}\n",
        "c": "Pellmoor Savings was fined 9 million orels by the Harrowgate Lending Board on Tuesday. The board's final "
        "notice, released at 9.30 a.m. on Tuesday, said Pellmoor had failed its checks.\n",
    }
    report = compare([str(write_story(tmp_path / "story", texts))], Options(now="2026-01-01T00:00:00+00:00"))
    (conflict,) = report.conflicts
    early = next(s for s in conflict.sides if s.value == "shortly after 7 a.m.")
    assert [(m.article, m.text) for m in early.mentions] == [("a", said), ("b", said)]
    (late,) = (s for s in conflict.sides if s is not early)
    assert [m.text.startswith("The board's final notice") and m.text.endswith("checks.") for m in late.mentions] == [
        True
    ]


def test_a_size_is_told_as_the_size_of_its_thing() -> None:
    """ "A 4 million tessel fund" is a fund's size, not four million funds, nor a count of the dead its families are
    named after."""
    from storylens.align.conflicts import amount_conflicts

    texts = {"a": "The company had set up a 4 million tessel fund for the families of the dead.",
             "b": "The company announced a 6 million tessel fund for the families of the dead."}  # fmt: skip
    fact, by_id = one_fact(texts)
    assert [c.about.split(": ")[0] for c in amount_conflicts(fact, by_id)] == ["the size of the tessel fund"]


def test_one_disagreement_carried_by_two_facts_is_told_once() -> None:
    """A cost disputed in a lead and again in a later sentence is one conflict with all its evidence."""
    from storylens.align.story import _number_conflicts
    from storylens.records import Conflict, ConflictSide, Mention

    def conflict(fact: str, start: int) -> Conflict:
        high = Mention(article="a", start=start, end=start + 3, text="$42 million")
        low = Mention(article="b", start=start, end=start + 3, text="$24 million")
        sides = (
            ConflictSide(value="$42 million", mentions=(high,)),
            ConflictSide(value="$24 million", mentions=(low,)),
        )
        return Conflict(id="", kind="number", about=f"money: {fact}", sides=sides, fact=fact)

    merged = _number_conflicts([conflict("f1", 0), conflict("f7", 50)])
    assert len(merged) == 1 and merged[0].id == "c1"
    assert [len(s.mentions) for s in merged[0].sides] == [2, 2]


def test_a_disagreement_is_told_once_when_one_outlet_rounds_a_side() -> None:
    """A figure "3,850" against "more than 5,800" in one fact and "nearly 3,900" against "more than 5,800" in
    another are one disagreement; a floor ("at least 80") is no rounding of a figure over it (87), so those stay
    apart."""
    from storylens.align.story import _number_conflicts
    from storylens.records import Conflict, ConflictSide, Mention

    def conflict(fact: str, values: dict[str, str]) -> Conflict:
        sides = tuple(
            ConflictSide(value=value, mentions=(Mention(article=article, start=0, end=5, text=value),))
            for article, value in values.items()
        )
        return Conflict(id="", kind="number", about=f"the area in ha: {fact}", sides=sides, fact=fact)

    rounded = _number_conflicts([conflict("f1", {"a": "3,850", "c": "more than 5,800"}),
                                 conflict("f2", {"c": "more than 5,800", "b": "nearly 3,900"})])  # fmt: skip
    assert [[m.article for m in s.mentions] for s in rounded[0].sides] == [["a", "b"], ["c"]] and len(rounded) == 1
    bounded = _number_conflicts([conflict("f1", {"a": "64", "c": "at least 80"}),
                                 conflict("f2", {"a": "64", "b": "87"})])  # fmt: skip
    assert len(bounded) == 2


def test_a_fragment_does_not_chain_two_quotes_into_one_group() -> None:
    """A short fragment that fits inside two different quotations joins one of them, not both into one."""
    from storylens.align.provenance import group_quotes
    from storylens.records import Quote

    def quote(article: str, text: str) -> Quote:
        return Quote(article=article, start=0, end=len(text), text=text, kind="direct")

    a = quote("a", "we will open the new bridge this year and it will be safe")
    b = quote("b", "the new bridge this year is a waste of public money for everyone")
    fragment = quote("c", "the new bridge this year")
    groups = group_quotes([a, b, fragment])
    holding = {q.article: g.id for g in groups for q in g.quotes}
    assert holding["a"] != holding["b"]
    assert holding["c"] in (holding["a"], holding["b"])


def test_a_fragment_joins_only_a_quote_holding_all_its_words() -> None:
    from storylens.align.provenance import group_quotes
    from storylens.records import Quote

    def quote(article: str, text: str) -> Quote:
        return Quote(article=article, start=0, end=len(text), text=text, kind="partial")

    full = quote("a", "We are ready to talk, but not at any price")
    other = quote("b", "ready to listen")
    part = quote("c", "ready to talk")
    holding = {q.article: g.id for g in group_quotes([full, other, part]) for q in g.quotes}
    assert holding["a"] == holding["c"] != holding["b"]


def test_quotes_sharing_only_small_words_in_order_stay_apart() -> None:
    """Two quotes that share their small words in order ("This is not a trade war", "This is not about shutting
    them out. It is about a fair price") but not what they say are two remarks, not one quotation."""
    from storylens.align.provenance import group_quotes
    from storylens.records import Quote

    def quote(article: str, text: str, speaker: str) -> Quote:
        return Quote(article=article, start=0, end=len(text), text=text, kind="direct", speaker=speaker)

    one = quote("a", "This is not a trade war", "Ana Roe")
    other = quote("b", "This is not about shutting them out. It is about a fair price at the farm gate", "Tom Berg")
    assert len(group_quotes([one, other])) == 2


def test_a_quote_given_to_two_speakers_shows_where_each_is_named() -> None:
    """The evidence of who said it starts at the sentence naming the speaker, when a pronoun after the quote
    stands for that name."""
    from storylens.align.provenance import group_quotes, quote_conflicts
    from storylens.records import Quote

    said = "We are ready to talk, but not at any price"
    texts = {
        "a": f'Party leader Ana Roe said her party was open to a deal. "{said}," she said.',
        "b": f'"{said}," said Tomas Ek, the other party\'s leader.',
    }
    quotes = [
        Quote(article="a", start=texts["a"].index(said), end=texts["a"].index(said) + len(said), text=said,
              kind="direct", speaker="Ana Roe", speaker_start=13, speaker_end=20),
        Quote(article="b", start=1, end=1 + len(said), text=said, kind="direct", speaker="Tomas Ek",
              speaker_start=len(said) + 9, speaker_end=len(said) + 17),
    ]  # fmt: skip
    articles = articles_of(texts)
    (conflict,) = quote_conflicts(group_quotes(quotes), articles, {k: k for k in texts})
    starts = {m.article: m.text for s in conflict.sides for m in s.mentions}
    assert starts["a"].startswith("Party leader Ana Roe said") and starts["b"] == texts["b"]


def test_a_name_swapped_for_a_description_in_a_quote_is_drift_but_a_cut_quote_is_not() -> None:
    from storylens.align.provenance import _variants
    from storylens.records import Quote

    def quote(article: str, text: str) -> Quote:
        return Quote(article=article, start=0, end=len(text), text=text, kind="direct", speaker="Ana Roe")

    full = quote("a", "This is a betrayal of a village that gave this firm everything it ever asked for")
    named = quote("b", "This is a betrayal of a village that gave Kestrel everything it asked for")
    cut = quote("c", "This is a betrayal of a village that gave this firm everything")
    assert sorted(sorted(q.article for q in v) for v in _variants([full, named, cut])) == [["a", "c"], ["b"]]


@pytest.mark.slow
def test_a_quote_reworded_in_its_second_half_joins_its_group() -> None:
    """One speaker, two outlets: the apology opens alike and ends in other words (MiniLM cosine about 0.7, under
    the paraphrase bar); a different remark of the same speaker stays apart."""
    from storylens.align.provenance import group_quotes
    from storylens.records import Quote

    def quote(article: str, text: str) -> Quote:
        return Quote(article=article, start=0, end=len(text), text=text, kind="direct", speaker="Ana Roe")

    a = quote("a", "I am truly sorry. Our members trusted us with their savings, and we did not guard them well")
    b = quote("b", "I am truly sorry. Our members placed their trust in us, and this time we fell short of it")
    other = quote("c", "We will publish the full findings of the review before the end of the summer")
    holding = {q.article: g.id for g in group_quotes([a, b, other]) for q in g.quotes}
    assert holding["a"] == holding["b"] != holding["c"]


@pytest.mark.slow
def test_a_remark_that_opens_like_another_is_not_its_rewording() -> None:
    """One speaker, two outlets, one opening, then two different remarks (MiniLM cosine of the whole quotes about
    0.72, enough for a rewording; of what follows the opening, far less)."""
    from storylens.align.provenance import group_quotes
    from storylens.records import Quote

    def quote(article: str, text: str) -> Quote:
        return Quote(article=article, start=0, end=len(text), text=text, kind="direct", speaker="Ana Roe")

    a = quote(
        "a",
        "Nobody told us anything about the delay on the train. Passengers were begging the crew for water,"
        " and nobody came",
    )
    b = quote(
        "b", "Nobody told us anything about the delay on the train, and every hour we waited the carriage got hotter."
    )
    holding = {q.article: g.id for g in group_quotes([a, b]) for q in g.quotes}
    assert holding["a"] != holding["b"]


def articles_of(texts: dict[str, str]) -> list[Any]:
    """Invented articles, each id its own source and outlet."""
    from storylens.records import Article

    return [Article(id=k, source=k, text=t, content_hash=k, outlet=k, outlet_from="input") for k, t in texts.items()]


def one_fact(texts: dict[str, str]):
    """One fact made of the first sentence of each invented article, and the articles' analyses."""
    from storylens.analyze import analyze_article
    from storylens.records import Article, Fact, Mention

    by_id, mentions = {}, []
    for aid, text in texts.items():
        article = Article(id=aid, source=aid, text=text, content_hash=aid, outlet=aid, outlet_from="input")
        by_id[aid] = analyze_article(article)
        s = by_id[aid].sentences[0]
        mentions.append(Mention(article=aid, start=s.start, end=s.end, text=s.text))
    fact = Fact(id="f1", statement=mentions[0].text, mentions=tuple(mentions), articles=tuple(texts),
                outlets=tuple(texts), label="consensus")  # fmt: skip
    return fact, by_id


def sides_found(check: str, texts: dict[str, str]) -> list[dict[str, list[str]]]:
    """Each conflict ``check`` (a function of align/conflicts.py) finds in one fact: side value -> articles."""
    from storylens.align import conflicts

    fact, by_id = one_fact(texts)
    found = getattr(conflicts, check)(fact, by_id)
    return [{s.value: sorted(m.article for m in s.mentions) for s in c.sides} for c in found]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("check", "texts", "expected"),
    [
        pytest.param(
            "amount_conflicts",
            {"a": "The hospital board has offered a 3 percent pay rise to its nurses.",
             "b": "The nurses' union wants a 7 percent pay rise.",
             "c": "The hospital board has offered 6 percent to its nurses."},
            [{"3 percent": ["a"], "6 percent": ["c"]}],
            id="the offers disagree; the demand is another quantity",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The tram was doing 57 km/h on the bend.",
             "b": "The tram was doing 71 km/h on the bend.",
             "c": "The tram was on a bend limited to 65 km/h.",
             "d": "The tram was doing nine km/h over the speed limit on the bend.",
             "e": "The tram was under the 65 km/h limit on the bend."},
            [{"57 km/h": ["a"], "71 km/h": ["b"]}],
            id="speeds disagree; a limit is a rule and a margin over it no speed",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Ticket prices have risen steadily over the past four years.",
             "b": "I have driven this bus route for twenty years."},
            [],
            id="durations of different things",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The new library roof is expected to cost $8 million.", "b": "The roof is estimated at $5 million."},
            [{"$5 million": ["b"], "$8 million": ["a"]}],
            id="the same cost told with other verbs",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Turnout in the referendum was 64 percent.", "b": "Turnout was 59 percent.",
             "c": "The proposal won 52.3 percent of the vote.", "d": "The proposal won 54 percent of the vote."},
            [{"59 percent": ["b"], "64 percent": ["a"]}, {"52.3 percent": ["c"], "54 percent": ["d"]}],
            id="turnout is set against turnout, and the winner's share against the winner's share",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The new asthma inhaler will cost 1,240 crowns a month.",
             "b": "At nearly 15,000 crowns a year, the new asthma inhaler is costly.",
             "c": "The new asthma inhaler will cost about 1,500 crowns a month."},
            [{"1,240 crowns a month": ["a", "b"], "about 1,500 crowns a month": ["c"]}],
            id="a price per month and per year compare once both are a year's",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The strike is costing the economy 40 million crowns a day, the chamber of commerce said.",
             "b": "At more than 60 million crowns a day, the strike is costing the economy dearly.",
             "c": "Each percentage point of the pay rise is worth 90 crowns a month to a driver on the strike."},
            [{"40 million crowns a day": ["a"], "more than 60 million crowns a day": ["b"]}],
            id="prices per period in one fact are one price unless far apart",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The rail operator cancelled about 80 percent of its trains.",
             "b": "The rail operator cancelled two in three trains.",
             "c": "The rail operator cancelled four in five trains."},
            [{"about 80 percent": ["a", "c"], "two in three": ["b"]}],
            id="a ratio is a share",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Hackers stole the personal data of 2.1 million customers, the company said.",
             "b": "“Hackers stole the personal data of three million customers,” the campaigner said.",
             "c": "Hackers stole the personal data of about 1.4 million customers."},
            [{"2.1 million": ["a"], "about 1.4 million": ["c"]}],
            id="a figure in someone's quoted words is theirs, not the outlet's",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The tribunal ordered the mining firm to pay $9 million in damages to the farmers.",
             "b": "It also hands the mining firm a $15 million damages bill.",
             "c": "The mining firm has spent $40 million on the new shaft."},
            [{"$15 million": ["b"], "$9 million": ["a"]}],
            id="what is counted names the measure whatever the verbs; spending is another measure",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "In the study, volunteers on the new diet lost 9 percent of their body fat, and nearly half lost "
                  "at least 5 percent.",
             "b": "In the study, volunteers on the new diet lost 12 percent of their body fat on average.",
             "c": "In the study, 48 percent of volunteers on the new diet lost a tenth of their body fat."},
            [{"12 percent": ["b"], "9 percent": ["a"]}],
            id="a share naming its whole is read beside a bare one; those who act are not an amount acted on",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The board announced its verdict at a news conference on Friday afternoon.",
             "b": "The verdict was announced on Friday morning.",
             "c": "The board announced its verdict at a news conference on Friday afternoon."},
            [{"afternoon": ["a", "c"], "morning": ["b"]}],
            id="morning against afternoon, told in the active and the passive",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "Police said the driver was arrested on Tuesday night and is due to appear in court on Thursday.",
             "b": "Police said the driver was arrested on Tuesday night and is due to appear in court on Friday.",
             "c": "The driver, who was arrested on Tuesday night, is due to appear in court on Thursday."},
            [{"Thursday": ["a", "c"], "Friday": ["b"]}],
            id="a sentence that dates two events sets each against the same event's day",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "Shares in the carrier fell 6.1 percent on Monday.",
             "b": "Shares in the carrier fell 1.9 percent on Thursday, taking their losses since Saturday's outage "
                  "to 9 percent."},
            [],
            id="two falls on two days are two events when the sentences share no other day",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "Shortly after 10 p.m., riot police moved in on the square.",
             "b": "Riot police moved in on the square just before 9 p.m.",
             "c": "Riot police moved in on the square at midnight."},
            [{"Shortly after 10 p.m.": ["a"], "just before 9 p.m.": ["b"], "midnight": ["c"]}],
            id="times of day just before or after a moment, and midnight",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "About 2,000 officers were on duty at the march, and 23 officers were injured.",
             "b": "Twenty-three officers were injured at the march.",
             "c": "At the march, 32 officers were hurt."},
            [{"23": ["a", "b"], "32": ["c"]}],
            id="officers injured are counted apart from officers on duty",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Police put the crowd at the march at some 35,000.",
             "b": "Police put the crowd at the march at fewer than 40,000.",
             "c": "Police put the crowd at the march at 12,000."},
            [{"12,000": ["c"], "some 35,000": ["a", "b"]}],
            id="a ceiling agrees with a figure just under it",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The ferry company cancelled 70 percent of its sailings on Friday.",
             "b": "The ferry company cancelled nine in ten crossings on Friday."},
            [{"70 percent": ["a"], "nine in ten": ["b"]}],
            id="two shares acted on may name one whole in two words",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The dockers rejected a 3 percent rise and want 6 percent.",
             "b": "The dockers are holding out for 9 percent.",
             "c": "The dockers turned down a 3 percent rise."},
            [],
            id="what someone holds out for is what they want",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The town pool will open five days a week from May.",
             "b": "The town pool will close one day a week from May.",
             "c": "The town pool will open six days a week from May."},
            [{"five days a week": ["a"], "six days a week": ["c"]}],
            id="rates of one activity disagree; closing is another activity",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The assembly passed the housing bill by 61 votes to 40.",
             "b": "Lawmakers backed the housing bill by 61 votes to 38.",
             "c": "The vote on the housing bill was 61-40."},
            [{"61 votes to 38": ["b"], "61 votes to 40": ["a", "c"]}],
            id="a vote tally told three ways",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The budget trims $4 million from the parks department.",
             "b": "The parks department loses $6 million.",
             "c": "Officers will get $9 million more."},
            [{"$4 million": ["a"], "$6 million": ["b"]}],
            id="what an amount is taken from loses it",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Ministers signed the deal for the Northern Link, a 1,410-kilometre railway to the coast.",
             "b": "The 1,140-km railway will carry freight from the mines to the coast.",
             "c": "The 1,140 km railway is designed to carry 12 million tonnes a year."},
            [{"1,140-km": ["b", "c"], "1,410-kilometre": ["a"]}],
            id="a size belongs to the noun it sizes, whatever else each sentence says",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The budget is set at $2 billion, and the first trains are not expected until 2031.",
             "b": "The first trains are planned for 2029.",
             "c": "The first trains would run in 2029, ministers said."},
            [{"2029": ["b", "c"], "until 2031": ["a"]}],
            id="a year beside another amount in the sentence still counts",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The flood killed at least 40 people and injured more than 300.",
             "b": "The toll stood at 52 dead and 410 injured on Sunday.",
             "c": "More than 300 people were hurt, officials said."},
            [{"52": ["b"], "at least 40": ["a"]}, {"410": ["b"], "more than 300": ["a", "c"]}],
            id="the dead and the injured are counted apart whatever the verb",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The geological survey said the tremor had a magnitude of 5.9 and was felt in the capital.",
             "b": "A magnitude 5.2 tremor shook the valley, the national observatory said.",
             "c": "The observatory recorded the tremor at magnitude 5.2 shortly before dawn.",
             "d": "A magnitude 5.9 tremor shook the valley, killing two people."},
            [{"5.2": ["b", "c"], "5.9": ["a", "d"]}],
            id="two readings on one scale disagree, whatever noun follows them",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The bank has about 4.2 million customers.",
             "b": "Hackers broke into its systems last month, taking the details of some 1.4 million customers."},
            [],
            id="a standing size is not a count an event touched",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Annual inflation fell to 3.1 percent in March from 3.5 percent in February.",
             "b": "Annual inflation fell to 3.4 percent in March, the statistics office said."},
            [{"3.1 percent": ["a"], "3.4 percent": ["b"]}],
            id="the earlier value of a change is not in dispute; the new one is",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The bank expects growth of 0.8 percent this year, down from a previous forecast of 1.4 percent.",
             "b": "The bank now expects the economy to grow 0.8 percent this year, it said on Thursday."},
            [],
            id="the earlier forecast a change is down from is not in dispute",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The bank cut its base rate to 4.25 percent on Thursday.",
             "b": "The union wants the base rate cut to 3.5 percent by the end of the year.",
             "c": "The bank's base rate fell to 4.25 percent, its first cut in three years."},
            [],
            id="what someone wants is not what is",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The bank's nine-member council voted seven to two for the cut.",
             "b": "The council split six to three, with three members voting to hold."},
            [{"seven to two": ["a"], "six to three": ["b"]}],
            id="tallies in words disagree; a council's size is not a count of its dissenters",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Each customer will be offered a year of free credit monitoring.",
             "b": "Customers will get twelve months of free credit monitoring."},
            [],
            id="a year is twelve months: durations are compared in days, within rounding",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The storm killed at least 40 people, officials said on Sunday.",
             "b": "In 1998, a storm on the same coast killed more than 200 people.",
             "c": "The coast was last hit in 1998, when a storm killed 200 people."},
            [],
            id="an earlier disaster's toll is not this one's",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The state, which sold 49 percent of the carrier in the listing, remains the majority owner.",
             "b": "The state holds 51 percent of the carrier."},
            [],
            id="what a relative clause tells of its noun is another measure",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The airline, which flew 4.1 million passengers last year, cancelled 386 flights.",
             "b": "Its pilots carried 190,000 passengers in May, the union said."},
            [],
            id="a relative pronoun's subject is its noun",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "A backlog that the union puts at 2.5 million parcels is piling up.",
             "b": "About 1.8 million parcels are stuck in its sorting centres."},
            [{"2.5 million": ["a"], "About 1.8 million": ["b"]}],
            id="a clause that measures its noun still counts it",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The main share index was up 3.4 percent by midday.",
             "b": "The main share index closed 2.9 percent higher, led by banks.",
             "c": "The main share index rose 3.1 percent in early trading."},
            [],
            id="a reading partway through the day is not the close",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The main share index was up 3.4 percent by midday.",
             "b": "The main share index was up 2.1 percent by midday, traders said."},
            [{"3.4 percent": ["a"], "2.1 percent": ["b"]}],
            id="two readings at one moment still disagree",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "By late afternoon the police had confirmed four deaths, and 212 people had been evacuated.",
             "b": "Firefighters and soldiers evacuated 230 people from the valley, the police said.",
             "c": "By Monday morning 190 people had been evacuated, the police said."},
            [],
            id="a running count read partway through the day is not the day's count",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "By the evening the police had confirmed that 230 people had been evacuated.",
             "b": "Firefighters and soldiers evacuated about 150 people from the valley, the police said."},
            [{"230": ["a"], "about 150": ["b"]}],
            id="a count by the evening is the day's, and a stale figure disagrees with it",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The council declared a 30-day state of emergency on Saturday.",
             "b": "The council waited until Saturday, more than twelve hours after the storm, to act."},
            [],
            id="a duration after an event is a moment, not a length",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The drone lost power at an altitude of about 12 kilometres over the bay.",
             "b": "The drone lost power at an altitude of about 12 miles over the bay.",
             "c": "The drone lost power at an altitude of roughly 39,000 feet over the bay."},
            [{"about 12 kilometres": ["a", "c"], "about 12 miles": ["b"]}],
            id="lengths in other units compare in metres",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The quake struck at a depth of 15 kilometres near Orvik.",
             "b": "The quake struck at a depth of 35 kilometres, about 30 kilometres north of Orvik.",
             "c": "The quake struck about 30 kilometres north of Orvik, at a shallow depth."},
            [{"15 kilometres": ["a"], "35 kilometres": ["b"]}],
            id="a named dimension is measured only against itself",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The ferry was carrying 11 cars when it ran aground.",
             "b": "The ferry was carrying ten cars when it ran aground."},
            [{"11": ["a"], "ten": ["b"]}],
            id="a small count is exact",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The insurer put the insured loss at about 40 million crowns.",
             "b": "The owners put the value of the lost cargo at about 70 million crowns.",
             "c": "The lead insurer put the insured loss at 95 million crowns."},
            [{"95 million": ["c"], "about 40 million": ["a"]}],
            id="estimates of different kinds of amount by different people measure different things",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Regional chiefs have put up 5 million crowns in emergency cash.",
             "b": "The Insurance Federation estimates insured losses at around 70 million crowns.",
             "c": "The Insurance Federation put insured losses from the fire at 45 million crowns on Monday."},
            [{"45 million": ["c"], "around 70 million": ["b"]}],
            id="an estimate of a kind of amount is not what someone else released, whichever is read first",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The ferry service was halted on Wednesday after a storm damaged the pier.",
             "b": "The ferry service was halted on Thursday after a storm damaged the pier.",
             "c": "Officials said the ferry service was halted on Thursday."},
            [{"Wednesday": ["a"], "Thursday": ["b", "c"]}],
            id="one event on two weekdays",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "A final vote on the charter is scheduled for 14 March.",
             "b": "That vote is set for 21 March, the speaker's office said.",
             "c": "The final vote on the charter is due on 14 March."},
            [{"14 March": ["a", "c"], "21 March": ["b"]}],
            id="an event put on a date by different scheduling verbs",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The lender employs about 2,300 people and runs 112 branches.",
             "b": "The lender employs about 640 people at its head office, out of roughly 2,300 nationally.",
             "c": "The lender employs about 3,100 people, its annual report says."},
            [{"about 2,300": ["a"], "about 3,100": ["c"]}],
            id="a sentence that gives two counts disagrees with neither",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "\"We got it wrong,\" said Mayor Ana Roe at a news conference in the city hall at 9 a.m.",
             "b": "At a 10:30 a.m. news conference in the city hall, Mayor Ana Roe apologised.",
             "c": "Mayor Ana Roe said at a news conference at 9:10 a.m. that she was sorry."},
            [{"10:30 a.m.": ["b"], "9 a.m.": ["a", "c"]}],
            id="one scheduled event at two times, whatever verb each outlet hangs it on",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The state-owned company detected the attack at about 3.45 a.m. on Sunday.",
             "b": "The company's security team spotted the intrusion shortly after 6 a.m. on Sunday."},
            [{"about 3.45 a.m.": ["a"], "shortly after 6 a.m.": ["b"]}],
            id="one event at two times in other words: the fact holds both",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The strike began at midnight on Wednesday, the union said.",
             "b": "The network ground to a halt on Thursday as the strike began."},
            [],
            id="days hang from more words than the event's own",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The storm hit the coast at 2:10 a.m. on Sunday, officials said.",
             "b": "The storm hit the coast at 3:45 a.m. on Sunday.",
             "c": "The storm hit the coast at about 2:20 a.m., flooding the harbour.",
             "d": "The storm hit the coast shortly before 4 a.m."},
            [{"2:10 a.m.": ["a", "c"], "3:45 a.m.": ["b", "d"]}],
            id="one event at two clock times; a hedged time agrees within ten minutes, 'shortly before 4' with 3:45",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The tram jumped the points at about 6:40 p.m., the operator said.",
             "b": "The tram hurtled off the points just after 7pm.",
             "c": "The tram jumped the points at 5:10 p.m. in the depot yard.",
             "d": "The tram jumped the points at 5:25 p.m. in the depot yard."},
            [{"5:10 p.m.": ["c"], "5:25 p.m.": ["d"], "about 6:40 p.m.": ["a"], "just after 7pm": ["b"]}],
            id="'about 6:40' and 'just after 7' cannot be one minute, nor can 5:10 and 5:25",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The first alarm call came at 6:47 p.m., the fire service said.",
             "b": "The first alarm call came at 7:04 p.m. on Friday, according to fire-service logs.",
             "c": "The first alarm call came at 6:49 p.m., the fire service said."},
            [{"6:47 p.m.": ["a", "c"], "7:04 p.m.": ["b"]}],
            id="times to the minute agree only within minutes",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The harbour master said on Monday that the pier was unsafe.",
             "b": "The harbour master said on Tuesday that the pier was unsafe."},
            [],
            id="one speaker may say one thing on two days",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The ferry service was halted on Wednesday.", "b": "Engineers inspected the pier on Thursday.",
             "c": "The service stopped on Monday and resumed on Friday."},
            [],
            id="weekdays of different events, or two in one sentence",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The tribunal ruled on June 9 that the mine must close.",
             "b": "The tribunal ruled on June 10, 2024 that the mine must close.",
             "c": "Inspectors visited the mine on June 2."},
            [{"June 9": ["a"], "June 10, 2024": ["b"]}],
            id="one event on two calendar days; the visit is another event",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The minister respected the court's decision on the dam.",
             "b": "The minister said the government would respect the court's decision on the dam."},
            [],
            id="a stative verb has no event status",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The company has lodged an appeal against the ruling on the dam.",
             "b": "The company will appeal against the ruling on the dam."},
            [{"already happened": ["a"], "still to come": ["b"]}],
            id="a light verb's object names the event",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The minister ordered an independent inquiry into the flood on Sunday.",
             "b": "The minister is expected to announce an independent inquiry into the flood later this week."},
            [{"already happened": ["a"], "still to come": ["b"]}],
            id="an inquiry ordered against one still to be announced",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The company announced an appeal against the ruling on the dam.",
             "b": "The company will appeal against the ruling on the dam."},
            [],
            id="an appeal announced is not an appeal lodged",
        ),
        pytest.param(
            "fate_conflicts",
            {"a": "The union said it had suspended the 24-hour stoppage planned for Monday at the tile works.",
             "b": "Union officials said a 24-hour stoppage will begin on Monday at the tile works.",
             "c": "The union said the stoppage at the tile works was called off on Friday."},
            [{"called off": ["a", "c"], "going ahead": ["b"]}],
            id="a planned event called off against one going ahead",
        ),
        pytest.param(
            "fate_conflicts",
            {"a": "The council vote on the tile works was postponed to Friday.",
             "b": "The council vote on the tile works will take place on Friday.",
             "c": "The council said the vote on the tile works has not been cancelled."},
            [],
            id="a postponed or uncancelled event may still go ahead",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The directors filed a notice of intention to appoint administrators on Monday at the tile works.",
             "b": "The court appointed administrators on Tuesday at the tile works.",
             "c": "The court appointed administrators on Wednesday at the tile works."},
            [{"Tuesday": ["b"], "Wednesday": ["c"]}],
            id="an event told as intended is not the one told as done",
        ),
        pytest.param(
            "fate_conflicts",
            {"a": "The union has suspended talks over the tile works.",
             "b": "The strike at the tile works will go ahead on Monday.",
             "c": "“We have cancelled the strike,” the union leader told workers at the tile works."},
            [],
            id="different events, or a cancellation in quoted words",
        ),
        pytest.param(
            "fate_conflicts",
            {"a": "The strike at the tile works will not go ahead on Monday.",
             "b": "The strike at the tile works goes ahead on Monday."},
            [{"called off": ["a"], "going ahead": ["b"]}],
            id="an event that will not go ahead is called off",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The insurer has not yet decided whether to pay for the new inhaler.",
             "b": "The insurer is expected to decide by June whether to pay for the new inhaler.",
             "c": "The insurer has decided to pay for the new inhaler."},
            [{"already happened": ["c"], "still to come": ["a", "b"]}],
            id="what has not yet happened is still to come",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The board has revoked the trading permit of the quarry.",
             "b": "The board will decide next week whether to revoke the trading permit of the quarry.",
             "c": "Work stopped after the board revoked the trading permit of the quarry."},
            [{"already happened": ["a", "c"], "still to come": ["b"]}],
            id="a choice still to be made is to come, a cause told in the past is done",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The hill town has become the second in the valley to approve a charge on drivers.",
             "b": "The hill town would become the second in the valley to charge drivers."},
            [],
            id="a copula tells no event: what it links to does",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The study was too short to show whether patients would keep the weight off.",
             "b": "Most patients in the study kept the weight off."},
            [],
            id="a verb asked about with whether has no status",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The court ruled that the permit for the new quarry had been granted unlawfully.",
             "b": "The court ruled that the permit for the new quarry should never have been granted."},
            [],
            id="what should never have happened has no status",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "Rents in the old town have risen by a fifth since the bridge opened.",
             "b": "The bridge toll will rise by a fifth from March.",
             "c": "The bridge toll has risen by a fifth from March."},
            [{"already happened": ["c"], "still to come": ["b"]}],
            id="two quantities that rise are two changes; one quantity told done and to come is a conflict",
        ),
        pytest.param(
            "status_conflicts",
            {"a": '"We will not reopen the pool until the water is clean," the manager told reporters on Friday.',
             "b": "The town has reopened the pool."},
            [],
            id="a verb inside quoted words is the speaker's intent, even with a long attribution",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The Aldor Party, the Greens and the Liberals would together hold 83 seats.",
             "b": "The Aldor Party won 58 seats.", "c": "The Aldor Party won 61 seats."},
            [{"58": ["b"], "61": ["c"]}],
            id="seats that several parties hold together are not one party's",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Members rejected the deal by 61 percent, on a turnout of 81 percent.",
             "b": "The ballot drew a turnout of 78 percent, with 61 percent of votes cast against the deal."},
            [{"78 percent": ["b"], "81 percent": ["a"]}],
            id="a share named by what it is of is compared beside a bare share",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "If it cleared the threshold, the Aldor Party would take about eight seats.",
             "b": "The Aldor Party took 58 seats."},
            [],
            id="what would happen if is not what happened",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Turnout reached an estimated 74 percent.", "b": "Turnout was 71.3 percent."},
            [{"71.3 percent": ["b"], "an estimated 74 percent": ["a"]}],
            id="a hedged percentage is rounded to its last digit, not within a tenth",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Turnout was about 70 percent.", "b": "Turnout was 66 percent."},
            [],
            id="a hedged round percentage covers its whole last digit",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The chain's head office in the capital employs about 1,900 people.",
             "b": "The chain, founded in 1921, employs about 41,000 people."},
            [],
            id="what a part of the subject counts is not what the whole counts",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The bidder runs about 2,300 stores across four countries.",
             "b": "The bidder runs more than 2,000 stores across four countries.",
             "c": "The bidder runs 1,200 stores across four countries."},
            [{"1,200": ["c"], "about 2,300": ["a", "b"]}],
            id="a standing count's floor agrees with a figure just over it",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The flood killed more than 40 people, officials said.",
             "b": "The flood killed 46 people, officials said."},
            [{"46": ["b"], "more than 40": ["a"]}],
            id="a toll's floor still disputes a larger toll, which usually rose",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The maker is adding a voucher worth 15 merks for a future purchase.",
             "b": "The maker took in 610 million merks in revenue last year."},
            [],
            id="figures far apart are two things that met in one fact, not a disagreement",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The maker is adding a 15-merk voucher for a future purchase on top of the refund.",
             "b": "The bulky lamps - dubbed “pocket suns” by buyers for their glare - cost 64 merks."},
            [],
            id="a dashed aside does not hide the verb a price hangs from",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The ministry said 386 ferry crossings were cancelled on Tuesday.",
             "b": "The ministry expects more than 1,100 ferry crossings to be cancelled over the three days.",
             "c": "The ministry expects 700 ferry crossings to be cancelled over the three days."},
            [{"700": ["c"], "more than 1,100": ["b"]}],
            id="a count summed over several days is no count of one of them",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The government will impose duties of 25 percent on steel and 15 percent on farm goods.",
             "b": "The government imposed duties of 35 percent on steel and 15 percent on farm produce."},
            [{"25 percent": ["a"], "35 percent": ["b"]}],
            id="two rates in one sentence are told apart by what each is levied on",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The tariffs hit goods worth 1.8 billion tessels (about 2.3 billion morins) a year, from steel coil "
                  "to grain.",
             "b": "The goods affected are worth about 1.8 billion tessels a year, according to ministry figures.",
             "c": "The new taxes will hit around 1.8 billion tessels of goods a year."},
            [],
            id="an amount restated in brackets in another currency is no figure of its own",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Shares in Arkwell Steel fell 7.2 percent in early afternoon trading.",
             "b": "Shares in Quorra rose 9 percent, while its rival Arkwell slid."},
            [],
            id="shares in one company are not shares in another",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The works employs about 2,400 people and is the town's biggest employer.",
             "b": "Arkwell, the country's largest steelmaker, which employs 14,000 people, lost ground."},
            [],
            id="the size of one employer is not the size of another",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Rescuers brought the last three miners out of the pit on Friday afternoon.",
             "b": "Rescuers brought 24 miners out of the pit by Friday afternoon."},
            [],
            id="the last few of a group are counted apart from the group",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "A roof fall trapped 26 miners underground, and 24 surviving miners were brought out.",
             "b": "Twenty-nine miners were trapped when the roof came down, and 24 miners were brought out alive."},
            [{"26": ["a"], "Twenty-nine": ["b"]}],
            id="the trapped are counted apart from the survivors",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The company said it had set up a 4 million tessel fund for the families of the dead and injured.",
             "b": "Its chief executive, who stayed at the pithead all week, announced a 6 million tessel fund for the "
                  "families of the dead and injured."},
            [{"4 million": ["a"], "6 million": ["b"]}],
            id="two sizes of one fund disagree whatever verb tells of it",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The fire also destroyed a school and a sawmill, and damaged 23 houses.",
             "b": "The fire has destroyed 64 houses, officials said."},
            [],
            id="what was damaged is not what was destroyed",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "Regional chiefs have put up five million crowns in emergency cash.",
             "b": "Its chief executive said Varnet would put two million crowns into a relief fund."},
            [],
            id="a named actor's plan is not what someone else has done",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "The regulator has suspended the plant's licence.",
             "b": "The agency is expected to suspend the plant's licence once its inspection is complete."},
            [{"already happened": ["a"], "still to come": ["b"]}],
            id="one actor in two common nouns still disputes the status",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "Under the takeover code, the bidder has until April 5 to announce a firm offer.",
             "b": "The bidder has until April 12 to table a firm offer.",
             "c": "The bidder has until April 5 to make a firm offer or walk away."},
            [{"until April 5": ["a", "c"], "until April 12": ["b"]}],
            id="two deadlines for one thing, whatever the infinitive's verb",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "The gas leak started at 9.45pm on Tuesday, firefighters said.",
             "b": "The release was stopped at 11.20pm, firefighters said."},
            [],
            id="an event's start and its end are two moments",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "Governors approved the levy at a meeting on Tuesday.",
             "b": "Governors must confirm the levy at their next meeting on Thursday."},
            [],
            id="the next meeting is another meeting",
        ),
        pytest.param(
            "status_conflicts",
            {"a": "Harbour dues have not risen since 2016, the port said.",
             "b": "Harbour dues have risen by a third, the port said."},
            [],
            id="not since a year is a spell without it, nothing still to come",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The board's case rests on a deficit it puts at 42 million crowns.",
             "b": "The college faces a deficit of 48 million crowns next year, the board said."},
            [{"42 million": ["a"], "48 million": ["b"]}],
            id="a relative clause puts its figure on its noun",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Seven people - six of them children - died when the coach left the road near Halvoe.",
             "b": "Seven people were killed when the coach left the road near Halvoe.",
             "c": "Six people, five of them pupils, died when the coach left the road near Halvoe."},
            [{"Six": ["c"], "Seven": ["a", "b"]}],
            id="a part of a group just counted is no count of its own, and the group's verb follows the aside",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The deal was rejected on a turnout of 72 percent among the roughly 4,100 members who could vote.",
             "b": "A total of 2,140 members voted against the deal, on a turnout of 72 percent."},
            [],
            id="the population a share is taken among is not what the fact counts",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Of the firm's 52 depots, 40 have closed since Monday.",
             "b": "The nine depots still open are in the north."},
            [],
            id="the whole a sentence opens with is not the part it counts",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Six of the dead were pupils at the Halvoe school.",
             "b": "Seven people died near the Halvoe school."},
            [],
            id="a part of the dead is no toll",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Investigators say about 4.2 million crowns in bribes were paid for the Halvoe contract.",
             "b": "He is suspected of taking bribes worth 3.8 million crowns for the Halvoe contract.",
             "c": "Officers seized 650,000 crowns in cash for the Halvoe contract."},
            [{"3.8 million": ["b"], "about 4.2 million": ["a"]}],
            id="money in bribes and bribes worth money measure bribes, not cash",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The Halvoe ferry is certified for 250 passengers on the crossing.",
             "b": "The Halvoe ferry was carrying 118 passengers on the crossing."},
            [],
            id="what a ferry can hold is not how many it carried",
        ),
    ],
)  # fmt: skip
def test_conflicts_within_one_fact(check: str, texts: dict[str, str], expected: list) -> None:
    assert sides_found(check, texts) == expected


def test_one_speaker_reworded_is_one_quotation_with_drift_but_other_remarks_are_not() -> None:
    """The same remark reworded by another outlet groups by meaning and is drift; the same speaker's other
    remark stays its own quotation, and nobody else's words link by meaning."""
    from storylens.align.provenance import group_quotes, quote_conflicts
    from storylens.records import Article, Quote

    texts = {
        "a": "A licence that ignores the fish downstream is not a licence this tribunal can approve",
        "b": "A licence which ignores the fish in the river cannot be approved by this tribunal.",
        "c": "The hearings were long, but the evidence from the anglers was clear to all of us",
        "d": "Permits that are blind to the river's fish should never get past a tribunal",
    }
    speakers = {"a": "Judge Mira Sand", "b": "Judge Mira Sand", "c": "Judge Mira Sand", "d": "Tomas Ek"}
    quotes = [Quote(article=k, start=0, end=len(t), text=t, kind="direct", speaker=speakers[k])
              for k, t in texts.items()]  # fmt: skip
    groups = group_quotes(quotes)
    holding = {q.article: g.id for g in groups for q in g.quotes}
    assert holding["a"] == holding["b"] != holding["c"]
    assert holding["d"] != holding["a"]
    articles = [
        Article(id=k, source=k, text=t, content_hash=k, outlet=k, outlet_from="input") for k, t in texts.items()
    ]
    drift = quote_conflicts(groups, articles, {k: k for k in texts})
    assert [sorted(m.article for s in c.sides for m in s.mentions) for c in drift if "wording" in c.about] == [
        ["a", "b"]
    ]


def title_sides(texts: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The one title conflict among invented articles: each side's value and articles."""
    from storylens.align.titles import title_conflicts

    _, by_id = one_fact(texts)
    articles = articles_of(texts)
    (conflict,) = title_conflicts(articles, by_id)
    return [(side.value, sorted(m.article for m in side.mentions)) for side in conflict.sides]


def test_a_shortened_office_still_conflicts_with_its_former_holder() -> None:
    sides = title_sides({
        "a": "Former agency chief executive Dr Lena Moor said the tests were clear.",
        "b": "Agency chief Dr Lena Moor said the tests were clear.",
        "c": "Ambassador Lena Moor said the tests were clear.",
    })  # fmt: skip
    assert [articles for _, articles in sides] == [["a"], ["b"]]


def test_a_deputy_is_not_the_office_holder() -> None:
    sides = title_sides({
        "a": "Deputy water safety commissioner Lena Moor said the tests were clear.",
        "b": "Water Safety Commissioner Lena Moor said the tests were clear.",
        "c": "Commissioner Lena Moor said the tests were clear.",
    })  # fmt: skip
    assert sides == [("deputy commissioner", ["a"]), ("commissioner", ["b", "c"])]


def test_a_title_in_apposition_after_the_name_is_read_and_hyphenated_offices_share_their_words() -> None:
    sides = title_sides({
        "a": "The tests were clear, said Lena Moor, the water board's director-general.",
        "b": "Lena Moor, the water board's deputy director, said the tests were clear.",
        "c": "The tests were clear, said Lena Moor, director-general of the water board.",
        "d": "Lena Moor, the mother of the board's director, said the tests were clear.",
    })  # fmt: skip
    assert sides == [("deputy director", ["b"]), ("director-general", ["a", "c"])]


def test_a_speakers_quoted_words_carry_no_event_status() -> None:
    """A resident's "They have closed the pool" is rhetoric the outlet reports; the outlets' own "will close" and
    "has closed" still disagree."""
    from storylens.align.status import status_conflicts
    from storylens.records import Fact, Mention

    texts = {
        "a": 'Ana Berg has swum there for years.\n"They have closed the pool for good, and we will not forget it."',
        "b": "The town will close the pool for good next month.",
        "c": "The town has closed the pool for good.",
    }
    _, by_id = one_fact(texts)

    def mention_of(article: str) -> Mention:
        claim = next(c for c in by_id[article].claims if "close" in c.text)
        return Mention(article=article, start=claim.start, end=claim.end, text=claim.text)

    def found(articles: list[str]) -> list[dict[str, list[str]]]:
        mentions = tuple(mention_of(a) for a in articles)
        fact = Fact(id="f1", statement="", mentions=mentions, articles=tuple(articles), outlets=tuple(articles),
                    label="consensus")  # fmt: skip
        return [
            {s.value: sorted(m.article for m in s.mentions) for s in c.sides} for c in status_conflicts(fact, by_id)
        ]

    assert found(["a", "b"]) == []
    assert found(["a", "b", "c"]) == [{"already happened": ["c"], "still to come": ["b"]}]


def test_one_disagreement_in_two_facts_merges_unless_an_article_changes_side() -> None:
    from storylens.align.story import _number_conflicts
    from storylens.records import Conflict, ConflictSide, Mention

    def conflict(fact: str, five: list[str], four: list[str]) -> Conflict:
        def side(value: str, articles: list[str]) -> ConflictSide:
            return ConflictSide(value=value, mentions=tuple(Mention(article=a, start=0, end=1, text=fact)
                                                            for a in articles))  # fmt: skip

        return Conflict(id="", kind="number", about=fact, sides=(side("five", five), side("four", four)), fact=fact)

    merged = _number_conflicts([conflict("f1", ["a"], ["d"]), conflict("f2", ["a"], ["b", "c", "d"])])
    assert len(merged) == 1
    assert sorted({m.article for m in merged[0].sides[1].mentions}) == ["b", "c", "d"]
    apart = _number_conflicts([conflict("f1", ["a"], ["d"]), conflict("f2", ["d"], ["a"])])
    assert len(apart) == 2


def test_a_toll_told_across_facts_is_one_conflict_with_every_value() -> None:
    from storylens.align.story import _number_conflicts
    from storylens.records import Conflict, ConflictSide, Mention

    def conflict(fact: str, about: str, sides: dict[str, list[str]]) -> Conflict:
        return Conflict(id="", kind="number", about=f"{about}: {fact}", fact=fact, sides=tuple(
            ConflictSide(value=v, mentions=tuple(Mention(article=a, start=0, end=1, text=fact) for a in arts))
            for v, arts in sides.items()))  # fmt: skip

    lead = conflict("f1", "the number of dead", {"at least 40": ["a"], "52": ["b"], "more than 60": ["c"]})
    later = conflict("f2", "the number of dead", {"At least 52": ["d"], "more than 60": ["c"]})
    injured = conflict("f3", "the number of injured", {"52": ["e"], "more than 60": ["f"]})
    merged = _number_conflicts([lead, later, injured])
    assert len(merged) == 2
    dead = next(c for c in merged if c.about.startswith("the number of dead"))
    assert {s.value: sorted({m.article for m in s.mentions}) for s in dead.sides} == {
        "at least 40": ["a"], "52": ["b", "d"], "more than 60": ["c"]}  # fmt: skip


def test_a_count_conflict_names_what_is_counted() -> None:
    from storylens.align.conflicts import _measure

    assert _measure("number", "people") == "the number of people"
    assert _measure("number", "branch library") == "the number of branch libraries"
    assert _measure("number", "household") == "the number of households"
    assert _measure("number", "day") == "the number of days"
    assert _measure("number", "") == "the number"
    assert _measure("money", "EUR") == "the amount"
    assert _measure("tally", "votes") == "the vote tally"
    assert _measure("date", "year") == "the year"
    assert _measure("number", "dead") == "the number of dead"
    assert _measure("number", "km") == "the length in km"
    assert _measure("number", "cubic m") == "the volume in cubic m"
    assert _measure("number", "magnitude") == "the magnitude"


@pytest.mark.parametrize(
    ("texts", "about"),
    [
        ({"a": "The ferry service was halted on Wednesday after a storm damaged the pier.",
          "b": "The ferry service was halted on Thursday after a storm damaged the pier.",
          "c": "Officials said the ferry service was halted on Thursday."},
         "on which day the ferry service was halted"),
        ({"a": "The harbour board on Monday ordered a full inspection of the pier built by the city.",
          "b": "The harbour board ordered a full inspection of the pier on Tuesday."},
         "on which day the harbour board ordered a full inspection"),
        ({"a": "The bidder has until April 5 to table a firm offer.",
          "b": "The bidder has until April 12 to table a firm offer."},
         "by which day the bidder has to table a firm offer"),
        # a pronoun says nothing of the event: the fact's statement says it instead
        ({"a": "It was halted on Wednesday.", "b": "It was halted on Thursday."},
         "on which day: It was halted on Wednesday."),
    ],
)  # fmt: skip
def test_a_day_conflict_says_which_event_it_dates(texts: dict[str, str], about: str) -> None:
    from storylens.align.conflicts import day_conflicts

    fact, by_id = one_fact(texts)
    (conflict,) = day_conflicts(fact, by_id)
    assert conflict.about == about


@pytest.mark.slow
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        ({"a": "The closure order was issued at 1.15am on Wednesday.",
          "b": "The closure order was lifted at 6 p.m. on Wednesday."}, []),
        ({"a": "Nine carriages left the rails at about 11.40 p.m. on a bend east of the village.",
          "b": "Nine carriages smashed off the rails near the village just before midnight on Tuesday."}, []),
        ({"a": "Nine carriages left the rails at about 11.40 p.m. on a bend east of the village.",
          "b": "Nine carriages left the rails at 12.10 a.m. on a bend east of the village."},
         [["12.10 a.m.", "about 11.40 p.m."]]),
    ],
)  # fmt: skip
def test_two_acts_on_one_thing_are_two_times_and_just_before_midnight_ends_the_day(texts, expected) -> None:
    from storylens.align.conflicts import day_conflicts

    fact, by_id = one_fact(texts)
    assert [sorted(s.value for s in c.sides) for c in day_conflicts(fact, by_id)] == expected


@pytest.mark.slow
def test_a_fact_whose_articles_each_date_one_event_twice_has_no_day_conflict() -> None:
    """Each article takes no side on an event it gives two days; with none left there is nothing to compare (this
    once raised a TypeError on a real story)."""
    from storylens.align.conflicts import day_conflicts

    fact, by_id = one_fact({
        "a": "Engineers inspected the bridge on Monday and inspected it again on Wednesday.",
        "b": "Engineers inspected the bridge on Tuesday and inspected it again on Thursday.",
    })  # fmt: skip
    assert day_conflicts(fact, by_id) == []


@pytest.mark.slow
def test_an_aspect_verb_is_no_event() -> None:
    """ "The resignation came a day after ..." and "a mistake it would come to regret" share the verb "come", not an
    event that has happened in one outlet and is still to come in another."""
    from storylens.align.status import status_conflicts

    fact, by_id = one_fact({
        "a": "The resignation came a day after the junior party threatened to quit the coalition.",
        "b": "The junior party threatened to quit the coalition, a move it would come to regret.",
    })  # fmt: skip
    assert status_conflicts(fact, by_id) == []


def test_two_portfolios_of_one_office_conflict() -> None:
    sides = title_sides({
        "a": "Interior Minister Lena Moor said the police had acted lawfully.",
        "b": "Protesters say the police let them down. Justice Minister Lena Moor said the police had acted lawfully.",
        "c": "The police acted lawfully, Interior Minister Lena Moor said on Sunday.",
    })  # fmt: skip
    assert sides == [("Interior Minister", ["a", "c"]), ("Justice Minister", ["b"])]


def test_two_chief_officers_of_one_person_conflict() -> None:
    sides = title_sides({
        "a": "The firm's chief operating officer Lena Moor told reporters the systems were back.",
        "b": "Chief operating officer Lena Moor said the systems were back.",
        "c": "The firm's chief technology officer Lena Moor admitted the systems had been shut down.",
    })  # fmt: skip
    assert sides == [("Chief Operating Officer", ["a", "b"]), ("Chief Technology Officer", ["c"])]


@pytest.mark.parametrize(
    "texts",
    [
        {"a": "Regional Labour Minister Lena Moor met the union.", "b": "Labour Minister Lena Moor met the union."},
        {"a": "Defence Minister Lena Moor met the union.", "b": "Defense Minister Lena Moor met the union."},
        # an officer has a portfolio only as a chief
        {"a": "Police officer Lena Moor met the union.", "b": "Off-duty officer Lena Moor met the union."},
        {"a": "Chief financial officer Lena Moor met them.", "b": "Chief finance officer Lena Moor met them."},
        # the words before a two-word office name its body ("the union's general secretary")
        {"a": "Guild general secretary Lena Moor met them.", "b": "Union general secretary Lena Moor met them."},
        {"a": "Interior Minister Lena Moor met the union.", "b": "Justice Minister Karl Moor met the union."},
        {"a": "Justice Minister Lena Moor met the union. Interior Minister Lena Moor left.",
         "b": "Justice Minister Lena Moor met the union."},
    ],
)  # fmt: skip
def test_one_office_said_in_full_or_spelt_apart_two_people_or_two_posts_do_not_conflict(texts) -> None:
    from storylens.align.titles import title_conflicts

    _, by_id = one_fact(texts)
    articles = articles_of(texts)
    assert title_conflicts(articles, by_id) == []


def occasion_sides(texts: dict[str, str]) -> list[tuple[str, dict[str, list[str]]]]:
    """Each conflict over an occasion's time among invented articles, each its own fact: what it is about, and
    each side's value and articles."""
    from storylens.align.clocks import occasion_clock_conflicts
    from storylens.records import Fact

    fact, by_id = one_fact(texts)
    facts = [Fact(id=f"f{m.article}", statement=m.text, mentions=(m,), articles=(m.article,),
                  outlets=(m.article,), label="single-source") for m in fact.mentions]  # fmt: skip
    return [(c.about, {s.value: sorted(m.article for m in s.mentions) for s in c.sides})
            for c in occasion_clock_conflicts(facts, by_id)]  # fmt: skip


def test_one_occasion_timed_differently_across_facts_is_a_conflict() -> None:
    found = occasion_sides({
        "a": "Water Minister Edda Vorn announced the ban at a news conference in the capital at 10 a.m.",
        "b": "A grim-faced Vorn unveiled the clampdown at a 3pm press conference, flanked by police chiefs.",
        "c": "The minister spoke at a news conference at 10:15 a.m., her aides said.",
        "d": "Vorn spoke at a news conference at 9 a.m. and at another news conference at 6 p.m.",
    })  # fmt: skip
    assert found == [("the time of the conference", {"10 a.m.": ["a", "c"], "3pm": ["b"]})]


def test_an_occasion_timed_alike_or_in_quoted_words_is_no_conflict() -> None:
    assert occasion_sides({
        "a": "The mayor announced the closure at a news conference at 11 a.m.",
        "b": "“We called a news conference at 2 p.m. and nobody came,” the mayor's aide said.",
        "c": "The closure was announced at an 11am news conference.",
    }) == []  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(
    ("check", "texts", "expected"),
    [
        pytest.param(
            "amount_conflicts",
            {"a": "Organisers said 420 marshals were on duty across the park.",
             "b": "The permit requires at least 450 marshals when the park is full.",
             "c": "The permit conditions set a minimum of 450 marshals."},
            [],
            id="a number a rule requires is no count of what was",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "Turnout was 63 percent, the highest since 1994.", "b": "Turnout was 58 percent."},
            [{"58 percent": ["b"], "63 percent": ["a"]}],
            id="a record since a year is still this vote's turnout",
        ),
        pytest.param(
            "amount_conflicts",
            {"a": "The old pumping station was opened in 1962.",
             "b": "The old pumping station is not due for repairs until 2031."},
            [],
            id="years decades apart are of two events",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "Nine people remained in hospital on Sunday.", "b": "Nine people remained in hospital on Monday."},
            [],
            id="a state that lasts holds on both days",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "Power was restored to the last homes at 10:20 a.m. on Thursday.",
             "b": "The supply failed just before 6pm on Wednesday."},
            [],
            id="two clock times on different days",
        ),
        pytest.param(
            "day_conflicts",
            {"a": "Power was restored to the last homes at 10:20 a.m. on Thursday.",
             "b": "The last homes were reconnected at 1:15 p.m. on Thursday."},
            [{"10:20 a.m.": ["a"], "1:15 p.m.": ["b"]}],
            id="two clock times on one day",
        ),
    ],
)  # fmt: skip
def test_amounts_and_days_of_other_occasions(check: str, texts: dict[str, str], expected: list) -> None:
    assert sides_found(check, texts) == expected


def test_a_chief_executive_is_not_the_chair_and_chiefs_of_two_things_differ() -> None:
    sides = title_sides({
        "a": "Chief executive Lena Moor said the tests were clear.",
        "b": "Lena Moor, who chairs the water board, said the tests were clear.",
        "c": "Water board chief Lena Moor said the tests were clear.",
    })  # fmt: skip
    assert sides == [("chair", ["b"]), ("chief executive", ["a"])]
    sides = title_sides({
        "a": "Its chief inspector, Lena Moor, said the tests were clear.",
        "b": "Lena Moor, chief executive of the water board, said the tests were clear.",
    })  # fmt: skip
    assert sides == [("chief executive", ["b"]), ("chief inspector", ["a"])]


def test_two_police_rungs_of_one_officer_conflict_and_detective_is_no_rung() -> None:
    sides = title_sides({
        "a": "Detective Superintendent Orla Vantollo, who leads the unit, said an inquiry was under way.",
        "b": "Detective Inspector Orla Vantollo, who is leading the hunt, refused to comment.",
        "c": "Superintendent Orla Vantollo said an inquiry was under way.",
    })  # fmt: skip
    assert sides == [("inspector", ["b"]), ("superintendent", ["a", "c"])]
    sides = title_sides({
        "a": "Police said the man was held, Detective Chief Inspector Orla Vantollo said.",
        "b": "Chief Inspector Orla Vantollo said the man was held.",
        "c": "Orla Vantollo, a detective sergeant, said the man was held.",
    })  # fmt: skip
    assert sides == [("chief inspector", ["a", "b"]), ("sergeant", ["c"])]
    sides = title_sides({  # one conflict: the assistant rung is a rung of its own, not a rank of the office
        "a": "Assistant Chief Constable Orla Vantollo said the man was held.",
        "b": "Chief Superintendent Orla Vantollo said the man was held.",
    })  # fmt: skip
    assert sides == [("assistant chief constable", ["a"]), ("chief superintendent", ["b"])]


def test_a_name_after_a_capitalised_title_is_a_person_even_where_the_tagger_misses_it() -> None:
    from storylens.align.titles import name_start, person_spans
    from storylens.records import Analysis

    text = (
        "Detective Superintendent Orla Vantollo, who leads the unit, said so. Chief Inspector Tamsin Ketterby agreed."
    )
    spans = person_spans(text, Analysis(article="a"), None)
    assert [text[s:e] for s, e in spans] == ["Orla Vantollo", "Tamsin Ketterby"]
    name = "Detective Superintendent Orla Vantollo"
    assert name[name_start(name, 0) :] == "Orla Vantollo"


def test_a_chair_is_not_the_general_secretary_and_heads_of_two_functions_differ() -> None:
    sides = title_sides({
        "a": "Its chairman, Tamsin Ketterby, said the hosts would fight the cap.",
        "b": "Tamsin Ketterby, general secretary of the hosts' association, said they would fight the cap.",
    })  # fmt: skip
    assert sides == [("chair", ["a"]), ("general secretary", ["b"])]
    sides = title_sides({
        "a": "Managing director Tamsin Ketterby said the firm was cooperating.",
        "b": "Its operations director, Tamsin Ketterby, said the firm was cooperating.",
        "c": "The firm's safety chief Tamsin Ketterby said it was cooperating.",
    })  # fmt: skip
    assert sides == [("managing director", ["a"]), ("head of operations", ["b"]), ("head of safety", ["c"])]


def test_a_named_bodys_president_is_not_its_general_secretary() -> None:
    sides = title_sides({
        "a": "GMWQ president Tamsin Ketterby told the rally the strike would go on.",
        "b": "Tamsin Ketterby, the GMWQ's general secretary, told the rally the strike would go on.",
        "c": "Tamsin Ketterby, general secretary of the GMWQ, told the rally the strike would go on.",
    })  # fmt: skip
    assert sides == [("general secretary", ["b", "c"]), ("president", ["a"])]
    sides = title_sides({
        "a": "GMWQ president Tamsin Ketterby told the rally the strike would go on.",
        "c": "Tamsin Ketterby, general secretary of the GMWQ, told the rally the strike would go on.",
    })  # fmt: skip
    assert sides == [("general secretary", ["c"]), ("president", ["a"])]


@pytest.mark.parametrize(
    "texts",
    [
        {"a": "Its operations director, Tamsin Ketterby, said so.",
         "b": "Chief operating officer Tamsin Ketterby said so."},
        {"a": "Its operations director, Tamsin Ketterby, said so.", "b": "Operations chief Tamsin Ketterby said so."},
        {"a": "Finance director Tamsin Ketterby said so.",
         "b": "Tamsin Ketterby, the firm's financial director, said so."},
        {"a": "Detective Inspector Orla Vantollo said so.", "b": "Inspector Orla Vantollo said so."},
        {"a": "Chairman Tamsin Ketterby said so. Tamsin Ketterby, its general secretary, left.",
         "b": "Tamsin Ketterby, general secretary of the union, said so."},
        # a president of no named body, or of another one, or against another office
        {"a": "President Tamsin Ketterby said so.", "b": "Party general secretary Tamsin Ketterby said so."},
        {"a": "GMWQ president Tamsin Ketterby said so.",
         "b": "Tamsin Ketterby, the RLTU's general secretary, said so."},
        {"a": "GMWQ president Tamsin Ketterby said so.", "b": "GMWQ chief executive Tamsin Ketterby said so."},
    ],
)  # fmt: skip
def test_one_rung_or_function_in_other_words_or_both_posts_in_one_article_do_not_conflict(texts) -> None:
    from storylens.align.titles import title_conflicts

    _, by_id = one_fact(texts)
    assert title_conflicts(articles_of(texts), by_id) == []


def test_a_titled_name_the_tagger_missed_is_found_where_another_article_tags_it() -> None:
    """The tagger reads an organisation in b's "Board chair Idony Fenwhistle"; a tags the name as a person."""
    sides = title_sides({
        "a": "Idony Fenwhistle, chief executive of the Coastal Safety Board (CSB), said the alarm failed.",
        "b": "Board chair Idony Fenwhistle said the alarm worked.",
    })  # fmt: skip
    assert sides == [("chair", ["b"]), ("chief executive", ["a"])]


def test_a_director_general_is_no_chair_and_a_director_of_one_function_is_no_chief_executive() -> None:
    sides = title_sides({
        "a": "Director-General Orla Vantollo said the ruling stood.",
        "b": "Board chair Orla Vantollo said the ruling stood.",
    })  # fmt: skip
    assert sides == [("chair", ["b"]), ("director-general", ["a"])]  # the side's value is the outlets' words
    sides = title_sides({
        "a": "Idony Fenwhistle, chief executive of the Coastal Safety Board, said the sample was clean.",
        "b": "Idony Fenwhistle, director of testing at the Coastal Safety Board, said the sample was clean.",
    })  # fmt: skip
    assert sides == [("chief executive", ["a"]), ("head of testing", ["b"])]


def test_a_director_of_a_body_or_a_director_general_called_chief_executive_is_no_conflict() -> None:
    from storylens.align.titles import title_conflicts

    for texts in (
        {"a": "Idony Fenwhistle, chief executive of the board, said so.",
         "b": "Idony Fenwhistle, director of the board, said so."},
        {"a": "Director-General Orla Vantollo said so.", "b": "Orla Vantollo, the agency's chief executive, said so."},
    ):  # fmt: skip
        _, by_id = one_fact(texts)
        assert title_conflicts(articles_of(texts), by_id) == [], texts


def test_a_person_given_both_offices_by_one_article_may_hold_both() -> None:
    from storylens.align.titles import title_conflicts

    texts = {
        "a": "Chairman Lena Moor said the tests were clear. Chief executive Lena Moor added that they were.",
        "b": "Chief executive Lena Moor said the tests were clear.",
    }
    _, by_id = one_fact(texts)
    articles = articles_of(texts)
    assert title_conflicts(articles, by_id) == []
