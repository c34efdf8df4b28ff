"""Frames: what a typed value is said of, so the align stage compares only amounts and dates of one thing.

A value's frame is the verb it hangs from, that verb's subject, the words it attaches to and the nouns it measures
(``value_frame``): with it, an offer is not set against a demand, two weekdays of two different events are not set
against each other, and a count someone wants is not set against one that is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from storylens.analyze.claims import EVENT_NOUNS
from storylens.analyze.sentences import reparse


@dataclass(frozen=True)
class Frame:
    """What a value is said of, as lemmas: the verb it hangs from, that verb's subject and what it attaches to."""

    verb: str = ""  # the nearest governing verb ("offer" for "has offered a 5 percent rise"); "" when none
    subject: frozenset[str] = frozenset()  # that verb's subject (or what the amount is taken from), with its noun
    # modifiers; empty for pronouns
    holder: str = ""  # the subject's own noun ("office" of "the firm's head office"); "" for pronouns
    owner: frozenset[str] = frozenset()  # whose the subject is, with its compounds ("firm" of "the firm's head
    # office", "arkwell", "steel" of "shares in Arkwell Steel"); empty when no noun owns it
    events: frozenset[str] = frozenset()  # the verb, the word the value's phrase attaches to, the verb's objects
    measure: frozenset[str] = frozenset()  # nouns naming what is counted: "a $5 million repair bill", "$5m in aid"
    sizes: bool = False  # the value sizes one thing, its noun in the singular ("a 4 million crown fund", "a 15-crown
    # voucher"), not a count of things
    target: frozenset[str] = frozenset()  # what a rate or amount is levied on: "35 percent on steel", "a 25 percent
    # duty on steel" (the noun with its compounds); empty when the value names none
    wanted: bool = False  # the verb says what someone wants, not what is ("wants the rate cut to 3.5 percent")
    acting: bool = False  # the value's phrase is the verb's subject: a share of those who act ("62 percent of
    # patients lost ..."), not an amount acted on ("lost 15 percent of their weight")
    together: bool = False  # the subject is several actors at once ("A, B and C would together hold 83 seats")
    conditional: bool = False  # the verb is under an "if" or "unless" ("if it cleared the threshold it would take")
    relative: bool = False  # the verb is a relative clause's, telling of its noun ("X, which sold 49 percent ...")
    of: str = ""  # the noun the value is "of": "depth" of "at a depth of 15 kilometres", "" when none
    intended: bool = False  # the verb is an infinitive completing a noun ("filed a notice of intention to appoint
    # administrators on Monday"): the value may be the plan's or the event's, and the event is not told as done


def value_frame(doc: Any, start: int, end: int) -> Frame:
    """The frame of the value at ``start:end`` of ``doc`` (an empty frame when no verb governs it).

    The subject of an infinitive or a coordinated verb is its governor's ("repairs are expected to cost ...");
    a subject that holds the value itself ("a 9 percent raise spread ...") says nothing of what it measures.
    Several actors together ("A and B would together hold 83 seats") and a verb under an "if" are marked, since
    what they measure is not what one actor has or what happened.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return Frame()
    inside = range(span.start, span.end)
    root = span.root
    attached = root.head.head if root.head.pos_ == "ADP" else root.head  # "on Monday" -> what "on" modifies
    target = _target(root, inside)
    sizes = root.dep_ in ("nummod", "compound", "amod", "quantmod") and root.head.tag_ == "NN"
    of = _of_noun(span)
    verb = governing_verb(root)
    measure = _measure_nouns(root, inside) | _measured_by_clause(root, verb)
    if verb is None:
        return Frame(measure=measure, sizes=sizes, target=target, of=of)
    subject = own_subject(verb, inside)
    words: set[str] = set()
    holder, owner = "", frozenset[str]()
    if subject is not None and subject.pos_ != "PRON":
        holder = subject.lemma_.lower()
        owner = _owner(subject)
        words.add(holder)
        words |= {
            c.lemma_.lower()
            for c in subject.children
            if (c.dep_ == "compound" and c.pos_ == "NOUN") or (c.dep_ == "poss" and c.pos_ != "PRON")
        }
    # what the amount is taken from loses it, as a subject of "lose" would: "cuts £3.8m from the library service"
    words |= _with_compounds(objects(verb, ("from",)), inside)
    events = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"}
    events |= _occasions(verb) | _scheduled(verb)
    deadline = _deadline(root)
    events |= deadline
    if attached.i not in inside:
        events.add(event_word(attached))
    wanted = any(_wants(t) for t in [verb, *list(verb.ancestors)[:2]])
    phrase = root.head if root.dep_ in ("nummod", "quantmod") else root
    acting = phrase.dep_ in ("nsubj", "nsubjpass") and phrase.head == verb
    together = subject is not None and (
        any(c.dep_ == "conj" for c in subject.children)
        or any(c.lower_ in JOINT_WORDS for c in verb.children if c.dep_ == "advmod")
    )
    return Frame(verb="have" if deadline else verb.lemma_.lower(), subject=frozenset(words), holder=holder,
                 owner=owner, events=frozenset(events), measure=measure, sizes=sizes, target=target, wanted=wanted,
                 acting=acting, together=together, conditional=_conditional(verb),
                 relative=_relative(verb), of=of, intended=_intended(verb))  # fmt: skip


def _occasions(verb: Any) -> set[str]:
    """The event nouns a verb is told at ("announced at a briefing"), also through its object, where the parser
    often hangs them ("announced the ban at a news conference")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return {event_word(n) for h in heads for n in objects(h, ("at",)) if n.lemma_.lower() in EVENT_NOUNS}


OTHER_OCCURRENCE = frozenset({"next", "following", "upcoming", "previous", "earlier", "later", "another",
                              "subsequent", "future", "second", "third"})  # fmt: skip
"""Words that make an event noun another occurrence of its kind: "at their next meeting on April 8" is not the
meeting that voted on Tuesday."""


def event_word(noun: Any) -> str:
    """An event noun as a frame's event: its lemma, or "next meeting" when a modifier makes it another occurrence
    (``OTHER_OCCURRENCE``), so that it is not taken for the event of the same name."""
    other = next((c.lower_ for c in noun.children if c.dep_ in ("amod", "advmod") and c.lower_ in OTHER_OCCURRENCE), "")
    return f"{other} {noun.lemma_.lower()}" if other else noun.lemma_.lower()


def _owner(subject: Any) -> frozenset[str]:
    """Whose a subject is: its possessive noun ("the firm's head office") or, failing one, the noun after its "of"
    or "in" ("shares in Arkwell Steel", "the price of wheat"), with that noun's compounds."""
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ != "PRON"] or objects(subject, ("of", "in"))
    return _with_compounds(owners[:1], range(0))


SCHEDULING_VERBS = frozenset({"schedule", "set", "slate", "plan", "fix", "timetable", "pencil"})
"""Verbs that put an event on a date ("the vote is set for 5 May", "the council scheduled the hearing for
Friday"): the date is the event's, whatever verb another outlet schedules it with ("is due on 28 April")."""


def _scheduled(verb: Any) -> set[str]:
    """The event a scheduling verb puts on a date, as a lemma: its object, or the subject of a passive or of "is
    due" ("a final vote is scheduled for", "the vote is due on"); empty for other verbs."""
    due = verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children)
    if verb.lemma_.lower() not in SCHEDULING_VERBS and not due:
        return set()
    deps = ("dobj", "nsubjpass") if not due else ("nsubj",)
    return {c.lemma_.lower() for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN"}


TIME_GIVING_VERBS = frozenset({"have", "give"})
"""Verbs that give someone time for something ("has until April 5 to table an offer", "gave it until May to
appeal"): what the date is about is the infinitive, not the verb."""


def purposes(verb: Any) -> list[Any]:
    """The infinitives a verb that gives time is for ("to table a firm offer" in "has until April 5 to table a
    firm offer"); none for other verbs."""
    if verb.lemma_.lower() not in TIME_GIVING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)]


def _deadline(root: Any) -> set[str]:
    """The lemmas of a deadline a date sets ("have", "table", "offer" for "has until April 5 to table a firm
    offer"), however the parser hangs the date (from "has", from the infinitive, or from "has" taken for the
    infinitive's auxiliary), so two deadlines for one thing are one event; empty for other dates."""
    prep = root if root.lower_ in ("until", "by") else root.head  # the value's span may hold its "until"
    if prep.lower_ not in ("until", "by"):
        return set()
    giver = prep.head
    if giver.lemma_.lower() in TIME_GIVING_VERBS:
        infinitives = [giver.head] if giver.dep_ == "aux" else purposes(giver)
    else:
        infinitives = [giver] if giver.dep_ in ("xcomp", "advcl") and giver in purposes(giver.head) else []
    words = [w for v in infinitives for w in [v, *(c for c in v.children if c.dep_ == "dobj")]]
    return {"have"} | {w.lemma_.lower() for w in words} if words else set()


JOINT_WORDS = frozenset({"together", "combined", "jointly", "between"})
"""Adverbs that make a verb's subject act as one ("would together hold", "have between them")."""
CONDITIONS = frozenset({"if", "unless"})


def _conditional(verb: Any) -> bool:
    """True for a verb with an "if" clause of its own or inside one: what would happen, not what did."""
    clauses = [verb, *(t for t in verb.ancestors if t.dep_ == "advcl")]
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for v in clauses for c in v.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children)
        for c in verb.children
    )


def _relative(verb: Any) -> bool:
    """True for the verb of a relative clause whose pronoun is its subject, or an infinitive or conjunct of one
    ("X, which has 612 stores and employs 41,000 people"): the clause tells what its noun did or has. A clause
    that measures its noun ("a backlog that the union puts at 2.5 million") is not one."""
    clause = verb.head if verb.dep_ in ("xcomp", "conj") else verb
    return clause.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                                          for c in clause.children)  # fmt: skip


def own_subject(verb: Any, inside: range) -> Any | None:
    """The subject of ``verb`` (or of the verb it is an infinitive or conjunct of), unless it holds the value
    itself ("2,000 workers and residents marched"), which says nothing of what the value measures. A relative
    pronoun's subject is the noun its clause describes."""
    holder, subject = verb, None
    for _ in range(4):
        subject = next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None or holder.dep_ not in ("xcomp", "conj") or holder.head is holder:
            break
        holder = holder.head
    if subject is not None and subject.tag_ in ("WDT", "WP") and holder.dep_ == "relcl":
        return holder.head  # "Ardo, which runs 2,300 stores": Ardo runs them (its subtree holds the value)
    if subject is None or any(t.i in inside for t in subject.subtree):
        return None
    return subject


def _intended(verb: Any) -> bool:
    """True for an infinitive that completes a noun ("intention to appoint", "plans to close")."""
    return verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _wants(verb: Any) -> bool:
    """True for a verb that gives what someone wants: a desire verb, or one that strives "for" something ("is
    holding out for 8 percent", "pressing for", "striking for")."""
    lemma = verb.lemma_.lower()
    return lemma in DESIRE_VERBS or (
        lemma in STRIVE_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    )


DESIRE_VERBS = frozenset({"want", "seek", "demand", "urge", "ask", "call", "push", "wish", "hope", "propose"})
"""Verbs that give what someone wants, not what is: an amount under one (or one or two verbs down from one, as in
"wants the rate brought down to 3.5 percent") is not compared with an amount that is."""

STRIVE_VERBS = frozenset({"hold", "press", "fight", "campaign", "lobby", "strike", "bargain"})
"""Verbs that give what someone wants when they strive "for" it ("holding out for 8 percent")."""


# An auxiliary is not the governing verb; a "verb" in a noun's slot is the tagger mistaking a noun ("recall its
# drops on Wednesday" with "drops" tagged VERB but parsed as the object).
_NOT_A_VERB = frozenset({"aux", "auxpass", "dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "compound"})


def governing_verb(token: Any) -> Any | None:
    """The nearest verb above ``token`` that heads a clause (not an auxiliary, nor a verb used as a noun's part)."""
    return next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ not in _NOT_A_VERB), None)


def _target(root: Any, inside: range) -> frozenset[str]:
    """Lemmas of what a value, or the noun it sizes, is levied "on" ("35 percent on imported steel", "a 25 percent
    duty on imports": steel, import), with that noun's compounds ("on farm goods": good, farm)."""
    holders = [root]
    if root.dep_ in ("nummod", "compound", "amod", "quantmod") and root.head.pos_ == "NOUN":
        holders.append(root.head)
    return _with_compounds([n for h in holders for n in objects(h, ("on",))], inside)


def objects(token: Any, prepositions: tuple[str, ...]) -> list[Any]:
    """The nouns after ``token``'s own ``prepositions``, leaving out days and months ("from 1 July", "rose 3
    percent on Thursday"), which say when, not what or whose."""
    return [c for p in token.children if p.dep_ == "prep" and p.lower_ in prepositions for c in p.children
            if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") and not CALENDAR.fullmatch(c.lower_)]  # fmt: skip


def _with_compounds(nouns: list[Any], inside: range) -> frozenset[str]:
    """Lemmas of ``nouns`` and their compounds, outside ``inside`` (the value's own tokens)."""
    words = [w for n in nouns for w in [n, *(c for c in n.children if c.dep_ == "compound")]]
    return frozenset(w.lemma_.lower() for w in words if w.i not in inside)


CALENDAR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
"""Day and month names: a date, never what a value is levied on nor who did something."""


def _of_noun(span: Any) -> str:
    """The noun a value is "of" ("at a depth of 15 kilometres": depth), by the parse or, where the parser hangs
    the value elsewhere, by the words just before it; "" when none."""
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return str(root.head.head.lemma_.lower())
    before = span.doc[max(span.start - 2, 0) : span.start]
    if len(before) == 2 and before[1].lower_ == "of" and before[0].pos_ == "NOUN":
        return str(before[0].lemma_.lower())
    return ""


def _measure_nouns(root: Any, inside: range) -> frozenset[str]:
    """Lemmas of the nouns that say what a value counts: the noun it modifies with that noun's compounds ("a €21
    million compensation bill": bill, compensation), the object of its own or that noun's "in"/"of" ("€12
    million in compensation", "5 percent of revenue", "4.2 million dorins in bribes") and what it is the worth of
    ("bribes worth 3.8 million dorins")."""
    nouns = []
    phrase = root
    if root.dep_ in ("nummod", "compound", "amod", "quantmod") and root.head.pos_ == "NOUN":
        phrase = root.head
        nouns.append(phrase)
        nouns += [c for c in phrase.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in inside]
    for prep in {*root.children, *phrase.children}:  # "€12 million in compensation", "4.2 million dorins in bribes"
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            nouns += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    nouns += _worth_of(phrase)
    return frozenset(n.lemma_.lower() for n in nouns if n.i not in inside)


def _worth_of(phrase: Any) -> list[Any]:
    """The nouns an amount is the worth of, however the parser attaches "worth": "contracts worth 40 million
    euros" (worth modifies the noun), "taking bribes worth 3.8 million dorins" (worth completes the verb, or
    modifies the amount beside the verb's object)."""
    worth = phrase.head
    if worth.lower_ == "worth" and worth.dep_ == "amod" and worth.head.pos_ == "NOUN":
        return [worth.head]
    if worth.lower_ == "worth" and worth.dep_ == "oprd":
        return [c for c in worth.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if any(c.lower_ == "worth" and c.dep_ == "amod" for c in phrase.children) and phrase.dep_ == "dobj":
        return [c for c in phrase.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i != phrase.i]
    return []


def _measured_by_clause(root: Any, verb: Any | None) -> frozenset[str]:
    """The noun a relative clause puts the value on ("a deficit it puts at 42 million", "a backlog that the union
    puts at 2.5 million"): what the value measures, though no noun of its own phrase says so."""
    if verb is None or verb.dep_ != "relcl" or _relative(verb) or verb.head.pos_ != "NOUN":
        return frozenset()
    phrase = root.head if root.dep_ in ("nummod", "quantmod", "compound") else root
    at = phrase.head
    if at.dep_ == "prep" and at.lower_ == "at" and at.head == verb:
        return frozenset({verb.head.lemma_.lower()})
    return frozenset()


def frame_in(text: str, start: int, end: int) -> Frame:
    """The frame of the value at ``start:end`` of one sentence's ``text`` (parsed once per text). When no verb
    governs it, or only one inside a dashed or bracketed aside, the sentence is read again without its asides: an
    aside between a subject and its verb ("The chargers - nicknamed “pocket rockets” by fans - cost 64 crowns")
    often leads the small parser to take the verb for a noun, and an empty frame would set the value against any
    other."""
    doc = reparse(text)
    asides = [m.span() for m in ASIDE.finditer(text) if not m.start() <= start < m.end()]
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None else None
    if not asides or (verb is not None and not any(a <= verb.idx < b for a, b in asides)):
        return value_frame(doc, start, end)
    shift = sum(b - a for a, b in asides if b <= start)
    kept = zip([0] + [b for _, b in asides], [a for a, _ in asides] + [len(text)], strict=True)
    shorter = "".join(text[a:b] for a, b in kept)
    return value_frame(reparse(shorter), start - shift, end - shift)


ASIDE = re.compile(r" [-–—] [^-–—]{3,}? [-–—](?= )| \([^()]{3,}?\)(?= )")
"""A dashed aside (" - nicknamed by fans - ") or a bracketed one (" (a 2019 model) "), with its leading space."""


def dated_in(text: str, start: int, end: int, years: list[tuple[int, int]]) -> str:
    """Which of ``years`` (spans of bare years in one sentence's ``text``) dates the value at ``start:end``: one
    on the value's own verb ("In 1998 a flood killed 200 people") or one whose clause holds that verb ("in 1998,
    when a flood killed 200 people"); "" when none does."""
    doc = reparse(text)
    span = doc.char_span(start, end, alignment_mode="expand")
    verb = governing_verb(span.root) if span is not None else None
    if verb is None:
        return ""
    for a, b in years:
        year = doc.char_span(a, b, alignment_mode="expand")
        if year is not None and (governing_verb(year.root) == verb or year.root in verb.ancestors):
            return year.text
    return ""
