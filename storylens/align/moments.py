"""Clock times of one event that disagree across the story, wherever the aligner put their sentences.

The wire's "the strike began at midnight on Wednesday" and a tabloid's "the walkout began at 4am on Thursday" time
one event, but the rest of each sentence differs, so they often sit in different facts, where the per-fact check
(``conflicts.day_conflicts``) never sets them side by side. Here two clock times are linked across articles when
they hang from one event as far as their clauses say (``conflicts.same_event``: one verb with a shared subject or
object, "the order was lifted" and "lifted the evacuation order"), and each linked set that holds two times that
cannot be one minute (``clocks.clock_span``) is a conflict. Precision first:
- a time is a side only when told in the outlet's own voice, placing the event at it (not "by", "until" or
  "since" it), and hung from an event verb (not "said", "expected", "remain");
- one verb of two different things tells two events ("left the depot", "left the road"), and two times beside
  different weekdays are of different events ("restored at 11:40 a.m. on Wednesday", "failed just before 7pm on
  Tuesday");
- an article that gives one linked event two times (a first and a second alarm) takes no side;
- a disagreement a fact already shows over the same sentences is not told again (``story.already_told``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storylens.align.amounts import days_in
from storylens.align.clocks import clock_sides
from storylens.align.conflicts import day_of, same_event
from storylens.align.linking import linked_sets
from storylens.align.occasions import dated_event, frame_at, quoted_at, relation
from storylens.align.status import IGNORED_VERBS, STATIVE_VERBS
from storylens.analyze.frames import Frame
from storylens.records import Analysis, Article, Conflict, Mention, Value


@dataclass(frozen=True)
class Moment:
    """A clock time an article gives an event: the value, its sentence, the frame it hangs from, the weekday beside
    it ("" when none)."""

    value: Value
    mention: Mention
    frame: Frame
    day: str


def moment_conflicts(articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Conflict]:
    """One conflict per set of linked clock times (``_linked``) that cannot be one minute."""
    moments = [m for a in articles for m in _moments(by_id[a.id])]
    found = (_conflict(linked, by_id) for linked in linked_sets(moments, _linked))
    return [c for c in found if c is not None]


def _moments(analysis: Analysis) -> list[Moment]:
    """Every clock time of an article that can be a side: own voice, "at" the time, under an event verb."""
    out = []
    for sentence in analysis.sentences:
        mention = Mention.of_sentence(analysis.article, sentence)
        for value, key in days_in(sentence.text, sentence.start, analysis.values):
            if not key.startswith("clock:") or relation(value, "clock") != "on":
                continue
            if quoted_at(analysis, value.start):
                continue
            frame = frame_at(analysis, value.start, value.end)
            if frame.verb and frame.verb not in IGNORED_VERBS | STATIVE_VERBS:
                out.append(Moment(value, mention, frame, day_of(value, mention, analysis)))
    return out


def _linked(x: Moment, y: Moment) -> bool:
    """True when two times in different articles are of one event: one verb, a shared subject or object, no two
    different objects, and no two different weekdays beside them."""
    if x.mention.article == y.mention.article or x.frame.verb != y.frame.verb:
        return False
    if x.day and y.day and x.day != y.day:
        return False
    ours, theirs = x.frame.events - {x.frame.verb}, y.frame.events - {y.frame.verb}
    if ours and theirs and not ours & theirs:
        return False  # "left the depot at 7 a.m." and "left the road at 6:40 p.m."
    return same_event(x.frame, y.frame)


def _conflict(linked: list[Moment], by_id: dict[str, Analysis]) -> Conflict | None:
    """The conflict a linked set of times makes: one side per time, when two or more remain after leaving out the
    articles that give the event two times; it asks when the event happened in the first article's words that
    tell it ("at what time the strike began")."""
    sides = clock_sides([(m.mention, m.value) for m in linked])
    if len(sides) < 2:
        return None
    said = (dated_event(by_id[m.mention.article], m.value) for m in linked)
    what = next((s for s in said if s), f"the {linked[0].frame.verb}")
    return Conflict(id="", kind="date", about=f"at what time {what}", sides=sides)
