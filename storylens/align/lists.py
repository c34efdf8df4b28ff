"""List conflicts: closed lists that one article gives with items another lacks ("beaches at A, B and C were
closed" against "beaches at A, B and D"), of names or of things ("wiper motors and steering columns" against
"wiper motors, steering columns and seat frames").

Items match when they are one name (or its acronym), or one thing said shorter ("addresses" and "home
addresses"). Two lists that share three items are compared across the whole story, and the items one lacks must be
missing from its sentence ("A was followed by B, C and D" names A outside the list). Two that share only two are
compared only inside one fact, and the items one lacks must be missing from its whole article, because two-item
coordinations are everywhere. Lists of things that each lack an item of the other are one list in other words,
unless they are one fact's lists that differ by one thing each and the two things are far apart in meaning ("valves,
pumps and boilers" against "valves, pumps and tractors").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storylens.align.facts import claim_of
from storylens.align.occasions import quoted_at
from storylens.analyze.values import parse_number
from storylens.records import Analysis, Conflict, ConflictSide, Fact, Mention

STORY_WIDE_SHARED = 3
"""Items two lists must share to be compared wherever they are in the story."""
IN_FACT_SHARED = 2
"""Items two lists in one fact must share (with three or more items between them)."""
DISTINCT_BELOW = 0.45
"""MiniLM cosine under which two things swapped between one fact's lists are two things, not one in other words:
two school subjects 0.34 and two kinds of safety work 0.22, against "maintenance" and "servicing" 0.62-0.77, on the
annotated stories."""


COUNTED = re.compile(r"\b([a-z]+|\d+)\s+(?:[a-z-]+\s+)?([a-z]+),?\s+(?:(?:in|at|on|from|of|to)\s+)?$", re.I)
"""A count and its noun just before a list ("Three hospitals, in A, B and C"): the list is where those things are."""


@dataclass(frozen=True, slots=True)
class Listed:
    """One claim's list: where it was said, its items as written and as compared."""

    mention: Mention
    fact: str
    items: tuple[str, ...]
    keys: tuple[str, ...]
    spelt: tuple[str, ...]
    """Each item's compared form before acronyms are folded, to look for it in another sentence."""
    counted: str = ""
    """The noun a count before the list names, when the count is the list's length ("hospitals")."""


def list_conflicts(facts: Sequence[Fact], by_id: dict[str, Analysis]) -> list[Conflict]:
    """List conflicts between articles, one per disagreement: of the pairs of lists that conflict over the same
    items, the one whose two lists the most articles give is kept."""
    lists = _lists(facts, by_id)
    said = {a: _said(" ".join(s.text for s in analysis.sentences)) for a, analysis in by_id.items()}
    found = []
    for i, j in _candidates(lists):
        a, b = lists[i], lists[j]
        if a.mention.article != b.mention.article and _conflicting(a, b, said):
            found.append((_alike(a, lists), _alike(b, lists), a, b))
    found.sort(key=lambda f: (-len(f[0]) - len(f[1]), f[2].mention.article, f[2].mention.start, f[3].mention.start))
    out: list[Conflict] = []
    told: list[list[str]] = []
    for side_a, side_b, a, b in found:
        union = _union(a, b)
        if any(sum(any(_same_item(_key(x), _key(y)) for y in done) for x in union) >= 2 for done in told):
            continue
        told.append(union)
        about = f"{_listed(a, by_id[a.mention.article])} are listed: {', '.join(union)}"
        sides = (ConflictSide(value=", ".join(a.items), mentions=side_a),
                 ConflictSide(value=", ".join(b.items), mentions=side_b))  # fmt: skip
        out.append(Conflict(id="", kind="list", about=about, sides=sides))
    return out


def _candidates(lists: list[Listed]) -> list[tuple[int, int]]:
    """Pairs of lists that could share enough items: shared items have one head noun, so pairs are found through
    an index of heads (a story of hundreds of articles has thousands of lists, and most pairs share nothing)."""
    heads = [Counter(_head(k.split()) for k in x.keys) for x in lists]
    index: dict[str, list[int]] = {}
    for i, hs in enumerate(heads):
        for h in hs:
            index.setdefault(h, []).append(i)
    pairs = []
    for i, hs in enumerate(heads):
        for j in sorted({j for h in hs for j in index[h] if j > i}):
            n = sum((hs & heads[j]).values())  # items the two lists can share at most
            if n >= STORY_WIDE_SHARED or (n >= IN_FACT_SHARED and lists[i].fact == lists[j].fact):
                pairs.append((i, j))
    return pairs


def _lists(facts: Sequence[Fact], by_id: dict[str, Analysis]) -> list[Listed]:
    """The list of every fact mention's claim that has one, with its items' compared forms (acronyms folded).
    A list in someone's quoted words is left out: "I built roads, bridges and schools" is a boast, not the
    outlet's account of what the contracts covered."""
    found = []
    for fact in facts:
        for m in fact.mentions:
            claim = claim_of(m, by_id[m.article])
            if claim is not None and len(claim.items) >= 2 and not _quoted_list(m, claim.items, by_id[m.article]):
                found.append((m, fact.id, claim.items))
    aliases = _aliases([i for _, _, items in found for i in items])
    out = []
    for m, fact_id, named in found:
        items = tuple(i for i in named if any(c.isalnum() for c in _key(i)))  # not "the" or "—" alone
        if len(items) < 2:
            continue
        spelt = tuple(_key(i) for i in items)
        keys = tuple(aliases.get(k, k) for k in spelt)
        out.append(Listed(mention=m, fact=fact_id, items=items, keys=keys, spelt=spelt,
                          counted=_counted(m.text, items)))  # fmt: skip
    return out


def _quoted_list(mention: Mention, items: tuple[str, ...], analysis: Analysis) -> bool:
    """True when the list's first item lies inside someone's quoted words."""
    at = mention.text.find(items[0])
    return at >= 0 and quoted_at(analysis, mention.start + at)


def _counted(text: str, items: tuple[str, ...]) -> str:
    """The noun a count right before the list names when the count is the number of items ("Three hospitals, in
    A, B and C": "hospital"), else "". Such a list tells where or which those things are, and is compared only
    with a list whose sentence speaks of the same things."""
    at = text.find(items[0])
    found = COUNTED.search(text[: max(at, 0)])
    if at < 0 or found is None:
        return ""
    return _key(found.group(2)) if parse_number(found.group(1)) == len(items) else ""


def _conflicting(a: Listed, b: Listed, said: dict[str, str]) -> bool:
    """True when ``a`` and ``b`` share enough items and one lacks items of the other that it never says.

    Lists that share three items are compared wherever they are, and the items a list lacks must be missing
    from its sentence; lists that share two must be in one fact, and the items one lacks missing from its whole
    article ("It is working with teams from B and C": the article named A's team before). Lists of things that
    each have an item the other lacks are left alone ("delivery, fitting and maintenance" against
    "delivery, fitting and servicing" is one list in other words) unless they swap one distinct thing
    (``_swapped``); where a name differs, they disagree.
    """
    lacks_a, lacks_b = _missing(a, b), _missing(b, a)
    if (
        lacks_a
        and lacks_b
        and not any(_is_name(i) for _, i in lacks_a + lacks_b)
        and not _swapped(a, b, lacks_a, lacks_b)
    ):
        return False
    if any(x.counted and f" {x.counted} " not in _said(y.mention.text) for x, y in ((a, b), (b, a))):
        return False
    shared = sum(any(_same_item(x, y) for y in b.keys) for x in a.keys)
    if shared >= STORY_WIDE_SHARED:
        return _unsaid(lacks_a, _said(a.mention.text)) or _unsaid(lacks_b, _said(b.mention.text))
    if shared < IN_FACT_SHARED or a.fact != b.fact or len(_union(a, b)) < STORY_WIDE_SHARED:
        return False
    return _unsaid(lacks_a, said[a.mention.article]) or _unsaid(lacks_b, said[b.mention.article])


def _swapped(a: Listed, b: Listed, lacks_a: list[Any], lacks_b: list[Any]) -> bool:
    """True when two lists of one fact, of one length, each have one thing the other lacks, and the two things
    mean different things: neither's words hold the other's ("installation" and "cost of installation") and their
    MiniLM vectors are far apart (``DISTINCT_BELOW``). ``lacks_a`` and ``lacks_b`` are ``_missing``'s answers."""
    from storylens.nlp import embed

    if a.fact != b.fact or len(a.items) != len(b.items) or len(lacks_a) != 1 or len(lacks_b) != 1:
        return False
    (x, _), (y, _) = lacks_a[0][0], lacks_b[0][0]
    if set(x.split()) <= set(y.split()) or set(y.split()) <= set(x.split()):
        return False
    vectors = embed([lacks_a[0][1], lacks_b[0][1]])
    return float(vectors[0] @ vectors[1]) < DISTINCT_BELOW


def _missing(mine: Listed, other: Listed) -> list[tuple[tuple[str, str], str]]:
    """(compared forms, item as written) of each item of ``other`` that ``mine`` lacks."""
    return [
        ((k, s), item)
        for k, s, item in zip(other.keys, other.spelt, other.items, strict=True)
        if not any(_same_item(k, x) for x in mine.keys)
    ]


def _said(text: str) -> str:
    """``text`` in items' compared form, padded, to look items up in (keyed once per article)."""
    return f" {_key(text)} "


def _unsaid(missing: list[tuple[tuple[str, str], str]], said: str) -> bool:
    """True when there are missing items and ``said`` (``_said``) has none of them (in either compared form: "uae"
    or "united arab emirates")."""
    return bool(missing) and all(f" {f} " not in said for forms, _ in missing for f in _shortened(forms))


def _shortened(forms: tuple[str, ...]) -> set[str]:
    """Each form and its shorter forms down to two words ("national id card number": "id card number", "card
    number"), since a sentence that says the shorter one says the item."""
    out = set()
    for form in forms:
        words = form.split()
        out |= {" ".join(words[i:]) for i in range(max(len(words) - 1, 1)) if words[i] != "of"}
    return out


def _is_name(item: str) -> bool:
    """True for a proper name ("Corrow Point", "Kell Logistics"), not a thing ("seat frames")."""
    return any(w[:1].isupper() for w in item.split()[1:]) or (item[:1].isupper() and len(item.split()) == 1)


def _alike(listed: Listed, lists: list[Listed]) -> tuple[Mention, ...]:
    """The mentions (one per article) of every list with the same items as ``listed``."""
    out: dict[str, Mention] = {}
    for x in lists:
        same = all(any(_same_item(k, y) for y in x.keys) for k in listed.keys) and all(
            any(_same_item(k, y) for y in listed.keys) for k in x.keys
        )
        if same:
            out.setdefault(x.mention.article, x.mention)
    return tuple(out.values())


def _union(a: Listed, b: Listed) -> list[str]:
    """The items of both lists, each once, in ``a``'s order then ``b``'s."""
    out = list(a.items)
    keys = list(a.keys)
    for item, key in zip(b.items, b.keys, strict=True):
        if not any(_same_item(key, k) for k in keys):
            out.append(item)
            keys.append(key)
    return out


def _same_item(a: str, b: str) -> bool:
    """One item: the same compared form, or one head noun with one item's words all in the other's ("address" and
    "home address", not "phone number" and "card number")."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    return _head(wa) == _head(wb) and (set(wa) <= set(wb) or set(wb) <= set(wa))


def _head(words: list[str]) -> str:
    """The head noun of an item's words: the last one, or the one before "of" ("date of birth")."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _key(item: str) -> str:
    """An item as compared: lower case, no leading article, each word singular."""
    words = _words(item)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(_singular(w) for w in words)


def _words(text: str) -> list[str]:
    """Lower-case words of ``text`` without punctuation around them."""
    return [w.strip(".,;:!?()\"'“”‘’") for w in text.lower().split() if w.strip(".,;:!?()\"'“”‘’")]


def _singular(word: str) -> str:
    """A plural's singular by its spelling ("addresses", "cities", "brakes"); short words stay as they are."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


LIST_NOUNS = {"GPE": "which places", "NORP": "which groups", "ORG": "which organisations", "PERSON": "who"}
"""What a list of names of one entity type lists, for the conflict's wording ("which places are listed"): spaCy
tags countries, cities and towns alike GPE, so a list of towns is no list of countries."""


def _listed(listed: Listed, analysis: Analysis) -> str:
    """'which places' when most of the list's names are of one listed entity type, 'which names' for a mix and
    'which items' for a list of things."""
    m = listed.mention
    labels = Counter(
        e.label for e in analysis.entities if m.start <= e.start and e.end <= m.end and e.text in listed.items
    )
    top = labels.most_common(1)
    if not top:
        return "which items"
    return LIST_NOUNS.get(top[0][0], "which names") if top[0][1] * 2 > sum(labels.values()) else "which names"


def _aliases(names: Sequence[str]) -> dict[str, str]:
    """Long name -> its acronym when both occur ("united arab emirates" -> "uae")."""
    keys = {_key(n) for n in names}
    out = {}
    for k in keys:
        words = k.split()
        if len(words) >= 2:
            initials = "".join(w[0] for w in words if w not in ("of", "and"))
            if initials in keys:
                out[k] = initials
    return out
