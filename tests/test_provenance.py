"""Quote provenance (``align/provenance.py``): speakers named by surname alone and quotes cut inside, on invented
quotes; no model is loaded."""

from __future__ import annotations

from storylens.align.provenance import _variants, group_quotes, quote_conflicts, story_quotes
from storylens.records import Analysis, Entity, Quote
from tests.test_conflicts import articles_of

SAID = "This ruling was written long before the hearing began"


def _quote(article: str, text: str, speaker: str | None, cue: str | None = "said") -> Quote:
    return Quote(article=article, start=0, end=len(text), text=text, kind="direct", speaker=speaker, cue=cue)


def _person(article: str, name: str, label: str = "PERSON") -> Entity:
    return Entity(article=article, start=0, end=len(name), text=name, label=label, key=name)


def _speakers(quotes: dict[str, Quote], entities: dict[str, tuple[Entity, ...]]) -> dict[str, str | None]:
    articles = articles_of({k: q.text for k, q in quotes.items()})
    by_id = {k: Analysis(article=k, quotes=(q,), entities=entities.get(k, ())) for k, q in quotes.items()}
    return {q.article: q.speaker for q in story_quotes(articles, by_id)}


def test_a_speaker_named_by_surname_alone_takes_the_full_name_another_outlet_gives() -> None:
    quotes = {"a": _quote("a", SAID, "Tomas Ek"), "b": _quote("b", SAID, "Vantollo")}
    entities = {"c": (_person("c", "Orla Vantollo", label="ORG"),)}  # the tagger's label does not matter
    assert _speakers({**quotes, "c": _quote("c", "We will appeal", None)}, entities)["b"] == "Orla Vantollo"


def test_the_full_name_makes_one_quote_given_to_two_people_a_conflict() -> None:
    texts = {"a": f'"{SAID}," said Tomas Ek.', "b": f'"{SAID}," Vantollo said.', "c": "Orla Vantollo was fined."}
    articles = articles_of(texts)
    by_id = {
        "a": Analysis(article="a", quotes=(_quote("a", SAID, "Tomas Ek"),)),
        "b": Analysis(article="b", quotes=(_quote("b", SAID, "Vantollo"),)),
        "c": Analysis(article="c", entities=(_person("c", "Orla Vantollo"),)),
    }
    (conflict,) = quote_conflicts(group_quotes(story_quotes(articles, by_id)), articles, {k: k for k in texts})
    assert sorted(s.value for s in conflict.sides) == ["Orla Vantollo", "Tomas Ek"]


def test_a_surname_two_people_share_or_a_speaker_read_without_a_verb_of_saying_stays_as_it_is() -> None:
    shared = {"b": (_person("b", "Orla Vantollo"), _person("b", "Dag Vantollo"))}
    assert _speakers({"a": _quote("a", SAID, "Tomas Ek"), "b": _quote("b", SAID, "Vantollo")}, shared)["b"] == (
        "Vantollo"
    )
    known = {"c": (_person("c", "Orla Vantollo"),)}
    guessed = {"b": _quote("b", SAID, "Vantollo", cue=None), "c": _quote("c", "We will appeal", "Orla Vantollo")}
    assert _speakers(guessed, known)["b"] == "Vantollo"


def test_a_word_left_out_from_inside_a_quote_without_an_ellipsis_is_drift() -> None:
    full = _quote("a", "We have never knowingly sold a faulty heater to anyone", "Ana Roe")
    cut = _quote("b", "We have never sold a faulty heater to anyone", "Ana Roe")
    assert sorted(sorted(q.article for q in v) for v in _variants([full, cut])) == [["a"], ["b"]]


def test_a_quote_cut_with_an_ellipsis_at_an_end_or_of_small_words_is_no_drift() -> None:
    full = _quote("a", "We have never knowingly sold a faulty heater to anyone, and we will say so in court", "Ana Roe")
    marked = _quote("b", "We have never … sold a faulty heater to anyone", "Ana Roe")
    shorter = _quote("c", "sold a faulty heater to anyone", "Ana Roe")
    small = _quote("d", "We have never knowingly sold a faulty heater to anyone, we will say so in court", "Ana Roe")
    assert _variants([full, marked, shorter, small]) == []
