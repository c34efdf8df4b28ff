"""List conflicts (``align/lists.py``) and the lists claims carry, on sentences written for these tests."""

from __future__ import annotations

import pytest

from storylens.align.lists import _lists, list_conflicts
from tests.test_claims import claims_of
from tests.test_conflicts import one_fact

pytestmark = pytest.mark.slow  # every case parses its articles with spaCy


def listed(texts: dict[str, str]) -> list[dict[str, list[str]]]:
    """value -> articles of each list conflict among the first sentences of ``texts``, taken as one fact."""
    fact, by_id = one_fact(texts)
    return [{s.value: sorted(m.article for m in s.mentions) for s in c.sides} for c in list_conflicts([fact], by_id)]


@pytest.mark.parametrize(
    ("sentence", "items"),
    [
        ("The stolen records include names, home addresses, phone numbers, dates of birth and national ID card "
         "numbers.", ("names", "home addresses", "phone numbers", "dates of birth", "national ID card numbers")),
        ("Police are investigating Orvane Freight, the shipping firm Kell Logistics and two port officials.",
         ("Orvane Freight", "Kell Logistics", "port officials")),
        ("Beaches at Alsby, Brenn and Corrow Point have been closed.", ("Alsby", "Brenn", "Corrow Point")),
        # the tagger took two items into one name: "Vellan, Sennet and Orrary" and "Sorrock and Emmory"
        ("Holidaymakers were turned away from beaches at Vellan, Sennet and Orrary.",
         ("Vellan", "Sennet", "Orrary")),
        ("Holidaymakers were turned away from beaches at Pellin, Sorrock and Emmory.", ("Pellin", "Sorrock", "Emmory")),
        ("Production of wiper motors and steering columns will move abroad.", ("wiper motors", "steering columns")),
        ("The line will be run by a consortium of Aldmin, Brevcor and Castell Resources.",
         ("Aldmin", "Brevcor", "Castell Resources")),
        # the parser left the first object out of the coordination, or read the rest as describing it
        ("Inspectors will look at the choice to reopen, the training of the drivers and the depot's fire equipment.",
         ("choice", "training", "fire equipment")),
        ("They sold the house, the car and the boat.", ("house", "car", "boat")),
        # a date before a subject list is no item
        ("On Tuesday, the minister and the mayor met.", ("minister", "mayor")),
    ],
)  # fmt: skip
def test_a_list_of_names_or_things_keeps_each_item_whole(sentence: str, items: tuple[str, ...]) -> None:
    assert claims_of(sentence)[0].items == items


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # things: a longer list in one fact
        ({"a": "Production of wiper motors and steering columns will move to the group's plant abroad.",
          "b": "Production of wiper motors, steering columns and seat frames will move to the group's plant abroad."},
         [{"wiper motors, steering columns": ["a"], "wiper motors, steering columns, seat frames": ["b"]}]),
        # "include" as the main verb lists the whole; a shorter form of an item is the item
        ({"a": "The stolen records include names, home addresses, phone numbers and national ID numbers.",
          "b": "The stolen records include names, addresses, phone numbers, ID numbers and bank account details.",
          "c": "The stolen records include names, home addresses, phone numbers and ID numbers."},
         [{"names, home addresses, phone numbers, national ID numbers": ["a", "c"],
           "names, addresses, phone numbers, ID numbers, bank account details": ["b"]}]),
        # names: one swapped for another
        ({"a": "Beaches at Alsby, Brenn and Corrow were closed on Monday.",
          "b": "Beaches at Alsby, Brenn and Dunmore Head were closed on Monday."},
         [{"Alsby, Brenn, Corrow": ["a"], "Alsby, Brenn, Dunmore Head": ["b"]}]),
        # things said in other words: one list
        ({"a": "Its prices included installation, staff training and maintenance.",
          "b": "Its prices included installation, staff training and servicing."}, []),
        # one thing swapped for a different thing
        ({"a": "The plant will keep making valves, pumps and boilers.",
          "b": "The plant will keep making valves, pumps and tractors."},
         [{"valves, pumps, boilers": ["a"], "valves, pumps, tractors": ["b"]}]),
        ({"a": "Inspectors will look at the choice to reopen, the training of the drivers and the depot's fire kit.",
          "b": "Inspectors will look at the choice to reopen, the loading of the trucks and the depot's fire kit."},
         [{"choice, training, fire kit": ["a"], "choice, loading, fire kit": ["b"]}]),
        # a thing and the same thing said longer
        ({"a": "The fee covers the cost of installation, training and repairs.",
          "b": "The fee covers installation, training and repairs."}, []),
        # the item the shorter list lacks is named elsewhere in its article
        ({"a": "It is working alongside teams from Brenn and Corrow. A team from Alsby arrived first.",
          "b": "It is working alongside teams from Alsby, Brenn and Corrow."}, []),
        # a list in someone's quoted words is theirs, not the outlet's account
        ({"a": "“I built schools, clinics and wells for Alsby,” the former mayor told the court.",
          "b": "The contracts covered schools and clinics in Alsby."}, []),
        # a list of examples is not the whole
        ({"a": "Beaches at several towns, including Alsby and Brenn, were closed.",
          "b": "Beaches at Alsby, Brenn and Corrow were closed."}, []),
    ],
)  # fmt: skip
def test_list_conflicts(texts: dict[str, str], expected: list[dict[str, list[str]]]) -> None:
    assert listed(texts) == expected


def test_a_counted_list_is_compared_only_with_lists_of_the_same_things() -> None:
    """a's list is where its four clinics are; b's is the towns the flood hit."""
    assert listed({
        "a": "Four clinics, in Alsby, Brenn, Corrow and Pellowe, stayed open through the flood.",
        "b": "The flood hit Alsby, Brenn, Corrow, Pellowe and Quorlin.",
    }) == []  # fmt: skip


def test_one_disagreement_is_one_conflict() -> None:
    """Three outlets with the long list and one with the short, each saying it twice: one conflict."""
    from storylens.analyze import analyze_article
    from storylens.records import Article, Fact, Mention

    texts = {
        "a": "Beaches at Alsby, Brenn and Corrow were closed. Beaches at Alsby, Brenn and Corrow stay shut.",
        "b": "Beaches at Alsby, Brenn and Dunmore were closed. Beaches at Alsby, Brenn and Dunmore stay shut.",
        "c": "Beaches at Alsby, Brenn and Corrow were closed. Beaches at Alsby, Brenn and Corrow stay shut.",
    }
    by_id = {k: analyze_article(Article(id=k, source=k, text=t, content_hash=k, outlet=k, outlet_from="input"))
             for k, t in texts.items()}  # fmt: skip
    facts = [
        Fact(id=f"f{i}", statement="", articles=tuple(texts), outlets=tuple(texts), label="consensus",
             mentions=tuple(Mention(article=k, start=a.sentences[i].start, end=a.sentences[i].end,
                                    text=a.sentences[i].text) for k, a in by_id.items()))
        for i in (0, 1)
    ]  # fmt: skip
    (conflict,) = list_conflicts(facts, by_id)
    assert {s.value: sorted({m.article for m in s.mentions}) for s in conflict.sides} == {
        "Alsby, Brenn, Corrow": ["a", "c"],
        "Alsby, Brenn, Dunmore": ["b"],
    }


def test_a_list_sides_evidence_is_the_sentence_even_when_its_claim_is_a_relative_clause() -> None:
    """A list's claim can start at the list ("Alsby, Brenn and Dunmore, where ..."): the reader is shown the
    sentence, which says what the places are listed for."""
    from storylens.align.occasions import in_sentences
    from storylens.analyze import analyze_article
    from storylens.records import Article, Fact, Mention

    texts = {
        "a": "The storm cut power in Alsby, Brenn and Corrow, where crews worked through the night.",
        "b": "The storm cut power in Alsby, Brenn and Dunmore, where crews worked through the night.",
    }
    by_id = {k: analyze_article(Article(id=k, source=k, text=t, content_hash=k, outlet=k, outlet_from="input"))
             for k, t in texts.items()}  # fmt: skip
    clauses = [Mention(article=k, start=c.start, end=c.end, text=c.text)
               for k, a in by_id.items() for c in a.claims if c.items and c.start > 0]  # fmt: skip
    assert len(clauses) == 2  # the relative clause carries the list too
    fact = Fact(id="f1", statement="", articles=tuple(texts), outlets=tuple(texts), label="consensus",
                mentions=tuple(clauses))  # fmt: skip
    (conflict,) = list_conflicts([fact], by_id)
    shown = [m for s in conflict.sides for m in in_sentences(s.mentions, by_id)]
    assert sorted(m.text for m in shown) == sorted(texts.values())


def test_a_list_conflict_says_what_is_listed() -> None:
    from storylens.align.lists import list_conflicts

    fact, by_id = one_fact(
        {
            "a": "The pact was signed by France, Germany, Italy and Spain in March.",
            "b": "The pact was signed by France, Germany, Italy, Spain and Portugal in March.",
        }
    )
    (conflict,) = list_conflicts([fact], by_id)
    assert conflict.about.startswith("which places are listed: ")


def test_a_list_of_names_of_no_one_kind_says_which_names_and_a_list_of_things_which_items() -> None:
    from storylens.align.lists import Listed, _listed
    from storylens.records import Analysis, Entity, Mention

    mention = Mention(article="a", start=0, end=40, text="Teams from Aldo, Brea and Cova arrived.")
    kinds = (Entity(article="a", start=11, end=15, text="Aldo", label="PERSON", key="aldo"),
             Entity(article="a", start=17, end=21, text="Brea", label="GPE", key="brea"))  # fmt: skip
    names = Listed(mention, "f1", ("Aldo", "Brea", "Cova"), ("aldo", "brea", "cova"), ("aldo", "brea", "cova"))
    assert _listed(names, Analysis(article="a", entities=kinds)) == "which names"
    things = Mention(article="a", start=0, end=40, text="Aldo makes wiper motors and seat frames.")
    listed = Listed(things, "f1", ("wiper motors", "seat frames"), ("wiper motor", "seat frame"), ("", ""))
    assert _listed(listed, Analysis(article="a", entities=kinds[:1])) == "which items"


def test_a_list_told_with_descriptions_and_possessives_is_still_a_list() -> None:
    from storylens.align.lists import list_conflicts

    fact, by_id = one_fact(
        {
            # the parser hangs "Brevcor" on "firm", an apposition of "Aldmin", and not on the coordination
            "a": "The mine will be run by a consortium of Aldoria's state mining company Aldmin, Brevia's state "
            "metals firm Brevcor and Castell Resources.",
            # and "Aldoria" (not "Falk Cement") is the last conjunct here
            "b": "The mine will be run by a consortium of Aldmin, Brevcor, Castell Resources and Aldoria's own Falk "
            "Cement.",
        }
    )
    (conflict,) = list_conflicts([fact], by_id)
    assert [s.value for s in conflict.sides] == [
        "Aldmin, Brevcor, Castell Resources",
        "Aldmin, Brevcor, Castell Resources, Falk Cement",
    ]


def test_an_item_of_no_words_is_left_out_of_its_list() -> None:
    """The parser can hand over an item that is only an article or a mark; it is no item, and no error."""
    from storylens.records import Analysis, Claim, Fact, Mention

    texts = {"a": "Teams from Alsby, Brenn and Corrow arrived.", "b": "Teams from Alsby and Brenn arrived."}
    by_id = {}
    mentions = []
    for a, items in (("a", ("Alsby", "Brenn", "Corrow")), ("b", ("The", "Alsby", "—", "Brenn"))):
        claim = Claim(article=a, sentence=0, start=0, end=len(texts[a]), text=texts[a], items=items)
        by_id[a] = Analysis(article=a, claims=(claim,))
        mentions.append(Mention(article=a, start=0, end=len(texts[a]), text=texts[a]))
    fact = Fact(id="f1", statement=texts["a"], mentions=tuple(mentions), articles=("a", "b"), outlets=("a", "b"),
                label="consensus")  # fmt: skip
    assert [x.items for x in _lists([fact], by_id)] == [("Alsby", "Brenn", "Corrow"), ("Alsby", "Brenn")]
    (conflict,) = list_conflicts([fact], by_id)
    assert [s.value for s in conflict.sides] == ["Alsby, Brenn, Corrow", "Alsby, Brenn"]
