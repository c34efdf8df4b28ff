"""The self-contained HTML report: one file, no network, Jinja2 with autoescape, data for the page's script
embedded as JSON.

Article text is untrusted. Templates autoescape everything; the JSON island escapes ``<``, ``>`` and ``&`` as
``\\u003c``-style escapes so no article can close the ``<script>`` element; the page's script only ever puts
article text into the page with ``textContent``. A Content-Security-Policy allows no network access and only
the page's own script (by hash), so even a markup bug could not run injected script.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from importlib import resources
from typing import Any

from markupsafe import Markup

from storylens.records import Report
from storylens.report.view import (
    cite,
    coverage_cell,
    fact_text,
    framing_by_article,
    outlet_names,
    stance_word,
)


@functools.cache
def _environment() -> Any:
    """The Jinja2 environment over ``storylens/report/templates`` (autoescape on for every template)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("storylens.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def json_island(data: Any) -> Markup:
    """``data`` as JSON safe to place inside ``<script type="application/json">`` (no ``<``, ``>``, ``&``)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return Markup(text)  # safe: escaped above for script data, where entities are not decoded


def page_data(report: Report) -> dict[str, Any]:
    """What the page's script needs: article texts and every highlightable span (facts, conflicts, evidence)."""
    names = outlet_names(report)
    frames = framing_by_article(report)
    return {
        "articles": {a.id: {"outlet": names[a.id], "title": a.title or "", "text": a.text} for a in report.articles},
        "facts": [
            {"id": f.id, "statement": f.statement, "mentions": [m.to_dict() for m in f.mentions]} for f in report.facts
        ],
        "conflicts": [
            {"id": c.id, "about": c.about, "mentions": [m.to_dict() for s in c.sides for m in s.mentions]}
            for c in report.conflicts
        ],
        "evidence": {aid: [m.to_dict() for m in f.stance_evidence] for aid, f in frames.items()},
    }


def bar_style(value: float) -> str:
    """CSS placing a bar for ``value`` in [-1, 1] on a track whose middle is zero."""
    v = max(-1.0, min(1.0, value))
    left = 50.0 if v >= 0 else 50.0 + v * 50.0
    return f"left:{left:.1f}%;width:{abs(v) * 50.0:.1f}%"


@functools.cache
def _script() -> tuple[str, str]:
    """The page's script and its CSP hash."""
    js = resources.files("storylens.report").joinpath("templates/report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")
    return js, f"'sha256-{digest}'"


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page."""
    js, js_hash = _script()
    template = _environment().get_template("report.html")
    return template.render(
        report=report,
        names=outlet_names(report),
        frames=framing_by_article(report),
        cite=lambda ids: cite(report, ids),
        cell=lambda fact, article: coverage_cell(report, fact, article),
        fact_text=fact_text,
        stance_word=stance_word,
        bar_style=bar_style,
        data=json_island(page_data(report)),
        script=Markup(js),  # safe: our own packaged file, not article text
        script_hash=js_hash,
    )
