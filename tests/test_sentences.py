"""Sentence splitting: offsets into the text, paragraph breaks, headings, quotes with attribution tails."""

from __future__ import annotations

import pytest

from storylens.analyze.sentences import COMPONENT, get_pipeline, leans_on_context, main_clause, parse

pytestmark = pytest.mark.slow


def texts(text: str) -> list[str]:
    """The sentences of ``text`` as strings, checking each one's offsets on the way."""
    _, sentences = parse(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
    return [s.text for s in sentences]


def test_heading_without_punctuation_is_its_own_sentence():
    text = "Ministers Agree New Trade Rules\nThe ministers met in Lisbon on Monday. They signed a deal."
    assert texts(text) == [
        "Ministers Agree New Trade Rules",
        "The ministers met in Lisbon on Monday.",
        "They signed a deal.",
    ]


def test_no_sentence_crosses_a_paragraph_break():
    text = "The vote was close\nand the result was announced late.\n\nOfficials said the count was fair"
    got = texts(text)
    assert all("\n" not in s for s in got)
    assert got == ["The vote was close", "and the result was announced late.", "Officials said the count was fair"]


def test_quote_keeps_its_attribution_tail():
    text = '"We will stay," he said. "Why now?" she asked. "Why now?" Lopez asked reporters. The meeting ended.'
    assert texts(text) == ['"We will stay," he said.', '"Why now?" she asked.', '"Why now?" Lopez asked reporters.',
                           "The meeting ended."]  # fmt: skip


def test_comma_inside_quote_never_ends_a_sentence():
    text = "“This is a historic day for the region,” Prime Minister Ana Costa told reporters in Rome."
    assert texts(text) == [text]


def test_dateline_runs_into_the_first_sentence():
    text = "ROME (Reuters) - Italy and Spain signed a treaty on Tuesday. It takes effect in May."
    assert texts(text) == ["ROME (Reuters) - Italy and Spain signed a treaty on Tuesday.", "It takes effect in May."]


def test_abbreviations_do_not_split():
    text = "Mr. Costa met Dr. Lee at 3 p.m. in Washington. They agreed."
    assert texts(text)[-1] == "They agreed."
    assert texts(text)[0].startswith("Mr. Costa met Dr. Lee")
    clock = "The tremor struck at 2:14 a.m. local time at a depth of 10 kilometres. It was felt widely."
    assert texts(clock) == [clock.split(" It ")[0], "It was felt widely."]
    assert texts("It struck at 2:14 a.m. Help came at dawn.") == ["It struck at 2:14 a.m.", "Help came at dawn."]


def test_component_is_added_once():
    get_pipeline()
    get_pipeline()
    assert get_pipeline().pipe_names.count(COMPONENT) == 1


def test_real_articles_split_within_paragraphs():
    from tests.conftest import need_shared

    folder = need_shared("data", "attribution", "polnear", "dev", "text")
    for path in sorted(folder.glob("*.txt"))[:5]:
        text = path.read_text(encoding="utf-8")
        _, sentences = parse(text)
        assert sentences
        assert all("\n" not in s.text and text[s.start : s.end] == s.text for s in sentences)
        assert [s.start for s in sentences] == sorted(s.start for s in sentences)


def test_leans_on_context() -> None:
    assert leans_on_context("If you have these drops at home")
    assert leans_on_context("most of them in patients who had cataract surgery")
    assert leans_on_context("- It revives the narrative that the accords are expanding.")
    assert leans_on_context("Had the storm come an hour later")  # an inverted condition, cut from its sentence
    assert not leans_on_context("The regulator ordered a recall on Thursday.")
    assert not leans_on_context("• The council joins the regional alliance.")


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("The regulator ordered a recall of the heart medicine, a move criticised as hollow.",
         "The regulator ordered a recall of the heart medicine"),
        ("The regulator recalled the heart medicine on Thursday, a decision hailed by patients as overdue.",
         "The regulator recalled the heart medicine on Thursday"),
        ("The council approved the budget on Tuesday night, which campaigners called a disgrace.",
         "The council approved the budget on Tuesday night"),
        ("The council approved the budget on Tuesday night, and the mayor called it prudent.",
         "The council approved the budget on Tuesday night"),
        # an adverbial clause changes what is said: never cut
        ("A landslide buried the mountain road on Sunday, killing 12 people.", None),
        ("Officials said the bridge would reopen in May, though engineers disagree.", None),
        # no clause of six words before the comma, no comma, or no subject of its own
        ("The vote, taken at midnight, was close.", None),
        ("The regulator ordered a recall of the heart medicine.", None),
        ("In a landmark ruling on Tuesday, judges halted the dam.", None),
    ],
)  # fmt: skip
def test_main_clause(sentence: str, clause: str | None) -> None:
    assert main_clause(sentence) == clause


def test_openblas_ops_parse_like_the_default_blis_ops():
    """``get_nlp`` loads spaCy with NumPy/OpenBLAS matrix products for speed: the analysis must not change."""
    from pathlib import Path

    import spacy
    from thinc.api import use_ops

    from storylens.nlp import SPACY_MODEL

    with use_ops("numpy", use_blis=True):
        reference = spacy.load(SPACY_MODEL)
    reference.add_pipe(COMPONENT, before="parser")
    fast = get_pipeline()
    assert not fast.get_pipe("ner").model.ops.use_blis
    folder = Path(__file__).resolve().parent.parent / "examples" / "harbor-bridge-closure"
    for path in sorted(folder.iterdir())[:3]:
        text = path.read_text(encoding="utf-8", errors="replace")
        a, b = reference(text), fast(text)
        assert [(t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in a] == [
            (t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in b
        ]
