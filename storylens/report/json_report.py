"""The JSON report: the contract documented in docs/report-schema.md and read by ../shared/eval/score.py."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from storylens.records import Analysis, Article, Claim, Entity, Quote, Report, Sentence, Value


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as the documented JSON structure (schema ``storylens.report/1``)."""
    analyses = {a.article: a for a in report.analyses}
    data = report.to_dict()
    del data["analyses"]
    data["articles"] = [_article_dict(a, analyses.get(a.id)) for a in report.articles]
    quotes = [q for a in report.analyses for q in a.quotes]
    data["quotes"] = [q.to_dict() for q in quotes if q.kind != "scare"]
    data["scare_quotes"] = [q.to_dict() for q in quotes if q.kind == "scare"]
    data["entities"] = [e.to_dict() for a in report.analyses for e in a.entities]
    data["values"] = [v.to_dict() for a in report.analyses for v in a.values]
    data["framing"] = {f.article: f.to_dict() for f in report.framing}
    return data


def _article_dict(article: Article, analysis: Analysis | None) -> dict[str, Any]:
    """One article with its sentences and claims (entities, values and quotes are listed at the top level)."""
    data = article.to_dict()
    data["sentences"] = [s.to_dict() for s in analysis.sentences] if analysis else []
    data["claims"] = [c.to_dict() for c in analysis.claims] if analysis else []
    return data


def report_from_dict(data: dict[str, Any]) -> Report:
    """Rebuild a ``Report`` from its JSON structure (the inverse of ``report_to_dict``)."""
    by_article: dict[str, dict[str, list[Any]]] = {}
    for a in data["articles"]:
        by_article[a["id"]] = {
            "sentences": [Sentence.from_dict(s) for s in a.get("sentences", [])],
            "claims": [Claim.from_dict(c) for c in a.get("claims", [])],
            "entities": [],
            "values": [],
            "quotes": [],
        }
    for key, cls in (("entities", Entity), ("values", Value), ("quotes", Quote), ("scare_quotes", Quote)):
        for item in data.get(key, []):
            by_article[item["article"]]["quotes" if key == "scare_quotes" else key].append(cls.from_dict(item))
    analyses = tuple(
        Analysis(article=aid, **{k: tuple(v) for k, v in parts.items()}) for aid, parts in by_article.items()
    )
    body = {k: v for k, v in data.items() if k not in ("quotes", "scare_quotes", "entities", "values", "framing")}
    body["analyses"] = []
    body["framing"] = list(data.get("framing", {}).values())
    return dataclasses.replace(Report.from_dict(body), analyses=analyses)


def render_json(report: Report) -> str:
    """The report as pretty-printed JSON text (UTF-8, keys in a stable order)."""
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=1) + "\n"
