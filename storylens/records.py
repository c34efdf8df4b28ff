"""Typed records that flow through the pipeline.

Every annotation is stand-off: ``(article, start, end)`` character offsets into one article's cleaned
``Article.text``. The ``text`` fields on spans are convenience copies of that slice, written so the JSON
report can be read (and scored) without re-slicing; ``check_span`` keeps them honest.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any, ClassVar, Self, TypeVar, get_args, get_origin, get_type_hints

R = TypeVar("R", bound="Record")
T = TypeVar("T")


class Record:
    """Mixin giving frozen dataclasses a JSON-ready ``to_dict`` and a typed ``from_dict``."""

    __slots__ = ()
    _hints: ClassVar[dict[type, dict[str, Any]]] = {}

    def to_dict(self) -> dict[str, Any]:
        """Plain dict of this record (nested records and tuples become dicts and lists)."""
        return {f.name: _dump(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Rebuild a record from ``to_dict`` output; unknown keys are ignored so old readers survive new fields."""
        hints = Record._hints.get(cls)
        if hints is None:
            hints = Record._hints[cls] = get_type_hints(cls)
        kwargs = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _load(hints[f.name], data[f.name])
        return cls(**kwargs)


def _dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


def _load(hint: Any, value: Any) -> Any:
    """Convert JSON data back along a type hint (records, tuples of records, optional records, dicts)."""
    if value is None:
        return None
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        return _load(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        inner = get_args(hint)[0]
        return tuple(_load(inner, v) for v in value)
    if origin is list:
        return [_load(get_args(hint)[0], v) for v in value]
    if origin is dict:
        return {k: _load(get_args(hint)[1], v) for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    return value


@typing.dataclass_transform(frozen_default=True, kw_only_default=True)
def record(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen, slotted, keyword-only dataclass: the shape of every pipeline record."""
    return dataclasses.dataclass(frozen=True, slots=True, kw_only=True)(cls)


def check_span(text: str, start: int, end: int, copy: str) -> None:
    """Raise ``ValueError`` when a span's copied text is not the slice it claims to be."""
    if text[start:end] != copy:
        raise ValueError(f"span {start}:{end} is {text[start:end]!r}, not {copy!r}")


# --- ingest / extract -------------------------------------------------------------------------------------


@record
class Removed(Record):
    """A block of page junk dropped by cleaning, kept so a user can see what went and why."""

    text: str
    reason: str
    line: int | None = None


@record
class Source(Record):
    """One input as read: where it came from and its raw content, before any cleaning."""

    source: str
    content: str
    kind: str  # "text" | "html"
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    id: str | None = None


@record
class Article(Record):
    """One cleaned article: main text plus metadata; ``text`` is the canonical text all offsets point into."""

    id: str
    source: str
    text: str
    content_hash: str
    outlet: str
    outlet_from: str  # where the name came from: "metadata" | "masthead" | "url" | "byline" | "filename" | "input"
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    published_from: str | None = None
    url: str | None = None
    language: str | None = None
    dateline: str | None = None
    removed: tuple[Removed, ...] = ()


# --- analyze ----------------------------------------------------------------------------------------------


@record
class Sentence(Record):
    """A sentence of an article's cleaned text."""

    start: int
    end: int
    text: str


@record
class Entity(Record):
    """A named-entity mention; ``key`` is the name it is normalised to across the article ("US" for "U.S.")."""

    article: str
    start: int
    end: int
    text: str
    label: str
    key: str


@record
class Value(Record):
    """A typed value: number, money, percent, date or duration, normalised (``$17 billion`` -> 1.7e10 USD)."""

    article: str
    start: int
    end: int
    text: str
    kind: str  # "number" | "money" | "percent" | "date" | "duration" | "ordinal" | "tally"
    value: float | None = None
    unit: str | None = None
    date: str | None = None  # ISO date or partial date ("1992", "1992-04") for dates
    qualifier: str | None = None  # "over", "about", "since", "at least", ...


@record
class Quote(Record):
    """A direct quotation and who said it; ``kind`` is "direct", "partial", "block" or "scare"."""

    article: str
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None = None
    speaker_description: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None


@record
class Claim(Record):
    """One assertion: a sentence or a clause of one, the unit that facts are aligned from."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    lemmas: tuple[str, ...] = ()  # content lemmas (nouns, verbs, adjectives, names, numbers), lower case
    subject: str = ""  # lemma of the main verb's subject ("" when none)
    verb: str = ""  # lemma of the main verb
    object: str = ""  # lemma of the main verb's object or complement
    verbs: tuple[str, ...] = ()  # "lemma:status" per verb, status "done" | "future" | "" (event status)
    items: tuple[str, ...] = ()  # a closed coordinated list of names or things the claim gives ("A, B and C")
    timing: tuple[str, ...] = ()  # "during:summit", "before:visit": when the claim places itself vs an event


@record
class Analysis(Record):
    """Everything the per-article analysis found in one article."""

    article: str
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    values: tuple[Value, ...] = ()
    quotes: tuple[Quote, ...] = ()
    claims: tuple[Claim, ...] = ()


# --- compare ----------------------------------------------------------------------------------------------


@record
class Mention(Record):
    """Evidence: a span of one article that carries a fact or one side of a conflict."""

    article: str
    start: int
    end: int
    text: str

    @classmethod
    def of_sentence(cls, article: str, sentence: Sentence) -> Mention:
        """A whole sentence of ``article`` as evidence: what a reader checks a conflict side or a count against."""
        return cls(article=article, start=sentence.start, end=sentence.end, text=sentence.text)


@record
class Fact(Record):
    """One proposition aligned across articles, with the outlets that carry it."""

    id: str
    statement: str
    mentions: tuple[Mention, ...]
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    label: str  # "consensus" | "majority" | "some" | "single-source"
    independent: int = 0  # sources counted once per wire copy group


@record
class ConflictSide(Record):
    """One side of a conflict: the value one group of articles reports, with evidence."""

    value: str
    mentions: tuple[Mention, ...]


@record
class Conflict(Record):
    """Articles reporting one matter incompatibly; ``kind`` is number/date/title/list/status/quote."""

    id: str
    kind: str
    about: str
    sides: tuple[ConflictSide, ...]
    fact: str | None = None


@record
class Note(Record):
    """A warning or remark about the run, shown to the user and kept in the report."""

    level: str  # "info" | "warning" | "error"
    message: str
    source: str | None = None


@record
class QuoteGroup(Record):
    """The same quotation as carried by several articles (or by one only), with each one's wording."""

    id: str
    text: str
    quotes: tuple[Quote, ...]
    articles: tuple[str, ...]
    speakers: tuple[str, ...] = ()


@record
class DuplicateGroup(Record):
    """Articles that are copies of one text (same page twice, wire reprints); ``canonical`` is counted."""

    canonical: str
    members: tuple[str, ...]
    kind: str  # "exact" | "near"
    similarity: float = 1.0


@record
class Framing(Record):
    """How one article frames the story; every figure says how it was computed in ``method``."""

    article: str
    outlet: str
    stance: float
    stance_evidence: tuple[Mention, ...] = ()
    tone: float = 0.0
    loaded_words: tuple[str, ...] = ()
    labels: dict[str, str] = dataclasses.field(default_factory=dict)
    scare_quotes: tuple[str, ...] = ()
    hedges: tuple[Mention, ...] = ()
    voices: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)


@record
class SummarySentence(Record):
    """One sentence of the neutral summary, with the outlets and facts it rests on."""

    text: str
    label: str  # "consensus" | "majority" | "some" | "single-source" | "contested"
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    facts: tuple[str, ...] = ()


@record
class Report(Record):
    """The comparison of one story, built once and rendered to JSON, Markdown, terminal and HTML."""

    schema: str
    generated_at: str
    version: str
    title: str
    articles: tuple[Article, ...]
    analyses: tuple[Analysis, ...]
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    quote_groups: tuple[QuoteGroup, ...] = ()
    duplicates: tuple[DuplicateGroup, ...] = ()
    coverage: dict[str, dict[str, str]] = dataclasses.field(default_factory=dict)
    omissions: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    exclusives: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    off_topic: tuple[str, ...] = ()
    framing: tuple[Framing, ...] = ()
    framing_method: dict[str, str] = dataclasses.field(default_factory=dict)
    summary: tuple[SummarySentence, ...] = ()
    notes: tuple[Note, ...] = ()
