"""Occasions: which reading of an amount a sentence gives, so counts of different occasions are not set against
each other. An amount is of the story's own occasion unless its verb is dated to another year ("In 1998 a flood
killed 200 people"), it is read partway through a day ("up 3.4 percent by midday"), or it is summed over a span
("1,100 flights over the three days" is no count of one day's flights). Also the words of the event a date
places (``dated_event``), to name a disputed day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from storylens.align.amounts import YEAR_ONLY
from storylens.analyze.frames import TIME_GIVING_VERBS, Frame, dated_in, frame_in, governing_verb, purposes
from storylens.analyze.sentences import reparse
from storylens.records import Analysis, Mention, Sentence, Value

INTERIM = re.compile(
    r"\b(?:by|as of) (?:(?:early|late|the|(?:mon|tues|wednes|thurs|fri|satur|sun)day) )?"
    r"(?:(?:midday|noon|lunchtime|mid-?(?:morning|afternoon)|morning|afternoon)\b"
    r"|\d{1,2}(?:[.:]\d\d)? ?[ap]\.?m\b)"
    r"|\bin (?:early|morning|afternoon|midday) trading\b|\bat one point\b",
    re.IGNORECASE,
)
"""A reading taken partway through a day ("was up 3.4 percent by midday", "in early trading", "by late afternoon 90
had been rescued"): a figure that still moves, which a reading at another moment ("closed 2.9 percent higher", "96
were rescued") does not contradict. A reading by the evening is the day's count, which a stale figure does."""


REQUIRED = re.compile(
    r"\b(?:(?:a|the)\s+(?:minimum|maximum)(?:\s+number)?\s+of|(?:a|the)\s+(?:cap|limit)\s+of"
    r"|requir(?:e|es|ed|ing)|must\s+(?:have|keep|employ|provide)|(?:limited|capped|restricted)\s+to)"
    r"(?:\s+(?:at\s+least|at\s+most|no\s+(?:fewer|more|less)\s+than|up\s+to))?\s*$",
    re.IGNORECASE,
)
"""Words that make the amount after them a rule ("the licence requires at least 450 stewards", "set a minimum of
450", "a curve limited to 65 km/h"): what must be, which a count of what was ("420 stewards were on duty") does not
contradict."""
CAPACITY = re.compile(
    r"\b(?:certified|licensed|rated|designed|built|capacity|room|able|can|could)\b(?:\s+[\w-]+){0,3}\s+$", re.I
)
"""Before an amount, words that make it what something can hold ("certified for 250 passengers", "designed to carry
400 people"): a size, which a count of what there was ("118 passengers were on board") does not contradict."""
RULE_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:limit|cap|ceiling|minimum|maximum)\b", re.IGNORECASE)
"""A rule's noun right after an amount ("below the 65 km/h limit", "a 450-steward minimum")."""
MARGIN_AFTER = re.compile(
    r"\s+(?:over|above|below|under|(?:more|less|faster|slower|higher|lower)\s+than)\s+(?:the|its|their|a|an)\s+"
    r"(?:[\w-]+\s+)?(?:limit|target|forecast|cap|threshold|average|estimate|expectations?)\b",
    re.IGNORECASE,
)
"""A comparison after an amount that makes it a margin ("nine km/h over the speed limit", "2 percent above the
forecast"): a difference, not the amount itself."""


SOUGHT = re.compile(
    r"\b(?:search(?:es|ed|ing)?|hunt(?:s|ed|ing)?|look(?:s|ed|ing)?|manhunt)\b(?:\s+[\w,-]+){0,4}?\s+for\s+"
    r"(?:the\s+)?(?:(?:remaining|other|last|missing)\s+)?$",
    re.IGNORECASE,
)
"""Before a count, words that make it the number still sought ("searching on Wednesday for two men who escaped",
"the hunt for the remaining two"): those not yet found, which the number of all who fled ("three inmates escaped",
one since caught) does not contradict."""
WHEN_AFTER_YEAR = re.compile(r",?\s+when\b", re.IGNORECASE)
"""A clause after a year that tells what happened in it ("the first escape since 2009, when two inmates got out")."""


def _when_year(analysis: Analysis, sentence: Sentence, start: int) -> str:
    """The year whose "when" clause holds the amount at ``start`` ("since 2009, when two inmates got out": "2009"),
    or "": the clause tells of that year, even where the year only bounds a record. The clause ends at the next
    comma ("in 2009, when the dam burst, and again on Tuesday 40 homes flooded" is of two occasions)."""
    for v in analysis.values:
        if v.kind != "date" or not v.date or not YEAR_ONLY.fullmatch(v.date) or not sentence.start <= v.start < start:
            continue
        when = WHEN_AFTER_YEAR.match(sentence.text, v.end - sentence.start)
        if when and not re.search(r"[,;:]", sentence.text[when.end() : start - sentence.start]):
            return v.date
    return ""


RECORD_SINCE = re.compile(r"\bthe\s+(?:\w+est|first)\b(?:\s+[\w'’-]+){0,5}?(?:\s+(?:since|in))?\s*$", re.I)
"""A superlative before a year ("the highest in a mayoral race since 2006", "the lowest since 1998"): the year
bounds a record, and the amount is still of the story's own occasion."""


def _after(sentence: Sentence, at: int) -> str:
    """The sentence's text after offset ``at``."""
    return sentence.text[at - sentence.start :]


def _before(sentence: Sentence, at: int) -> str:
    """The sentence's text before offset ``at``."""
    return sentence.text[: at - sentence.start]


def occasion(analysis: Analysis, start: int, end: int) -> str:
    """The year an amount's own verb is dated to ("In 1998, a flood on the coast killed more than 200 people":
    "1998"; not "the highest since 1998", a record that runs to now), or "" for the story's own occasion: an
    earlier flood's toll is not a count of this one's dead. A reading partway through the day (``INTERIM``) is an
    occasion of its own, named by its words, and so are an amount a rule sets (``REQUIRED``), a margin over another
    (``MARGIN_AFTER``) and what something can hold (``CAPACITY``)."""
    sentence = sentence_of(analysis, start, end)
    if sentence is None:
        return ""
    if REQUIRED.search(_before(sentence, start)) or RULE_AFTER.match(_after(sentence, end)):
        return "required"
    if MARGIN_AFTER.match(_after(sentence, end)):
        return "margin"
    if CAPACITY.search(_before(sentence, start)[-40:]):
        return "capacity"
    if SOUGHT.search(_before(sentence, start)[-80:]):
        return "sought"
    if year := _when_year(analysis, sentence, start):
        return year
    if interim := INTERIM.search(sentence.text):
        return interim.group(0).lower()
    if span := _span_of(analysis, sentence):
        return span
    years = [(v.start - sentence.start, v.end - sentence.start) for v in analysis.values
             if v.kind == "date" and v.date and YEAR_ONLY.fullmatch(v.date)
             and sentence.start <= v.start < sentence.end
             and not RECORD_SINCE.search(_before(sentence, v.start))]  # fmt: skip
    return dated_in(sentence.text, start - sentence.start, end - sentence.start, years) if years else ""


SPAN = re.compile(r"\b(?:over|across|during|throughout) the (?:(?:past|next|last|first|coming|whole) )?[\w-]+ "
                  r"(?:hours|days|weeks|months|years)$", re.IGNORECASE)  # fmt: skip
"""A duration that is the span a count is summed over ("cancelled over the three days"); "over" alone makes a
floor ("over 30 years")."""


def _span_of(analysis: Analysis, sentence: Sentence) -> str:
    """The span of days, weeks... a sentence sums its counts over ("1,100 flights to be cancelled over the three
    days"), or "": a count over several days is not a count on one of them ("386 flights were cancelled on
    Tuesday")."""
    for v in analysis.values:
        if (
            v.kind == "duration"
            and sentence.start <= v.start < sentence.end
            and SPAN.search(sentence.text[: v.end - sentence.start])
        ):
            return f"over {v.value:g} {v.unit}"
    return ""


def frame_at(analysis: Analysis, start: int, end: int) -> Frame:
    """The frame of the value at ``start:end``, read from a fresh parse of its sentence."""
    sentence = sentence_of(analysis, start, end)
    return Frame() if sentence is None else frame_in(sentence.text, start - sentence.start, end - sentence.start)


def relation(value: Value, sort: str = "day") -> str:
    """How a date places its event: on it, or before, after, since, until or by it. A time of day just before or
    after a moment places the event at about that moment ("shortly after 9 p.m.", "just before 8 p.m.", "after
    3 a.m."): two such times of one event disagree as plainly as two "at"s."""
    last = (value.qualifier or "on").split()[-1]  # "shortly after March 3" is after it
    if sort in ("clock", "daypart") and last in ("before", "after"):
        return "on"
    return last if last in ("since", "until", "by", "before", "after", "within") else "on"


def quoted_at(analysis: Analysis, offset: int) -> bool:
    """True when character ``offset`` of the article lies inside someone's quoted words (not a scare quote): what is
    said there is the speaker's, not the outlet's account, so no rule takes it as the outlet's figure or status."""
    return any(q.start <= offset < q.end for q in analysis.quotes if q.kind != "scare")


def sentence_of(analysis: Analysis, start: int, end: int) -> Sentence | None:
    """The sentence of ``analysis`` that holds ``start:end``."""
    return next((s for s in analysis.sentences if s.start <= start and end <= s.end), None)


def in_sentences(mentions: Iterable[Mention], by_id: dict[str, Analysis]) -> tuple[Mention, ...]:
    """Each mention widened to the sentence that holds it, each sentence once: a claim can be a clause that leaves
    out who or what it is about ("a final notice, published shortly after 7 a.m.", "A, B and C, where shoppers had
    nowhere else to go"), and the reader of a conflict needs the sentence to check it."""
    out: dict[tuple[str, int, int], Mention] = {}
    for m in mentions:
        sentence = sentence_of(by_id[m.article], m.start, m.end)
        if sentence is not None:
            m = Mention.of_sentence(m.article, sentence)
        out.setdefault((m.article, m.start, m.end), m)
    return tuple(out.values())


EVENT_PARTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "prt", "dobj"})
"""The parts of a dated verb that say what happened: who, the verb with its auxiliaries, and what."""


def dated_event(analysis: Analysis, value: Value) -> str:
    """The words of the event a date places, as the article has them ("negotiations collapsed" for "after
    negotiations collapsed on Tuesday"), so a reader learns which day is disputed; "" when the verb has no
    subject of its own, or only a pronoun ("it", "which"), or the phrase runs past twelve words."""
    sentence = sentence_of(analysis, value.start, value.end)
    if sentence is None:
        return ""
    doc = reparse(sentence.text)
    span = doc.char_span(value.start - sentence.start, value.end - sentence.start, alignment_mode="expand")
    if span is None:
        return ""
    verb = governing_verb(span.root)
    given = any(c.dep_ == "aux" and c.lemma_.lower() in TIME_GIVING_VERBS for c in verb.children) if verb else False
    if verb is None or (verb.tag_ == "VB" and not given):  # a bare infinitive ("let talks collapse") reads wrong
        return ""  # on its own, unless the parser took a deadline's "has" for its auxiliary ("has until May to act")
    parts = [c for c in verb.children if c.dep_ in EVENT_PARTS] + purposes(verb)  # "has until May 3 to appeal"
    subject = next((c for c in parts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("WDT", "WP"):
        return ""
    words = sorted({t for c in parts for t in _core(c)} | {verb}, key=lambda t: t.i)
    if len(words) > 12 or any(t.i in range(span.start, span.end) or t.is_quote for t in words):
        return ""
    text = " ".join(t.text for t in words)
    return text[:1].lower() + text[1:] if words[0].pos_ != "PROPN" else text


def _core(token: Any) -> list[Any]:
    """A noun phrase without what trails its noun ("a nationwide recall" of "a nationwide recall of X made by Y")."""
    out = [token]
    for child in token.children:
        if child.dep_ not in ("prep", "acl", "relcl", "appos", "punct", "cc", "conj"):
            out += _core(child)
    return out
