"""Framing: stance toward the main event, wording, hedges and voices, on hand-made records and real stories."""

from __future__ import annotations

import pytest

from storylens.frame.stance import (
    VADER_WEIGHT,
    evaluate_sentence,
    is_distanced,
    is_question,
    lexicon_score,
    vader_compound,
)
from storylens.frame.voices import hedges, voice_kind
from storylens.frame.wording import is_different_label, labels_by_article, loaded_words_by_article
from storylens.records import Analysis, Article, Entity, Quote
from tests.conftest import EXAMPLE, FIXED_TIME, need_shared, score_story


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, content_hash=aid, outlet=aid, outlet_from="input")


def test_evaluative_words_have_a_direction() -> None:
    assert evaluate_sentence("The landmark deal was a historic breakthrough.", 0) > 0.5
    assert evaluate_sentence("The hollow deal is a whitewash and a sham.", 0) < -0.5
    assert lexicon_score("It whitewashes the record.")[1] == ["whitewashes"]


def test_reported_words_count_less_than_the_outlets_own() -> None:
    own = evaluate_sentence("The plan is a hollow sham.", 0)
    reported = evaluate_sentence('Officials said the plan was "a hollow sham."', 0)
    assert own < reported < 0.5
    assert is_distanced("Officials said the move was historic.")
    assert not is_distanced("The move was historic.")


def test_scare_quotes_and_attributed_criticism_pull_down() -> None:
    plain = evaluate_sentence("The city called it a review.", 0)
    assert evaluate_sentence("The city called it a “review”.", 1) < plain
    assert evaluate_sentence("Critics argue the city called it a review.", 0) < plain


def test_evaluative_words_in_a_question_do_not_count() -> None:
    # a rhetorical question defends the workers: "blame" must not count against them
    question = "After weeks of delay, who could blame them?"
    assert is_question(question) and is_question('He asked: "Is this a success?"')
    assert not is_question("They blame the delay on the city.")
    assert evaluate_sentence(question, 0) == pytest.approx(VADER_WEIGHT * vader_compound(question))
    assert evaluate_sentence("After weeks of delay, they blame them.", 0) < evaluate_sentence(question, 0) - 0.4


def test_loaded_words_only_one_outlet_uses() -> None:
    arts = [
        _article("a", "A hollow and damning record."),
        _article("b", "A damning report."),
        _article("c", "A report."),
    ]
    loaded = loaded_words_by_article(arts)
    assert loaded["a"] == ("hollow",)
    assert loaded["b"] == () and loaded["c"] == ()


def test_labels_differ_only_for_genuinely_different_names() -> None:
    assert is_different_label("Tel Aviv", "Israel")
    assert not is_different_label("Mayor Jane Doe", "Jane Doe")
    assert not is_different_label("UN", "United Nations")

    def ent(aid: str, text: str) -> Entity:
        return Entity(article=aid, start=0, end=len(text), text=text, label="GPE", key="Freedonia")

    analyses = [
        Analysis(article="a", entities=(ent("a", "Freedonia"),)),
        Analysis(article="b", entities=(ent("b", "Freedonia"),)),
        Analysis(article="c", entities=(ent("c", "the Regime"),)),
    ]
    labels = labels_by_article(analyses)
    assert labels == {"a": {}, "b": {}, "c": {"Freedonia": "the Regime"}}


def test_voice_kinds_and_hedges() -> None:
    def q(speaker: str | None, desc: str | None) -> Quote:
        return Quote(article="a", start=0, end=1, text="x", kind="direct", speaker=speaker, speaker_description=desc)

    assert voice_kind(q("Ben Hart", "opposition councillor")) == "critics/advocates"
    assert voice_kind(q("Jane Roe", "a political analyst")) == "analysts/experts"
    assert voice_kind(q("Elena Ruiz", "Mayor")) == "government/officials"
    assert voice_kind(q(None, None)) == "unnamed"
    text = "Critics argue the plan failed, officials say it reportedly worked."
    assert [h.text for h in hedges("a", text)] == ["Critics argue", "officials say", "reportedly"]
    assert all(text[h.start : h.end] == h.text for h in hedges("a", text))


@pytest.mark.slow
def test_example_story_stance_order(example_report) -> None:
    stance = {f.article: f.stance for f in example_report.framing}
    assert stance["civic-watch"] < stance["northshore-post"] < stance["alder-daily-news"] < 0.1
    assert min(stance["harbor-wire"], stance["coastal-ledger"]) > stance["alder-daily-news"]
    assert abs(stance["harbor-wire"]) < 0.15 and abs(stance["coastal-ledger"]) < 0.15  # neutral wire copy
    civic = next(f for f in example_report.framing if f.article == "civic-watch")
    assert civic.stance_evidence and {"hollow", "damning"} <= set(civic.loaded_words)
    assert set(example_report.framing_method) >= {"stance", "tone", "loaded_words", "labels", "voices"}
    article = next(a for a in example_report.articles if a.id == "civic-watch")
    assert all(article.text[m.start : m.end] == m.text for m in civic.stance_evidence)


@pytest.mark.slow
def test_example_story_gold_stance(tmp_path) -> None:
    from storylens.options import Options
    from storylens.pipeline import compare
    from storylens.report.json_report import render_json

    out = tmp_path / "report.json"
    out.write_text(render_json(compare([str(EXAMPLE)], Options(now=FIXED_TIME))), encoding="utf-8")
    assert score_story(EXAMPLE.parent / "harbor-bridge-closure.gold.json", out)["stance_spearman"] >= 0.8


@pytest.mark.slow
def test_real_story_stance_spearman(kazakhstan_report_path) -> None:
    gold = need_shared("eval", "kazakhstan-abraham-accords.gold.json")
    assert score_story(gold, kazakhstan_report_path)["stance_spearman"] >= 0.8
