"""Word choice across outlets: loaded words only one outlet uses, different labels for one entity, scare quotes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from storylens.frame import lexicon
from storylens.frame.stance import WORD, lexicon_forms
from storylens.records import Analysis, Article, Quote

QUOTE_CHARS = "\"“”'‘’«»"


def loaded_words_by_article(articles: Sequence[Article]) -> dict[str, tuple[str, ...]]:
    """Article id -> loaded or evaluative words its headline or text uses and no other article does (lemmas).

    A word counts as loaded when it is in the loaded-word lexicon or is strongly evaluative (|valence| >= 0.6).
    """
    forms = lexicon_forms()
    used: dict[str, set[str]] = {}
    for article in articles:
        words = {m.group(0).lower() for m in WORD.finditer(f"{article.title or ''}\n{article.text}")}
        used[article.id] = {forms[w][0] for w in words if w in forms and _is_loaded(forms[w])}
    out: dict[str, tuple[str, ...]] = {}
    for aid, lemmas in used.items():
        others = set().union(*(v for k, v in used.items() if k != aid)) if len(used) > 1 else set()
        out[aid] = tuple(sorted(lemmas - others))
    return out


def _is_loaded(entry: tuple[str, float]) -> bool:
    """True when a lexicon entry ``(lemma, valence)`` is loaded vocabulary."""
    lemma, valence = entry
    return lemma in lexicon.LOADED or abs(valence) >= 0.6


def scare_quotes(analysis: Analysis) -> tuple[str, ...]:
    """The scare-quoted words of one article (unique, in text order)."""
    seen: list[str] = []
    for q in analysis.quotes:
        if q.kind == "scare" and q.text.strip(QUOTE_CHARS) not in seen:
            seen.append(q.text.strip(QUOTE_CHARS))
    return tuple(seen)


def _surface(text: str) -> str:
    """An entity mention's surface label, normalised for comparison (possessive and quote marks dropped)."""
    text = re.sub(r"[’']s$", "", text.strip(QUOTE_CHARS + " "))
    return " ".join(text.strip(QUOTE_CHARS).split())


def labels_by_article(analyses: Sequence[Analysis]) -> dict[str, dict[str, str]]:
    """Article id -> {entity key: this article's label} for entities the articles name differently.

    Every article's usual label for an entity key is its most frequent surface form; a key is listed for an
    article when that label differs from the label most articles use, or when the article scare-quotes it.
    """
    usual: dict[str, dict[str, str]] = {}
    for an in analyses:
        forms: dict[str, Counter[str]] = {}
        for e in an.entities:
            forms.setdefault(e.key, Counter())[_surface(e.text)] += 1
        usual[an.article] = {k: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for k, c in forms.items()}
    out: dict[str, dict[str, str]] = {an.article: {} for an in analyses}
    for key in sorted({k for labels in usual.values() for k in labels}):
        holders = {aid: labels[key] for aid, labels in usual.items() if key in labels}
        if len(holders) < 2:
            continue
        common = Counter(v.lower() for v in holders.values()).most_common(1)[0][0]
        for aid, label in holders.items():
            if is_different_label(label, common):
                out[aid][key] = label
    for an in analyses:
        for key, label in _scare_quoted_entities(an).items():
            out[an.article][key] = f"“{label}”"
    return out


def is_different_label(label: str, other: str) -> bool:
    """True when two names of one entity are different labels, not a longer or shorter form or an acronym.

    "Mayor Jane Doe" vs "Jane Doe" and "UN" vs "United Nations" are the same label; "Tel Aviv" vs "Israel" is not.
    """
    a, b = set(label.lower().split()), set(other.lower().split())
    if a <= b or b <= a:
        return False
    initials = {"".join(w[0] for w in x.split() if w[:1].isupper()).lower() for x in (label, other)}
    compact = {x.replace(".", "").lower() for x in (label, other)}
    return not (initials & compact)


def _scare_quoted_entities(analysis: Analysis) -> dict[str, str]:
    """Entity key -> label, for entities this article puts in scare quotes."""
    scare: list[Quote] = [q for q in analysis.quotes if q.kind == "scare"]
    found: dict[str, str] = {}
    for e in analysis.entities:
        if any(q.start <= e.start and e.end <= q.end for q in scare):
            found.setdefault(e.key, _surface(e.text))
    return found
