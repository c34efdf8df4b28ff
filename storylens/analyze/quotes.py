"""Direct quotes and their speakers, with scare quotes told apart.

1. pair the quotation marks (``quote_marks``) and find block quotes: an unquoted paragraph introduced by a
   paragraph that ends with a colon after a verb of saying ("As X declared during their meeting:");
2. attribute each quote (``speakers``): the cue verb that governs it or stands next to it, its subject, and
   the speaker that subject names; a quote with no cue continues the quote just before it in the paragraph
   ("A," he said. "B.") or takes the subject of a colon introduction ("X was blunter: "..."); failing that,
   the subject of the clause holding it, or, for a paragraph that is only a quote, the speaker introduced by the
   paragraph before;
3. classify: a single word, a name or title, a two-word label that no cue introduces, or up to four words that
   name something after "call", "dub" or "known as" ("called it a “painful choice”") is a scare quote
   (``kind="scare"``), never reported as someone's words (a quoted adjective and noun, "a 'widespread
   decline'", is a phrase borrowed from a source, not a label); the rest are "direct" (a sentence of speech),
   "partial" (words quoted inside the writer's sentence) or "block".
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from typing import Any

from storylens.analyze.cues import LABEL_LEMMAS, is_cue
from storylens.analyze.names import Speaker
from storylens.analyze.quote_marks import Marked, pair_quotes
from storylens.analyze.sentences import text_of
from storylens.analyze.speakers import clause_subject, make_speaker, nearby_cue, subject_of
from storylens.analyze.speakers import governing_cue as find_governing_cue
from storylens.records import Entity, Quote

SENTENCE_END = frozenset(".!?")
MAX_WINDOW = 30  # tokens looked at on each side of a quote for a cue that does not govern it
FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "vs"]
)


@dataclasses.dataclass(frozen=True, slots=True)
class _Attribution:
    """What step 2 found for one quote."""

    cue: Any | None
    speaker: Speaker | None
    continued: bool = False


def find_quotes(article_id: str, doc: Any, entities: Sequence[Entity]) -> list[Quote]:
    """Quotes of ``doc``, scare quotes included as ``kind="scare"``."""
    text = text_of(doc)
    # 1.
    marks = pair_quotes(text)
    blocks = find_blocks(doc, marks)
    quoted = _quoted_tokens(doc, marks)
    quotes: list[Quote] = []
    earlier: list[Speaker] = []
    previous: tuple[Marked, _Attribution] | None = None
    for mark in sorted([*marks, *blocks], key=lambda m: m.start):
        span = doc.char_span(mark.start, mark.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        # 2.
        if mark in blocks:
            attribution = _block_attribution(doc, mark, earlier, quoted)
        else:
            attribution = attribute(doc, span, mark, quoted, earlier, previous)
        # 3.
        kind = "block" if mark in blocks else classify(text[mark.start : mark.end], span, attribution)
        speaker = attribution.speaker if kind != "scare" else None
        if kind != "scare":
            previous = (mark, attribution)
            if speaker is not None:
                earlier.append(dataclasses.replace(speaker, said_at=mark.start))
        quotes.append(_make_quote(article_id, text, mark, kind, speaker, attribution.cue))
    return quotes


def _make_quote(article_id: str, text: str, mark: Marked, kind: str, speaker: Speaker | None, cue: Any) -> Quote:
    return Quote(
        article=article_id,
        start=mark.start,
        end=mark.end,
        text=text[mark.start : mark.end],
        kind=kind,
        speaker=speaker.name if speaker else None,
        speaker_description=speaker.description if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        cue=cue.text if cue is not None and kind != "scare" else None,
    )


def _quoted_tokens(doc: Any, marks: Sequence[Marked]) -> set[int]:
    """Indices of tokens inside quotation marks (marks included): never cues or speakers of another quote."""
    out: set[int] = set()
    for mark in marks:
        span = doc.char_span(mark.open, mark.close, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def find_blocks(doc: Any, marks: Sequence[Marked]) -> list[Marked]:
    """Unquoted paragraphs introduced by "<speaker> <verb of saying> ...:" on the paragraph before."""
    text = text_of(doc)
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    paragraphs = [(s, s + len(p)) for s, p in zip(starts, text.split("\n"), strict=True) if p.strip()]
    blocks = []
    for (a, b), (c, d) in itertools.pairwise(paragraphs):
        intro = text[a:b].rstrip()
        body = text[c:d].strip()
        if not intro.endswith(":") or not body or any(m.open < d and m.close > c for m in marks):
            continue
        if _block_cue(doc, a, a + len(intro)) is None:
            continue
        start = c + len(text[c:d]) - len(text[c:d].lstrip())
        blocks.append(Marked(start=start, end=start + len(body), open=a + len(intro) - 1, close=start + len(body)))
    return blocks


def _block_cue(doc: Any, start: int, end: int) -> Any | None:
    """The verb of saying of a block quote's introduction, when the colon is its object (no "that ..." clause)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    last_sentence = list(span)[-1].sent
    for token in reversed([t for t in span if t.i >= last_sentence.start]):
        if is_cue(token) and subject_of(token) is not None:
            if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in token.children if c.i < span.end):
                return None
            return token
    return None


def _block_attribution(doc: Any, mark: Marked, earlier: list[Speaker], quoted: set[int]) -> _Attribution:
    cue = _block_cue(doc, *_paragraph_bounds(text_of(doc), mark.open))
    subject = subject_of(cue, quoted) if cue is not None else None
    speaker = make_speaker(doc, subject, earlier, quoted) if subject is not None else None
    return _Attribution(cue=cue, speaker=speaker)


def _paragraph_bounds(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, (len(text) if end < 0 else end)


def attribute(
    doc: Any,
    span: Any,
    mark: Marked,
    quoted: set[int],
    earlier: list[Speaker],
    previous: tuple[Marked, _Attribution] | None,
) -> _Attribution:
    """The cue and speaker of one quote (step 2 of ``find_quotes``)."""
    outer = doc.char_span(mark.open, mark.close, alignment_mode="expand") or span
    subject = _colon_subject(doc, outer)
    if subject is not None:  # "X said: "..."" / "X was blunter: "...": the clause before the colon speaks
        cue = subject.head if is_cue(subject.head) else None
        return _Attribution(cue=cue, speaker=make_speaker(doc, subject, earlier, quoted), continued=True)
    signed = _dash_signature(doc, mark)
    if signed is not None:  # "“...” ― Jane Doe": a signature beats any cue or speaker nearby
        return _Attribution(cue=None, speaker=make_speaker(doc, signed, earlier, quoted), continued=True)
    para = doc.char_span(*_paragraph_bounds(text_of(doc), mark.start), alignment_mode="expand")
    cue = find_governing_cue(span, quoted, (para.start, para.end) if para is not None else (0, len(doc)))
    if cue is None:
        cue = nearby_cue(doc, _window(doc, outer, quoted), quoted)
    if cue is not None:
        subject = subject_of(cue, quoted)
        speaker = make_speaker(doc, subject, earlier, quoted) if subject is not None else None
        if speaker is not None or not _continues(text_of(doc), mark, previous):
            return _Attribution(cue=cue, speaker=speaker)
    if previous is not None and _continues(text_of(doc), mark, previous):
        return dataclasses.replace(previous[1], continued=True)
    return _fallback(doc, span, mark, quoted, earlier, previous)


def _fallback(
    doc: Any,
    span: Any,
    mark: Marked,
    quoted: set[int],
    earlier: list[Speaker],
    previous: tuple[Marked, _Attribution] | None,
) -> _Attribution:
    """A quote with no cue: the subject of the clause holding it, else the speaker the paragraph before introduced.

    1. "X thanked him for "..."": a verb outside the usual list still has the quote's words said by its subject;
    2. a paragraph that is only a quote belongs to the last quote's speaker when that quote closed the paragraph
       before, else to the subject of the paragraph before's last sentence ("X is upbeat." / ""...."").
    The speaker found here never makes a short quote a real one: ``cue`` stays empty and ``continued`` false.
    """
    # 1.
    para = _paragraph_bounds(text_of(doc), mark.start)
    subject = clause_subject(span, quoted, para)
    if subject is not None and (speaker := make_speaker(doc, subject, earlier, quoted)) is not None:
        return _Attribution(cue=None, speaker=speaker)
    # 2.
    before = _previous_paragraph(text_of(doc), para[0])
    if text_of(doc)[para[0] : mark.open].strip() or before is None:
        return _Attribution(cue=None, speaker=None)
    if previous is not None and previous[1].speaker is not None and previous[0].close >= before[0]:
        return _Attribution(cue=None, speaker=previous[1].speaker)
    subject = _last_sentence_subject(doc, *before, quoted)
    speaker = make_speaker(doc, subject, earlier, quoted) if subject is not None else None
    return _Attribution(cue=None, speaker=speaker if speaker is not None and speaker.is_person else None)


def _previous_paragraph(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the last non-blank paragraph before the paragraph starting at ``start``."""
    end = start - 1
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        if text[line_start:end].strip():
            return line_start, end
        end = line_start - 1
    return None


def _last_sentence_subject(doc: Any, start: int, end: int, quoted: set[int]) -> Any | None:
    """The subject of the main verb of the last sentence in ``doc.text[start:end]``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span[-1].sent.root
    return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted), None)


DASHES = ("―", "—", "–", "--", "-")


def _dash_signature(doc: Any, mark: Marked) -> Any | None:
    """The name signing a quote after a dash ("“...” ― Jane Doe."): the last word of the proper-noun run.

    Read from the characters after the closing mark, since the tokenizer may glue the dash to the mark ("”―").
    """
    text = text_of(doc)
    i = mark.close
    while i < len(text) and text[i] in " \t\xa0":
        i += 1
    dash = next((d for d in DASHES if text.startswith(d, i)), None)
    if dash is None:
        return None
    after = doc.char_span(i + len(dash), len(text), alignment_mode="expand")
    run: list[Any] = []
    for token in (after or [])[:8]:
        if token.is_space and not run and "\n" not in token.text:
            continue
        if token.pos_ != "PROPN" and not (run and token.text in (".", "-")):
            break
        run.append(token)
    while run and run[-1].pos_ != "PROPN":
        run.pop()
    return run[-1] if run else None


def _window(doc: Any, outer: Any, quoted: set[int]) -> list[int]:
    """Tokens beside a quote within its sentence and paragraph, nearest first (after and before interleaved)."""
    after = _walk(doc, outer.end, 1, quoted)
    before = _walk(doc, outer.start - 1, -1, quoted)
    out: list[int] = []
    for i in range(max(len(after), len(before))):
        out.extend(side[i] for side in (after, before) if i < len(side))
    return out


def _walk(doc: Any, i: int, step: int, quoted: set[int]) -> list[int]:
    """Token indices from ``i`` in direction ``step`` until a sentence end, another quote or a paragraph break."""
    out: list[int] = []
    while 0 <= i < len(doc) and len(out) < MAX_WINDOW and i not in quoted and "\n" not in doc[i].text:
        if step < 0 and doc[i].text in SENTENCE_END:
            break
        out.append(i)
        if step > 0 and doc[i].text in SENTENCE_END:
            break
        i += step
    return out


def _continues(text: str, mark: Marked, previous: tuple[Marked, _Attribution] | None) -> bool:
    """True when ``mark`` carries on the previous quote: same or next paragraph, only attribution text between."""
    if previous is None or previous[1].speaker is None:
        return False
    gap = text[previous[0].close : mark.open]
    lines = gap.split("\n")
    if any(line.strip() for line in lines[1:]):
        return False  # a new paragraph continues a quote only when it opens with the quote (blank lines aside)
    cue = previous[1].cue
    if cue is not None and "\n" not in gap and previous[0].close <= cue.idx < mark.open:
        return True  # "A," X said, <any aside>. "B."
    return len(re.findall(r"\w+", gap)) <= 12


def _colon_subject(doc: Any, outer: Any) -> Any | None:
    """The subject of a clause ending in a colon just before the quote ("Councillor X was blunter: "...")."""
    i = outer.start - 1
    while i > 0 and doc[i].is_space:  # "He said:" closing the paragraph before
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    root = doc[i - 1] if i > 0 else doc[i]
    while root.head.i != root.i and root.head.i < i:  # climb the introduction, never into the quote
        root = root.head
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or (subject.pos_ not in ("PROPN", "NOUN") and not subject.ent_type_):
        return None
    return subject


def classify(words: str, span: Any, attribution: _Attribution) -> str:
    """ "scare", "direct" or "partial" for one quoted stretch (step 3 of ``find_quotes``)."""
    plain = re.sub(r"['’]s\b", "", words)
    tokens = re.findall(r"\w+", plain)
    cue = attribution.cue
    introduced = attribution.speaker is not None and (cue is not None or attribution.continued)
    if len(tokens) == 1 and introduced and _reported_word(span, cue):
        return "partial"  # "said on Sunday that they were “heartbroken”"
    if len(tokens) <= 1 or is_title(plain) or _held_at_a_distance(span) or (len(tokens) <= 4 and _a_name_given(span)):
        return "scare"
    if _premodifier(span):
        return "scare"  # "boasts of a “world-class” safety record": the writer holds the owner's word at a distance
    if len(tokens) == 2 and not introduced and not _borrowed_phrase(span):
        return "scare"
    if len(tokens) == 3 and not introduced and all(_term_word(t) for t in span if t.is_alpha):
        return "scare"  # a term held at a distance: there is no “wage-price spiral”, no “act of nature”
    if len(tokens) <= 3 and cue is not None and cue.lemma_.lower() not in LABEL_LEMMAS and not introduced:
        return "scare"
    first = next((ch for ch in words if ch.isalpha()), "")
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    return "direct" if first.isupper() and has_verb and len(tokens) >= 4 else "partial"


SELF_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
"""Subjects by which speakers describe themselves in the clause a cue reports ("said that they were ...")."""
COUNT_NOUNS = frozenset({"hundred", "thousand", "million", "billion", "dozen", "score", "lot", "number"})
"""Nouns that count ("thousands of shootings"): quoted with them, words are a claim, not a term."""


def _term_word(token: Any) -> bool:
    """A word of a quoted term: a noun, or "of" or "and" between its nouns ("act of nature"); not a count
    ("thousands of shootings" is a claim quoted, not a term)."""
    if token.like_num or token.ent_type_ in ("CARDINAL", "QUANTITY") or token.lemma_.lower() in COUNT_NOUNS:
        return False
    return token.pos_ in ("NOUN", "PROPN") or token.lower_ in ("of", "and")


def _reported_word(span: Any, cue: Any) -> bool:
    """True for one quoted lower-case word in which the speakers describe themselves, in a clause the cue reports
    ("said that they were “heartbroken”"): their own word. One said of something else ("said the spill is
    “contained”") stays a word the writer holds at a distance."""
    words = [t for t in span if t.is_alpha]
    if len(words) != 1 or not words[0].is_lower or cue is None or cue.lemma_.lower() in LABEL_LEMMAS:
        return False
    word = words[0]
    clause = word if word.dep_ == "ccomp" else word.head  # the parser may make the word the clause's head
    if clause.dep_ != "ccomp" or clause.head.i != cue.i or (clause is not word and word.dep_ not in ("acomp", "attr")):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in SELF_PRONOUNS for t in clause.children)


def _premodifier(span: Any) -> bool:
    """True for one quoted modifier of a noun outside the marks ("a “world-class” safety record"); several
    ("called its “reckless, provocative, dangerous” actions") are someone's words."""
    words = [t for t in span if t.is_alpha]
    if not 0 < len(words) <= 2 or any(t.text == "," for t in span):
        return False
    head = words[-1].head
    return words[-1].dep_ in ("amod", "compound", "nmod") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN")


def _held_at_a_distance(span: Any) -> bool:
    """True for a short quoted name the writer holds at a distance, whoever is near: "so-called" before the marks
    ("so-called “citizen tallies”"), or a noun compound closing a noun phrase the writer opened ("its
    much-advertised “flood shield”"), or an owner's name for its own thing ("boasted of its “robust safeguards”").
    Words someone said have a verb of their own, or an adjective the writer did not hand to an owner."""
    words = [t for t in span if t.is_alpha]
    if not 0 < len(words) <= 3:
        return False
    before = span.doc.text[max(span.start_char - 12, 0) : span.start_char].lower()
    if "so-called" in before or "so called" in before:
        return True
    head = words[-1]
    if head.dep_ not in ("dobj", "pobj", "nsubj"):
        return False
    owner = any(t.dep_ == "poss" and t.i < span.start for t in head.children)  # "its", "the company's"
    opened = owner or any(t.dep_ == "det" and t.i < span.start for t in head.children)
    named = all(t.pos_ in ("NOUN", "PROPN") or (owner and t.pos_ == "ADJ") for t in words[:-1])
    return opened and named and head.pos_ in ("NOUN", "PROPN")


_CALLED = re.compile(
    r"(?:\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nicknamed?|brand(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|termed)\b"
    r"(?!\s+(?:for|on|off|in|up)\b)(?:\s+[\w’'-]+){0,4}\s+(?:a|an|the)|\b(?:known|referred to)(?:\s+[\w’'-]+){0,4}\s+as"
    r"|\b(?:call|dub|nickname)(?:s|ed|ing)?|\b(?:talk|speak|spoke)(?:s|ed|ing)?\s+(?:of|about))\s*[“\"‘']?$",
    re.I,
)


def _a_name_given(span: Any) -> bool:
    """True for short quoted words that name something ("called it a “difficult decision”", "like to call car
    parts a “strategic industry”", "dubbed the “gag law” by critics", "known on the ward as “the Wall”", "the wind
    locals call “the Scorcher”", "likes to talk of “free trade”"): the writer hands the name back at a distance,
    it does not report a remark."""
    return _CALLED.search(span.doc.text[max(span.start_char - 50, 0) : span.start_char]) is not None


def _borrowed_phrase(span: Any) -> bool:
    """True for a quoted adjective and noun ("a 'widespread decline' in support"): a phrase taken from a source's
    wording, not a label held at a distance. Scare quotes wrap names and terms (“Israel”, 'peace process'); a
    "so-called" before the marks makes any phrase a label."""
    words = [t for t in span if t.is_alpha]
    before = span.doc.text[max(span.start_char - 12, 0) : span.start_char].lower()
    return (
        len(words) == 2
        and words[0].pos_ == "ADJ"
        and words[1].pos_ == "NOUN"
        and words[0].is_lower
        and "so-called" not in before
        and "so called" not in before
    )


def is_title(words: str) -> bool:
    """True for a name or title: every word capitalised except short function words ("The Art of the Deal")."""
    tokens = re.findall(r"[^\W\d_][\w'’-]*", words)
    if not tokens or len(tokens) > 8 or not tokens[0][0].isupper():
        return False
    return all(t[0].isupper() or t.lower() in FUNCTION_WORDS for t in tokens)
