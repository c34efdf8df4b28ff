"""Claims: the sentences and clauses that facts are aligned from.

Each sentence that asserts something (it has a verb and is not a question) is one claim. A sentence made of two
independent clauses joined by a conjunction ("X said A, and Y did B") also yields one claim per clause, so that a
sentence carrying two facts can sit in two facts. Every claim carries what alignment and conflict detection need
from the parse, so the article is parsed once: content lemmas, subject/verb/object, each verb's event status,
closed lists of names, and how the claim is timed against an event ("during the summit", "ahead of the visit").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

from storylens.records import Claim, Sentence

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# Verbs that say how something is known rather than what happened: never the event whose status matters.
REPORTING = {"say", "tell", "report", "add", "state", "note", "claim", "according", "announce", "confirm", "write"}
FUTURE_CUES = {"will", "shall", "would", "'ll"}
FUTURE_FRAMES = {"set", "expect", "plan", "poise", "due", "go", "likely", "intend", "prepare"}
# Prepositions placing a claim against an event: same time, before it, after it.
TIMING = {
    "during": "during",
    "at": "during",
    "amid": "during",
    "sidelines": "during",
    "coincide": "during",
    "ahead": "before",
    "before": "before",
    "prior": "before",
    "advance": "before",
}
# Nouns naming a scheduled event that a claim can be timed against (a general lexicon, not this story's words).
EVENT_NOUNS = {
    "summit", "meeting", "visit", "talk", "conference", "ceremony", "trip", "session", "call", "speech",
    "interview", "hearing", "election", "vote", "forum", "tour", "debate", "briefing", "rally", "event",
}  # fmt: skip
LIST_OPENERS = {"include", "including", "such", "like", "among", "e.g."}
MIN_CLAUSE_TOKENS = 5


def split_claims(article_id: str, doc: Any, sentences: Sequence[Sentence]) -> list[Claim]:
    """Claims of one article: each asserting sentence, plus its independent clauses when it has several.

    1. skip sentences with no verb (headings, captions, bylines) and questions;
    2. the sentence is a claim;
    3. coordinated independent clauses (each with its own subject) are claims too.
    """
    claims: list[Claim] = []
    for i, sentence in enumerate(sentences):
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None or not _is_assertion(span):
            continue
        claims.append(_make_claim(article_id, i, doc, span))
        for clause in _clauses(span):
            claims.append(_make_claim(article_id, i, doc, clause))
    return claims


def _is_assertion(span: Any) -> bool:
    """True when the span has a verb (not a heading) and is not a question."""
    if span.text.rstrip().endswith("?"):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def _clauses(span: Any) -> list[Any]:
    """The independent clauses of a sentence joined by a conjunction, or none when it has just one."""
    root = span.root
    heads = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    heads = [h for h in heads if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in h.children)]
    if len(heads) < 2:
        return []
    cuts = sorted(h.left_edge.i for h in heads[1:])
    bounds = [span.start, *cuts, span.end]
    doc = span.doc
    out = []
    for a, b in itertools.pairwise(bounds):
        while a < b and (doc[a].is_punct or doc[a].dep_ == "cc"):
            a += 1
        while b > a and (doc[b - 1].is_punct or doc[b - 1].dep_ == "cc"):
            b -= 1
        if b - a >= MIN_CLAUSE_TOKENS:
            out.append(doc[a:b])
    return out if len(out) >= 2 else []


def _make_claim(article_id: str, index: int, doc: Any, span: Any) -> Claim:
    """A ``Claim`` of ``span`` with its parse features."""
    verb = _main_verb(span)
    subject = obj = ""
    if verb is not None:
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not subject:
                subject = c.lemma_.lower()
            elif c.dep_ in ("dobj", "attr", "xcomp", "ccomp", "dative", "pobj") and not obj:
                obj = c.lemma_.lower()
    return Claim(
        article=article_id,
        sentence=index,
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        lemmas=tuple(sorted({t.lemma_.lower() for t in span if t.pos_ in CONTENT_POS and not t.is_stop})),
        subject=subject,
        verb=verb.lemma_.lower() if verb is not None else "",
        object=obj,
        verbs=tuple(f"{t.lemma_.lower()}:{_status(t)}" for t in span if t.pos_ == "VERB"),
        items=_list_items(span),
        timing=_timing(span),
    )


def _main_verb(span: Any) -> Any:
    """The verb the sentence is about: the root, or the clause it reports when the root is a reporting verb."""
    root = span.root
    if root.lemma_.lower() in REPORTING:
        for c in root.children:
            if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
                return c
    return root if root.pos_ in ("VERB", "AUX") else None


def _status(verb: Any) -> str:
    """ "done" (has closed, closed), "future" (will close, is set to close) or "" for a verb token."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_CUES for a in aux):
        return "future"
    head = verb.head
    if verb.dep_ == "xcomp" and (head.lemma_.lower() in FUTURE_FRAMES or head.lower_ == "going"):
        return "future"
    if any(a.lemma_ == "have" for a in aux) and verb.tag_ == "VBN":
        return "done"
    if verb.tag_ == "VBD" and not aux and verb.dep_ in ("ROOT", "conj", "ccomp"):
        return "done"
    return ""


def _list_items(span: Any) -> tuple[str, ...]:
    """The longest closed list of named things in the span ("the UAE, Bahrain and Morocco"), or ()."""
    best: list[str] = []
    for t in span:
        if t.dep_ == "conj" or t.pos_ != "PROPN":
            continue
        chain = [t]
        stack = [t]
        while stack:
            for c in stack.pop().children:
                if c.dep_ == "conj" and c.pos_ == "PROPN":
                    chain.append(c)
                    stack.append(c)
        if len(chain) < 3 or _is_open_list(t):
            continue
        names = [_name_of(x) for x in sorted(chain, key=lambda x: x.i)]
        if len(names) > len(best):
            best = names
    return tuple(best)


def _is_open_list(first: Any) -> bool:
    """True when a list is introduced as examples ("including A, B and C", "such as ..."), so not exhaustive."""
    head = first.head
    window = {first.doc[j].lower_ for j in range(max(first.left_edge.i - 2, 0), first.left_edge.i + 1)}
    return bool(window & LIST_OPENERS) or head.lower_ in LIST_OPENERS or head.lemma_.lower() in LIST_OPENERS


def _name_of(token: Any) -> str:
    """The whole proper name a list item token heads ("United Arab Emirates" for "Emirates")."""
    parts = [c for c in token.subtree if c.dep_ == "compound" or c.i == token.i]
    parts = [p for p in parts if p.pos_ == "PROPN" and abs(p.i - token.i) <= 4]
    return " ".join(p.text for p in sorted(parts, key=lambda p: p.i))


def _timing(span: Any) -> tuple[str, ...]:
    """How the span places itself against a named event: ("during:summit",), ("before:visit",), ..."""
    out = []
    for t in span:
        cls = TIMING.get(t.lower_) or TIMING.get(t.lemma_.lower())
        if cls is None:
            continue
        for n in span.doc[t.i + 1 : min(t.i + 8, span.end)]:
            if n.lemma_.lower() in EVENT_NOUNS and n.pos_ == "NOUN":
                out.append(f"{cls}:{n.lemma_.lower()}")
                break
    return tuple(sorted(set(out)))
