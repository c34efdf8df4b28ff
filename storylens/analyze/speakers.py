"""Who said a quote: the attribution cue (a verb of saying) and its subject, resolved to a name.

Everything here reads spaCy's dependency parse of the whole article. A speaker is found in three steps:

1. the cue: a verb of saying or describing that governs the quote (walking up the quote's heads) or that sits
   next to it in the same sentence ("..., X said." / "X said: ..."), or "according to";
2. the subject of that cue (through participles such as "calling", passives "hailed by X", inversions
   "said X, a ...");
3. the subject as a ``Speaker``: a name with the description around it (titles, appositives; ``names.py``),
   pronouns and definite descriptions ("he", "the official") resolved to the nearest fitting named mention
   before them (``pronouns.py``).

The verbs of saying themselves are in ``cues.py``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Sequence
from typing import Any

from storylens.analyze.cues import SAYING_NOUNS, SUBJECT_DEPS, is_cue
from storylens.analyze.names import (
    NAME_LABELS,
    Speaker,
    entity_of,
    is_person_name,
    named_speaker,
    noun_phrase,
    titled_before,
    unrecognised_name,
)
from storylens.analyze.pronouns import FIRST_PERSON, GROUP_PRONOUNS, PERSON_PRONOUNS, resolve_pronoun


def governing_cue(span: Any, blocked: Collection[int], bounds: tuple[int, int]) -> Any | None:
    """The cue verb found by walking up the heads of the quote's tokens, within the paragraph ``bounds``.

    ``blocked`` holds the tokens inside quotation marks: the walk never passes through another quote.
    """
    for token in span:
        head, steps = token.head, 0
        while head.i not in blocked and bounds[0] <= head.i < bounds[1] and steps < 8:
            if (head.i < span.start or head.i >= span.end) and is_cue(head):
                return head
            if head.head.i == head.i:
                break
            head, steps = head.head, steps + 1
    return None


def clause_subject(span: Any, quoted: Collection[int], bounds: tuple[int, int]) -> Any | None:
    """The subject of the nearest verb above the quote outside any quote ("X thanked him for "..."")."""
    lo, hi = bounds
    for token in span:
        head, steps = token.head, 0
        while head.i != head.head.i and (head.i in quoted or head.pos_ not in ("VERB", "AUX")) and steps < 8:
            head, steps = head.head, steps + 1
        if head.i in quoted or head.pos_ not in ("VERB", "AUX") or not lo <= head.idx < hi:
            continue
        found = _own_subject(head, quoted)
        if found is not None and found is not _PASSIVE:
            return found
        return None
    return None


def nearby_cue(doc: Any, window: Sequence[int], quoted: Collection[int] = ()) -> Any | None:
    """The first cue among the token indices of ``window`` (given nearest first) that has or reaches a subject."""
    for i in window:
        if is_cue(doc[i]) and subject_of(doc[i], quoted) is not None:
            return doc[i]
    for i in window:
        if is_cue(doc[i]):
            return doc[i]
    return None


def subject_of(cue: Any, quoted: Collection[int] = ()) -> Any | None:
    """The token naming who speaks through ``cue`` (climbing from participles like "calling" to their clause)."""
    if cue.lower_ == "according":
        for child in cue.children:
            if child.lower_ == "to":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None
    own = _own_subject(cue, quoted)
    if own is not None:
        return own if own is not _PASSIVE else None  # a passive with no "by X" names no speaker
    if cue.tag_ == "VBN" or cue.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "acl", "ccomp", "relcl"):
        return adjacent_subject(cue, quoted)
    # "..., calling it X": the speaker of the nearest verb of saying above, else the subject of the clause
    ancestors = list(cue.ancestors)[:6]
    for verbs in ([a for a in ancestors if is_cue(a)], [a for a in ancestors if a.pos_ in ("VERB", "AUX")]):
        for verb in verbs:
            found = _own_subject(verb, quoted)
            if found is not None and found is not _PASSIVE:
                return found
    # ""A. B," X, the founder, told reporters": the parser made "told" a conjunct of the quote's last verb
    return adjacent_subject(cue, quoted)


_PASSIVE = object()
NAMING_POS = frozenset({"PROPN", "NOUN", "PRON"})


def adjacent_subject(cue: Any, quoted: Collection[int]) -> Any | None:
    """The name written right before a cue the parser left without subject ("”, Trump barked", "X, 58, told").

    1. the word just before the cue, skipping adverbs and one comma-enclosed aside (", the head of Y,");
    2. else an inversion: the name right after the cue, titles before it included ("said Ellis:", "fumed council
       leader Ann Lee.");
    3. else a person the parser made the subject of a clause before the cue ("Ann Lee, 27, whose son is ill,
       said:", read as if "Ann Lee ... is ill" were what she said).
    """
    doc = cue.doc
    # 1.
    i = cue.i - 1
    while i >= 0 and doc[i].pos_ == "ADV" and i not in quoted:
        i -= 1
    if i >= 0 and doc[i].text == "," and i not in quoted:
        j = i - 1
        while j > i - 16 and j >= 0 and doc[j].text != "," and j not in quoted and not doc[j].is_sent_start:
            j -= 1
        i = j - 1 if j >= 0 and doc[j].text == "," else -1
    if i >= 0 and i not in quoted and doc[i].pos_ in NAMING_POS and doc[i].lower_ not in ("it", "this", "that"):
        return doc[i]
    # 2.
    after = cue.i + 1
    while after < min(cue.i + 4, len(doc)) and doc[after].pos_ in ("NOUN", "ADJ") and doc[after].text.islower():
        after += 1  # "fumed council leader Ann Lee": the lower-case title before the name
    named = after < len(doc) and (doc[after].pos_ == "PROPN" or doc[after].ent_type_ == "PERSON")
    if named and after not in quoted and doc[after].ent_type_ not in ("DATE", "TIME"):  # not "said officials Monday"
        run = after
        while run + 1 < len(doc) and doc[run + 1].pos_ == "PROPN" and run + 1 not in quoted:
            run += 1
        return doc[run]
    # 3.
    for clause in cue.lefts:
        if clause.dep_ == "ccomp" and clause.i not in quoted:
            subject = _own_subject(clause, quoted)
            if subject is None or subject is _PASSIVE:
                continue
            if is_person_name(doc, entity_of(subject) or doc[subject.i : subject.i + 1]):
                return subject
    return None


def _own_subject(verb: Any, quoted: Collection[int]) -> Any | None:
    """The verb's own subject (agent of a passive, relative pronoun resolved), ``_PASSIVE`` for a bare passive."""
    agent = _agent(verb)
    if agent is not None:
        return agent
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS or child.i in quoted:
            continue
        if not any(ch.isalpha() for ch in child.text):  # a list bullet parsed as the subject: take its noun
            child = next((g for g in child.children if g.pos_ in ("PROPN", "NOUN")), None)
            if child is None:
                continue
        return _PASSIVE if child.dep_ == "nsubjpass" else _through_relative(child)
    return None


def _agent(verb: Any) -> Any | None:
    """The "X" of a passive "hailed by X"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _through_relative(token: Any) -> Any:
    """ "who" / "which" in a relative clause stands for the noun the clause hangs on."""
    if token.tag_ in ("WP", "WDT") and token.head.dep_ == "relcl":
        return token.head.head
    return token


def make_speaker(doc: Any, token: Any, earlier: Sequence[Speaker], quoted: Collection[int]) -> Speaker | None:
    """The ``Speaker`` that ``token`` names, resolving pronouns and definite descriptions ("the official")."""
    low = token.lower_
    if low in PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON:
        return resolve_pronoun(doc, token, earlier, quoted)
    if token.pos_ == "PRON":  # "both", "each", "someone", "this": no one in particular (often a misparse)
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and token.lemma_.lower() in SAYING_NOUNS:  # "his line that ...": who said it
        return make_speaker(doc, owner, earlier, quoted)
    ent = entity_of(token)
    if ent is not None and ent.label_ in NAME_LABELS:
        return named_speaker(doc, ent, token)
    phrase = noun_phrase(token)
    text = phrase.text.strip()
    if not text:
        return None
    for child in token.rights:  # "the analyst, Rania Malki": the appositive is the name
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and (ent := entity_of(child)) is not None:
            named = named_speaker(doc, ent, child)
            return dataclasses.replace(named, description=text)
    common = token.pos_ == "NOUN" or token.text.islower()  # the tagger sometimes calls "the minister" a name
    if token.pos_ == "PROPN" and not common:  # a name the entity recogniser missed: the capitalised run after titles
        return unrecognised_name(phrase, token)
    if phrase[0].lower_ == "the" and common:
        for prior in reversed(earlier):
            if prior.description and token.lemma_.lower() in prior.description.lower():
                return prior
        titled = titled_before(doc, token)
        if titled is not None:
            return named_speaker(doc, titled, titled.root)
    return Speaker(name=text, description=text, start=phrase.start_char, end=phrase.end_char)
