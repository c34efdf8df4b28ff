"""Claims: the sentences and clauses that facts are aligned from.

Each sentence that asserts something (it has a verb and is not a question) is one claim; of a question, only a
statement joined before it ("X walked out, and who could blame them?") is. A sentence made of two
independent clauses joined by a conjunction ("X said A, and Y did B") also yields one claim per clause, so that a
sentence carrying two facts can sit in two facts. Every claim carries what alignment and conflict detection need
from the parse, so the article is parsed once: content lemmas, subject/verb/object, each verb's event status,
closed lists of names, and how the claim is timed against an event ("during the summit", "ahead of the visit").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from storylens.analyze.cues import is_cue
from storylens.analyze.sentences import is_question
from storylens.records import Claim, Sentence

CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# Verbs that say how something is known rather than what happened: never the event whose status matters.
REPORTING = {"say", "tell", "report", "add", "state", "note", "claim", "according", "announce", "confirm", "write"}
FUTURE_CUES = {"will", "shall", "would", "'ll"}
MAYBE_CUES = {"may", "might"}
"""Modals of an event that may still come ("said they may appeal"): not yet done, as against "have lodged an
appeal". "Could" is left out, since it is also the past of "can" ("residents could not return")."""
FUTURE_FRAMES = {"set", "expect", "plan", "poise", "due", "go", "likely", "intend", "prepare"}
DECIDING = frozenset({"decide", "consider", "weigh", "determine"})
"""Verbs of a choice still open: what one "will decide whether to" do has not been done yet."""
# Adverbs placing a verb on an earlier occasion ("last closed a library in 2011"), not this event.
EARLIER_OCCASION = frozenset({"last", "previously", "once", "earlier", "ago", "formerly"})
# Light verbs whose object names the event ("lodged an appeal" = appealed, "filed a lawsuit", "launched a bid").
LIGHT_VERBS = {"lodge", "file", "launch", "submit", "mount", "make", "take", "issue", "stage", "hold"}
INSTITUTING = frozenset({"order", "announce", "commission", "call"})
"""Verbs that set an event up rather than do it: "ordered an inquiry" and "is expected to announce an inquiry"
tell whether the inquiry has been set up, but "announced an appeal" tells nothing of whether the appeal was
lodged, so their key is the object's noun marked as set up, never the noun alone."""
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
# Prepositions whose phrase states a proposition of its own (closed class of English function words).
CIRCUMSTANCE = {"without", "despite", "amid"}
LIST_OPENERS = {"including", "such", "like", "among", "e.g."}
"""Words that open a list of examples. "include" as a main verb is not one: news writing lists a recall's products
or a breach's stolen data with it, and readers take the list as complete."""
LIST_POS = frozenset({"PROPN", "NOUN"})
MIN_CLAUSE_TOKENS = 5
MAX_SHARE = 0.8  # a side clause spanning most of its sentence adds nothing the sentence does not say
KEEP_SENTENCE = True


def split_claims(article_id: str, doc: Any, sentences: Sequence[Sentence]) -> list[Claim]:
    """Claims of one article: each asserting sentence, plus its independent clauses when it has several.

    1. skip sentences with no verb (headings, captions, bylines) and questions;
    2. the sentence is a claim;
    3. coordinated independent clauses (each with its own subject) are claims too.
    """
    claims: list[Claim] = []
    for i, sentence in enumerate(sentences):
        span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if span is None:
            continue
        if is_question(span.text):
            head = _asserting_head(span)
            if head is not None:
                claims.append(_make_claim(article_id, i, doc, head))
            continue
        if not _is_assertion(span):
            continue
        clauses = _clauses(span)
        if KEEP_SENTENCE or not clauses:
            claims.append(_make_claim(article_id, i, doc, span))
        seen = {(c.start, c.end) for c in clauses} | {(span.start, span.end)}
        for clause in clauses + _side_claims(span, seen):
            claims.append(_make_claim(article_id, i, doc, clause))
    return claims


def _is_assertion(span: Any) -> bool:
    """True when the span has a verb (not a heading), is not a question, and is not only a quote's introduction."""
    return not is_question(span.text) and any(t.pos_ in ("VERB", "AUX") for t in span) and not _introduces(span)


def _introduces(span: Any) -> bool:
    """True for a sentence that only introduces the quotation after its colon ("As the mayor put it:", "Ruiz
    said:"): its verb of saying has no content of its own, so it asserts nothing until the quote, which is
    aligned on its own."""
    if not span.text.rstrip().endswith(":"):
        return False
    root = span.root
    return is_cue(root) and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") for c in root.children)


def _asserting_head(span: Any) -> Any | None:
    """The part of a question sentence before its last ", and", ", but" or ";", when that part asserts on its own
    ("Some 1,800 dockers have walked out, and who could blame them?"): the question does not assert, the statement
    before it does, and the parser rarely joins the two as clauses."""
    cuts = list(_CLAUSE_JOIN.finditer(span.text))
    if not cuts:
        return None
    head = span.doc.char_span(span.start_char, span.start_char + cuts[-1].start(), alignment_mode="contract")
    if head is None or len(head) < MIN_CLAUSE_TOKENS or not _is_assertion(head):
        return None
    return head if any(t.dep_ in ("nsubj", "nsubjpass") for t in head) else None


_CLAUSE_JOIN = re.compile(r",\s+(?:and|but)\s+|;\s+")


def _clauses(span: Any) -> list[Any]:
    """The clauses of a sentence that assert something on their own, or none when it has just one.

    A clause is a verb with its own subject coordinated with the main one ("X did A, and Y did B") or
    subordinate to it ("While X did A, Y did B"); the main clause is what remains when that is contiguous.
    """
    root = span.root
    heads = [
        t
        for t in span
        if t.dep_ in ("conj", "advcl")
        and t.pos_ in ("VERB", "AUX")
        and (t.head == root or t.head.head == root)
        and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
    ]
    doc = span.doc
    pieces = []
    for h in heads:
        a, b = h.left_edge.i, h.right_edge.i + 1
        if h.dep_ == "conj":
            a = min([h.left_edge.i] + [c.i for c in h.children if c.dep_ == "nsubj"])
        pieces.append((a, b))
    pieces = [p for p in pieces if not any(q != p and q[0] <= p[0] and p[1] <= q[1] for q in pieces)]
    if not pieces:
        return []
    rest = _remainder(span, sorted(pieces))
    out = [_trim(doc, a, b) for a, b in sorted(pieces) + rest]
    return [c for c in out if c is not None and len(c) >= MIN_CLAUSE_TOKENS]


def _modifier_clauses(span: Any) -> list[Any]:
    """Propositions a sentence states in passing, each as its own claim.

    A noun with a relative or participial clause ("the Accords, which were first brokered in 2020", "the
    Accords, established in 2020") states something about that noun: the claim is the noun phrase with its
    clause, so the clause keeps what it is about. A participial clause hanging off the main verb ("..., marking
    the first expansion") states a second proposition about the whole event. Such side propositions are often
    what another outlet makes its main sentence, so they must be able to sit in a fact of their own.
    """
    doc = span.doc
    pieces = []
    for t in span:
        if not _is_clause_verb(t):
            continue
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
            noun = t.head
            pieces.append((noun.left_edge.i, max(noun.right_edge.i, t.right_edge.i) + 1))
        elif t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN") and not _has_subject(t):
            pieces.append((t.left_edge.i, t.right_edge.i + 1))
    out = []
    for a, b in sorted(set(pieces)):
        clause = _trim(doc, max(a, span.start), min(b, span.end))
        if clause is not None and MIN_CLAUSE_TOKENS <= len(clause) < MAX_SHARE * len(span):
            out.append(clause)
    return out


def _side_claims(span: Any, seen: set[tuple[int, int]]) -> list[Any]:
    """Modifier clauses, reported clauses and circumstance phrases of a sentence, each once."""
    out = []
    for piece in _modifier_clauses(span) + _reported_clauses(span) + _circumstance_phrases(span):
        if (piece.start, piece.end) not in seen:
            seen.add((piece.start, piece.end))
            out.append(piece)
    return out


def _reported_clauses(span: Any) -> list[Any]:
    """What a reporting verb reports ("Trump announced that X would join"): the clause "X would join".

    The proposition an outlet attributes is the same one another outlet states plainly or attributes to someone
    else; with the frame around it ("When Trump announced that ..., he presented it as ..."), the sentence's
    other proposition and the speaker dominate its embedding.
    """
    doc = span.doc
    out = []
    for t in span:
        if t.dep_ == "ccomp" and _is_clause_verb(t) and _has_subject(t) and t.head.lemma_.lower() in REPORTING:
            clause = _trim(doc, max(t.left_edge.i, span.start), min(t.right_edge.i + 1, span.end))
            if clause is not None and clause[0].dep_ == "mark":
                clause = _trim(doc, clause.start + 1, clause.end)
            if clause is not None and MIN_CLAUSE_TOKENS <= len(clause) < MAX_SHARE * len(span):
                out.append(clause)
    return out


def _circumstance_phrases(span: Any) -> list[Any]:
    """Phrases stating an accompanying proposition in passing: "without addressing X", "despite Y", "amid Z".

    Such a phrase asserts (or denies) something on its own, which other outlets often make their main clause
    ("critics say the deal ignores X"); buried at the end of a long sentence it barely moves its embedding.
    """
    doc = span.doc
    out = []
    for t in span:
        if t.lower_ in CIRCUMSTANCE and t.dep_ == "prep":
            clause = _trim(doc, t.i, min(t.right_edge.i + 1, span.end))
            if clause is not None and MIN_CLAUSE_TOKENS - 1 <= len(clause) < MAX_SHARE * len(span):
                out.append(clause)
    return out


def _is_clause_verb(token: Any) -> bool:
    """True for a verb that heads a clause of its own (not an auxiliary or a bare infinitive marker)."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass")


def _has_subject(token: Any) -> bool:
    """True when a verb has its own subject."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _remainder(span: Any, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The main clause: the sentence minus the pieces, when that leaves one contiguous stretch."""
    covered: set[int] = set()
    for a, b in pieces:
        covered.update(range(a, b))
    left = [i for i in range(span.start, span.end) if i not in covered]
    if not left or left[-1] - left[0] + 1 != len(left):
        return []
    return [(left[0], left[-1] + 1)]


def _trim(doc: Any, a: int, b: int) -> Any:
    """``doc[a:b]`` without leading or trailing punctuation and conjunctions (None when nothing is left)."""
    while a < b and (doc[a].is_punct or (doc[a].dep_ in ("cc", "mark") and doc[a].lower_ in ("and", "but", "or"))):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].dep_ == "cc"):
        b -= 1
    return doc[a:b] if b > a else None


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
        verbs=tuple(f"{event_lemma(t)}:{verb_status(t)}" for t in span if t.pos_ == "VERB"),
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


def event_lemma(verb: Any) -> str:
    """The lemma naming a verb's event: the object's for a light verb ("has lodged an appeal" -> "appeal", so it
    can be compared with "will appeal"; in the passive its subject's, "no arrests have been made" -> "arrest"),
    the object's marked as set up for a verb of ``INSTITUTING`` ("ordered an inquiry" -> "inquiry set up"),
    else the verb's own."""
    lemma = verb.lemma_.lower()
    if lemma in INSTITUTING and not any(c.dep_ == "oprd" for c in verb.children):  # not "called it a disgrace"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return f"{obj.lemma_.lower()} set up"
    if lemma in LIGHT_VERBS:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None and any(c.dep_ == "auxpass" for c in verb.children):  # "no arrests have been made"
            obj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return str(obj.lemma_.lower())
    return str(lemma)


OPEN_MARKS = frozenset({"before", "until", "unless"})
"""Conjunctions whose clause leaves its event open ("before anything has been published", "unless it has closed")."""
FACTIVE_MARKS = frozenset({"after", "since", "because"})
"""Conjunctions whose clause presupposes its event happened ("after the council suspended its licence")."""


def verb_status(verb: Any) -> str:
    """ "done" (has closed, closed), "future" (will close, is set to close, has not yet closed) or "" for a verb
    token (also for one asked about: "whether it will close")."""
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children):
        if verb.head.lemma_.lower() in DECIDING and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return "future"  # "will decide whether to open an inquiry": the decider's own act, not done yet
        return ""  # "too short to show whether patients would keep the weight off": asked, not told
    if any(c.dep_ == "mark" and c.lower_ in OPEN_MARKS for c in verb.children):
        return ""  # "before a single finding has been published": the clause does not say it happened
    aux = auxiliaries(verb)
    if any(a.lower_ in FUTURE_CUES for a in aux):
        return "future"
    if any(a.lower_ in MAYBE_CUES for a in aux):
        return "" if any(a.lemma_ == "have" for a in aux) else "future"  # "may have appealed" tells no status
    head = verb.head
    if verb.dep_ == "xcomp" and (head.lemma_.lower() in FUTURE_FRAMES or head.lower_ == "going"):
        return "future"
    if any(c.dep_ == "advmod" and c.lower_ in EARLIER_OCCASION for c in verb.children):
        return ""  # "last closed a library in 2011": an earlier occasion, not the status of this event
    denial = negation(verb)
    if any(a.lemma_ == "have" for a in aux) and verb.tag_ == "VBN":
        if denial is None:
            return "done"
        modal = any(a.tag_ == "MD" for a in aux)  # "should never have been granted" tells no status
        if any(c.dep_ == "prep" and c.lower_ in ("since", "for") for c in verb.children):
            return ""  # "fees have not risen since 2016": a spell without it, no event still to come
        return "future" if denial in ("not", "n't") and not modal else ""  # "has not yet decided": to come
    if verb.tag_ == "VBD" and not aux and (verb.dep_ in ("ROOT", "conj", "ccomp") or _told_as_cause(verb)):
        return "done"
    passive_past = verb.tag_ == "VBN" and aux and all(a.lower_ in ("was", "were") for a in aux)
    if passive_past and denial is None and verb.dep_ in ("ROOT", "conj", "ccomp"):
        return "done"  # "was charged on Monday", like "charged"
    return ""


def _told_as_cause(verb: Any) -> bool:
    """True for a verb in a clause that presupposes its event: "after"/"since"/"because" the event."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FACTIVE_MARKS for c in verb.children)


NEGATIVE_SUBJECTS = frozenset({"nobody", "nothing", "none", "neither", "noone"})


def auxiliaries(verb: Any) -> list[Any]:
    """A verb's auxiliaries; a participle joined to another verb without its own shares that verb's ("have been
    arrested and charged")."""
    return [c for c in _bearer(verb).children if c.dep_ in ("aux", "auxpass")]


def negation(verb: Any) -> str | None:
    """The word that denies a verb ("not", "never", "n't"), or "not" for a denying subject, or None; a participle
    that shares another verb's auxiliaries shares its denial too ("have not been arrested or charged")."""
    bearer = _bearer(verb)
    return next((c.lower_ for c in bearer.children if c.dep_ == "neg"), None) or _negative_subject(bearer)


def _bearer(verb: Any) -> Any:
    """The verb whose auxiliaries and denial ``verb`` takes: the verb it is joined to when it is a participle
    without auxiliaries of its own, else itself."""
    own = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.head if verb.dep_ == "conj" and verb.tag_ == "VBN" and not own else verb


def _negative_subject(verb: Any) -> str | None:
    """ "not" when the verb's subject denies it ("No one has been charged", "Neither has been arrested",
    "Nobody was hurt"): the event is denied as surely as by "has not been charged"."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in subjects:
        if c.lower_ in NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in c.children):
            return "not"
    return None


def _list_items(span: Any) -> tuple[str, ...]:
    """The longest closed list in the span, of names ("Aldoria, Brevia and Castell") or of things ("wiper motors
    and steering columns"), two items or more, or ()."""
    best: list[str] = []
    for t in span:
        if t.dep_ == "conj" or t.pos_ not in LIST_POS:
            continue
        chain = [t]
        stack = [t]
        while stack:
            for c in _next_items(stack.pop()):
                chain.append(c)
                stack.append(c)
        if t.head.lower_ == "between":  # "between A and B, C, D": A is the other party, not an item
            chain = chain[1:]
        if len(chain) < 2 or _is_open_list(t) or _is_alternatives(chain):
            continue
        chain += _item_before(t, chain)
        names = list(dict.fromkeys(_item_of(x) for x in sorted(chain, key=lambda x: x.i)))
        if len(names) > len(best):
            best = names
    return tuple(best)


def _item_before(first: Any, chain: list[Any]) -> list[Any]:
    """The object before ", Y and Z" that the parser left out of the coordination, as a list of zero or one token:
    "examine the decision to sail, the loading of the deck and the equipment", where "decision" heads no conjunct,
    or "sold the house, the car and the boat", where the parser read "the car and the boat" as describing "house".

    Only things, and only an object ended by the comma, so that a date or a name before a subject list ("On
    Tuesday, the minister and the mayor met") or a person described ("Ann Lee, the mayor and ...") is not an item.
    """
    comma = first.left_edge.i - 1
    if comma < 1 or first.doc[comma].text != "," or first.pos_ != "NOUN" or first.dep_ in ("nsubj", "nsubjpass"):
        return []
    token = first.doc[comma - 1]
    while token.pos_ != "NOUN" and token.head.i != token.i and token.head.i < comma:
        token = token.head
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj") or token in chain:
        return []
    ends = max([token.i] + [c.right_edge.i for c in token.children if c.i < comma])
    return [token] if ends == comma - 1 else []


def _is_open_list(first: Any) -> bool:
    """True when a list is introduced as examples ("including A, B and C", "such as ..."), so not exhaustive."""
    head = first.head
    window = {first.doc[j].lower_ for j in range(max(first.left_edge.i - 2, 0), first.left_edge.i + 1)}
    return bool(window & LIST_OPENERS) or head.lower_ in LIST_OPENERS or head.lemma_.lower() in LIST_OPENERS


def _is_alternatives(chain: list[Any]) -> bool:
    """True when the items are joined by "or" or "nor" ("anyone offered rings or pearls", "neither A nor B"):
    alternatives, of which the sentence does not say which are in the set, so no list to set against another."""
    return any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for t in chain for c in t.children)


def _next_items(item: Any) -> list[Any]:
    """The items coordinated after a list item: its conjuncts, a name the parser hung on it as an apposition
    through a description ("Aldmin, Brevia's state metals firm Brevcor and ...": firm -> Brevcor), and the
    conjuncts the parser hung on the object of its "of" ("dates of birth and ID numbers": birth -> numbers)."""
    out = []
    for c in item.children:
        if c.dep_ == "conj" and c.pos_ in LIST_POS:
            out.append(c)
        elif c.dep_ == "appos" and c.pos_ == "NOUN":
            out += [n for n in c.children if n.dep_ == "appos" and n.pos_ == "PROPN"]
        elif c.dep_ == "prep" and c.lower_ == "of" and item.pos_ == "NOUN":
            for o in c.children:
                if o.dep_ == "pobj" and o.i == c.i + 1 and o.pos_ == "NOUN":
                    out += [n for n in o.children if n.dep_ == "conj" and n.pos_ in LIST_POS]
    return out


def _possessed(token: Any) -> Any:
    """The name a possessor in a list stands before ("..., Castell Resources and Aldoria's own Falk Cement":
    the item is Falk Cement, which the parser often leaves out of the coordination), else the token."""
    if not any(c.dep_ == "case" for c in token.children):
        return token
    after = token.doc[token.i + 1 : min(token.i + 6, token.sent.end)]
    return next((t for t in after if t.pos_ == "PROPN" and t.i > token.i + 1), token)


def _item_of(token: Any) -> str:
    """A list item as written: the whole name of a name, or a thing's noun with the words that make it that thing
    ("national ID card numbers", "dates of birth"), without counts and articles ("two ministry officials")."""
    if token.pos_ == "PROPN":
        return _name_of(_possessed(token))
    words = [token]
    stack = [token]
    while stack:
        for c in stack.pop().children:
            if c.dep_ in ("compound", "amod") and c.i < token.i:
                words.append(c)
                stack.append(c)
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == token.i + 1), None)
    after = token.doc[token.i + 2] if of is not None and token.i + 2 < len(token.doc) else None
    if after is not None and after.head == of and after.pos_ == "NOUN":  # "dates of birth", not "consortium of X"
        words += [of, after]
    return " ".join(w.text for w in sorted(words, key=lambda w: w.i))


def _name_of(token: Any) -> str:
    """The whole proper name a list item token sits in ("United Arab Emirates" for "Emirates"), without the
    lower-case words the tagger sometimes takes in ("Beaches at Vellan": Vellan)."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            first, last = token.i, token.i
            while first > ent.start and _in_name(token.doc[first - 1]):
                first -= 1
            while last + 1 < ent.end and _in_name(token.doc[last + 1]):
                last += 1
            return token.doc[first : last + 1].text
    return token.text


def _in_name(token: Any) -> bool:
    """True for a token that can be part of a name: not a lower-case word and not a comma or semicolon."""
    return not token.is_lower and token.text not in ",;:"


def _timing(span: Any) -> tuple[str, ...]:
    """How the span places itself against a named event: ("during:summit",), ("before:visit",), ..."""
    out = []
    for t in span:
        cls = TIMING.get(t.lower_) or TIMING.get(t.lemma_.lower())
        if cls is None:
            continue
        for n in span.doc[t.i + 1 : min(t.i + 14, span.end)]:
            if n.pos_ in ("VERB", "AUX") or n.text in ",;:":
                break
            if n.lemma_.lower() in EVENT_NOUNS and n.pos_ == "NOUN":
                out.append(f"{cls}:{n.lemma_.lower()}")
                break
    return tuple(sorted(set(out)))
