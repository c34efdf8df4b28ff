"""Typed conflicts: matters that articles report incompatibly, each side with the sentences that carry it.

Inside one fact (the articles are talking about the same proposition): amounts that disagree beyond rounding
and measure the same thing on the same occasion (not an offer against a demand, the dead against the injured,
or this flood's toll against one of 1998), the day or clock time of one event ("collapsed on Tuesday" vs "late
on Monday night", "at 4:10 a.m." vs "at 5:40 a.m."), event status ("has closed" vs "will close"), timing
against an event ("during the summit" vs "ahead of the visit"). Across the story: the title of one person
("former President X" or "Deputy Commissioner X" vs "President X", "Commissioner X", ``titles``), the age of one
named person ("Ann Lee, 67," vs "Ann Lee, 69,", ``ages``) and closed lists
that one article gives with items another lacks (``lists``). Precision first: each check needs both sides to be
explicit, and ambiguous mentions (two amounts of one kind in one sentence) are skipped, unless a percentage
names its own whole.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from storylens.align.ages import age_conflicts
from storylens.align.amounts import (
    CASUALTIES,
    METRES,
    PEOPLE_UNITS,
    amounts_in,
    casualty_of,
    days_in,
    group_figures,
    same_amount,
)
from storylens.align.clocks import clock_clusters, occasion_clock_conflicts
from storylens.align.linking import linked_sets
from storylens.align.lists import list_conflicts
from storylens.align.occasions import dated_event, frame_at, occasion, quoted_at, relation, sentence_of
from storylens.align.status import (
    IGNORED_VERBS,
    SAYING,
    STATIVE_VERBS,
    fact_conflict,
    fate_conflicts,
    status_conflicts,
    story_timing_conflicts,
)
from storylens.align.titles import title_conflicts
from storylens.analyze.claims import EVENT_NOUNS
from storylens.analyze.currencies import MONEY_KINDS
from storylens.analyze.frames import Frame
from storylens.analyze.qualifiers import is_hedged
from storylens.analyze.values import SCALE_NOUNS, UNIT_SPELLINGS, currency
from storylens.records import Analysis, Article, Conflict, Fact, Mention, Value

LASTING_VERBS = frozenset({"remain", "stay"})
"""Verbs of a state that lasts, which two days do not place differently ("remained in hospital on Sunday")."""

PHASES = (
    frozenset({"start", "begin", "open", "launch", "erupt", "break", "issue", "trigger", "commence", "spark"}),
    frozenset({"stop", "end", "halt", "lift", "close", "cease", "finish", "contain", "plug", "seal", "shut",
               "complete", "conclude", "extinguish"}),
)  # fmt: skip
"""Verbs of an event's start and of its end: "the leak started at 9.45pm" and "the release was stopped by 23:20"
give two moments of one event, not two times for one moment."""


def find_conflicts(facts: Sequence[Fact], articles: Sequence[Article], by_id: dict[str, Analysis]) -> list[Conflict]:
    """Every conflict found (ids are assigned by the caller)."""
    out: list[Conflict] = []
    for fact in facts:
        if len(fact.articles) < 2:
            continue
        out += amount_conflicts(fact, by_id)
        out += day_conflicts(fact, by_id)
        out += status_conflicts(fact, by_id)
        out += fate_conflicts(fact, by_id)
    out += list_conflicts(facts, by_id)
    out += story_timing_conflicts(facts, by_id)
    out += occasion_clock_conflicts(facts, by_id)
    out += title_conflicts(articles, by_id)
    out += age_conflicts(articles, by_id)
    return out


def amount_conflicts(fact: Fact, by_id: dict[str, Analysis]) -> list[Conflict]:
    """Amounts of one kind and unit that differ beyond rounding, one amount per mention. A value is a side only
    when one of its mentions measures the same thing as a mention of another value, in another article
    (``_same_measure``); it then keeps all its mentions, since giving the same value is agreement enough. A figure
    inside someone's quoted words is theirs, often rounded for effect ("two million people have had their data
    stolen"), not the outlet's report of the figure, so it is no side (as for event status, ``status_conflicts``).
    Amounts of different occasions (``occasion``: another year, partway through a day, a rule) are never grouped
    as one figure nor set against each other. A part of a group just counted ("six of them children") is no
    amount of its own (``OF_GROUP``)."""
    per_key: dict[tuple[str, str, str], list[tuple[float, str, Mention, int]]] = {}
    for m in fact.mentions:
        amounts = [a for a in amounts_in(m.text, m.start, by_id[m.article].values)
                   if not quoted_at(by_id[m.article], a[4])
                   and not _part_of_group(m, a) and not _population(by_id[m.article], a[4])]  # fmt: skip
        found = _without_previous(m, [(k, v, counted(m, k, u, t, at), t, at) for k, v, u, t, at in amounts])
        for kind, value, unit, text, at in found:
            rivals = [x for x in found if (x[0], x[2]) == (kind, unit) and x[4] != at]
            if not rivals or _named_share(by_id[m.article], kind, at, text, rivals):
                when = occasion(by_id[m.article], at, at + len(text)) if kind != "date" else ""
                per_key.setdefault((kind, unit, when), []).append((value, text, m, at))
    out = []
    for (kind, unit, _), items in sorted(per_key.items()):
        groups = group_figures(items, kind, floors=unit not in CASUALTY_KINDS)
        groups = _told_once(groups, kind, by_id) if kind == "number" else groups
        about = f"{_measure(kind, unit)}: {fact.statement}"
        for linked in _measured_alike(groups, kind, unit, by_id):
            named = {g[0][1].strip(): [x[2] for x in g] for g in linked}
            sized = (
                kind == "number"
                and not is_dimension(unit)
                and all(frame_at(by_id[x[2].article], x[3], x[3] + len(x[1])).sizes for g in linked for x in g)
            )
            told = f"the size of the {unit}: {fact.statement}" if sized else about  # "a 4 million crown fund"
            out += fact_conflict(fact, named, "date" if kind == "date" else "number", told)
    return out


def _told_once(groups: list[list[Any]], kind: str, by_id: dict[str, Analysis]) -> list[list[Any]]:
    """The groups of counts without the mentions that also give another group's count as a bare number ("employs
    about 640 people at its head office, out of roughly 2,300 nationally" beside "employs about 2,300 people"): a
    sentence that tells both disagrees with neither. Percentages are left alone: one sentence often gives two
    shares of one thing. Groups left empty are dropped."""
    out = []
    for i, group in enumerate(groups):
        others = [g[0] for j, g in enumerate(groups) if j != i]
        kept = [x for x in group if not any(
            a[0] == kind and not a[2] and not _part_of_group(x[2], a)
            and any(same_amount(a[1], o[0], kind, exact=not is_hedged(a[3]) and not is_hedged(o[1])) for o in others)
            for a in amounts_in(x[2].text, x[2].start, by_id[x[2].article].values)
        )]  # fmt: skip
        if kept:
            out.append(kept)
    return out


def _measured_alike(groups: list[list[Any]], kind: str, unit: str, by_id: dict[str, Analysis]) -> list[list[Any]]:
    """The sets of differing amounts that measure one thing, each a conflict. Two tallies in one fact count one
    vote however it is told ("the budget passed by 29 votes to 24", "the vote was 29 to 24"): a story's separate
    votes are separate facts. Other amounts (all of one occasion, ``amount_conflicts``) are linked when a mention
    of each, in different articles, measures the same thing; each linked set stands alone, so a fact that also
    holds an unrelated share ("turnout was 61 percent" beside "she won 50.8 percent") sets turnout only against
    turnout."""
    if len(groups) < 2:
        return []
    if kind == "tally":
        return [groups]
    frames = {id(x): frame_at(by_id[x[2].article], x[3], x[3] + len(x[1])) for g in groups for x in g}
    if kind == "money":
        frames = {k: _beyond_currency(f, unit) for k, f in frames.items()}
    same = (_same_activity if kind == "duration" and " per " in unit else _same_size if is_dimension(unit)
            else _one_price if kind == "money" and " per " in unit
            else _one_value if unit in CASUALTY_KINDS or unit in SCALE_NOUNS
            else _same_share if kind == "percent" else same_thing)  # fmt: skip

    def linked(g: list[Any], h: list[Any]) -> bool:
        return any(same(frames[id(x)], frames[id(y)])
                   and (kind != "date" or abs(x[0] - y[0]) <= YEAR_GAP)
                   and (near(x[0], y[0]) if same is _one_price else near(x[0], y[0], OUTLIER_FACTOR))
                   for x in g for y in h if y[2].article != x[2].article)  # fmt: skip

    return [s for s in linked_sets(groups, linked) if len(s) >= 2]


def _beyond_currency(frame: Frame, unit: str) -> Frame:
    """``frame`` without its currency among the nouns it measures ("31 million vorns": vorn; "5 million euros"):
    every amount compared is in that currency, so sharing its word says nothing of what two amounts measure. The
    noun the amount is "of" takes its place ("a deficit of 48 million krell" measures a deficit)."""
    base = unit.partition(" per ")[0]
    money = {w for w in frame.measure if (w == base and w not in MONEY_KINDS) or currency(w)}
    if not money:
        return frame
    return dataclasses.replace(frame, measure=(frame.measure - money) | ({frame.of} if frame.of else set()))


def _named_share(analysis: Analysis, kind: str, at: int, text: str, rivals: list[Any]) -> bool:
    """True for an amount that names what it is levied on when the sentence's other amounts each name something
    else ("duties of 35 percent on steel and 15 percent on farm goods"; not "15.2 percent, against 2.4 percent
    on placebo"), or for a percentage or a dimension that names what it is a share of or measures when the others
    name something else or nothing ("lost 17 percent of their body weight, and nearly two-thirds lost at least 10
    percent"; "a turnout of 78%, with 61% of votes cast against"; "at a depth of 15 kilometres, about 30 kilometres
    north of the city"): that one is unambiguous,
    where a sentence's bare amounts are not."""
    mine = frame_at(analysis, at, at + len(text))
    others = [frame_at(analysis, x[4], x[4] + len(x[3])) for x in rivals]
    if mine.target and all(o.target and not mine.target & o.target for o in others):
        return True
    if is_dimension(rivals[0][2]):  # "at a depth of 15 kilometres, ... about 30 kilometres north of"
        return bool(mine.of) and all(o.of != mine.of for o in others)
    if kind != "percent":
        return False
    if mine.of and all(o.of != mine.of for o in others):  # "61 percent, on a turnout of 81 percent"
        return True
    return bool(mine.measure) and not any(mine.measure & o.measure for o in others)


PREVIOUS = re.compile(r"\bfrom\s+(?:(?:[\w-]+\s+){1,3}of\s+)?$", re.I)
"""Before an amount, "from" or "from a previous forecast of": the earlier value of a change."""


def _without_previous(mention: Mention, found: list[Any]) -> list[Any]:
    """The mention's amounts without the earlier value of a change ("fell to 3.1 percent from 3.5 percent", "to grow
    0.9 percent, down from a previous forecast of 1.3 percent": 3.5, 1.3), when the change also gives the new one:
    the sentence reports the new value, and the old one is not in dispute."""

    def after_from(at: int) -> bool:
        return PREVIOUS.search(mention.text[max(0, at - mention.start - 40) : at - mention.start]) is not None

    out = []
    for x in found:
        same = [y for y in found if (y[0], y[2]) == (x[0], x[2])]
        if not (after_from(x[4]) and len(same) == 2 and not all(after_from(y[4]) for y in same)):
            out.append(x)
    return out


def counted(mention: Mention, kind: str, unit: str, text: str, at: int) -> str:
    """What a count counts: its unit, or for a count of people the casualty its words name ("52 dead", "410
    injured", "killed 40 people"), so the dead and the injured of one story are never set against each other;
    other counts keep their noun with it ("23 officers were injured": "officer injured", not the 3,000 officers
    on duty)."""
    if kind != "number":
        return unit
    offset = at - mention.start
    if part := SUBSET.search(mention.text[:offset]):
        return f"{unit} {part.group(1).lower()}".strip()
    casualty = casualty_of(mention.text, offset, offset + len(text))
    if unit in PEOPLE_UNITS:
        return casualty or unit
    return f"{unit} {casualty}" if casualty and not is_dimension(unit) else unit


OF_GROUP = re.compile(
    r"\s+of\s+(?:them|whom|those|these|which|the\s+(?:dead|injured|wounded|missing|victims|casualties|survivors))\b",
    re.I,
)
"""After a count, words that make it a part of a group counted elsewhere ("Seven people - six of them children -
died", "Six of the dead were pupils"): not a count of its own to set against the group's."""


def _part_of_group(mention: Mention, amount: tuple[Any, ...]) -> bool:
    """True for an amount of ``mention`` (as ``amounts_in`` gives it) followed by ``OF_GROUP``."""
    return OF_GROUP.match(mention.text, amount[4] - mention.start + len(amount[3])) is not None


def _population(analysis: Analysis, at: int) -> bool:
    """True for an amount at ``at`` after ``AMONG`` in its sentence, or in the ``OPENING_OF`` phrase that opens
    it: the population a share or count is taken in, not what the fact counts."""
    sentence = sentence_of(analysis, at, at)
    if sentence is None:
        return False
    before = sentence.text[: at - sentence.start]
    return AMONG.search(before[-30:]) is not None or OPENING_OF.match(before) is not None


AMONG = re.compile(r"\bamong\s+(?:(?:the|its|their|all|some)\s+)?$", re.I)
"""Before an amount, "among": "a turnout of 81 percent among the roughly 6,900 members" counts the members who
could vote, not those who voted against."""


OPENING_OF = re.compile(r"\s*of\s+(?:(?:the|its|their|all)\s+)?(?:[\w'’-]+\s+)?$", re.I)
"""A sentence's opening "Of the ...", up to an amount: "Of the company's 46 routes, 38 have stopped" takes 38 out of
the 46, which are all the routes, not those stopped or still running. Only at the sentence's start: within a
fact, "a crowd of about 200" is what is counted (the story-wide counts of ``counts.py`` drop any count after
"of", a stricter choice for claims no fact has aligned)."""


SUBSET = re.compile(r"\bthe (first|last|final|remaining|other|latest)\s*$", re.I)
"""Words that make a count a part of a group ("the last three men", "the first nine miners"), counted apart from
the group and from other parts."""


KIND_MEASURES = {"money": "the amount", "percent": "the percentage", "duration": "the duration",
                 "tally": "the vote tally", "number": "the number"}  # fmt: skip
"""How a conflict names an amount of each kind when its unit says no more ("Outlets disagree on the amount")."""


def _measure(kind: str, unit: str) -> str:
    """What an amount conflict is about: "the number of people" for a count of people, "the number of dead",
    "the length in km", "the magnitude", "the year", else what its kind measures ("the amount" of money)."""
    if kind == "date" and unit == "year":
        return "the year"
    if unit in CASUALTY_KINDS:
        return f"the number of {unit}"
    if kind != "number" or not unit:
        return KIND_MEASURES.get(kind, kind)
    if unit.endswith(" per hour") and unit.split()[0] in METRES:  # "the speed in km/h"
        return f"the speed in {unit.split()[0]}/h"
    if " per " in unit:  # "the volume in cubic m a year", "the number of crowns a day"
        base, _, period = unit.partition(" per ")
        return f"{_measure(kind, base)} a {period}"
    if unit in SCALE_NOUNS:  # "the magnitude", "the category"
        return f"the {unit}"
    if is_dimension(unit):  # "the length in km", "the volume in cubic m"
        first, last = unit.split()[0], unit.split()[-1]
        name = DIMENSION_NAMES.get(first) or DIMENSION_NAMES.get(last, "size")
        return f"the {name} in {'metres' if unit == 'm' else unit}"  # lengths are compared in metres
    *head, last = unit.split()
    if last in CASUALTY_KINDS and head:  # "officer injured": "the number of officers injured"
        return f"the number of {plural(head)} {last}"
    return f"the number of {plural([*head, last])}"


def plural(words: list[str]) -> str:
    """A counted noun phrase in the plural ("member state" -> "member states", "person" -> "people", "man" ->
    "men")."""
    *head, last = words
    if last in ("people", "person"):
        last = "people"
    elif last.endswith("man") or last == "child":  # "men", "women", "firemen", "children"
        last = last[:-3] + "men" if last != "child" else "children"
    elif last.endswith("s"):
        pass
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        last = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x")):
        last += "es"
    else:
        last += "s"
    return " ".join([*head, last])


def day_conflicts(fact: Fact, by_id: dict[str, Analysis]) -> list[Conflict]:
    """One event placed on different days ("collapsed on Tuesday" vs "the collapse late on Monday night"; "ruled
    on March 4" vs "the March 3 ruling") or at different times ("hit at 4:10 a.m." vs "at 5:40 a.m.")."""
    return [c for sort in ("weekday", "day", "clock", "daypart") for c in _when_conflicts(fact, by_id, sort)]


def _when_conflicts(fact: Fact, by_id: dict[str, Analysis], sort: str) -> list[Conflict]:
    """Conflicts over dates of one ``sort`` (weekday, calendar day, clock time, or part of the day as "morning"
    against "afternoon"): a side keeps the mentions whose date hangs from the same event word as a mention of
    another date, in another article (``same_event``; for clock times any event verb, ``_told_alike``), with the
    same relation to it. A mention may give several days of different events ("detained on Thursday and due in
    court on Saturday"); such a mention is set only against one that shares another of its days, so the two tell
    one sequence of events ("fell on Monday" and "fell on Wednesday, taking losses since Sunday" do not)."""
    items: list[tuple[Mention, Value, str]] = []
    for m in fact.mentions:
        days = [(v, key) for v, key in days_in(m.text, m.start, by_id[m.article].values) if key.split(":")[0] == sort]
        if len(days) == 1 or (sort != "clock" and len({key for _, key in days}) == len(days)):
            items.extend((m, *day) for day in days)
    if sort == "clock":
        items = clock_clusters(items)
    if len({key for _, _, key in items}) < 2:
        return []
    frames = [frame_at(by_id[m.article], v.start, v.end) for m, v, _ in items]
    items, frames = _one_date_per_event(items, frames)
    if len({key for _, _, key in items}) < 2:
        return []  # every date but one, or all of them, told another event
    keys: dict[tuple[str, int], set[str]] = {}
    for m, _, key in items:
        keys.setdefault((m.article, m.start), set()).add(key)

    def anchored(m: Mention, n: Mention, key: str, other: str) -> bool:
        mine, theirs = keys[(m.article, m.start)], keys[(n.article, n.start)]
        return (len(mine) == 1 and len(theirs) == 1) or bool((mine & theirs) - {key, other})

    day = [day_of(v, m, by_id[m.article]) if sort == "clock" else "" for m, v, _ in items]

    groups: dict[str, list[tuple[str, Mention]]] = {}
    spans: dict[tuple[str, int], Value] = {}
    for i, (m, v, key) in enumerate(items):
        if (m.article, m.start) not in spans and any(
            other != key and n.article != m.article and relation(w, sort) == relation(v, sort)
            and (same_event(frames[i], frames[j]) or (sort == "clock" and _told_alike(frames[i], frames[j])))
            and anchored(m, n, key, other)
            and not (day[i] and day[j] and day[i] != day[j])
            for j, (n, w, other) in enumerate(items)
        ):  # fmt: skip
            groups.setdefault(key, []).append((v.text, m))
            spans[(m.article, m.start)] = v
    named = {g[0][0].strip(): [m for _, m in g] for g in groups.values()}
    ordered = [m for side in sorted(named.values(), key=len, reverse=True) for m in side]
    shared = sorted(frozenset.intersection(*(f.events for f in frames)) & EVENT_NOUNS)
    if shared:  # "the time of the conference": one scheduled event, whoever's verb each outlet hangs it on
        about = f"the {'day' if sort in ('weekday', 'day') else 'time'} of the {shared[0]}"
        return fact_conflict(fact, named, "date", about)
    said = (dated_event(by_id[m.article], spans[(m.article, m.start)]) for m in ordered)
    what = next((s for s in said if s), "")
    asked = "on which day" if sort in ("weekday", "day") else "at what time"
    if ordered and relation(spans[(ordered[0].article, ordered[0].start)], sort) in ("until", "by"):
        asked = "by which day" if sort in ("weekday", "day") else "by what time"
    return fact_conflict(fact, named, "date", f"{asked} {what}" if what else f"{asked}: {fact.statement}")


DAY_BESIDE = 12
"""Characters between a clock time and the weekday it falls on ("at 11:40 a.m. on Wednesday")."""


def day_of(clock: Value, mention: Mention, analysis: Analysis) -> str:
    """The weekday right beside a clock time ("at 11:40 a.m. on Wednesday", "on Tuesday at 7pm"), or "": two
    times on different days ("restored at 11:40 a.m. on Wednesday", "failed just before 7pm on Tuesday") are of
    different events, whatever verbs tell them."""
    near = []
    for v, key in days_in(mention.text, mention.start, analysis.values):
        gap = v.start - clock.end if v.start >= clock.end else clock.start - v.end
        if key.startswith("weekday:") and 0 <= gap <= DAY_BESIDE:
            near.append((gap, key))
    return min(near)[1] if near else ""


def _one_date_per_event(
    items: list[tuple[Mention, Value, str]], frames: list[Frame]
) -> tuple[list[tuple[Mention, Value, str]], list[Frame]]:
    """The dates whose event their article dates only once, with their frames.

    "was detained on Thursday and is due before a magistrate on Saturday" gives each event its own day, to be
    set against the same event's day in other articles; an article that gives one event two days ("met on Monday
    and met again on Wednesday", in one sentence or two) takes no side on it.
    """
    keep = []
    for i, (m, _, key) in enumerate(items):
        twice = any(
            j != i and n.article == m.article and other != key and same_event(frames[i], frames[j])
            for j, (n, _, other) in enumerate(items)
        )
        if not twice:
            keep.append(i)
    return [items[i] for i in keep], [frames[i] for i in keep]


SIZE_VERBS = frozenset({"have", "employ", "serve", "number", "count", "total"})
"""Verbs that give a standing size ("has 5.8 million customers", "employs 600 people"): a count under one of them
measures something else than a count an event touched ("data of 1.4 million customers was taken")."""


DEGREE_VERBS = frozenset(frozenset(pair) for pair in (
    ("damage", "destroy"), ("injure", "kill"), ("wound", "kill"), ("arrest", "charge"), ("charge", "convict"),
    ("cancel", "divert"), ("cancel", "delay"), ("delay", "divert"),
))  # fmt: skip
"""Verbs of one kind of event at different degrees or with different outcomes: what each counts is a different set
("damaged 23 houses", "destroyed 64 houses"; "arrested 40", "charged 12"; "47 flights were diverted", "150 flights
were cancelled")."""


def _same_measure(a: Frame, b: Frame) -> bool:
    """True unless two amounts are told of different things: both hang from a verb, the verbs differ (or say
    nothing, like "be") and the subjects share no word ("the authority offered 5%" vs "the union seeks 9%").
    When a subject is unknown (a pronoun), shared nouns naming what is counted decide instead ("ordered to pay
    €12 million in compensation" and "it hands them a €21 million compensation bill")."""
    if not a.verb or not b.verb:
        return True
    if (a.verb in SIZE_VERBS) != (b.verb in SIZE_VERBS):
        return False  # "the company has 5.8 million customers" is its size, not how many an event touched
    if a.wanted != b.wanted:
        return False  # "the union wants the rate cut to 3.5 percent" is a demand, not what the rate is
    if a.together != b.together or a.conditional != b.conditional:
        return False  # "A and B would together hold 83 seats", "if it won, it would take 8": not what A holds
    if (a.relative or b.relative) and a.verb != b.verb:
        return False  # "the state, which sold 49 percent of X" is not what "the state holds 51 percent" measures
    if frozenset((a.verb, b.verb)) in DEGREE_VERBS:
        return False  # "the fire destroyed 64 houses" and "damaged 23 houses" count different houses
    if a.holder and b.holder and (b.holder in a.owner or a.holder in b.owner):
        return False  # "the firm's head office employs 1,900 people" is a part of what "the firm employs" counts
    if a.holder == b.holder and a.owner and b.owner and not a.owner & b.owner:
        return False  # "shares in Arkwell fell 7.2 percent" and "shares in Quorra rose 9 percent"
    if a.verb in SIZE_VERBS and b.verb in SIZE_VERBS and a.holder and b.holder and not a.subject & b.subject:
        return False  # "the works employs 2,400 people" is not the size of "the rival, which employs 14,000"
    if a.target and b.target and not a.target & b.target:
        return False  # "a 25 percent duty on steel" is not what "a 15 percent duty on farm goods" levies
    valued = _valued(a) | _valued(b)
    if a.subject and b.subject and not a.subject & b.subject and valued and not _valued(a) & _valued(b):
        return False  # "the insurer put the insured loss at 40 million" and "owners put the value at 70 million"
    if (a.verb == b.verb and a.verb not in IGNORED_VERBS) or a.subject & b.subject:
        return True
    return (not a.subject or not b.subject) and bool(a.measure & b.measure)


def _valued(frame: Frame) -> frozenset[str]:
    """What a frame's verb puts a figure on, when it names a kind of amount ("put the insured loss at", "estimated
    the value at"): two estimates of different kinds of amount measure different things."""
    return frame.events & AMOUNT_NOUNS


AMOUNT_NOUNS = frozenset({"value", "loss", "cost", "price", "bill", "damage", "revenue", "profit", "budget", "fee",
                          "worth", "valuation", "sale", "fine", "payout", "compensation"})  # fmt: skip
"""Nouns naming a kind of amount that a verb can put a figure on."""


def same_thing(a: Frame, b: Frame) -> bool:
    """True for two counts or amounts told of one thing (``_same_measure``), or that size one thing, whatever verb
    tells of it ("set up a 4 million crown fund", "announced a 6 million crown fund")."""
    return (a.sizes and b.sizes and bool(a.measure & b.measure) and a.wanted == b.wanted) or _same_measure(a, b)


def _same_share(a: Frame, b: Frame) -> bool:
    """Two percentages told of the same thing (``_same_measure``), unless they are shares of different wholes: one
    the share of those who act and the other an amount acted on ("62 percent of patients lost ...", "lost 15
    percent of their weight"). Two shares acted on may name one whole in two words ("cancel 80 percent of its
    services", "cancel two in three trains")."""
    if a.of and a.of == b.of and a.acting == b.acting:
        return True  # "on a turnout of 81 per cent", "drew a turnout of 78%": the share names what it measures
    of_one = a.acting == b.acting or not (a.measure and b.measure) or bool(a.measure & b.measure)
    return of_one and _same_measure(a, b)


def is_dimension(unit: str) -> bool:
    """True for a unit of measure (km, kg, MW...), as opposed to a count of things or an amount of money."""
    return unit.split()[-1] in _DIMENSIONS if unit else False


_DIMENSIONS = frozenset(UNIT_SPELLINGS.values())
CASUALTY_KINDS = frozenset(kind for kind, _ in CASUALTIES)
DIMENSION_NAMES = {
    "km": "length", "m": "length", "cm": "length", "mm": "length", "mi": "length", "ft": "length",
    "kg": "weight", "g": "weight", "t": "weight", "l": "volume", "cubic": "volume", "square": "area", "ha": "area",
    "kw": "power", "mw": "power", "gw": "power",
}  # fmt: skip
"""What a unit of measure measures, for a conflict's wording."""


def _same_size(a: Frame, b: Frame) -> bool:
    """True when two measurements are of one thing: a size given as an attribute ("a 320-km railway", "the
    230-kilometre railway") belongs to the noun it sizes, whatever each sentence goes on to say about it; other
    measurements are told apart as amounts are (``_same_measure``). A measurement of a named dimension ("a depth
    of 10 kilometres") is only of that dimension."""
    if a.of != b.of:
        return False
    return bool(a.measure & b.measure) or _same_measure(a, b)


def _one_value(a: Frame, b: Frame) -> bool:
    """True for two counts of one casualty ("52 dead", "at least 40 people were killed"), or two readings on one
    scale in one fact ("a magnitude 6.8 quake", "measured the tremor at magnitude 6.4"): whatever verb tells it,
    a story has one toll of each kind, and one fact one reading."""
    return True


def _one_price(a: Frame, b: Frame) -> bool:
    """True for two prices or pay rates per period in one fact ("will cost 1,240 crowns a month", "at about 1,500
    crowns a month, buyers will have to dig deep"), however the sentence hangs them, unless one is what someone
    wants ("the union demands 2,500 crowns a month" against "the operator pays 2,000"). Only prices within a
    factor of two of each other are of one thing (``_near``): a strike's cost a day and a worker's pay a month
    can share a fact."""
    return a.wanted == b.wanted


YEAR_GAP = 10
"""Two outlets' years for one event are at most this far apart ("2029" against "2031"); years further apart are
of two events of one thing ("commissioned in 1974", "not due for an upgrade until 2026")."""
OUTLIER_FACTOR = 10
"""Two outlets' figures for one thing differ by less than this factor ("2.1 million" against "about 3 million",
"35,000" against "120,000"); a larger gap is two things that met in one sentence ("a 15-crown voucher" beside
"revenue of 610 million crowns"), not a disagreement."""


def near(a: float, b: float, factor: float = 2) -> bool:
    """True when two positive amounts are within ``factor`` of each other."""
    return min(a, b) > 0 and max(a, b) <= factor * min(a, b)


def _same_activity(a: Frame, b: Frame) -> bool:
    """True when two rates ("five days a week") are of one activity, which the verb names: "opens five days a
    week" and "closes one day a week" do not disagree."""
    return a.verb == b.verb


def same_event(a: Frame, b: Frame) -> bool:
    """True when one date's governing verb is the other's verb, attachment or object ("negotiations collapsed
    on Tuesday" and "it follows the collapse of talks late on Monday night"), or both are told of one scheduled
    event ("said at a news conference at 10 a.m." and "at an 11 a.m. news conference, she apologised"). An event
    told as intended ("a notice of intention to appoint administrators on Monday") is not the one told as done."""
    if a.intended != b.intended:
        return False
    if a.events & b.events & EVENT_NOUNS:
        return True
    if a.verb in LASTING_VERBS or b.verb in LASTING_VERBS:
        return False  # "14 remained in hospital on Sunday" and "... on Monday": a state holds on both days
    if (
        a.verb
        and a.verb == b.verb
        and ((a.events & b.events) | (a.subject & b.events) | (b.subject & a.events)) - {a.verb}
    ):
        return True  # "the agency announced its decision" and "the decision was announced": one verb, one object
    if a.verb and a.verb == b.verb and a.verb not in SAYING and a.subject & b.subject:
        return True  # "the first alarm call came at 6:47 p.m." and "... came at 7:04 p.m."
    return any(x.verb and x.verb not in IGNORED_VERBS and x.verb in y.events for x, y in ((a, b), (b, a)))


def _told_alike(a: Frame, b: Frame) -> bool:
    """True when two clock times of one fact hang from event verbs told in other words ("the company detected the
    attack at 3.45 a.m." and "its security team spotted the intrusion shortly after 6 a.m."): the alignment already
    found them one proposition, and only a synonym would tell it. Days are left to ``same_event``: a day hangs
    from many more words ("a premium to Friday's close", "ground to a halt on Thursday" after "began at midnight on
    Wednesday"), and a time of day from the event itself."""
    verbs = {a.verb, b.verb}
    if all(verbs & phase for phase in PHASES):
        return False  # the start of an event and its end
    return bool(a.verb and b.verb) and not verbs & (IGNORED_VERBS | STATIVE_VERBS)
