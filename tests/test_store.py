"""The library database: recorded migrations, WAL, transactions, content-hash dedupe, analysis cache, search."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from storylens.options import Options
from storylens.store.database import MIGRATIONS, migrate, open_database, transaction
from tests.conftest import EXAMPLE, FIXED_TIME


def test_migrations_are_applied_in_order_once(tmp_path):
    conn = open_database(tmp_path / "lib.db")
    names = [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert names[0] == "m001_initial"
    assert migrate(conn) == []  # nothing left to apply
    conn.close()
    again = open_database(tmp_path / "lib.db")  # reopening an up-to-date library changes nothing
    assert [row[0] for row in again.execute("SELECT name FROM _migrations ORDER BY rowid")] == names


def test_old_library_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    with transaction(conn):
        MIGRATIONS[0](conn)
        conn.execute("INSERT INTO _migrations VALUES ('m001_initial', 'then')")
    conn.close()
    upgraded = open_database(path)
    columns = {row[1] for row in upgraded.execute("PRAGMA table_info(stories)")}
    assert {"n_facts", "n_consensus", "n_conflicts"} <= columns
    assert upgraded.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == 0


def test_wal_mode_and_default_path_honours_env(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_DB", str(tmp_path / "env.db"))
    conn = open_database()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (tmp_path / "env.db").exists()


def test_transaction_rolls_back_on_error(tmp_path):
    conn = open_database(tmp_path / "lib.db")
    with pytest.raises(RuntimeError), transaction(conn):
        conn.execute("INSERT INTO stories (title, created_at, updated_at) VALUES ('x', 'now', 'now')")
        raise RuntimeError("crash in the middle of an article")
    assert conn.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 0


def test_fts_query_quotes_words():
    from storylens.store.queries import fts_query

    assert fts_query('bridge AND "closure" OR NEAR(') == '"bridge" "AND" "closure" "OR" "NEAR"'
    assert fts_query("  ") == ""


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    """The bundled example ingested into a fresh library (models load once for the module)."""
    from storylens.store.library import ingest_articles

    path = tmp_path_factory.mktemp("store") / "lib.db"
    conn = open_database(path)
    result = ingest_articles(conn, [str(EXAMPLE)], Options(now=FIXED_TIME))
    return path, result


@pytest.mark.slow
def test_ingest_puts_the_example_in_one_compared_story(library):
    path, result = library
    assert len(result.added) == 5
    assert {story for _, story in result.added} == {1}
    conn = open_database(path)
    row = conn.execute("SELECT n_articles, is_stale, report FROM stories WHERE id = 1").fetchone()
    assert row["n_articles"] == 5 and row["is_stale"] == 0
    assert len(json.loads(row["report"])["articles"]) == 5
    for table in ("analyses", "features", "articles_fts"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 5


@pytest.mark.slow
def test_reingesting_the_same_content_is_a_no_op(library):
    from storylens.store.library import ingest_articles

    path, _ = library
    conn = open_database(path)
    before = conn.execute("SELECT updated_at, report FROM stories").fetchall()
    again = ingest_articles(conn, [str(EXAMPLE)], Options(now=FIXED_TIME))
    assert again.added == () and len(again.skipped) == 5 and again.stories == ()
    assert conn.execute("SELECT updated_at, report FROM stories").fetchall() == before


@pytest.mark.slow
def test_analysis_is_read_from_the_cache_by_hash_and_version(library):
    from storylens.store import library as lib
    from storylens.store.queries import get_article

    path, _ = library
    conn = open_database(path)
    article, analysis, _ = get_article(conn, "harbor-wire")
    assert analysis.sentences
    # Tamper with the cached row: a cache hit must return the tampered data, proving nothing is recomputed.
    data = analysis.to_dict() | {"sentences": []}
    conn.execute("UPDATE analyses SET data = ? WHERE content_hash = ?", (json.dumps(data), article.content_hash))
    assert lib.cached_analysis(conn, article).sentences == ()
    conn.execute("UPDATE analyses SET version = 'analysis/old' WHERE content_hash = ?", (article.content_hash,))
    assert lib.cached_analysis(conn, article).sentences  # another version: analysed afresh


@pytest.mark.slow
def test_search_finds_stories_by_article_text(library):
    from storylens.store.queries import list_stories, search_articles

    path, _ = library
    conn = open_database(path)
    assert [s["id"] for s in list_stories(conn, "bridge")] == [1]
    assert list_stories(conn, "zeppelin") == []
    assert search_articles(conn, "bridge")[0]["story"] == 1


@pytest.mark.slow
def test_cli_stories_and_show_in_every_format(library, tmp_path):
    from storylens.cli import cli

    path, _ = library
    runner = CliRunner()
    listed = runner.invoke(cli, ["stories", "--db", str(path), "--json"])
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.output.splitlines()[0])["articles"] == 5
    for fmt in ("json", "md", "html", "terminal"):
        out = tmp_path / f"story.{fmt}"
        shown = runner.invoke(cli, ["show", "1", "--db", str(path), "--format", fmt, "-o", str(out)])
        assert shown.exit_code == 0, shown.output
        assert out.stat().st_size > 200
    assert json.loads((tmp_path / "story.json").read_text())["schema"].startswith("storylens.report/")
    missing = runner.invoke(cli, ["show", "42", "--db", str(path)])
    assert missing.exit_code == 1 and "storylens stories" in missing.output
