"""Claims: assertions only, clause splitting, and the parse features alignment and conflicts read."""

from __future__ import annotations

from storylens.analyze.claims import split_claims
from storylens.analyze.sentences import parse


def claims_of(text: str):
    """Claims of ``text`` as one article."""
    doc, sentences = parse(text)
    return split_claims("a", doc, sentences)


def test_headings_and_questions_are_not_claims() -> None:
    claims = claims_of("Bridge repairs\n\nWhat happens next?\n\nThe city closed the bridge on Tuesday.")
    assert [c.text for c in claims] == ["The city closed the bridge on Tuesday."]


def test_coordinated_clauses_become_claims_too() -> None:
    text = "The mayor closed the bridge on Tuesday, and the ferry operator doubled its service on Wednesday."
    claims = claims_of(text)
    texts = [c.text for c in claims]
    assert texts[0] == text
    assert "The mayor closed the bridge on Tuesday" in texts
    assert "the ferry operator doubled its service on Wednesday" in texts
    for c in claims:
        assert text[c.start : c.end] == c.text


def test_single_clause_sentence_gives_one_claim() -> None:
    assert len(claims_of("The council approved the budget after a long debate.")) == 1


def test_event_status_of_verbs() -> None:
    done = claims_of("The city has closed the bridge.")[0]
    future = claims_of("The city will close the bridge.")[0]
    assert "close:done" in done.verbs
    assert "close:future" in future.verbs


def test_an_earlier_occasion_has_no_status_for_this_event() -> None:
    for text in ("The city last closed a bridge in 2009.", "The city closed a bridge ten years ago."):
        assert "close:" in claims_of(text)[0].verbs, text


def test_a_light_verb_takes_its_objects_event() -> None:
    lodged = claims_of("The company has lodged an appeal against the ruling.")[0]
    will = claims_of("The company will appeal against the ruling.")[0]
    assert "appeal:done" in lodged.verbs and "lodge:done" not in lodged.verbs
    assert "appeal:future" in will.verbs


def test_an_event_that_may_still_come_is_to_come_but_one_that_may_have_happened_tells_nothing() -> None:
    assert "strike:future" in claims_of("The two unions said they were weighing the offer and may strike.")[-1].verbs
    assert "resign:future" in claims_of("The minister might resign next week.")[0].verbs
    assert "break:" in claims_of("The firm may have broken the law.")[0].verbs


def test_a_verb_that_sets_an_event_up_is_told_apart_from_the_event() -> None:
    ordered = claims_of("The minister ordered an inquiry into the flood on Sunday.")[0]
    expected = claims_of("The minister is expected to announce an inquiry into the flood this week.")[0]
    announced = claims_of("The company announced an appeal against the ruling.")[0]
    named = claims_of("The mayor called the ruling a disgrace.")[0]
    assert "inquiry set up:done" in ordered.verbs
    assert "inquiry set up:future" in expected.verbs
    assert "appeal set up:done" in announced.verbs and "appeal:done" not in announced.verbs
    assert "call:done" in named.verbs


def test_closed_list_is_kept_and_example_list_is_not() -> None:
    closed = claims_of("The treaty was signed by France, Germany, Italy and Spain in 1957.")[0]
    examples = claims_of("The treaty was signed by several states, including France, Germany, Italy and Spain.")[0]
    assert set(closed.items) == {"France", "Germany", "Italy", "Spain"}
    assert examples.items == ()


def test_alternatives_are_no_closed_list() -> None:
    either = claims_of("Police asked dealers offered silver spoons or brass clocks to call them.")[0]
    neither = claims_of("Neither the mayor nor the treasurer attended the hearing.")[0]
    assert either.items == () and neither.items == ()
    assert set(claims_of("Thieves took silver spoons and brass clocks.")[0].items) == {"silver spoons", "brass clocks"}


def test_timing_against_an_event() -> None:
    during = claims_of("The deal was announced during a summit in Geneva.")[0]
    before = claims_of("The deal was announced ahead of the president's visit to Geneva.")[0]
    assert during.timing == ("during:summit",)
    assert before.timing == ("before:visit",)
    assert during.subject == "deal" and during.verb == "announce"


def test_side_clauses_become_claims_with_what_they_are_about() -> None:
    text = (
        "The council approved the plan to repair the harbor bridge, which was first opened to traffic in 1968, "
        "ending months of debate among residents."
    )
    texts = [c.text for c in claims_of(text)]
    assert texts[0] == text
    # a relative clause keeps its noun, so the claim says what was opened in 1968
    assert any(t.startswith("the harbor bridge, which was first opened") for t in texts), texts
    assert any(t.startswith("ending months of debate") for t in texts), texts


def test_reported_clauses_and_circumstance_phrases_become_claims() -> None:
    text = (
        "When the mayor announced that the city would close the old harbor bridge for repairs, she promised "
        "quick work without raising the tolls for commuters."
    )
    texts = [c.text for c in claims_of(text)]
    assert texts[0] == text
    # what was announced stands on its own, without the frame and the speaker
    assert "the city would close the old harbor bridge for repairs" in texts, texts
    # a "without ..." phrase states a proposition of its own
    assert any(t.startswith("without raising the tolls") for t in texts), texts


def test_a_statement_joined_before_a_question_is_a_claim_but_the_question_is_not() -> None:
    texts = [c.text for c in claims_of("Some 900 nurses have walked out, and who could blame them? Is this fair?")]
    assert texts == ["Some 900 nurses have walked out"]
    assert claims_of("Who knows, and why?") == []


def test_a_sentence_only_introducing_a_quote_is_not_a_claim() -> None:
    """ "As the mayor put it:" asserts nothing until the quote after it, which is a claim of its own."""
    text = (
        "As the mayor declared during the meeting:\n\n"
        "“We will rebuild the bridge before winter.”\n\n"
        "For the city, the closure brings several costs:"
    )
    assert [c.text for c in claims_of(text)] == [
        "“We will rebuild the bridge before winter.”",
        "For the city, the closure brings several costs:",
    ]


def test_a_denying_subject_leaves_the_event_to_come_and_a_passive_past_is_done() -> None:
    for text in ("No one has been charged.", "Neither captain has been arrested."):
        assert any(v.endswith(":future") for v in claims_of(text)[0].verbs), text
    assert "charge:done" in claims_of("The official was charged with bribery on Monday.")[0].verbs
    assert "charge:" in claims_of("The official was not charged.")[0].verbs


def test_a_choice_still_to_be_made_is_to_come_and_a_cause_told_in_the_past_is_done() -> None:
    for text in (
        "The board will decide on Friday whether to revoke the permit.",
        "The board is weighing whether to revoke the permit.",
    ):
        assert "revoke:future" in claims_of(text)[0].verbs, text
    asked = "The study could not show whether the board would revoke the permit."
    assert "revoke:" in claims_of(asked)[0].verbs
    done = "Trading stopped after the board revoked the permit."
    assert "revoke:done" in [v for c in claims_of(done) for v in c.verbs]
    assert "revoke:" in claims_of("Trading may stop if the board revoked the permit.")[0].verbs


def test_a_clause_that_leaves_its_event_open_tells_no_status() -> None:
    for text in (
        "The board fined the quarry before a single report had been published.",
        "The quarry will be fined if the board has revoked its permit.",
    ):
        claims = claims_of(text)
        assert not any(v in ("publish:done", "revoke:done") for c in claims for v in c.verbs), text


def test_a_conjunct_verb_shares_its_auxiliaries_and_a_light_verb_in_the_passive_names_its_subject() -> None:
    (both,) = claims_of("Three students have been arrested and charged with criminal damage.")
    assert "arrest:done" in both.verbs and "charge:done" in both.verbs
    (neither,) = claims_of("The two men have not been arrested or charged.")
    assert "arrest:future" in neither.verbs and "charge:future" in neither.verbs
    (none,) = claims_of("No arrests have been made.")
    assert none.verbs == ("arrest:future",)
