"""Parse an article once and cut it into sentences with character offsets.

Paragraphs of the cleaned text are separated by ``"\\n"``; a sentence never crosses one. A small spaCy component
(``storylens_paragraphs``, added once, before the parser) marks the first token of every paragraph as a sentence
start, so a heading without final punctuation becomes its own sentence and the parser's own boundaries stay
consistent with ours. After parsing, two repairs that the small English model needs on news text:

1. a quotation split off from its attribution (``"We will stay." | he said.``) is joined back;
2. a fragment made only of closing quotes or brackets is glued to the sentence before;
3. a piece without final punctuation (``GENEVA (Reuters) -``) runs on into the next sentence of its paragraph.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from storylens.nlp import get_nlp, torch_hidden
from storylens.records import Sentence

with torch_hidden():  # spaCy's first import, usually: see ``torch_hidden``
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT = "storylens_paragraphs"

_TERMINAL = ".?!…:;"
_CLOSERS = "\"'”’»)]"
# A sentence that starts like an attribution tail: lower-case word, or punctuation continuing the previous one.
_CONTINUATION = re.compile(r"^(?:[a-z]|[,;:—–-]\s)")
# A short capitalised attribution tail: `Lee asked.`, `The minister told reporters.` (at most six words).
_ATTRIBUTION = re.compile(
    r"^(?:\S+\s+){0,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|explained|insisted|"
    r"noted|declared|stated|argued|continued|tweeted|warned|recalled)\b[^.?!]{0,40}[.?!]?$"
)
_ABBREVIATED = re.compile(r"(?:\b[A-Za-z]\.){2,}$")  # a.m., p.m., U.S., e.g.
_FRAGMENT = re.compile(rf"^[\s{re.escape(_CLOSERS)}.!?…]+$")


@Language.component(COMPONENT)
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at the first token of every paragraph (after any token holding a line break)."""
    after_break = False
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
            continue
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
    return doc


def get_pipeline() -> Language:
    """The shared spaCy pipeline with the paragraph component added (once; ``get_nlp`` is cached)."""
    nlp = get_nlp()
    if COMPONENT not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(COMPONENT, before=before) if before else nlp.add_pipe(COMPONENT, first=True)
    return nlp


def text_of(doc: Any) -> str:
    """``doc.text``, computed once per doc: spaCy rebuilds it from every token on each access."""
    cached = doc.user_data.get("storylens_text")
    if cached is None:
        cached = doc.user_data["storylens_text"] = doc.text
    return cached


QUOTE_MARKS = "\"“”'‘’«»"


def is_question(text: str) -> bool:
    """True when the sentence asks rather than asserts: it ends in a question mark (before any closing quote).

    A question is not a claim (``analyze/claims.py``), and its evaluative words do not count toward stance
    (``frame/stance.py``): questions in news copy are mostly rhetorical and mean the opposite of their words
    ("after weeks of delay, who could blame them?" defends "them").
    """
    return text.rstrip().rstrip(QUOTE_MARKS).rstrip().endswith("?")


DEPENDENT_OPENERS = frozenset(
    {
        "they",
        "it",
        "he",
        "she",
        "this",
        "these",
        "those",
        "that",
        "while",
        "although",
        "though",
        "but",
        "and",
        "however",
        "also",
        "yet",
        "so",
        "which",
        "who",
        "even",
        "as",
        "when",
        "where",
        "whether",
        "if",
        "because",
        "after",
        "before",
        "until",
        "unless",
        "once",
        "had",
        "should",
    }
)
"""First words that tie a sentence to its context ("They note...", "While...", "If...", or "Had the storm come an
hour later": an inverted condition, which leaves what would have happened to the rest of its sentence)."""
BULLET = re.compile(r"^\s*[•*·\-–—]\s*")


def leans_on_context(text: str) -> bool:
    """True when a text opens on a word that ties it to what came before, or in lower case (a clause cut out of
    its sentence): it cannot stand alone as a summary sentence or as the statement of a fact.

    A list bullet ("- It revives...") is not the opening word.
    """
    tokens = BULLET.sub("", text).split()
    first = tokens[0] if tokens else ""
    return first.lower().strip(",") in DEPENDENT_OPENERS or first[:1].islower()


TRAILING_DEPS = frozenset({"appos", "acl", "relcl", "conj", "cc", "prep"})
"""What may trail a finished clause after a comma and be cut: an apposition or a modifier of a noun ("..., the
landmark series of...", "..., a move criticized as...", "..., which..."), a second coordinated clause (a claim
of its own), a phrase framing the whole ("..., in what X hailed as..."). Adverbial clauses are never cut:
"..., killing 12 people" or "..., though engineers disagree" change what the clause says."""


@functools.lru_cache(maxsize=512)
def reparse(text: str) -> Doc:
    """A sentence parsed again by a later stage (analysis keeps no parses), cached by text. Without the entity
    recogniser: later stages read only tags and dependencies, which it does not change."""
    return get_pipeline()(text, disable=["ner"])


def main_clause(text: str) -> str | None:
    """The sentence's main clause when a comma ends it and only what ``TRAILING_DEPS`` allows follows, else None.

    "The council is set to approve the budget, a move critics call reckless" -> "The council is set to approve
    the budget". News sentences hang an outlet's verdict or background on the end of the event they report; the
    clause before it still says the event in the outlet's own words, so a summary can use it and stay traceable.
    The clause must have its own subject and verb and at least six words.
    """
    doc = reparse(text)
    sents = list(doc.sents)
    if len(sents) != 1:
        return None
    root = sents[0].root
    if root.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children):
        return None
    for comma in (t for t in doc if t.text == "," and t.i > root.i):
        before = doc[: comma.i]
        attached = [t for t in doc[comma.i + 1 :] if t.head.i < comma.i and not t.is_punct]
        whole = all(t.head.i < comma.i for t in before if not t.is_punct)  # the clause is complete
        if attached and whole and all(_trails(t, comma.i) for t in attached) and len(before.text.split()) >= 6:
            return before.text.rstrip()
    return None


def _trails(token: Any, comma: int) -> bool:
    """True when ``token`` (after the comma, hanging on a word before it) starts a part ``main_clause`` may cut.

    A noun phrase commenting on the whole clause ("..., a move critics called hollow") is often parsed as an
    adverbial noun or as a second object of the verb; a verb that already has its object before the comma
    takes no second one, so that is the comment too.
    """
    if token.dep_ in TRAILING_DEPS or token.dep_ == "npadvmod":
        return True
    return token.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < comma for c in token.head.children)


def parse(text: str) -> tuple[Any, list[Sentence]]:
    """The spaCy ``Doc`` of ``text`` and its sentences (stripped, within one paragraph each)."""
    doc = get_pipeline()(text)
    return doc, split_sentences(text, [(s.start_char, s.end_char) for s in doc.sents])


def split_sentences(text: str, bounds: list[tuple[int, int]]) -> list[Sentence]:
    """Sentence records from raw ``(start, end)`` bounds: cut at line breaks, strip, rejoin detached tails.

    1. cut every span at ``"\\n"`` and strip surrounding whitespace (the parser cannot be trusted to);
    2. rejoin to the sentence before it, in the same paragraph: a fragment of closing punctuation, an
       attribution tail, or anything after a piece with no final punctuation (a dateline).
    """
    # 1.
    pieces: list[tuple[int, int]] = []
    for start, end in bounds:
        for m in re.finditer(r"[^\n]+", text[start:end]):
            s, e = _strip(text, start + m.start(), start + m.end())
            if s < e:
                pieces.append((s, e))
    # 2.
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged and _belongs_to_previous(text, merged[-1], start, end):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [Sentence(start=s, end=e, text=text[s:e]) for s, e in merged]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``start:end`` so it neither begins nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _belongs_to_previous(text: str, previous: tuple[int, int], start: int, end: int) -> bool:
    """Whether ``start:end`` continues the sentence ``previous`` (same paragraph, detached tail or closer)."""
    if "\n" in text[previous[1] : start]:
        return False
    piece = text[start:end]
    if _FRAGMENT.match(piece):
        return True
    before = text[previous[0] : previous[1]].rstrip()
    # `GENEVA (Reuters) - The talks...`: a piece that does not end a sentence runs on into the next one.
    if before and before[-1] not in _TERMINAL + _CLOSERS:
        return True
    # `It hit at 4:10 a.m. local time`: a lower-case word after an abbreviation's dots goes on the sentence.
    if _ABBREVIATED.search(before) and piece[:1].islower():
        return True
    if len(before) < 2 or before[-1] not in _CLOSERS:
        return False
    # `"We will stay," Minister Lee said.`: a sentence never ends on a comma inside a quote.
    if before[-2] in ",—–-":
        return True
    # `"Why now?" she asked.` / `"Why now?" Lee asked.`: the quote closes and an attribution tail follows.
    return before[-2] in ".?!…" and (_CONTINUATION.match(piece) is not None or _ATTRIBUTION.match(piece) is not None)
