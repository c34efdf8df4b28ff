"""The neutral summary: cited, labelled, plainest wording, conflicts last, nothing from nothing."""

from __future__ import annotations

import re

import pytest

from storylens.align import Alignment
from storylens.align.topic import lead_vectors, mean_cosine
from storylens.records import Article, Conflict, ConflictSide, Fact, Mention
from storylens.summarize import (
    conflict_sentence,
    fact_sentences,
    plain_text,
    plainest_mention,
    says,
    summarize_story,
    unloaded_clause,
)

ARTICLES = [
    Article(id=a, source=f"{a}.txt", text="", content_hash=a, outlet=a.upper(), outlet_from="input")
    for a in ("a", "b", "c")
]


def _fact(fid: str, label: str, texts: dict[str, str]) -> Fact:
    start = 1000 * int(fid.strip("f"))  # each fact's sentences sit apart: a shared sentence is a repeat
    mentions = tuple(Mention(article=a, start=start, end=start + len(t), text=t) for a, t in texts.items())
    return Fact(
        id=fid,
        statement=next(iter(texts.values())),
        mentions=mentions,
        articles=tuple(texts),
        outlets=tuple(a.upper() for a in texts),
        label=label,
    )


FACTS = (
    _fact(
        "f1",
        "consensus",
        {
            "a": "The hollow, staggering deal was signed in the capital on Monday.",
            "b": "The deal was signed in the capital on Monday, officials confirmed.",
            "c": "The landmark deal was signed in the capital on Monday.",
        },
    ),
    _fact(
        "f2",
        "majority",
        {
            "a": "Repairs will take about six weeks to complete.",
            "b": "Repairs will take about six weeks to complete, the city said.",
        },
    ),
    _fact("f3", "single-source", {"c": "A third outlet alone says the mayor will resign tomorrow."}),
    _fact(
        "f4",
        "some",
        {
            "a": "They say the bridge carries 38,000 vehicles a day.",
            "c": "The bridge carries 38,000 vehicles a day across the harbor.",
        },
    ),
)
CONFLICT = Conflict(
    id="c1",
    kind="number",
    about="the repair cost",
    fact="f2",
    sides=(
        ConflictSide(
            value="$42 million",
            mentions=(
                Mention(article="a", start=0, end=24, text="Repairs cost $42 million"),
                Mention(article="b", start=0, end=24, text="Repairs cost $42 million"),
            ),
        ),
        ConflictSide(
            value="$24 million", mentions=(Mention(article="c", start=0, end=24, text="Repairs cost $24 million"),)
        ),
    ),
)


def test_summary_order_labels_and_citations() -> None:
    summary = summarize_story(ARTICLES, Alignment(facts=FACTS, conflicts=(CONFLICT,)))
    assert [s.label for s in summary] == ["consensus", "majority", "some", "contested"]
    assert summary[0].outlets == ("A", "B", "C") and summary[0].facts == ("f1",)
    assert all(s.outlets for s in summary)
    assert not any("resign" in s.text for s in summary)  # single-source facts are not summarised
    assert (
        summary[-1].text
        == "Outlets disagree on the repair cost: A and B report “$42 million”; C reports “$24 million”."
    )


def test_summary_uses_the_plainest_wording() -> None:
    summary = summarize_story(ARTICLES, Alignment(facts=FACTS))
    assert summary[0].text == "The deal was signed in the capital on Monday, officials confirmed."
    for s in summary:
        for word in ("hollow", "staggering", "landmark"):
            assert word not in s.text
    assert summary[2].text.startswith("The bridge carries")  # not the mention that leans on context ("They say")


def test_every_sentence_traces_to_a_mention() -> None:
    summary = summarize_story(ARTICLES, Alignment(facts=FACTS, conflicts=(CONFLICT,)))
    mentions = {plain_text(m.text) for f in FACTS for m in f.mentions}
    assert all(s.text in mentions for s in summary if s.label != "contested")


def _single(fid: str, article: str, start: int, text: str) -> Fact:
    mention = Mention(article=article, start=start, end=start + len(text), text=text)
    return Fact(id=fid, statement=text, mentions=(mention,), articles=(article,), outlets=(article.upper(),),
                label="single-source")  # fmt: skip


def test_short_summary_is_filled_with_single_source_facts_lead_first_outlets_in_turn() -> None:
    shared = FACTS[0]
    singles = (
        _single("s1", "a", 400, "Engineers expect the first cargo ships to arrive within a fortnight."),
        _single("s2", "a", 10, "The harbour authority will publish the full contract on its website."),
        _single("s3", "b", 200, "Fishing crews asked for a separate berth during the works at the quay."),
        _single("s4", "c", 0, "A rival port cut its landing fees by a fifth last spring to win trade."),
    )
    alignment = Alignment(facts=(shared, *singles), off_topic=("c",))
    summary = summarize_story(ARTICLES, alignment)
    assert [s.facts for s in summary] == [("f1",), ("s2",), ("s3",), ("s1",)]  # a's lead fact, b's, a's next
    assert [s.label for s in summary] == ["consensus", "single-source", "single-source", "single-source"]
    assert summary[1].outlets == ("A",)  # s4 is from an off-topic article: never drawn on


def _leads(*leads: str) -> list[Article]:
    return [Article(id=a, source=f"{a}.txt", text=t, content_hash=a, outlet=a.upper(), outlet_from="input")
            for a, t in zip("abc", leads, strict=False)]  # fmt: skip


ONE_EVENT = (
    "The harbour authority signed a contract on Monday to rebuild the collapsed north quay by next summer.",
    "A deal to rebuild the harbour's collapsed north quay was signed on Monday, with work due to end next summer.",
    "Rebuilding of the north quay, which collapsed in March, will start after the port signed the contract.",
)


@pytest.mark.slow
def test_outlets_telling_one_event_with_no_shared_fact_get_a_single_source_summary() -> None:
    details = (
        "Fishing crews will be given a temporary berth on the south side while the work goes on.",
        "The contract is worth about 40 million and went to a consortium of two local builders.",
        "Engineers blame the collapse on decades of salt water eating into the quay's steel piles.",
    )
    texts = [f"{lead} {detail}" for lead, detail in zip(ONE_EVENT, details, strict=True)]
    rows = enumerate(zip("abc", ONE_EVENT, details, strict=True))
    facts = tuple(_single(f"s{k}", a, len(lead) + 1, d) for k, (a, lead, d) in rows)
    articles = _leads(*texts)
    summary = summarize_story(articles, Alignment(facts=facts, lead_agreement=mean_cosine(lead_vectors(articles))))
    assert [s.label for s in summary] == ["single-source"] * 3
    assert [s.outlets for s in summary] == [("A",), ("B",), ("C",)]


@pytest.mark.slow
def test_unrelated_articles_sharing_no_fact_get_no_summary() -> None:
    texts = (
        ONE_EVENT[0],
        "The national orchestra opened its winter season with a programme of early Baroque concertos.",
        "Wheat prices fell for a third week as rain improved the outlook for the southern harvest.",
    )
    facts = tuple(_single(f"s{k}", a, 0, t) for k, (a, t) in enumerate(zip("abc", texts, strict=True)))
    articles = _leads(*texts)
    assert summarize_story(articles, Alignment(facts=facts, lead_agreement=mean_cosine(lead_vectors(articles)))) == []


def test_no_facts_no_summary() -> None:
    assert summarize_story(ARTICLES[:1], Alignment()) == []


def test_plain_text_strips_scare_quotes_dateline_and_bullets() -> None:
    assert plain_text("WASHINGTON: The “emergency” plan passed") == "The emergency plan passed."
    assert plain_text("• Ferry service will double") == "Ferry service will double."


@pytest.mark.slow
def test_example_summary(example_report) -> None:
    assert 4 <= len(example_report.summary) <= 8
    labels = [s.label for s in example_report.summary]
    assert labels[0] == "consensus"
    assert all(s.outlets for s in example_report.summary)
    for s in example_report.summary:
        assert "hollow" not in s.text and "damning" not in s.text and "“emergency”" not in s.text


def test_contested_value_is_not_summarised_as_consensus(example_report) -> None:
    """The bundled story disputes the repair cost: no non-contested summary sentence may state either side."""
    sides = [s.value.lower() for c in example_report.conflicts if c.kind == "number" for s in c.sides]
    assert sides, "the bundled story's number conflicts were not found"
    for sentence in example_report.summary:
        if sentence.label != "contested":
            assert not any(v in sentence.text.lower() for v in sides), sentence.text


def test_shared_fact_too_short_to_stand_alone_still_lets_single_source_facts_in() -> None:
    shared = _fact("f1", "consensus", {"a": "The deal, signed.", "b": "A deal was signed."})
    single = _single("s1", "b", 0, "Fishing crews asked for a separate berth during the works at the quay.")
    summary = summarize_story(ARTICLES, Alignment(facts=(shared, single)))
    assert [(s.facts, s.label) for s in summary] == [(("s1",), "single-source")]


def _story(texts: dict[str, str]) -> list[Article]:
    return [
        Article(id=a, source=f"{a}.txt", text=t, content_hash=a, outlet=a.upper(), outlet_from="input")
        for a, t in texts.items()
    ]


def _at(article: str, text: str, sentence: str) -> Mention:
    start = text.index(sentence)
    return Mention(article=article, start=start, end=start + len(sentence), text=sentence)


def _carried(fid: str, label: str, mentions: tuple[Mention, ...]) -> Fact:
    articles = tuple(dict.fromkeys(m.article for m in mentions))
    return Fact(id=fid, statement=mentions[0].text, mentions=mentions, articles=articles,
                outlets=tuple(a.upper() for a in articles), label=label)  # fmt: skip


LEDE = "The regulator ordered a recall of the eye drops on Thursday morning."
ADVICE = "Anyone who used the drops and has a painful eye should see a doctor soon."
FILLER = "Background sentences follow here and say other things at some length. " * 6


def _told_by_all(worded: dict[str, str]) -> tuple[dict[str, str], Fact]:
    """Each outlet's article (its wording first) and the one consensus fact they all state."""
    texts = {a: t + " " + FILLER for a, t in worded.items()}
    return texts, _carried("f1", "consensus", tuple(_at(a, texts[a], t) for a, t in worded.items()))


def test_the_lede_fact_comes_before_a_closing_fact_one_more_outlet_carries() -> None:
    texts = {a: LEDE + " " + FILLER + ADVICE for a in "abcd"} | {"e": FILLER + ADVICE}
    articles = _story(texts)
    lede = _carried("f2", "consensus", tuple(_at(a, texts[a], LEDE) for a in "abcd"))
    advice = _carried("f1", "consensus", tuple(_at(a, texts[a], ADVICE) for a in "abcde"))
    summary = summarize_story(articles, Alignment(facts=(advice, lede)))
    assert [s.facts for s in summary[:2]] == [("f2",), ("f1",)]


def test_a_fact_sharing_a_sentence_with_one_already_told_is_not_told_again() -> None:
    """One sentence states two facts: the second is told only if none of its sentences was told already."""
    said = "“The offer is fair and final,” the port director said on Monday."
    both = "The port director said the offer was final and that rival ports pay their dockers even less."
    rival = "Dockers at rival ports along the coast are paid less than those here, the authority says."
    texts = {"a": said + " " + FILLER, "b": both + " " + FILLER, "c": rival + " " + FILLER}
    final = _carried("f1", "consensus", (_at("a", texts["a"], said), _at("b", texts["b"], both)))
    pay = _carried("f2", "consensus", (_at("b", texts["b"], both), _at("c", texts["c"], rival)))
    summary = summarize_story(_story(texts), Alignment(facts=(final, pay)))
    assert [s.facts for s in summary] == [("f1",)]


def _duration(texts: dict[str, str], worded: dict[str, str], sides: dict[str, str]) -> Conflict:
    """A duration conflict on fact f1: value -> the outlets (one letter each) whose wording gives it."""
    return Conflict(id="c1", kind="number", about="duration", fact="f1", sides=tuple(
        ConflictSide(value=value, mentions=tuple(_at(k, texts[k], worded[k]) for k in outlets))
        for value, outlets in sides.items()
    ))  # fmt: skip


def test_a_wording_stating_a_told_conflict_side_gives_way_to_another_outlets() -> None:
    worded = {
        "a": "Dockworkers at the port began a 48-hour strike on Thursday over pay.",
        "b": "Dockworkers at the port began a strike on Thursday over pay and crews.",
        "c": "Dockworkers at the port began a 72-hour strike on Thursday over pay.",
    }
    texts, strike = _told_by_all(worded)
    duration = _duration(texts, worded, {"48-hour": "a", "72-hour": "c"})
    summary = summarize_story(_story(texts), Alignment(facts=(strike,), conflicts=(duration,)))
    assert summary[0].text == worded["b"] and summary[0].label == "consensus"
    assert summary[-1].text == "Outlets disagree on duration: A reports “48-hour”; C reports “72-hour”."


def test_an_outlets_evaluative_words_are_not_the_way_round_a_told_conflict() -> None:
    """Only the loaded wording leaves out the day the outlets dispute: the fact is left to the conflict's sentence
    rather than told in that outlet's words."""
    worded = {
        "a": "The port authority on Thursday signed a reckless, shameful deal with the shipping lines.",
        "b": "The port authority signed a deal with the shipping lines on Wednesday.",
        "c": "The port authority signed a deal with the shipping lines on Thursday, officials said.",
        "d": "The port authority signed the deal with the shipping lines on Thursday.",
    }
    texts, deal = _told_by_all(worded)
    day = Conflict(
        id="c1",
        kind="date",
        about="on which day the port authority signed a deal",
        fact="f1",
        sides=(
            ConflictSide(value="Wednesday", mentions=(_at("b", texts["b"], worded["b"]),)),
            ConflictSide(value="Thursday", mentions=tuple(_at(k, texts[k], worded[k]) for k in "cd")),
        ),
    )
    summary = summarize_story(_story(texts), Alignment(facts=(deal,), conflicts=(day,)))
    assert not any("reckless" in s.text for s in summary)
    assert summary[-1].text.startswith("Outlets disagree on which day the port authority signed a deal: ")


def test_the_fact_is_told_in_a_majority_wording_when_only_a_minority_one_is_plainer() -> None:
    """The plainest wording states the value one outlet alone gives: the fact is told in the majority's words."""
    worded = {
        "a": "The strike at the port will last 48 hours, the port authority said on Friday.",
        "b": "The reckless, disastrous strike at the port will last 72 hours, the port authority said on Friday.",
        "c": "The reckless, damaging strike at the port will last 72 hours, the port authority said on Friday.",
    }
    texts, strike = _told_by_all(worded)
    duration = _duration(texts, worded, {"48 hours": "a", "72 hours": "bc"})
    plainest = plainest_mention(strike)
    assert plainest is not None and plainest.article == "a"  # without the conflict, its wording wins
    told = fact_sentences((strike,), 4, conflicts=(duration,))
    assert [s.text for s in told] in ([worded["b"]], [worded["c"]])
    assert told[0].label == "contested"


def test_words_only_one_outlet_adds_count_against_its_wording() -> None:
    worded = {
        "a": "The council passed a prudent budget that closes the funding gap this year.",
        "b": "The council passed a budget that closes the funding gap this year.",
        "c": "The council passed the budget that closes the funding gap this year.",
    }
    texts, budget = _told_by_all(worded)
    assert summarize_story(_story(texts), Alignment(facts=(budget,)))[0].text != worded["a"]


def test_a_word_shouted_in_capitals_is_evaluative_where_the_lexicon_misses_it() -> None:
    """The tabloid's wording has no word of the house lexicon but shouts one VADER rates; the others' wordings say
    "collapsed", which the lexicon lists. The summary takes a wording that does not shout."""
    from storylens.summarize import evaluative_words

    worded = {
        "a": "GREEDY ferry bosses pulled the plug on the island crossings overnight, leaving every sailing axed.",
        "b": "The island ferry operator collapsed overnight, halting every sailing from the harbour on Monday.",
        "c": "The island ferry operator collapsed overnight and halted every sailing from the harbour on Monday.",
    }
    texts, ferry = _told_by_all(worded)
    assert evaluative_words(worded["a"]) == ["GREEDY"]
    assert evaluative_words("The RLTU and GMWQ voted with the NATO group on Monday.") == []
    assert summarize_story(_story(texts), Alignment(facts=(ferry,)))[0].text != worded["a"]


def test_conflict_about_a_day_reads_once_on() -> None:
    side = (Mention(article="a", start=0, end=7, text="Tuesday"),)
    other = (Mention(article="b", start=0, end=6, text="Monday"),)
    day = Conflict(id="c1", kind="date", about="on which day", fact=None, sides=(
        ConflictSide(value="Tuesday", mentions=side), ConflictSide(value="Monday", mentions=other)))  # fmt: skip
    sentence = conflict_sentence(day, {"a": "A", "b": "B"})
    assert sentence is not None and sentence.text.startswith("Outlets disagree on which day: ")
    clock = Conflict(id="c2", kind="date", about="at what time the storm hit", fact=None, sides=day.sides)
    sentence = conflict_sentence(clock, {"a": "A", "b": "B"})
    assert sentence is not None and sentence.text.startswith("Outlets disagree on what time the storm hit: ")


def test_a_verdict_hung_on_the_end_of_the_event_is_cut_off() -> None:
    """Every outlet adds its verdict after a comma: the summary tells the clause before it, a prefix of one
    outlet's sentence, so it stays traceable to that outlet's words."""
    worded = {
        "a": "The regulator recalled the blood pressure pills on Thursday, a brave and overdue victory.",
        "b": "The regulator recalled the blood pressure pills on Thursday, a shameful and cowardly retreat.",
        "c": "The regulator recalled the blood pressure pills on Thursday, a reckless and panicked overreaction.",
    }
    texts, recall = _told_by_all(worded)
    first = summarize_story(_story(texts), Alignment(facts=(recall,)))[0]
    assert first.text == "The regulator recalled the blood pressure pills on Thursday."
    assert first.label == "consensus" and first.outlets == ("A", "B", "C")
    assert any(texts[a].startswith(first.text[:-1]) for a in first.articles)


def test_a_plain_trailing_clause_is_kept() -> None:
    """A trailing part that adds no loading is not cut: cutting would only lose what it says."""
    plain = "The regulator recalled the blood pressure pills across the region, which were sold in four countries."
    loaded = "The regulator recalled the blood pressure pills across the region, a brave and overdue victory."
    assert unloaded_clause(Mention(article="a", start=10, end=10 + len(plain), text=plain)) is None
    cut = unloaded_clause(Mention(article="a", start=10, end=10 + len(loaded), text=loaded))
    assert cut is not None and cut.text == loaded[: cut.end - cut.start] and cut.start == 10
    assert cut.text == "The regulator recalled the blood pressure pills across the region"


@pytest.mark.parametrize(
    ("value", "text", "said"),
    [
        ("former director", "Former port director Ana Vell said so.", True),
        ("29 to 24", "The budget passed by 29 votes to 24.", True),
        ("29 to 24", "By 29 votes, with 24 against after a long night.", False),
        ("former director", "Port director Ana Vell said so.", False),
        ("$42 million", "Repairs will cost $42 million.", True),
    ],
)
def test_a_value_is_said_with_a_few_words_between_its_words(value: str, text: str, said: bool) -> None:
    split = lambda t: re.findall(r"\w+", t.lower())  # noqa: E731
    assert says(split(value), split(text)) is said


def test_the_wording_giving_the_value_most_outlets_give_is_preferred() -> None:
    """An outlet alone in calling the port director "former" does not lend the summary its wording."""
    worded = {
        "a": "Former port director Ana Vell said on Friday the authority's offer would not change.",
        "b": "Port director Ana Vell said on Friday the authority's offer would not change at all.",
        "c": "Port director Ana Vell said on Friday that the authority's offer would not change.",
    }
    texts, said = _told_by_all(worded)
    title = Conflict(id="c1", kind="title", about="Ana Vell's office: director", fact=None, sides=(
        ConflictSide(value="former director", mentions=(_at("a", texts["a"], worded["a"]),)),
        ConflictSide(value="director", mentions=tuple(_at(k, texts[k], worded[k]) for k in "bc")),
    ))  # fmt: skip
    plainest = plainest_mention(said)
    assert plainest is not None and plainest.article == "a"  # without the conflict, its wording wins
    plainest = plainest_mention(said, conflicts=(title,))
    assert plainest is not None and plainest.article in "bc"


def test_a_clause_opening_its_sentence_is_told_with_who_said_it() -> None:
    """The fact holds only the clause; the rest of its sentence says who said it and what happened meanwhile. The
    summary tells the clause with its attribution, never as its own assertion, and never a clause cut mid-way."""
    clause = "A storm flooded the harbour district overnight, cutting power to 2,000 homes"
    texts = {
        "a": f"{clause}, officials said on Sunday, as crews pumped water from the streets. {FILLER}",
        "b": f"{clause} and closing the ferry terminal. {FILLER}",
    }
    storm = _carried("f1", "consensus", tuple(_at(a, texts[a], clause) for a in "ab"))
    summary = summarize_story(_story(texts), Alignment(facts=(storm,)))
    assert [s.text for s in summary] == [f"{clause}, officials said."]


def _status_summary(worded: dict[str, str], happened: str) -> list:
    """The summary of one fact all outlets state, whose status the outlets in ``happened`` say has come to pass
    and outlet "a" says is still to come."""
    texts, fact = _told_by_all(worded)
    status = Conflict(id="c1", kind="status", about="whether it has happened (declare)", fact="f1", sides=(
        ConflictSide(value="already happened", mentions=tuple(_at(k, texts[k], worded[k]) for k in happened)),
        ConflictSide(value="still to come", mentions=(_at("a", texts["a"], worded["a"]),)),
    ))  # fmt: skip
    return summarize_story(_story(texts), Alignment(facts=(fact,), conflicts=(status,)))


def test_a_fact_whose_status_outlets_dispute_is_contested_in_any_wording() -> None:
    summary = _status_summary({
        "a": "The cabinet is expected to declare a state of emergency in the province later on Sunday.",
        "b": "The cabinet declared a state of emergency in the province on Sunday afternoon.",
        "c": "Ministers met for three hours over a state of emergency in the province on Sunday.",
    }, happened="b")  # fmt: skip
    assert summary[0].facts == ("f1",) and summary[0].label == "contested"


def test_a_fact_whose_status_outlets_dispute_is_told_in_the_majoritys_wording() -> None:
    worded = {
        "a": "The cabinet is to declare a state of emergency in the province.",
        "b": "The cabinet declared a state of emergency in the province on Sunday after ministers met for hours.",
        "c": "Late on Sunday ministers in the capital formally declared a state of emergency in the province.",
    }
    summary = _status_summary(worded, happened="bc")
    assert summary[0].text in (worded["b"], worded["c"]) and summary[0].label == "contested"


def test_a_clause_followed_by_more_of_its_sentence_is_not_taken_for_an_attributed_one() -> None:
    clause = "The recall, which takes in three brands of drops"
    texts = {
        "a": f"{clause}, follows 63 confirmed infections since March. {FILLER}",
        "b": f"{clause}, follows 63 reported cases, officials said. {FILLER}",
    }
    recall = _carried("f1", "consensus", tuple(_at(a, texts[a], clause) for a in "ab"))
    assert summarize_story(_story(texts), Alignment(facts=(recall,))) == []


def test_the_lede_is_told_even_when_every_wording_gives_a_side_of_a_told_conflict() -> None:
    worded = {
        "a": "A storm hit the coast overnight, killing at least 40 people.",
        "b": "A storm hit the coast overnight, killing 52 people.",
        "c": "A storm hit the coast overnight, killing 52 people and flooding the harbour.",
    }
    texts, storm = _told_by_all(worded)
    toll = Conflict(id="c1", kind="number", about="the number of dead", fact="f1", sides=(
        ConflictSide(value="at least 40", mentions=(_at("a", texts["a"], worded["a"]),)),
        ConflictSide(value="52", mentions=tuple(_at(k, texts[k], worded[k]) for k in "bc")),
    ))  # fmt: skip
    summary = summarize_story(_story(texts), Alignment(facts=(storm,), conflicts=(toll,)))
    assert summary[0].facts == ("f1",) and summary[0].label == "contested"
    assert summary[-1].text.startswith("Outlets disagree on the number of dead: ")


def test_the_conflicts_told_are_those_more_outlets_take_part_in() -> None:
    texts = {a: LEDE + " " + FILLER + ADVICE for a in "abcd"}

    def conflict(cid: str, about: str, sides: dict[str, str], sentence: str) -> Conflict:
        return Conflict(id=cid, kind="number", about=about, fact="f1", sides=tuple(
            ConflictSide(value=v, mentions=tuple(_at(k, texts[k], sentence) for k in ks)) for v, ks in sides.items()
        ))  # fmt: skip

    narrow = conflict("c1", "a detail", {"1": "a", "2": "b"}, ADVICE)
    wide = conflict("c2", "the recall", {"3": "ab", "4": "cd"}, LEDE)
    wider = conflict("c3", "the drops", {"5": "abc", "6": "d"}, LEDE)
    lede = _carried("f1", "consensus", tuple(_at(a, texts[a], LEDE) for a in "abcd"))
    summary = summarize_story(_story(texts), Alignment(facts=(lede,), conflicts=(narrow, wide, wider)))
    told = [s.text for s in summary if s.text.startswith("Outlets disagree")]
    assert [t.split(":")[0] for t in told] == ["Outlets disagree on the recall", "Outlets disagree on the drops"]


def test_an_outlet_speaking_as_a_party_is_not_the_summarys_voice() -> None:
    """ "Imports that have battered our mills" is the outlet taking a side; "our" in a quotation is someone else's."""
    from storylens.summarize import loadedness

    assert loadedness("Quellmark hit back at the steel imports that have battered our mills.") >= 1.5
    assert loadedness("“Imports have battered our mills,” the union said of the steel.") < 1.5
    assert loadedness("US officials said the steel duties start on Monday.") < 1.5


def test_the_list_after_a_colon_is_no_statement_but_a_clause_after_one_is() -> None:
    """What follows a colon stands alone as a summary sentence only when it is a clause of its own."""
    names = "Tovald Quessen, the agency's deputy head, and Dagmar Feverel, managing director of a haulier."
    clause = "Halvoe depot will close at the end of the year."
    text = f"Two other people were detained in the same raid: {names} The board was blunt: {clause} {FILLER}"
    texts = {"a": text, "b": text.replace("blunt", "clear")}
    detained = _carried("f1", "consensus", tuple(_at(a, texts[a], names) for a in "ab"))
    closing = _carried("f2", "consensus", tuple(_at(a, texts[a], clause) for a in "ab"))
    summary = summarize_story(_story(texts), Alignment(facts=(detained, closing)))
    assert [s.text for s in summary] == [clause]


def test_an_outlet_naming_itself_is_not_the_summarys_voice() -> None:
    """ "The audit, which has been seen by the Ledger" claims one outlet's access as the story's; another outlet's
    wording of the fact is told instead, and a fact only such wordings tell is still told."""
    articles = [
        Article(id=a, source=f"{a}.txt", text="", content_hash=a, outlet=o, outlet_from="input")
        for a, o in (("a", "The Yarrowmede Ledger"), ("b", "Tevlin Post"), ("c", "Ostvar Daily"))
    ]
    facts = (
        _fact(
            "f1",
            "consensus",
            {
                "a": "The audit, seen by Yarrowmede Ledger, found the spillway gates were never tested.",
                "b": "The audit found the spillway gates were never tested after the winter floods of the valley.",
                "c": "The audit found the spillway gates were never tested by the operator in the northern hills.",
            },
        ),
    )
    summary = summarize_story(articles, Alignment(facts=facts))
    assert summary and not any("Ledger" in s.text for s in summary)
    assert summary[0].outlets == ("A", "B", "C")


@pytest.mark.parametrize(
    ("text", "outlet", "named"),
    [
        ("An insider has told the Klaxon the gates were faulty.", "The Daily Klaxon", True),
        ("The audit, seen by Yarrowmede Ledger, found faults.", "The Yarrowmede Ledger", True),
        ("A storm flooded the port overnight.", "A", False),
        ("The Klaxon Road bridge was shut on Monday.", "The Daily Klaxon", False),
    ],
)
def test_an_outlet_names_itself_as_the_one_told(text: str, outlet: str, named: bool) -> None:
    from storylens.summarize import names_itself

    assert names_itself(text, outlet) is named
