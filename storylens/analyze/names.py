"""Speakers as names: a parse token turned into a name with its description (titles, appositives), looked up in
the article for its full form."""

from __future__ import annotations

import dataclasses
from typing import Any

from storylens.analyze.cues import is_cue, lexicon

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "mister"})
# Dependents that belong to a speaker's noun phrase (left side); prepositions are added for common nouns only.
PHRASE_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "case", "punct", "quantmod", "npadvmod"})
PHRASE_PREPS = frozenset({"of", "for", "at", "with", "from", "in", "to"})
# Words of rank or office that come before a name ("Mayor Elena Ruiz"): they describe, they are not the name.
TITLE_WORDS = lexicon(
    "president prime minister mayor senator sen. rep. representative governor gov. secretary chancellor king queen "
    "prince princess general gen. judge justice dr. mr. mrs. ms. professor prof. commissioner councillor "
    "councilman councilwoman chief executive director ambassador envoy spokesman spokeswoman spokesperson chairman "
    "chairwoman ceo former deputy vice acting attorney candidate nominee speaker leader pope sheikh emir sultan "
    "colonel col. captain capt. lieutenant lt. sergeant sgt. officer coach pastor rev. reverend father sister lord "
    "lady sir dame premier chair head the a an"
)
PERSON_TITLES = TITLE_WORDS - {"the", "a", "an"}
"""The title words that are nouns for a person ("chair", "minister"), without the articles that may open a title."""
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


@dataclasses.dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker: the name (or the description when unnamed), its description and where it is named."""

    name: str
    description: str | None
    start: int
    end: int
    is_person: bool = False
    said_at: int = -1  # where this speaker last spoke (a quote's offset), for pronouns: recency, not first mention


def titled_before(doc: Any, token: Any) -> Any | None:
    """The last person named before ``token`` with its noun as a title ("Interior Minister Ana Roe ... the
    minister said": Ana Roe), whether or not she was quoted yet; None when no one was."""
    title = token.lemma_.lower()
    if title not in PERSON_TITLES - {"former"}:
        return None
    for ent in reversed([e for e in doc.ents if e.end <= token.i and e.label_ == "PERSON"]):
        i = ent.start - 1
        while i >= 0 and doc[i].text[:1].isupper() and doc[i].lower_ != title:
            i -= 1  # "Interior Minister Ana Roe": back over the capitalised words of the title
        if i >= 0 and doc[i].lower_ == title and doc[i].text[:1].isupper() and ent.start - i <= 3:
            return ent
    return None


def unrecognised_name(phrase: Any, token: Any) -> Speaker:
    """A speaker named by a run of proper nouns that NER did not tag: titles in front become the description.
    A surname the tagger missed here but tagged in a full name elsewhere is that person ("Chief executive Ann Lee
    said ... “...,” Lee said": Ann Lee), so two outlets' speakers can be told apart by full name."""
    start = phrase.start
    while start < token.i and phrase.doc[start].lower_ in TITLE_WORDS | {"-"}:
        start += 1
    while start < token.i and phrase.doc[start].pos_ != "PROPN":
        start += 1
    name = phrase.doc[start : token.i + 1]
    description = phrase.doc[phrase.start : start].text.strip() or _appositive(token)
    is_person = any(e.label_ == "PERSON" and e[-1].text == token.text for e in phrase.doc.ents)
    text = full_name(phrase.doc, name) if is_person and len(name) == 1 else name.text
    return Speaker(name=text, description=description, start=name.start_char, end=name.end_char, is_person=is_person)


def entity_of(token: Any) -> Any | None:
    """The named entity ``token`` belongs to, if any."""
    if not token.ent_type_:
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def is_person_name(doc: Any, ent: Any) -> bool:
    """True for a PERSON entity, or a short name the tagger labelled otherwise but that stands after a title, is
    PERSON elsewhere (a surname alone, whatever its label) or was given an age."""
    if ent.label_ == "PERSON":
        return True
    if ent.label_ in ("DATE", "CARDINAL") or len(ent) > 3:
        return False
    if is_aged(doc, ent):
        return True  # "Terrified fan Ann Lee, 19, was ...", whatever the tagger called the name
    last = ent[-1].text
    if len(ent) == 1 and any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last for e in doc.ents):
        return True  # "Harnask, who resigned on Monday," read as a place, after "Vitold Harnask" read as a person
    if len(ent) > 2 or ent.label_ in ("GPE", "NORP", "FAC"):
        return False
    titled = ent.start > 0 and doc[ent.start - 1].lower_ in PERSON_TITLES  # "chief executive X"
    return titled or any(e.label_ == "PERSON" and e[-1].text == last for e in doc.ents)


def is_aged(doc: Any, ent: Any) -> bool:
    """True when the name is followed by an age in commas ("Ann Lee, 67, said"), which only people are given."""
    after = doc[ent.end : ent.end + 3]
    return (
        len(after) == 3 and after[0].text == "," and after[2].text in (",", ".")
        and after[1].text.isdigit() and 0 < int(after[1].text) < 120
    )  # fmt: skip


def named_speaker(doc: Any, ent: Any, token: Any) -> Speaker:
    """A speaker named by entity ``ent``: full name looked up in the article, title and appositive as description."""
    ent = _trimmed(ent)
    is_person = is_person_name(doc, ent)
    titles = 0
    while is_person and titles < len(ent) - 1 and ent[titles].lower_ in TITLE_WORDS:
        titles += 1  # "Mayor Elena Ruiz" tagged whole: the title is description, not name
    if titles:
        ent = doc[ent.start + titles : ent.end]
    name = full_name(doc, ent) if is_person else _strip_det(ent)
    description = _appositive(token) or title_before(ent)
    if not is_person:
        phrase = noun_phrase(token)  # "the Danish government": keep the whole phrase for organisations
        if phrase.text.strip() and len(phrase) > len(ent):
            name = phrase.text.strip()
    return Speaker(name=name, description=description, start=ent.start_char, end=ent.end_char, is_person=is_person)


def _trimmed(ent: Any) -> Any:
    """The entity without end tokens that hold no letter or digit (the tagger may take in a glued "”―")."""
    start, end = ent.start, ent.end
    while end - start > 1 and not any(ch.isalnum() for ch in ent.doc[start].text):
        start += 1
    while end - start > 1 and not any(ch.isalnum() for ch in ent.doc[end - 1].text):
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    from spacy.tokens import Span

    return Span(ent.doc, start, end, label=ent.label_)


def _strip_det(ent: Any) -> str:
    return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text


def noun_phrase(token: Any) -> Any:
    """The noun phrase headed by ``token``: determiners, modifiers, compounds and, for common nouns, "of/for X"."""
    left = token.i
    for child in token.lefts:
        if child.dep_ in PHRASE_DEPS:
            left = min(left, child.left_edge.i)
    right = token.i
    if token.pos_ == "NOUN":
        for child in token.rights:
            attached = child.dep_ in ("compound", "nummod", "amod") or (
                child.dep_ == "prep" and child.lower_ in PHRASE_PREPS
            )
            if attached and child.i == right + 1:
                right = child.right_edge.i
    doc = token.doc
    while left < token.i and not any(ch.isalnum() for ch in doc[left].text):
        left += 1
    return doc[left : right + 1]


def _appositive(token: Any) -> str | None:
    """The appositive describing ``token`` ("Rania Malki, a Middle East analyst" -> "a Middle East analyst")."""
    for child in token.rights:
        if child.dep_ == "appos":
            text = token.doc[child.left_edge.i : child.right_edge.i + 1].text.strip(" ,")
            return text or None
    return None


def title_before(ent: Any) -> str | None:
    """Words just before a name that describe it ("U.S. President" in "U.S. President Donald Trump")."""
    doc, i = ent.doc, ent.start
    while (
        i > 0
        and doc[i - 1].dep_ in ("compound", "amod", "nmod", "det")
        and doc[i - 1].head.i >= ent.start - 1
        and not is_cue(doc[i - 1])  # "fumed council leader Ann Lee": the parser may call the cue a modifier
    ):
        if doc[i - 1].head.i >= ent.end:
            break
        i -= 1
    if i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i in range(ent.start, ent.end):
        i -= 1
    text = doc[i : ent.start].text.strip(" ,")
    if text.lower().rstrip(".") in HONORIFICS:  # "Mr." says nothing about who the speaker is
        return None
    return text or None


def full_name(doc: Any, ent: Any) -> str:
    """The longest form of a person's name used in the article ("Donald Trump" for a later "Trump")."""
    last = ent[-1].text
    best = ent.text
    for other in doc.ents:
        if other.label_ != "PERSON" or other[-1].text != last or any(t.is_punct and t.text != "." for t in other):
            continue
        words = other.text.split()
        while len(words) > 1 and words[0].lower() in TITLE_WORDS:
            words = words[1:]  # "Councillor Mara Voss" tagged whole: keep the name only
        if len(" ".join(words)) > len(best):
            best = " ".join(words)
    return best
