"""Arrests and charges told as done by some outlets and denied by others, wherever the aligner put the sentences.

The wire's "He has not been charged" and a tabloid's "Driver X, 54, has been charged with causing death by
dangerous driving" share little but the verb, so they sit in different facts, where the per-fact status check
(``status.status_conflicts``) never sets them side by side. A story rarely has more than one arrest or charge to
tell, and a denial names the step plainly, so these two steps of the law are compared across the whole story.
Precision first:
- only a denial counts against a report that it happened ("has not been charged", "No one had been charged", "No
  arrests have been made"), not a step still to come ("police will arrest anyone who returns");
- "charge" only in the law's sense: in the passive or "charged with" (not "charges a fee", "took charge");
- the two must be of one person as far as the sentences say: someone denied to all ("no one", "neither",
  "none of the three"), a pronoun, or a word shared ("the captain" and "Captain X");
- in the outlet's own voice (not inside someone's quoted words), and an article that tells the step both ways (one
  man arrested, another not) takes no side;
- a disagreement a fact already shows over the same sentences is not told again (``story.already_told``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storylens.align.occasions import quoted_at
from storylens.analyze.claims import NEGATIVE_SUBJECTS, auxiliaries, negation, verb_status
from storylens.analyze.frames import own_subject
from storylens.analyze.sentences import reparse
from storylens.records import Analysis, Article, Conflict, ConflictSide, Mention

STEPS = {"arrest": "arrested", "detain": "arrested", "charge": "charged", "indict": "charged"}
"""Verbs of a step of the law, by the step they tell ("detained" is "arrested" in every outlet's sense)."""
STEP_NOUNS = {"arrest": "arrested", "charge": "charged"}
"""Nouns of those steps, told by a light verb in the passive ("No arrests have been made", "no charges were
brought")."""
NOUN_VERBS = frozenset({"make", "bring", "file", "lay", "press"})
"""Verbs that make a step of the law out of its noun."""
CUE = re.compile(r"\b(?:arrest|detain|charg|indict)", re.IGNORECASE)


@dataclass(frozen=True)
class Step:
    """A step of the law an article tells: which, whether done or denied, of whom (words; None for a pronoun or
    anyone, who can be anyone's counterpart), and the sentence."""

    step: str
    done: bool
    patient: frozenset[str] | None
    mention: Mention


def step_conflicts(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Conflict]:
    """One status conflict per step that some articles tell as done and others deny, of one person."""
    steps = [s for a in articles for s in _steps(by_id[a.id])]
    out = []
    for step in sorted({s.step for s in steps}):
        told = [s for s in steps if s.step == step]
        both = {s.mention.article for s in told if s.done} & {s.mention.article for s in told if not s.done}
        told = [s for s in told if s.mention.article not in both]
        done = [s for s in told if s.done and any(_one_person(s, t) for t in told if not t.done)]
        denied = [s for s in told if not s.done and any(_one_person(s, t) for t in told if t.done)]
        if done and denied:
            sides = (
                ConflictSide(value=f"not {step}", mentions=tuple(dict.fromkeys(s.mention for s in denied))),
                ConflictSide(value=step, mentions=tuple(dict.fromkeys(s.mention for s in done))),
            )
            out.append(Conflict(id="", kind="status", about=f"whether anyone has been {step}", sides=sides))
    return out


def _one_person(a: Step, b: Step) -> bool:
    """True when two steps can be of one person: either is of anyone or a pronoun, or they share a word."""
    return a.patient is None or b.patient is None or bool(a.patient & b.patient)


def _steps(analysis: Analysis) -> list[Step]:
    """Every step of the law an article tells as done or denies, in its own voice."""
    out = []
    for sentence in analysis.sentences:
        if not CUE.search(sentence.text):
            continue
        mention = Mention.of_sentence(analysis.article, sentence)
        for token in reparse(sentence.text):
            if quoted_at(analysis, sentence.start + token.idx):
                continue
            found = _step_of(token)
            if found is not None:
                step, done, patient = found
                out.append(Step(step, done, patient, mention))
    return out


def _step_of(token: Any) -> tuple[str, bool, frozenset[str] | None] | None:
    """(step, done, patient) when ``token`` tells a step of the law as done or denied, else None."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in STEP_NOUNS and token.dep_ == "nsubjpass":
        verb = token.head
        if verb.lemma_.lower() in NOUN_VERBS and verb_status(verb) == "future" and negation(verb):
            return STEP_NOUNS[lemma], False, None  # "No arrests have been made": of anyone
        return None
    if token.pos_ != "VERB" or lemma not in STEPS:
        return None
    passive = any(a.dep_ == "auxpass" for a in auxiliaries(token))
    if lemma == "charge" and not (passive or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)):
        return None  # "charges a fee", "charging less"
    status = verb_status(token)
    denied = status == "future" and negation(token) is not None
    if status != "done" and not denied:
        return None
    return STEPS[lemma], not denied, _patient(token, passive)


def _patient(verb: Any, passive: bool) -> frozenset[str] | None:
    """The words of whom the step is told (the subject of a passive, the object of an active verb), or None for a
    pronoun, someone denied to all ("no one", "neither", "none of the three") or no one named."""
    who = own_subject(verb, range(0)) if passive else next((c for c in verb.children if c.dep_ == "dobj"), None)
    if (
        who is None
        or who.pos_ == "PRON"
        or who.lower_ in NEGATIVE_SUBJECTS | {"one"}
        or any(c.lower_ in ("no", "neither") for c in who.children)
    ):
        return None
    return frozenset(t.lower_ for t in _naming(who) if t.pos_ in ("NOUN", "PROPN"))


def _naming(head: Any) -> list[Any]:
    """The words that name a person: the head noun, its compounds and appositions ("Captain Emrys Tollerton", "the
    captain, Emrys Tollerton"), not its owner ("the ferry's captain" is no ferry) or what trails it."""
    out = [head]
    for child in head.children:
        if child.dep_ in ("compound", "appos", "flat"):
            out += _naming(child)
    return out
