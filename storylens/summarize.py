"""Stage 7, summarize: a neutral summary whose every sentence cites its outlets and facts.

1. consensus facts first, then notable majority facts, then facts some outlets carry (to reach the minimum);
2. each fact is said in its plainest wording: the mention with the fewest evaluative or loaded words, with
   scare quotes, datelines and list bullets stripped;
3. then the conflicts: "Outlets disagree on X: A says ...; B says ...".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from storylens.align import Alignment
from storylens.frame.stance import lexicon_score
from storylens.records import Article, Conflict, Fact, Mention, SummarySentence

MIN_SENTENCES, MAX_SENTENCES = 4, 8
MAX_CONFLICTS = 2
FACT_ORDER = ("consensus", "majority", "some")
"""Fact labels in the order the summary draws on them (single-source facts are never summarised)."""

DATELINE = re.compile(r"^\s*(?:[A-Z][A-Z .'-]{2,}(?:\([^)]*\))?\s*[:—–-]\s+)")
BULLET = re.compile(r"^\s*[•*·\-–—]\s*")
SCARE = re.compile(r"[“\"‘']([\w’'.-]+(?:\s[\w’'.-]+){0,2})[”\"’']")


def plain_text(text: str) -> str:
    """A mention's text made plain: no dateline, bullet or scare quotes, whitespace collapsed, ending in a stop."""
    text = BULLET.sub("", DATELINE.sub("", text))
    text = SCARE.sub(r"\1", text)
    text = " ".join(text.split()).strip()
    if text and text[-1] not in ".!?":
        text += "."
    return text[:1].upper() + text[1:]


def loadedness(text: str) -> float:
    """How evaluative a text is: the absolute weight of its evaluative words plus quote marks it carries."""
    _, words = lexicon_score(text)
    return len(words) + 0.5 * sum(text.count(c) for c in '“”"')


def plainest_mention(fact: Fact) -> Mention | None:
    """The fact's least loaded mention, preferring shorter ones; ties broken by article id for determinism."""
    if not fact.mentions:
        return None
    return min(fact.mentions, key=lambda m: (loadedness(m.text), abs(len(m.text) - 140) // 40, m.article, m.start))


def _words(text: str) -> set[str]:
    """Lower-cased words of ``text``, for near-duplicate checks."""
    return set(re.findall(r"\w+", text.lower()))


def _is_repeat(text: str, chosen: Sequence[str]) -> bool:
    """True when ``text`` says much the same as a sentence already chosen (word overlap > 0.6)."""
    w = _words(text)
    return any(len(w & _words(c)) / max(len(w | _words(c)), 1) > 0.6 for c in chosen)


def fact_sentences(facts: Sequence[Fact], limit: int) -> list[SummarySentence]:
    """Up to ``limit`` summary sentences from facts, best-supported first, near-repeats skipped."""
    ranked = sorted(
        (f for f in facts if f.label in FACT_ORDER),
        key=lambda f: (FACT_ORDER.index(f.label), -len(set(f.articles)), f.id),
    )
    out: list[SummarySentence] = []
    for fact in ranked:
        mention = plainest_mention(fact)
        if mention is None:
            continue
        text = plain_text(mention.text)
        if len(text) < 20 or _is_repeat(text, [s.text for s in out]):
            continue
        if fact.label == "some" and len(out) >= MIN_SENTENCES:
            break  # facts only some outlets carry are used just to reach the minimum
        out.append(
            SummarySentence(
                text=text,
                label=fact.label,
                articles=tuple(fact.articles),
                outlets=tuple(fact.outlets),
                facts=(fact.id,),
            )
        )
        if len(out) >= limit:
            break
    return out


def conflict_sentence(conflict: Conflict, outlets: dict[str, str]) -> SummarySentence | None:
    """'Outlets disagree on X: A and B say ...; C says ...' with every side's outlets cited."""
    parts, articles = [], []
    for side in conflict.sides:
        ids = sorted({m.article for m in side.mentions})
        if not ids:
            continue
        names = sorted({outlets.get(a, a) for a in ids})
        verb = "says" if len(names) == 1 else "say"
        parts.append(f"{_join(names)} {verb} {plain_text(side.value).rstrip('.')}")
        articles.extend(a for a in ids if a not in articles)
    if len(parts) < 2:
        return None
    about = " ".join(conflict.about.split()).rstrip(".")
    return SummarySentence(
        text=f"Outlets disagree on {about}: " + "; ".join(parts) + ".",
        label="contested",
        articles=tuple(articles),
        outlets=tuple(dict.fromkeys(outlets.get(a, a) for a in articles)),
        facts=(conflict.fact,) if conflict.fact else (),
    )


def _join(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def summarize_story(articles: Sequence[Article], alignment: Alignment) -> list[SummarySentence]:
    """Summary sentences built from consensus facts first, then majority facts, then conflicts.

    With no fact carried by two or more outlets there is nothing to agree on, and the summary is empty
    (the report's notes say why); every sentence that is produced is a cleaned mention of a fact or a
    conflict's sides, so it can be traced back to the articles.
    """
    outlets = {a.id: a.outlet for a in articles}
    conflicts = [s for c in alignment.conflicts if (s := conflict_sentence(c, outlets)) is not None]
    conflicts = conflicts[:MAX_CONFLICTS]
    # 1. and 2.
    summary = fact_sentences(alignment.facts, MAX_SENTENCES - len(conflicts))
    if not summary:
        return []
    # 3.
    return summary + conflicts
