"""Direct quotes, speakers and scare quotes on small texts written for these tests, plus the PolNeAR gate."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from spacy.tokens import Doc

from storylens.analyze.quote_marks import pair_quotes
from storylens.analyze.quotes import find_quotes
from storylens.analyze.sentences import parse
from storylens.analyze.speakers import subject_of
from tests.conftest import ROOT, need_shared


def quotes_of(text: str) -> list:
    """The quotes storylens finds in ``text`` (checking every span is an exact slice)."""
    doc, _ = parse(text)
    found = find_quotes("t", doc, [])
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def real(text: str) -> list:
    return [q for q in quotes_of(text) if q.kind != "scare"]


def test_curly_quote_after_speaker_verb_inversion_and_appositive() -> None:
    text = "“The harbour will reopen in spring,” said Tomas Brandt, a port engineer."
    (q,) = real(text)
    assert q.text == "The harbour will reopen in spring"
    assert q.speaker == "Tomas Brandt"
    assert q.speaker_description == "a port engineer"
    assert q.kind == "direct"


def test_straight_quotes_and_continued_quote_share_the_speaker() -> None:
    text = 'Councillor Mara Voss opened the session. "We have waited long enough," Voss said. "Now we build."'
    quotes = real(text)
    assert [q.text for q in quotes] == ["We have waited long enough", "Now we build."]
    assert {q.speaker for q in quotes} == {"Mara Voss"}


def test_quotes_signed_after_a_dash_belong_to_the_signature_not_the_last_speaker() -> None:
    """Reader round-ups run quotes back to back, each signed after a dash, sometimes glued to the mark."""
    text = (
        "Residents wrote to the paper after the vote.\n\n"
        "“The new bus lanes cut my commute in half.” ― Ilse Varga  “Nobody asked the shop owners.”― Tobias Reel.  "
        "“We need more crossings near the school.” — Amara N. Okafor"
    )
    assert [(q.text, q.speaker) for q in real(text)] == [
        ("The new bus lanes cut my commute in half.", "Ilse Varga"),
        ("Nobody asked the shop owners.", "Tobias Reel"),
        ("We need more crossings near the school.", "Amara N. Okafor"),
    ]


def test_an_honorific_alone_is_no_description() -> None:
    text = 'Mr. Halvorsen spoke after the hearing. "We will appeal," said Mr. Halvorsen. "The ruling is wrong."'
    quotes = real(text)
    assert {(q.speaker, q.speaker_description) for q in quotes} == {("Halvorsen", None)}


def test_colon_introduced_quote_on_the_same_line() -> None:
    text = 'Mayor Ilse Karsten said: "The tunnel stays open through the winter."'
    (q,) = real(text)
    assert q.speaker == "Ilse Karsten"
    assert q.speaker_description == "Mayor"


def test_colon_after_a_clause_without_a_speech_verb() -> None:
    text = 'The budget chief Omar Reyes was blunter: "We cannot pay for this twice."'
    (q,) = real(text)
    assert "Reyes" in q.speaker


def test_partial_quotes_with_calling_and_describing() -> None:
    text = (
        "Governor Lena Pohl signed the bill on Friday, calling it “a fair deal for every farmer.” "
        'Her deputy described the delay as "serious but repairable".'
    )
    quotes = real(text)
    assert quotes[0].speaker == "Lena Pohl" and quotes[0].kind == "partial"
    assert quotes[1].text == "serious but repairable" and quotes[1].kind == "partial"
    assert "deputy" in (quotes[1].speaker or "").lower()


def test_pronoun_resolves_to_the_person_who_spoke_not_the_last_name() -> None:
    text = (
        "Senator Ruth Okafor met the farmers' union chief Paul Lindqvist on Monday.\n"
        "Okafor said the talks went well.\n"
        "“We found more common ground than I expected,” she said."
    )
    (q,) = real(text)
    assert q.speaker == "Ruth Okafor"


def test_unnamed_speaker_keeps_the_description_and_definite_description_resolves() -> None:
    text = (
        "“The plan is on schedule,” a senior transport official told reporters.\n"
        "“Nothing has changed,” the official added."
    )
    quotes = real(text)
    assert [q.speaker for q in quotes] == ["a senior transport official"] * 2


def test_according_to_and_non_person_speaker() -> None:
    text = (
        "The ministry said in a statement that the measure was “temporary and proportionate.”\n"
        "Talks will resume in May, according to the agency, which called the offer “a serious basis for a deal.”"
    )
    quotes = real(text)
    assert quotes[0].speaker.lower().endswith("ministry")
    assert quotes[1].speaker.lower().endswith("agency")


def test_block_quote_after_colon_paragraph() -> None:
    text = (
        "The minister spoke to the press after the vote.\n"
        "As Minister Jonas Ekberg declared at the end of the session:\n"
        "This law protects our rivers. We will enforce it from the first day.\n"
        "The opposition abstained."
    )
    (q,) = real(text)
    assert q.kind == "block"
    assert q.text == "This law protects our rivers. We will enforce it from the first day."
    assert q.speaker == "Jonas Ekberg"


def test_colon_paragraph_with_that_clause_is_not_a_block_quote() -> None:
    text = "Economists note that the agreement could lead to:\nLower prices for imported grain."
    assert real(text) == []


def test_scare_quotes_names_single_words_and_titles() -> None:
    text = (
        "The council declared an “emergency” on Tuesday.\n"
        "Critics mocked the 'Green Harbour' label, and the 'Mayor’s' office stayed silent.\n"
        "The host of “The Evening Hour” reported the story. Officials say “Borland’s” rivals disagree.\n"
        "Nobody believes in the 'peace process' any more, least of all the so-called 'moderate rebels'."
    )
    quotes = quotes_of(text)
    assert quotes and all(q.kind == "scare" for q in quotes)
    assert all(q.speaker is None for q in quotes)


def test_a_quoted_adjective_and_noun_is_a_borrowed_phrase_not_a_scare_quote() -> None:
    (q,) = quotes_of('The war has led to a "widespread decline" in public support for the treaty.')
    assert q.kind == "partial" and q.text == "widespread decline"
    (q,) = quotes_of('The mayor called for a "full public inquiry" into the sale of the mill.')
    assert q.kind == "partial"


@pytest.mark.parametrize(
    "sentence",
    [
        # the parser makes "both announced" the main clause and the consultation sentence what was announced
        "The only consultation consisted of two evening “open meetings” in the library, both announced a week ahead.",
        "Then someone at the back shouted “not again” and left.",
    ],
)
def test_an_indefinite_pronoun_names_no_speaker(sentence: str) -> None:
    quotes = quotes_of(f"“We were never consulted,” said Ida Brun, who leads the residents' group.\n{sentence}")
    assert [q.speaker for q in quotes] == ["Ida Brun", None]
    assert quotes[1].kind == "scare"


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 the council launched its much-advertised “flood shield”, promising to protect every street.",
        "Officials urged residents to ignore so-called “citizen tallies”, warning that they spread fear.",
        "For years the bank has boasted of its “robust controls”, and now it blames a rogue trader.",
        "There is no “wage-price spiral” in the valley, only workers trying to catch up.",
        "The mill's owner called it a “painful choice” from his villa abroad.",
        "Ministers who like to call steel a “national asset” have done little, critics of the government argue.",
        "The bill, dubbed the “gag law” by its critics, would fine editors who refuse to reveal their sources.",
        "Ana Roe, a technician, told the Post that the heater, known on the test floor as “the Slab”, had sold well.",
        "Hundreds fled as gusts of the dry wind locals call “the Scorcher” drove the flames down the hills.",
        "The minister, a farmer's daughter who likes to talk of “free trade”, says the duties are only fair.",
        "The water board would like you to believe the flood was an “act of God”.",
        "The firm boasts of a “first-rate” safety culture; its own inspectors disagree.",
        "The port authority said on Friday that the leak is “contained”.",
    ],
)
def test_a_label_held_at_a_distance_is_a_scare_quote_even_beside_a_speaker(text: str) -> None:
    (q,) = quotes_of(text)
    assert q.kind == "scare" and q.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the tagger reads the lower-case "minister" as a proper noun here
        ("Interior Minister Ana Roe, who flew in at dawn, said the search would go on.\n"
         "“We will not stop searching,” the minister said.", "Ana Roe"),
        ("Mayor Tom Berg spoke first. Then the council met.\n“It is a sad day,” the mayor said.", "Tom Berg"),
        # a title only names someone it stands before
        ("Delegates for Tom Berg met on Monday.\n“It is a sad day,” the delegate said.", "the delegate"),
        ("“It is a sad day,” the mayor said.", "the mayor"),
    ],
)  # fmt: skip
def test_the_title_names_the_person_it_stood_before(text: str, speaker: str) -> None:
    (q,) = real(text)
    assert q.speaker == speaker


def test_an_untagged_surname_speaks_under_the_full_name_the_article_gave() -> None:
    """The tagger misses the later "Perrow" here; the speaker is still the person named in full before, so quote
    drift can tell her from another outlet's speaker by full name."""
    text = (
        "Chairwoman Ilka Perrow said on Monday that the board would not bow. "
        "“We will not pay. Not one cent of our money goes to them,” Perrow said."
    )
    (q,) = real(text)
    assert q.speaker == "Ilka Perrow"


def test_short_quote_with_attribution_is_a_real_quote() -> None:
    text = "Director Anna Hale said she had a “productive meeting” with the unions."
    (q,) = real(text)
    assert q.text == "productive meeting" and q.speaker == "Anna Hale"


def test_apostrophes_do_not_open_single_quotes() -> None:
    text = "The city’s plan, and the workers’ union's view: that’s the 'real test' for the mayor’s team, Lund said."
    marks = [text[m.start : m.end] for m in pair_quotes(text)]
    assert marks == ["real test"]


def test_inconsistent_marks_do_not_shift_later_pairs() -> None:
    text = (
        'Talks on “Freedonia" ties and Sylvania-"Freedonia" trade continue.\n'
        "“We are close to an agreement,” the trade envoy Karl Moen said."
    )
    quotes = quotes_of(text)
    assert [q.kind for q in quotes] == ["scare", "scare", "direct"]
    assert quotes[-1].text == "We are close to an agreement" and quotes[-1].speaker == "Karl Moen"


def test_multi_paragraph_quote_convention() -> None:
    text = "“The first part runs on,” said Edda Lind, the director.\n“And the second closes here.”\n"
    quotes = real(text)
    assert len(quotes) == 2 and {q.speaker for q in quotes} == {"Edda Lind"}


def test_bundled_example_quotes(example_json: dict) -> None:
    quotes = example_json["quotes"]
    scare = [q["text"] for q in example_json["scare_quotes"]]
    assert "emergency" in scare
    assert any(q["text"].startswith("serious but repairable") and "Osei" in (q["speaker"] or "") for q in quotes)
    assert any("landmark blow" in q["text"] and q["speaker"] == "Priya Nand" for q in quotes)
    mayor = [q for q in quotes if q["text"].startswith("Safety comes before convenience")]
    assert len(mayor) >= 4 and all(q["speaker"] == "Elena Ruiz" for q in mayor)


def test_quote_paragraph_after_blank_line_continues_the_speaker() -> None:
    text = "“We will appeal the ruling,” Ines Duarte said.\n\n“The court misread the statute.”"
    quotes = real(text)
    assert [q.speaker for q in quotes] == ["Ines Duarte", "Ines Duarte"]


def test_quote_paragraph_belongs_to_the_subject_introduced_before() -> None:
    text = (
        "Harbour pilot Jonas Aalto is hopeful about the new channel.\n"
        "“Ships will save a full day on every crossing to the northern ports.”"
    )
    (q,) = real(text)
    assert q.speaker == "Jonas Aalto"


def test_verb_outside_the_list_gives_its_subject() -> None:
    text = "Nadia Orsi thanked the volunteers for “keeping the shelter open through the storm.”"
    (q,) = real(text)
    assert q.speaker == "Nadia Orsi"


def test_she_skips_the_man_last_named() -> None:
    text = (
        "Clara Moss runs the clinic. She opened it in 2010.\n"
        "Her landlord, Victor Hale, wants to sell the building. He says the offer is fair.\n"
        "“We will not leave this street without a fight,” she said."
    )
    (q,) = real(text)
    assert q.speaker == "Clara Moss"


def test_pronoun_after_a_new_person_named_in_apposition_to_the_subject() -> None:
    text = (
        "“The dam will not be built,” Judge Petra Lind said.\n"
        "Their lawyer, Sanna Holm, hugged the farmers outside. “The law binds everyone,” she told the crowd."
    )
    quotes = real(text)
    assert [q.speaker for q in quotes] == ["Petra Lind", "Sanna Holm"]


def test_a_verb_of_angry_speech_names_its_speaker_not_the_last_one_quoted() -> None:
    text = (
        "Tom Ruud, 51, a baker, was close to tears. “I have nothing left,” he said.\n"
        "“They took our money and now they take our bread,” raged harbour mayor Lise Dahl."
    )
    assert [q.speaker for q in real(text)] == ["Tom Ruud", "Lise Dahl"]


def test_particle_cue_and_name_before_a_comma_aside() -> None:
    text = (
        "“The ferry is safe,” Ola Berg, the harbour master, points out.\n"
        "“We checked it twice this week,” Per Lund, 58, told reporters."
    )
    quotes = real(text)
    assert quotes[0].speaker == "Ola Berg" and "Lund" in quotes[1].speaker


@pytest.mark.slow
def test_polnear_dev_quote_benchmark() -> None:
    split = need_shared("data", "attribution", "polnear", "dev")
    spec = importlib.util.spec_from_file_location("polnear_quotes", ROOT / "bench" / "polnear_quotes.py")
    bench = importlib.util.module_from_spec(spec)
    sys.modules["polnear_quotes"] = bench  # dataclasses look their module up while the class is built
    spec.loader.exec_module(bench)
    result = bench.run_benchmark(split)
    assert result.gold > 500
    assert result.recall >= 0.95
    assert result.speaker_accuracy >= 0.80


def test_a_name_the_tagger_missed_is_a_person_when_given_an_age() -> None:
    text = ("In the old town, retired nurse Ilse Varnow, 71, said she had waited two days for news. "
            '"Nobody called us," she said.')  # fmt: skip
    (q,) = real(text)
    assert q.speaker == "Ilse Varnow"


def test_she_finds_a_speaker_named_inside_the_subject_or_described_by_a_noun_phrase() -> None:
    text = (
        '"The streets were empty by noon," said Tomas Ulrich, 34, a tram driver.\n\n'
        "The chair of the City Electoral Board, Margit Selvo, said the count had been watched by every party. "
        '"We will examine the request and decide by Wednesday," she said.\n\n'
        "Ines Korvald, a political scientist at Merrow University, said rents had decided the race. "
        '"Young renters turned out in numbers we have not seen in twenty years," she said.'
    )
    speakers = [q.speaker for q in real(text)]
    assert speakers == ["Tomas Ulrich", "Margit Selvo", "Ines Korvald"]


def test_a_pronoun_stands_for_an_untagged_subject_of_its_paragraph_not_the_last_speaker() -> None:
    """The tagger misses "Orvil" here; "she" in its paragraph is still Orvil, not the student quoted a paragraph
    before."""
    text = (
        "It took Nadia Orvil three years to do what no new party had done in Lunmark's modern history. "
        "Her Beacon Movement won Sunday's snap election with 34.6 percent of the vote and 58 seats.\n\n"
        '"I had never voted before. This time it felt like my vote could actually change something," said Ebba '
        "Lorn, 23, a student who volunteered for the movement in Harsk.\n\n"
        'Orvil spoke to a packed tram depot just after midnight. "We will govern for the people who voted against '
        'us as well as for those who voted for us," she said.'
    )
    assert [q.speaker for q in real(text)] == ["Ebba Lorn", "Orvil"]


def test_a_name_after_a_title_is_a_person_whatever_the_tagger_labels_it() -> None:
    """The tagger labels this invented name an organisation; the title before it says it is a person, so "he"
    after the next quote is that person, not an organisation named earlier."""
    text = (
        "Kestrel Power carries 200 million crowns of insurance, its annual report says.\n"
        "On a call with investors on Monday, chief executive Emrys Holloway said it was “far too early” to discuss "
        "liability. “Our first thoughts are with the family of the firefighter who died,” he said."
    )
    quotes = real(text)
    assert quotes[-1].speaker == "Emrys Holloway"


def test_a_cue_parsed_as_a_conjunct_of_the_quotes_last_verb_takes_the_name_before_it() -> None:
    """ "A. B," Ann Roe, the founder, told reporters: for some names the parser makes "told" a conjunct of the quote's
    last verb ("fly"), so the cue has no subject of its own. The parse is given here as the tagger gives it."""
    words = ['"', "We", "will", "fly", ",", '"', "Ann", "Roe", ",", "the", "founder", ",", "told", "reporters", "."]
    heads = [3, 3, 3, 3, 3, 3, 7, 3, 7, 10, 7, 3, 3, 12, 12]
    deps = ["punct", "nsubj", "aux", "ROOT", "punct", "punct", "compound", "npadvmod", "punct", "det", "appos",
            "punct", "conj", "dobj", "punct"]  # fmt: skip
    pos = ["PUNCT", "PRON", "AUX", "VERB", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT",
           "VERB", "NOUN", "PUNCT"]  # fmt: skip
    lemmas = [w.lower() for w in words[:12]] + ["tell", "reporter", "."]
    doc = Doc(parse("x")[0].vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    quoted = set(range(0, 6))
    assert subject_of(doc[12], quoted).text == "Roe"


def test_an_inverted_cue_before_a_lower_case_title_and_a_name() -> None:
    text = 'But the board hit back. "Our engineers never went near that server," fumed board chairman Edwin Quenneth.'
    (q,) = real(text)
    assert (q.speaker, q.speaker_description) == ("Edwin Quenneth", "board chairman")


def test_a_speaker_introduced_with_a_relative_clause_before_the_colon() -> None:
    """The parser reads "Jodie Prentice ... is on a drip" as what was said; the age marks the name as the speaker."""
    text = (
        "Angry dad Jodie Prentice, 31, whose son Rory, five, is on a drip in the ward, said: "
        '"Nobody warned us until the next morning."'
    )
    (q,) = real(text)
    assert q.speaker == "Jodie Prentice"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Energy Minister Wynne Hollowell said on Monday that she had asked both sides to talks on Friday. The "
            'Association accepted, and Voltmark said it would attend. "Households must not pay for this quarrel," '
            "she said.",
            "Wynne Hollowell",
        ),
        (
            "Retired welder Per Askvik, 44, from Rennholm, has been waiting for weeks. "
            '"I have been on the list since spring and nothing happens," he said.',
            "Askvik",
        ),
        (
            "At Marlbridge Central, Greta Lunde, 29, a nurse, had stood on the platform since dawn for a bus to "
            'Oakhurst. "I back the staff, but I cannot lose another shift," she said.',
            "Greta Lunde",
        ),
    ],
)
def test_a_pronoun_skips_words_the_tagger_wrongly_calls_people(text: str, speaker: str) -> None:
    """ "the Association" or a town after "from" or "to" is not whom "he" or "she" stands for when a person was
    introduced in the same paragraph."""
    (q,) = real(text)
    assert speaker in (q.speaker or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name given an age that the tagger calls a place or a building
        ('Shaken fan Idony Ravensholm, 19, was metres from Pim when the barrier gave way. She told the paper: '
         '"It was like being crushed by a wall."', "Ravensholm"),
        # a person fronted as the paragraph's topic ("For X, ..."), of the pronoun's gender, beats the subject of the
        # paragraph before
        ("Wenda Vellin, who chairs the water board, said the pumps had failed.\n\n"
         'For Mayor Brisa Osterholm, the causes can wait. "Tonight I care about the families who have no '
         'heating," she said. Osterholm has asked her to resign.', "Brisa Osterholm"),
        # a name described by a title but tagged an organisation, or not tagged, a paragraph before the pronoun
        ('"We lost the whole valley in seconds," Evert Rudd, the operator\'s chief executive, told reporters. '
         '"I am sorry."\n\nThe regulator gave a different account. Idony Fellbrook, chair of the Water Safety '
         'Board, said early findings pointed to a faulty valve.\n\n'
         '"The weather was the trigger. But a valve that works should have held," she said.', "Idony Fellbrook"),
        ('"We lost the whole valley in seconds," Evert Rudd, the operator\'s chief executive, told reporters. '
         '"I am sorry."\n\nThe regulator gave a different account. Idony Vaskelund, chair of the Water Safety '
         'Board, said early findings pointed to a faulty valve.\n\n'
         '"The weather was the trigger. But a valve that works should have held," she said.', "Idony Vaskelund"),
        # a surname alone that the tagger calls a place, after the full name was tagged a person
        ("Prime Minister Oskvar Tellund praised Tjalve Harrowmund on Tuesday.\n\n"
         '"He did his duty," the prime minister said.\n\n'
         "Harrowmund, who resigned on Monday, has not been charged with anything. "
         '"I have done nothing wrong, and I will show it," he told reporters.', "Tjalve Harrowmund"),
    ],
)  # fmt: skip
def test_a_pronoun_finds_a_person_the_tagger_mislabelled(text: str, speaker: str) -> None:
    """The last quote's "he" or "she" stands for this person, not for the last one quoted."""
    assert real(text)[-1].speaker == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The choir said on Sunday that they were “devastated” and would cancel the tour.", "devastated", "The choir"),
        ("The mayor's claim that there have been “hundreds of break-ins” this year was checked by the paper.",
         "hundreds of break-ins", None),
    ],
)  # fmt: skip
def test_a_speakers_word_about_themselves_and_a_quoted_count_are_quotes(text: str, words: str, speaker) -> None:
    (q,) = quotes_of(text)
    assert q.kind != "scare" and q.text == words
    if speaker:
        assert q.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Finance Minister Tovald Quessen moved fast. He froze the fund. His line that “no one is above the audit” "
         "did not convince the unions.", "Tovald Quessen"),
        ("Mayor Dagmar Feverel spoke first. Her warning that “the levy will bite every household” went unheeded.",
         "Dagmar Feverel"),
        ("Mayor Dagmar Feverel spoke first. Her lawyer said: “We will appeal this ruling at once.”", "Her lawyer"),
    ],
)  # fmt: skip
def test_the_owner_of_something_said_is_its_speaker(text: str, speaker: str) -> None:
    (q,) = real(text)
    assert q.speaker == speaker
