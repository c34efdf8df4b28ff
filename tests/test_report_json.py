"""The JSON report round-trips: what ``report_to_dict`` writes, ``report_from_dict`` reads back unchanged."""

from __future__ import annotations

import json

from storylens.report.json_report import render_json, report_from_dict, report_to_dict


def test_json_round_trip(example_report) -> None:
    data = json.loads(render_json(example_report))
    again = report_from_dict(data)
    assert report_to_dict(again) == data


def test_json_is_deterministic(example_report) -> None:
    assert render_json(example_report) == render_json(report_from_dict(json.loads(render_json(example_report))))


def test_quotes_exclude_scare_quotes(example_json) -> None:
    assert all(q["kind"] != "scare" for q in example_json["quotes"])
    assert all(q["kind"] == "scare" for q in example_json["scare_quotes"])
    for q in example_json["quotes"] + example_json["scare_quotes"]:
        text = next(a["text"] for a in example_json["articles"] if a["id"] == q["article"])
        assert text[q["start"] : q["end"]] == q["text"]
