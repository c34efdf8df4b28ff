"""Compare the analysed articles of one story: facts, coverage, conflicts, quote provenance, off-topic inputs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from storylens.align.amounts import metres_of, same_amount
from storylens.align.conflicts import find_conflicts
from storylens.align.counts import count_conflicts
from storylens.align.coverage import coverage_matrix, label_for, omissions_and_exclusives
from storylens.align.facts import ClaimView, cluster_claims, mask_names
from storylens.align.moments import moment_conflicts
from storylens.align.occasions import in_sentences
from storylens.align.provenance import group_quotes, named_key, quote_conflicts, story_quotes
from storylens.align.steps import step_conflicts
from storylens.align.tallies import tally_conflicts
from storylens.align.tolls import toll_conflicts
from storylens.align.topic import lead_vectors, mean_cosine, off_topic, other_language
from storylens.analyze.qualifiers import is_ceiling, is_floor, is_hedged
from storylens.analyze.sentences import leans_on_context, main_clause
from storylens.records import Analysis, Article, Claim, Conflict, DuplicateGroup, Fact, Mention, Note, QuoteGroup

if TYPE_CHECKING:
    import numpy as np

STATEMENT_CHARS = 220
# Share of a sentence's characters its clauses must hold for it to add nothing. Not lower: a reported clause
# leaves out its attribution ("A senior official told the paper that ..."), a sixth or so of the sentence,
# which says who asserts the proposition and is part of what the outlet states.
SPANNED = 0.9


@dataclasses.dataclass(frozen=True, slots=True, kw_only=True)
class Alignment:
    """What the cross-article comparison found."""

    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    coverage: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    omissions: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    exclusives: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    off_topic: tuple[str, ...] = ()
    lead_agreement: float = 1.0
    """How far the compared articles' leads tell one event: the mean cosine of their ``topic.lead_vectors``, set by
    ``align_story``; an alignment built by hand is taken as one story."""
    notes: tuple[Note, ...] = ()


def align_story(
    articles: Sequence[Article], analyses: Sequence[Analysis], duplicates: Sequence[DuplicateGroup]
) -> Alignment:
    """Align the claims of ``articles`` into facts and find what they agree on, omit and dispute.

    1. leave out articles in another language, then embed every claim once;
    2. leave out articles about another event (outside the main story's group of leads, or few claims matching it);
    3. cluster claims into facts and label each by the independent sources (wire copies count once);
    4. conflicts inside facts and across the story (titles, quotes), then the coverage matrix;
    5. quote provenance: the same quotation across outlets.
    """
    from storylens.nlp import embed

    # 1.
    foreign, notes = other_language(articles)
    kept = [a for a in articles if a.id not in foreign]
    by_id = {a.article: a for a in analyses}
    claims = [c for a in kept for c in by_id[a.id].claims] if kept else []
    vectors = embed([c.text for c in claims])
    # 2.
    leads = lead_vectors(kept)
    strays = off_topic([a.id for a in kept], [c.article for c in claims], vectors, leads)
    notes += _stray_notes(strays, len(kept))
    keep = [i for i, c in enumerate(claims) if c.article not in strays]
    claims, vectors = [claims[i] for i in keep], vectors[keep]
    leads = leads[[i for i, a in enumerate(kept) if a.id not in strays]]
    kept = [a for a in kept if a.id not in strays]
    # 3.
    source_of = _sources(kept, duplicates)
    facts = build_facts(kept, claims, vectors, by_id, source_of)
    # 4.
    conflicts = find_conflicts(facts, kept, by_id) + toll_conflicts(kept, by_id) + count_conflicts(kept, by_id)
    conflicts += tally_conflicts(kept, by_id)
    story_wide = moment_conflicts(kept, by_id) + step_conflicts(kept, by_id)
    conflicts += [c for c in story_wide if not already_told(c, conflicts)]
    quote_groups = group_quotes(story_quotes(kept, by_id))
    conflicts = [_in_sentences(c, by_id) for c in conflicts]
    conflicts = _number_conflicts(conflicts + quote_conflicts(quote_groups, kept, source_of))
    ids = [a.id for a in kept]
    omissions, exclusives = omissions_and_exclusives(facts, ids, source_of)
    return Alignment(
        facts=tuple(facts),
        conflicts=tuple(conflicts),
        # 5.
        quote_groups=tuple(quote_groups),
        coverage=coverage_matrix(facts, ids, conflicts),
        omissions=omissions,
        exclusives=exclusives,
        off_topic=tuple(foreign + strays),
        lead_agreement=mean_cosine(leads),
        notes=tuple(notes),
    )


def already_told(conflict: Conflict, found: Sequence[Conflict]) -> bool:
    """True when a conflict of the same kind in ``found`` already opposes the same sentences: a mention of one of
    its sides overlaps one side of ``conflict`` and a mention of another side overlaps another. Two articles may
    disagree over several things of one kind (a reopening and an arrest), so articles alone do not tell. The
    story-wide rules (``moments``, ``steps``) word their sides as the sentences do ("around 18:40", "not charged"),
    so ``_merge_repeats``, which matches conflicts by their values, cannot see the repeat."""
    for other in found:
        if other.kind != conflict.kind:
            continue
        hits = [{k for k, theirs in enumerate(other.sides) if _overlaps(mine.mentions, theirs.mentions)}
                for mine in conflict.sides]  # fmt: skip
        if any(x and y and len(x | y) >= 2 for i, x in enumerate(hits) for y in hits[i + 1 :]):
            return True
    return False


def _overlaps(ours: Sequence[Mention], theirs: Sequence[Mention]) -> bool:
    """True when a mention of ``ours`` shares characters with a mention of ``theirs`` in one article."""
    return any(m.article == n.article and m.start < n.end and n.start < m.end for m in ours for n in theirs)


def _stray_notes(strays: Sequence[str], articles: int) -> tuple[Note, ...]:
    """A warning per article left out as being about another event, and one for the input when several are."""
    notes = [
        Note(level="warning", message=f"{aid} seems to be about another event: left out of the comparison", source=aid)
        for aid in strays
    ]
    if len(strays) >= 2:
        message = (
            f"{len(strays)} of {articles} articles seem to be about other events: the comparison covers the"
            f" {articles - len(strays)} that tell the main story; `storylens cluster` groups articles into stories"
        )
        notes.append(Note(level="warning", message=message))
    return tuple(notes)


def _sources(articles: Sequence[Article], duplicates: Sequence[DuplicateGroup]) -> dict[str, str]:
    """article id -> the id it counts as (its duplicate group's canonical article, else itself)."""
    out = {a.id: a.id for a in articles}
    for g in duplicates:
        for m in g.members:
            if m in out:
                out[m] = g.canonical
    return out


def _amounts(claim: Claim, analysis: Analysis) -> frozenset[str]:
    """The specific amounts inside a claim's span (money, percentages, counts of 10 or more, durations)."""
    return frozenset(
        f"{v.kind}:{v.value:g}:{v.unit or ''}"
        for v in analysis.values
        if claim.start <= v.start
        and v.end <= claim.end
        and v.value is not None
        and (v.kind in ("money", "percent", "duration", "tally") or (v.kind == "number" and v.value >= 10))
    )


def _quoted_speaker(claim: Claim, analysis: Analysis) -> str:
    """The named speaker (last name) of a direct quote covering at least half of the claim, else ""."""
    for q in analysis.quotes:
        overlap = min(q.end, claim.end) - max(q.start, claim.start)
        if q.kind != "scare" and overlap * 2 >= claim.end - claim.start and (key := named_key(q)):
            return key
    return ""


def _names(claim: Claim, analysis: Analysis) -> frozenset[str]:
    """Lower-cased entity keys inside a claim's span."""
    return frozenset(
        (e.key or e.text).lower() for e in analysis.entities if claim.start <= e.start and e.end <= claim.end
    )


def build_facts(
    articles: Sequence[Article],
    claims: Sequence[Claim],
    vectors: np.ndarray,
    by_id: dict[str, Analysis],
    source_of: dict[str, str],
) -> list[Fact]:
    """Cluster claims into facts, drop redundant single-claim facts, label and number them deterministically."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault((c.article, c.sentence), []).append(c)
    views = [
        ClaimView(index=i, claim=c, source=source_of[c.article], names=_names(c, by_id[c.article]),
                  lemmas=frozenset(c.lemmas), compound=_is_whole(c, by_sentence[(c.article, c.sentence)]),
                  masked=mask_names(c, [(e.start, e.end) for e in by_id[c.article].entities]),
                  amounts=_amounts(c, by_id[c.article]), speaker=_quoted_speaker(c, by_id[c.article]))
        for i, c in enumerate(claims)
    ]  # fmt: skip
    clusters = _drop_redundant(cluster_claims(views, vectors), claims)
    order = {a.id: k for k, a in enumerate(articles)}
    outlets = {a.id: a.outlet for a in articles}
    total = len(set(source_of.values()))
    drafts = []
    for members in clusters:
        ms = sorted(members, key=lambda i: (order[claims[i].article], claims[i].start, claims[i].end))
        arts = tuple(dict.fromkeys(claims[i].article for i in ms))
        independent = len({source_of[a] for a in arts})
        drafts.append((ms, arts, independent))
    drafts.sort(key=lambda d: (-d[2], order[claims[d[0][0]].article], claims[d[0][0]].start, claims[d[0][0]].end))
    facts = []
    used: set[str] = set()
    for n, (ms, arts, independent) in enumerate(drafts, start=1):
        facts.append(
            Fact(
                id=f"f{n}",
                statement=_statement(ms, claims, vectors, used),
                mentions=tuple(Mention(article=claims[i].article, start=claims[i].start, end=claims[i].end,
                                       text=claims[i].text) for i in ms),
                articles=arts,
                outlets=tuple(dict.fromkeys(outlets[a] for a in arts)),
                label=label_for(independent, total),
                independent=independent,
            )
        )  # fmt: skip
    return facts


def _is_whole(claim: Claim, siblings: Sequence[Claim]) -> bool:
    """True when ``claim`` is a sentence split into clauses and spans every other claim of it (``siblings``)."""
    return len(siblings) > 1 and all(claim.start <= c.start and c.end <= claim.end for c in siblings)


def _drop_redundant(clusters: list[list[int]], claims: Sequence[Claim]) -> list[list[int]]:
    """Drop one-claim clusters whose text is already carried by a bigger cluster (sentence vs its clauses)."""
    placed: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for members in clusters:
        if len(members) > 1:
            for i in members:
                placed.setdefault((claims[i].article, claims[i].sentence), []).append((claims[i].start, claims[i].end))
    singles: dict[tuple[str, int], list[int]] = {}
    out = [m for m in clusters if len(m) > 1]
    for members in clusters:
        if len(members) == 1:
            c = claims[members[0]]
            singles.setdefault((c.article, c.sentence), []).append(members[0])
    for key, idx in sorted(singles.items()):
        spans = placed.get(key, [])
        for i in idx:
            c = claims[i]
            covered = any(s <= c.start and c.end <= e for s, e in spans)
            whole = [j for j in idx if claims[j].end - claims[j].start > c.end - c.start]
            parts = spans + [(claims[j].start, claims[j].end) for j in idx if j != i and not whole]
            if not covered and not (whole and not spans) and not (spans and _spanned(c, parts)):
                out.append([i])
    return out


def _spanned(claim: Claim, parts: Sequence[tuple[int, int]]) -> bool:
    """True when smaller claims of the same sentence together cover nearly all of ``claim``'s words.

    A sentence whose clauses already sit in facts (or stand as their own single-source facts) says nothing
    they do not: showing it again as a single-source fact would count one outlet's statement twice.
    """
    inside = [(max(a, claim.start), min(b, claim.end)) for a, b in parts if (a, b) != (claim.start, claim.end)]
    chars = [k for k in range(claim.start, claim.end) if not claim.text[k - claim.start].isspace()]
    held = sum(any(a <= k < b for a, b in inside) for k in chars)
    return bool(chars) and held >= SPANNED * len(chars)


def _statement(members: Sequence[int], claims: Sequence[Claim], vectors: np.ndarray, used: set[str]) -> str:
    """The most central mention's text (shortest on ties), trimmed, and added to ``used``.

    A mention that leans on its context ("If you have these drops at home", "most of them in patients who...")
    states a fact only when no other can; and a claim stating two propositions sits in two facts: when it is
    the most central mention of both, the next one states the later fact, so no two rows read the same.
    """
    if len(members) == 1:
        ranked = [members[0]]
    else:
        sims = vectors[list(members)] @ vectors[list(members)].T
        order = sorted(range(len(members)), key=lambda k: (leans_on_context(claims[members[k]].text),
                                                           -round(float(sims[k].sum()), 4),
                                                           len(claims[members[k]].text), k))  # fmt: skip
        ranked = [members[k] for k in order]
    texts = [_trimmed(claims[i].text) for i in ranked]
    text = next((t for t in texts if t not in used), texts[0])
    used.add(text)
    return text


def _trimmed(text: str) -> str:
    """Whitespace collapsed; a text over STATEMENT_CHARS is cut to its main clause when what trails it after a
    comma can go (``main_clause``: "X will join Y, the landmark series of…" -> "X will join Y"), else at a word
    boundary."""
    text = " ".join(text.split())
    if len(text) <= STATEMENT_CHARS:
        return text
    clause = main_clause(text)
    if clause is not None and len(clause) <= STATEMENT_CHARS:
        return clause
    return text[: STATEMENT_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _in_sentences(conflict: Conflict, by_id: dict[str, Analysis]) -> Conflict:
    """The conflict with each side's evidence widened to whole sentences (``occasions.in_sentences``)."""
    sides = tuple(dataclasses.replace(s, mentions=in_sentences(s.mentions, by_id)) for s in conflict.sides)
    return dataclasses.replace(conflict, sides=sides)


def _number_conflicts(conflicts: Sequence[Conflict]) -> list[Conflict]:
    """Conflicts in a stable order with ids c1, c2, ..., each disagreement once."""
    ordered = sorted(conflicts, key=lambda c: (c.kind, c.about, [s.value for s in c.sides]))
    return [dataclasses.replace(c, id=f"c{n}") for n, c in enumerate(_merge_repeats(ordered), start=1)]


def _merge_repeats(conflicts: Sequence[Conflict]) -> list[Conflict]:
    """One conflict per disagreement: when a number or date appears in two facts (a lead and a later sentence)
    with the same values, or values one outlet only rounds ("3,850" and "nearly 3,900"), and no article takes one
    side in one and another side in the other, a journalist should see it once, with all its evidence (the union
    of both sides' mentions, each side worded as first found)."""
    kept: list[Conflict] = []
    for c in conflicts:
        home = next((i for i, k in enumerate(kept) if _same_disagreement(k, c)), None)
        if home is None:
            kept.append(c)
            continue
        first = kept[home]
        pairs = _paired_sides(first, c)
        sides = list(first.sides)
        for j, k in pairs.items():
            both = tuple(dict.fromkeys(sides[k].mentions + c.sides[j].mentions))
            sides[k] = dataclasses.replace(sides[k], mentions=both)
        merged = dataclasses.replace(first, sides=(*sides, *(s for j, s in enumerate(c.sides) if j not in pairs)))
        if first.fact is None and c.fact is not None:  # a story-wide count keeps the fact it was also found in
            merged = dataclasses.replace(merged, about=c.about, fact=c.fact)
        kept[home] = merged
    return kept


def _same_disagreement(a: Conflict, b: Conflict) -> bool:
    """True when two conflicts oppose the same values, or one opposes some of the other's values on the same
    measure (three outlets' death tolls told across several facts), and no article changes side between them."""
    if a.kind != b.kind:
        return False
    pairs = _paired_sides(a, b)
    whole = len(pairs) == len(b.sides) == len(a.sides)
    if not whole and not (
        a.kind == "number" and _matter(a) == _matter(b) and len(pairs) in (len(a.sides), len(b.sides))
    ):
        return False  # one conflict's values are all among the other's, on one measure
    side_of = {m.article: k for k, s in enumerate(a.sides) for m in s.mentions}
    return all(side_of.get(m.article, pairs.get(j)) == pairs.get(j) for j, s in enumerate(b.sides) for m in s.mentions)


def _paired_sides(a: Conflict, b: Conflict) -> dict[int, int]:
    """Which side of ``a`` each side of ``b`` gives (by index), where one gives the same value (``_agree``)."""
    pairs = {}
    for j, s in enumerate(b.sides):
        same = [k for k, t in enumerate(a.sides) if _agree(t.value, s.value)]
        if len(same) == 1:
            pairs[j] = same[0]
    return pairs if len(set(pairs.values())) == len(pairs) else {}


def _agree(x: str, y: str) -> bool:
    """True when two sides' values are one: the same numbers ("at least 112" and "112"), or the same text, or one
    number given once exactly and once rounded ("3,850" and "nearly 3,900"); a bound ("more than 80") is not a
    rounding of a figure over it."""
    if (p := metres_of(x)) is not None and (q := metres_of(y)) is not None:  # "12 km" and "39,000 feet", not "12 miles"
        return same_amount(p, q, "number", exact=not (is_hedged(x) or is_hedged(y)))
    if _value_key(x) == _value_key(y):
        return True
    numbers = [re.findall(r"\d[\d,.]*\d|\d", v) for v in (x, y)]
    if any(len(n) != 1 for n in numbers) or any(is_floor(v) or is_ceiling(v) for v in (x, y)):
        return False
    if not (is_hedged(x) or is_hedged(y)):
        return False
    a, b = (float(n[0].replace(",", "")) for n in numbers)
    return same_amount(a, b, "number")


def _value_key(value: str) -> str:
    """A side's value as compared across conflicts: its numbers ("at least 112" and "112" agree), else its text."""
    numbers = re.findall(r"\d[\d,.]*\d|\d", value)
    return " ".join(n.replace(",", "") for n in numbers) if numbers else value.lower()


def _matter(conflict: Conflict) -> str:
    """What a conflict is about without the fact it was found in ("the number of dead: The quake ...")."""
    return conflict.about.split(": ", 1)[0]
