"""The library database: one SQLite file, WAL mode, schema built by ordered named migrations recorded in a table.

Migrations are plain functions ``mNNN_name(conn)`` listed in ``MIGRATIONS``; ``open_database`` applies the ones not
yet recorded in ``_migrations``, each in its own transaction, so an old library is upgraded in place. Never edit a
migration that has shipped: add the next one.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from storylens.errors import StoreError
from storylens.options import data_dir

DB_ENV = "STORYLENS_DB"
DB_NAME = "library.db"


def default_db_path() -> Path:
    """``$STORYLENS_DB``, else ``library.db`` in the user data directory."""
    env = os.environ.get(DB_ENV)
    return Path(env) if env else data_dir() / DB_NAME


def m001_initial(conn: sqlite3.Connection) -> None:
    """Articles, cached analyses and clustering features (keyed by content hash + version), stories."""
    # Statement by statement: ``executescript`` would commit the migration's transaction behind our back.
    _run_script(
        conn,
        """
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            first_published TEXT,
            last_published TEXT,
            n_articles INTEGER NOT NULL DEFAULT 0,
            report TEXT,            -- the story Report as JSON (Report.to_dict), NULL until compared
            is_stale INTEGER NOT NULL DEFAULT 1  -- membership changed since the report was computed
        );
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            story_id INTEGER NOT NULL REFERENCES stories(id),
            outlet TEXT NOT NULL,
            title TEXT,
            url TEXT,
            published TEXT,
            source TEXT NOT NULL,
            ingested_at TEXT NOT NULL,
            data TEXT NOT NULL      -- Article.to_dict() as JSON
        );
        CREATE INDEX articles_story ON articles(story_id);
        CREATE INDEX articles_outlet ON articles(outlet);
        CREATE TABLE analyses (
            content_hash TEXT NOT NULL,
            version TEXT NOT NULL,
            data TEXT NOT NULL,     -- Analysis.to_dict() as JSON
            PRIMARY KEY (content_hash, version)
        );
        CREATE TABLE features (
            content_hash TEXT NOT NULL,
            version TEXT NOT NULL,
            data TEXT NOT NULL,     -- ArticleFeatures.to_dict() as JSON
            PRIMARY KEY (content_hash, version)
        );
        """,
    )


def m002_search(conn: sqlite3.Connection) -> None:
    """FTS5 full-text index over article titles, outlets and cleaned text."""
    conn.execute(
        "CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, outlet, text, "
        "tokenize = 'porter unicode61')"
    )


def m003_story_figures(conn: sqlite3.Connection) -> None:
    """Figures of each story's comparison kept as columns, so the story list needs no JSON parsing."""
    for column in ("n_facts", "n_consensus", "n_conflicts"):
        conn.execute(f"ALTER TABLE stories ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0")


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute each ``;``-terminated statement of ``script`` inside the current transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            conn.execute(statement)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [m001_initial, m002_search, m003_story_figures]


def now_iso() -> str:
    """The current UTC time, to the second, as ISO 8601."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def open_database(path: str | Path | None = None) -> sqlite3.Connection:
    """Open (creating if needed) the library at ``path`` and bring its schema up to date.

    1. connect in autocommit mode (transactions are explicit, see ``transaction``);
    2. WAL journal so readers (the web app) never block on a running ingest, and back;
    3. apply pending migrations.
    """
    target = Path(path) if path else default_db_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # 1.
        conn = sqlite3.connect(target, isolation_level=None, timeout=30.0, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        # 2.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        # 3.
        migrate(conn)
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot open the library {target}: {exc}; pass --db with a writable path") from exc
    return conn


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations not yet recorded, in order, each in one transaction; the names applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM _migrations")}
    applied = []
    for migration in MIGRATIONS:
        if migration.__name__ in done:
            continue
        with transaction(conn):
            migration(conn)
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (migration.__name__, now_iso()))
        applied.append(migration.__name__)
    return applied


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction (``BEGIN IMMEDIATE``): committed on success, rolled back on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
