"""Shared fixtures: paths to the bundled example and to ../shared, a temp user directory, one cached report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbor-bridge-closure"
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
FIXED_TIME = "2026-01-01T00:00:00+00:00"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",  # this machine's closed network refuses Chromium's background calls
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def need_shared(*parts: str) -> Path:
    """The path under ../shared, or skip the test cleanly when ../shared (or that part of it) is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is not beside this clone)")
    return path


@pytest.fixture(autouse=True)
def _user_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the user data directory (fetch cache, library database) at a temp folder for every test."""
    monkeypatch.setenv("STORYLENS_HOME", str(tmp_path_factory.mktemp("storylens-home")))
    monkeypatch.delenv("STORYLENS_DB", raising=False)


@pytest.fixture(scope="session")
def example_report():
    """The bundled example story compared once per test session (in-process, so models load once)."""
    from storylens.options import Options
    from storylens.pipeline import compare

    return compare([str(EXAMPLE)], Options(now=FIXED_TIME))


@pytest.fixture(scope="session")
def example_json(example_report) -> dict:
    """The bundled example's report as the JSON structure users get."""
    from storylens.report.json_report import render_json

    return json.loads(render_json(example_report))


@pytest.fixture(scope="session")
def kazakhstan_report_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real example story of ../shared compared once per session and written as JSON (skips without it)."""
    from storylens.options import Options
    from storylens.pipeline import compare
    from storylens.report.json_report import render_json

    story = need_shared("examples", "kazakhstan-abraham-accords")
    out = tmp_path_factory.mktemp("kazakhstan") / "report.json"
    out.write_text(render_json(compare([str(story)], Options(now=FIXED_TIME))), encoding="utf-8")
    return out


def example_library(tmp_path_factory: pytest.TempPathFactory, held_back: str) -> Path:
    """A story library of the bundled example without the file ``held_back`` (for tests that add it later)."""
    import shutil

    from storylens.options import Options
    from storylens.store import open_database
    from storylens.store.library import ingest_articles

    folder = tmp_path_factory.mktemp("example")
    for f in EXAMPLE.iterdir():
        if f.name != held_back:
            shutil.copy(f, folder / f.name)
    path = tmp_path_factory.mktemp("library") / "lib.db"
    ingest_articles(open_database(path), [str(folder)], Options(now=FIXED_TIME))
    return path


def invented_story(texts: dict[str, str]) -> tuple[list, dict]:
    """Articles and their analyses (by id) for invented article texts ``texts`` (id -> text), for story-wide rules."""
    from storylens.analyze import analyze_article
    from storylens.records import Article

    articles = [
        Article(id=k, source=k, text=v, content_hash=k, outlet=k, outlet_from="input") for k, v in texts.items()
    ]
    return articles, {a.id: analyze_article(a) for a in articles}


def side_at(texts: dict[str, str], value: str, article: str, words: str):
    """A conflict side whose one mention is ``words`` where they stand in ``texts[article]``."""
    from storylens.records import ConflictSide, Mention

    start = texts[article].index(words)
    return ConflictSide(
        value=value, mentions=(Mention(article=article, start=start, end=start + len(words), text=words),)
    )


def score_story(gold: Path, report: Path) -> dict[str, float]:
    """Run ../shared/eval/score.py on a report and return its figures."""
    import subprocess
    import sys

    scorer = need_shared("eval", "score.py")
    out = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(report), "--json"], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium through Playwright, or a clean skip where either is absent.

    Module scope on purpose: Playwright's sync API holds an event loop in this thread, and other test modules
    run their own asyncio loops (the fetcher), so a browser must not outlive the module that uses it.
    """
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (make test installs it where it can)")
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
