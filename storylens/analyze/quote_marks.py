"""Pair quotation marks in a text into quoted stretches, without trusting the marks to be consistent.

Each mark is read from its context (a mark after a space and before a word opens; after a word and before a
space or punctuation it closes); only where the context cannot tell does the glyph decide (“ opens, ” closes,
a straight " toggles). So a slip like “Ruritania" or Vale-"Ruritania" pairs locally and does not shift the
pairing of every later quote. Pairs never cross a paragraph break, except the press convention for a quote
running over several paragraphs: a paragraph left open whose next paragraph starts with an opening mark.
Single quotes are paired the same way, outside double-quoted stretches, and never mistaken for apostrophes
(the city’s, that’s, the countries’ leaders) because an opening single mark must follow a space or a bracket.
"""

from __future__ import annotations

import dataclasses
import re

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
DOUBLE_STRAIGHT = '"‟'
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"
SINGLE_STRAIGHT = "'"
BEFORE_OPENING = " \t([{—–-/:;,“‘\"'"
AFTER_CLOSING = ".,;:!?)]}—–-…’'\"”"
MAX_SINGLE_WORDS = 40  # a longer "single-quoted" stretch is more likely two stray apostrophes


@dataclasses.dataclass(frozen=True, slots=True)
class Marked:
    """A stretch of text between paired quotation marks: ``start:end`` are the words, ``open:close`` the marks."""

    start: int
    end: int
    open: int
    close: int
    single: bool = False


def pair_quotes(text: str) -> list[Marked]:
    """Every quoted stretch of ``text`` (double quotes first, then single quotes outside them), in text order."""
    found: list[Marked] = []
    pending: tuple[int, int] | None = None  # (opening mark, paragraph end) of a quote left open
    offset = 0
    for line in text.split("\n"):
        if pending is not None and line.strip():
            if line.lstrip()[0] in DOUBLE_OPEN + DOUBLE_STRAIGHT:  # the quote runs on into this paragraph
                found.append(_trimmed(text, pending[0] + 1, pending[1], pending[0], pending[1]))
            pending = None
        doubles, left_open = _pair_line(line, offset)
        found.extend(doubles)
        if left_open is not None:
            pending = (left_open, offset + len(line.rstrip()))
        found.extend(_pair_singles(line, offset, doubles))
        offset += len(line) + 1
    return sorted((m for m in found if m.end > m.start), key=lambda m: m.open)


def _role(line: str, i: int) -> str:
    """ "open", "close" or "either" for the mark at ``line[i]``, judged from its neighbours."""
    prev = line[i - 1] if i > 0 else " "
    nxt = line[i + 1] if i + 1 < len(line) else " "
    can_open = prev in BEFORE_OPENING and not nxt.isspace() and nxt not in ".,;:!?)"
    can_close = not prev.isspace() and (nxt.isspace() or nxt in AFTER_CLOSING)
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def _pair_line(line: str, offset: int) -> tuple[list[Marked], int | None]:
    """Double-quoted stretches of one paragraph, and the offset of an opening mark left unclosed at its end."""
    out: list[Marked] = []
    opened: int | None = None
    for i, ch in enumerate(line):
        if ch not in DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_STRAIGHT:
            continue
        role = _role(line, i)
        if role == "either":
            if ch in DOUBLE_OPEN:
                role = "open"
            elif ch in DOUBLE_CLOSE:
                role = "close"
            else:
                role = "close" if opened is not None else "open"
        if role == "open":
            opened = i  # a second opener means the first one was a stray mark: drop it
        elif opened is not None:
            out.append(_trimmed_line(line, offset, opened, i))
            opened = None
    return out, (offset + opened if opened is not None else None)


def _pair_singles(line: str, offset: int, doubles: list[Marked]) -> list[Marked]:
    """Single-quoted stretches of one paragraph that lie outside its double-quoted stretches."""
    inside = [(m.open - offset, m.close - offset) for m in doubles]
    out: list[Marked] = []
    opened: int | None = None
    for i, ch in enumerate(line):
        if ch not in SINGLE_OPEN + SINGLE_CLOSE + SINGLE_STRAIGHT or any(a <= i < b for a, b in inside):
            continue
        prev = line[i - 1] if i > 0 else " "
        nxt = line[i + 1] if i + 1 < len(line) else " "
        if ch != "’" and prev in BEFORE_OPENING and nxt.isalnum():
            opened = i
        elif ch != "‘" and opened is not None and not prev.isspace() and (nxt.isspace() or nxt in AFTER_CLOSING):
            if len(re.findall(r"\w+", line[opened + 1 : i])) <= MAX_SINGLE_WORDS:
                mark = _trimmed_line(line, offset, opened, i)
                out.append(dataclasses.replace(mark, single=True))
            opened = None
    return out


def _trimmed_line(line: str, offset: int, opened: int, closed: int) -> Marked:
    return _trimmed(line, opened + 1, closed, opened, closed + 1, offset)


def _trimmed(text: str, start: int, end: int, opened: int, closed: int, offset: int = 0) -> Marked:
    """The stretch with surrounding spaces and a trailing comma left out (they are the writer's, not the speaker's)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return Marked(start=start + offset, end=end + offset, open=opened + offset, close=closed + offset)
