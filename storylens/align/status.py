"""Event status and timing conflicts: one event told as done by some outlets and as still to come by others
("has closed" against "will close", "opened an investigation" against "will decide whether to open one"), and one
subject placed during an event by some and before it by others; with the verb sets every check on events reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storylens.align.facts import claim_of
from storylens.align.occasions import quoted_at, sentence_of
from storylens.analyze.claims import event_lemma, negation, verb_status
from storylens.analyze.frames import own_subject
from storylens.analyze.sentences import reparse
from storylens.records import Analysis, Conflict, ConflictSide, Fact, Mention

SAYING = {"be", "become", "have", "do", "say", "tell", "report", "add", "state"}
"""Verbs whose subject may tell one thing on two occasions ("the minister said on Monday", "... on Tuesday"), unlike
an event verb with its subject ("the first alarm call came at 6:47 p.m.")."""
# Verbs of saying, having and aspect: "the resignation came a day after" and "would come to regret" share "come",
# not an event.
IGNORED_VERBS = SAYING | {"announce", "expect", "set", "go", "come"}
# Stative verbs name a state or attitude, not an event that has or has not happened yet: "respected the ruling"
# and "said it would respect the ruling" do not disagree about anything.
STATIVE_VERBS = {"respect", "support", "oppose", "believe", "want", "hope", "need", "know", "like", "prefer",
                 "remain", "seem", "appear", "consider", "understand", "deserve", "mean", "own"}  # fmt: skip
CHANGE_VERBS = {"rise", "fall", "increase", "decrease", "drop", "grow", "climb", "double", "halve", "shrink", "soar",
                "plunge", "decline"}  # fmt: skip
"""Verbs whose subject is the quantity that changes, not an actor: "life expectancy has risen" and "the pension
age will rise" tell two changes, however alike their sentences."""


def fact_conflict(fact: Fact, groups: dict[str, list[Mention]], kind: str, about: str) -> list[Conflict]:
    """One conflict from value -> mentions when two or more values, each from a different article set."""
    if len(groups) < 2:
        return []
    sides = tuple(ConflictSide(value=v, mentions=tuple(ms)) for v, ms in sorted(groups.items()))
    arts = [{m.article for m in s.mentions} for s in sides]
    if len(arts) == 2 and arts[0] == arts[1]:  # one article disagreeing with itself is not between outlets
        return []
    return [Conflict(id="", kind=kind, about=about, sides=sides, fact=fact.id)]


def status_conflicts(fact: Fact, by_id: dict[str, Analysis]) -> list[Conflict]:
    """The same event verb told as done in some mentions and as still to come in others.

    A mention inside someone's quoted words does not count: a speaker's "they have closed the libraries" is
    rhetoric the outlet reports, not the outlet telling the event's status.
    """
    per_verb: dict[str, dict[str, list[Mention]]] = {}
    for m in fact.mentions:
        claim = claim_of(m, by_id[m.article])
        if claim is None or _quoted(m, by_id[m.article]):
            continue
        for item in claim.verbs:
            lemma, _, status = item.partition(":")
            if status and lemma not in IGNORED_VERBS and lemma not in STATIVE_VERBS:
                per_verb.setdefault(lemma, {}).setdefault(status, [])
                if m not in per_verb[lemma][status]:
                    per_verb[lemma][status].append(m)
    out = []
    for lemma, groups in sorted(per_verb.items()):
        groups = {
            status: [m for m in ms if not _verb_quoted(m, by_id[m.article], lemma)] for status, ms in groups.items()
        }
        if groups.get("done") and groups.get("future"):
            doers = {id(m): _doer(m, by_id[m.article], lemma) for side in groups.values() for m in side}
            done, future = (
                [m for m in mine if any(_one_doer(m, n, doers, lemma in CHANGE_VERBS) for n in theirs)]
                for mine, theirs in ((groups["done"], groups["future"]), (groups["future"], groups["done"]))
            )
            named = {"already happened": done, "still to come": future}
            out += fact_conflict(fact, named, "status", f"whether it has happened ({lemma}): {fact.statement}")
    return out


def _doer(mention: Mention, analysis: Analysis, lemma: str) -> tuple[str, bool] | None:
    """The subject's noun of the first verb ``lemma`` in ``mention`` (its governor's for an infinitive or a
    conjunct), read in the whole sentence, and whether it is a name; None when it is a pronoun or not found."""
    verb = next(iter(_verbs(mention, analysis, lemma)), None)
    subject = own_subject(verb, range(0)) if verb is not None else None
    return None if subject is None or subject.pos_ == "PRON" else (subject.text, subject.pos_ == "PROPN")


def _verbs(mention: Mention, analysis: Analysis, lemma: str) -> list[Any]:
    """The verbs whose event is ``lemma`` in ``mention`` (``event_lemma``: "lodged" for "appeal"), read in its whole
    sentence (tokens of a parse of that sentence)."""
    sentence = sentence_of(analysis, mention.start, mention.end)
    if sentence is None:
        return []
    inside = range(mention.start - sentence.start, mention.end - sentence.start)
    return [
        t for t in reparse(sentence.text) if t.idx in inside and t.pos_ in ("VERB", "AUX") and event_lemma(t) == lemma
    ]


def _verb_quoted(mention: Mention, analysis: Analysis, lemma: str) -> bool:
    """True when every verb ``lemma`` of the mention lies inside quoted words: in '"We will not reopen the runway
    until it is safe," he said' the status is the speaker's intent at the time, not the outlet's account, even
    though the attribution makes the quote less than most of the mention (``_quoted``)."""
    sentence = sentence_of(analysis, mention.start, mention.end)
    verbs = _verbs(mention, analysis, lemma)
    return sentence is not None and bool(verbs) and all(quoted_at(analysis, sentence.start + t.idx) for t in verbs)


def _one_doer(a: Mention, b: Mention, doers: dict[int, tuple[str, bool] | None], measured: bool = False) -> bool:
    """False when the two verbs' subjects are both known, neither mention names the other's, and one of them is a
    name: "Varnet would put 2 million into a fund" and "regional chiefs have put up five million" tell two events.
    Two common nouns may name one actor ("the regulator", "the agency"), so they are left alike, unless the
    subjects are what is ``measured`` (``CHANGE_VERBS``): two quantities are two, whatever their words."""
    x, y = doers[id(a)], doers[id(b)]
    if x is None or y is None:
        return True
    (x_word, x_named), (y_word, y_named) = x, y
    return not ((x_named or y_named or measured) and x_word not in b.text and y_word not in a.text)


def _quoted(mention: Mention, analysis: Analysis) -> bool:
    """True when most of a mention lies inside a quotation (not a scare quote) of its article."""
    size = max(mention.end - mention.start, 1)
    return any(
        min(mention.end, q.end) - max(mention.start, q.start) >= 0.8 * size
        for q in analysis.quotes
        if q.kind != "scare"
    )


def story_timing_conflicts(facts: Sequence[Fact], by_id: dict[str, Analysis]) -> list[Conflict]:
    """One subject placed during an event by some articles and before it by others ("the announcement came
    during the summit" vs "the announcement comes ahead of the visit"), across facts: the two sentences rarely
    say the same thing otherwise."""
    per_subject: dict[str, dict[str, dict[str, Mention]]] = {}
    for fact in facts:
        for m in fact.mentions:
            claim = claim_of(m, by_id[m.article])
            if claim is None or not claim.subject or not claim.timing:
                continue
            for item in claim.timing:
                side = per_subject.setdefault(claim.subject, {}).setdefault(item.partition(":")[0], {})
                side.setdefault(m.article, m)
    out = []
    for subject, groups in sorted(per_subject.items()):
        during, before = groups.get("during", {}), groups.get("before", {})
        if during and before and set(during) != set(before):
            sides = (
                ConflictSide(value=f"{subject}: during the event", mentions=tuple(during.values())),
                ConflictSide(value=f"{subject}: before the event", mentions=tuple(before.values())),
            )
            out.append(Conflict(id="", kind="date", about=f"when the {subject} came", sides=sides))
    return out


CALLING_OFF = frozenset({"suspend", "cancel", "scrap", "abandon", "shelve", "axe"})
"""Verbs that stop an event before it happens: "suspended the stoppage planned for Monday". Not "postpone" or
"delay": "the vote was postponed to Friday" and "the vote will take place on Friday" agree."""
GOING_AHEAD = frozenset({"proceed", "begin", "start"})
"""Verbs that tell a planned event will happen, with "go ahead" and "take place"."""


def fate_conflicts(fact: Fact, by_id: dict[str, Analysis]) -> list[Conflict]:
    """A planned event told as called off by some mentions and as going ahead by others, the event named by one
    noun on both sides: "the union had suspended the 24-hour stoppage" against "a 24-hour stoppage will begin on
    Monday". A verb in someone's quoted words is their intent, not the outlet's account, so it is left out."""
    per_noun: dict[str, dict[str, list[Mention]]] = {}
    for m in fact.mentions:
        for noun, fate in _fates(m, by_id[m.article]):
            side = per_noun.setdefault(noun, {}).setdefault(fate, [])
            if m not in side:
                side.append(m)
    out = []
    for noun, groups in sorted(per_noun.items()):
        out += fact_conflict(fact, groups, "status", f"whether the {noun} goes ahead: {fact.statement}")
    return out


def _fates(mention: Mention, analysis: Analysis) -> set[tuple[str, str]]:
    """(event noun, "called off" or "going ahead") for each verb of ``mention`` that tells one, outside quotes."""
    sentence = sentence_of(analysis, mention.start, mention.end)
    if sentence is None:
        return set()
    inside = range(mention.start - sentence.start, mention.end - sentence.start)
    out = set()
    for verb in reparse(sentence.text):
        if verb.idx not in inside or verb.pos_ != "VERB" or quoted_at(analysis, sentence.start + verb.idx):
            continue
        fate = _fate(verb)
        if fate == "called off" and negation(verb) is None:
            noun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
        elif fate == "going ahead":
            noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            fate = "called off" if negation(verb) else fate  # "the strike will not go ahead"
        else:
            continue
        if noun is not None:
            out.add((noun.lemma_.lower(), fate))
    return out


def _fate(verb: Any) -> str:
    """ "called off" for a verb that has stopped a planned event, "going ahead" for one that tells it will happen
    ("will begin", "goes ahead", "is going ahead"), else ""."""
    lemma, status = verb.lemma_.lower(), verb_status(verb)
    kids = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "dobj")}
    if status == "done" and (lemma in CALLING_OFF or (lemma == "call" and "off" in kids)):
        return "called off"
    ahead = lemma in GOING_AHEAD or (lemma == "go" and "ahead" in kids) or (lemma == "take" and "place" in kids)
    if ahead and (status == "future" or verb.tag_ in ("VBZ", "VBP", "VBG")):
        return "going ahead"
    return ""
