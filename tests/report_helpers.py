"""Helpers for the report tests: facts, conflicts and a summary built by hand over a real report's sentences.

The renderers must be exercised with facts and conflicts even while (or whatever) the alignment stage finds;
these records point at real sentences of the bundled example, found by a phrase each sentence contains.
"""

from __future__ import annotations

import dataclasses

from storylens.records import Conflict, ConflictSide, Fact, Mention, Report, SummarySentence


def sentence_mentions(report: Report, needle: str) -> list[Mention]:
    """One mention per article: the first sentence whose text contains ``needle``."""
    out = []
    for an in report.analyses:
        for s in an.sentences:
            if needle in s.text:
                out.append(Mention(article=an.article, start=s.start, end=s.end, text=s.text))
                break
    return out


def make_fact(report: Report, needle: str, fid: str) -> Fact:
    """A fact carried by every article with a sentence containing ``needle``."""
    mentions = sentence_mentions(report, needle)
    outlets = {a.id: a.outlet for a in report.articles}
    articles = tuple(m.article for m in mentions)
    label = "consensus" if len(articles) == len(report.articles) else "majority" if len(articles) > 2 else "some"
    return Fact(
        id=fid,
        statement=mentions[0].text,
        mentions=tuple(mentions),
        articles=articles,
        outlets=tuple(outlets[a] for a in articles),
        label=label,
        independent=len(articles),
    )


def make_conflict(report: Report, a: str, b: str, cid: str) -> Conflict:
    """A conflict between the sentences containing ``a`` and those containing ``b``."""
    return Conflict(
        id=cid,
        kind="number",
        about="the repair cost",
        sides=(
            ConflictSide(value=a, mentions=tuple(sentence_mentions(report, a))),
            ConflictSide(value=b, mentions=tuple(sentence_mentions(report, b))),
        ),
    )


def enriched(report: Report) -> Report:
    """``report`` with hand-made facts, a conflict and a summary when the pipeline found none."""
    if report.facts:
        return report
    facts = (make_fact(report, "38,000", "f1"), make_fact(report, "Harbor Tunnel", "f2"))
    conflict = make_conflict(report, "$42 million", "$24 million", "c1")
    coverage = {f.id: {a.id: "carried" if a.id in f.articles else "absent" for a in report.articles} for f in facts}
    summary = tuple(
        SummarySentence(text=f.statement, label=f.label, articles=f.articles, outlets=f.outlets, facts=(f.id,))
        for f in facts
    )
    return dataclasses.replace(report, facts=facts, conflicts=(conflict,), coverage=coverage, summary=summary)
