"""An ingest killed with SIGKILL midway leaves a consistent library, and the next ingest completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from storylens.options import Options
from storylens.store import open_database
from tests.conftest import EXAMPLE, FIXED_TIME, ROOT

pytestmark = pytest.mark.slow

N_INPUTS = 24


def make_inputs(folder):
    """Many distinct articles: the example's texts, each with a numbered follow-up sentence."""
    texts = sorted(p for p in EXAMPLE.iterdir() if p.suffix == ".txt")
    for i in range(N_INPUTS):
        base = texts[i % len(texts)].read_text(encoding="utf-8")
        extra = f"\n\nUpdate {i}: the city said {i + 3} more inspectors joined the review on day {i + 1}."
        (folder / f"{texts[i % len(texts)].stem}-{i:02d}.txt").write_text(base + extra, encoding="utf-8")
    return folder


def count(db, table="articles"):
    """Rows in ``table`` as a separate reader sees them (0 while the file does not exist yet)."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=10)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0
    finally:
        conn.close()


def test_sigkill_midway_leaves_a_consistent_library(tmp_path):
    from storylens.store.library import ingest_articles

    (tmp_path / "in").mkdir()
    inputs = make_inputs(tmp_path / "in")
    db = tmp_path / "lib.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "storylens", "ingest", str(inputs), "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    while count(db) == 0:
        assert proc.poll() is None, "ingest ended before its first commit"
        assert time.monotonic() < deadline, "no article committed within 300 s"
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    stored = count(db)
    assert 0 < stored < N_INPUTS, "the kill must land midway"
    # 1. consistent: every stored article is whole (analysis, features, search row, a story that counts it)
    conn = open_database(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check_whole(conn, stored)
    # 2. the next ingest adds exactly the rest and brings every story's comparison up to date
    result = ingest_articles(conn, [str(inputs)], Options(now=FIXED_TIME))
    assert len(result.added) == N_INPUTS - stored and len(result.skipped) == stored
    check_whole(conn, N_INPUTS)
    assert conn.execute("SELECT COUNT(*) FROM stories WHERE is_stale = 1 OR report IS NULL").fetchone()[0] == 0


def check_whole(conn, n):
    """``n`` articles, each with its analysis, features and search row, and story counts that add up."""
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == n
    for table in ("analyses", "features"):
        missing = conn.execute(
            f"SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM {table} t"
            " WHERE t.content_hash = a.content_hash)"
        ).fetchone()[0]
        assert missing == 0, table
    assert conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0] == n
    assert conn.execute("SELECT COALESCE(SUM(n_articles), 0) FROM stories").fetchone()[0] == n
    assert conn.execute("SELECT COUNT(*) FROM stories WHERE n_articles = 0").fetchone()[0] == 0
