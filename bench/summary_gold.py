"""Neutral summary against the annotated stories' gold facts: what it tells, and whether it leads with the event.

For every story annotated for ``../shared/eval/score.py`` (the example story in ../shared and the invented
stories in ``examples/``), the story is compared in this process and each summary sentence drawn from a fact is
matched to the gold facts it states: a gold fact is stated when the sentence's text contains one of that fact's
evidence passages (the scorer's own ``covers`` test), for the outlet the sentence was taken from. Printed per story:

- sentences: summary sentences drawn from facts (conflict sentences left out);
- gold facts: distinct gold facts they state (more is better: fewer repeats, more of the story);
- in 3+: of those, the ones at least three outlets carry (the summary is meant to tell what outlets share);
- lede: the gold facts the first sentence states (the story's main event should be among them).

Run: ``python bench/summary_gold.py``. Reads ../shared; copies nothing.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXED_TIME = "2026-01-01T00:00:00+00:00"


def scorer() -> ModuleType:
    """``../shared/eval/score.py`` as a module (its article matching and evidence test)."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stories() -> list[tuple[str, Path, Path]]:
    """(name, story folder, gold file) for every annotated story that is present."""
    found = [(p.name.removesuffix(".gold.json"), p) for p in sorted((ROOT / "examples").glob("*.gold.json"))]
    found.insert(0, ("kazakhstan-abraham-accords", SHARED / "eval" / "kazakhstan-abraham-accords.gold.json"))
    example = SHARED / "examples"
    return [(n, (example if n.startswith("kazakhstan") else ROOT / "examples") / n, g) for n, g in found if g.exists()]


def stated(sentence: dict, report: dict, gold: dict, score: ModuleType, inverse: dict[str, str]) -> set[str]:
    """Gold fact ids whose evidence, for the outlet a summary sentence was taken from, the sentence contains."""
    text = sentence["text"].rstrip(".")
    mentions = [m for f in report["facts"] if f["id"] in sentence["facts"] for m in f["mentions"]]
    sources = {inverse.get(m["article"]) for m in mentions if score.covers(m["text"], text[:40])}
    return {
        g["id"]
        for g in gold["facts"]
        for source, passages in g["evidence"].items()
        if source in sources and any(score.covers(text, p) for p in passages)
    }


def main() -> int:
    """Compare each story and print what its summary tells."""
    if not (SHARED / "eval" / "score.py").exists():
        print(f"{SHARED / 'eval' / 'score.py'} not found: run beside ../shared")
        return 1
    from storylens.options import Options
    from storylens.pipeline import compare
    from storylens.report.json_report import render_json

    score = scorer()
    print(f"{'story':<28} {'sentences':>9} {'gold facts':>10} {'in 3+':>6}  lede")
    totals = [0, 0, 0]
    for name, folder, gold_path in stories():
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        report = json.loads(render_json(compare([str(folder)], Options(now=FIXED_TIME))))
        inverse = {v: k for k, v in score.article_map(gold, report).items()}
        told = [s for s in report["summary"] if s["facts"] and not s["text"].startswith("Outlets disagree")]
        facts = [stated(s, report, gold, score, inverse) for s in told]
        distinct = set().union(*facts) if facts else set()
        outlets = {g["id"]: len(g["evidence"]) for g in gold["facts"]}
        wide = {f for f in distinct if outlets[f] >= 3}
        lede = ", ".join(sorted(facts[0])) if facts else "-"
        print(f"{name:<28} {len(told):>9} {len(distinct):>10} {len(wide):>6}  {lede}", flush=True)
        totals = [a + b for a, b in zip(totals, (len(told), len(distinct), len(wide)), strict=True)]
    print(f"{'all':<28} {totals[0]:>9} {totals[1]:>10} {totals[2]:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
