"""Sentence vectors kept on disk between runs, so a story compared again embeds only the text it has not seen.

MiniLM is most of a comparison's work (~2.5 s of the example story's 3.5 s warm). A journalist re-runs a
comparison to add an outlet or write another format, and the library re-compares a story each time an article
joins it: without this, each run embeds every claim of the story again. A vector depends only on its text
(ONNX Runtime gives the same bits whatever else is in the batch, measured on this project's machine), so a stored
one is the one the model would compute: a report made from stored vectors equals one made without (tested).

The store is one SQLite file beside the exported model, named by model package and export versions like the
export itself, so a new model never reads old vectors. It holds at most ``LIMIT`` vectors (~1.6 KB each); the
oldest go first. The cache is an optimisation only: a file that cannot be opened, read or written (read-only
home, another process holding a lock, a damaged file) is passed over and the vectors are computed as usual.
``$STORYLENS_VECTORS`` names another file, or ``off`` to compute every vector (the speed benchmark does).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

LIMIT = 200_000
"""Most vectors kept (~320 MB): about two thousand articles' claims, sentences and name-free copies."""

CHUNK = 500
"""Keys per lookup query, below SQLite's limit on query parameters."""

LOCK_TIMEOUT = 2.0
"""Seconds to wait for another process's write before passing the cache over."""


def default_path() -> Path | None:
    """The cache file: ``$STORYLENS_VECTORS``, else beside the exported model; None when set to ``off``."""
    explicit = os.environ.get("STORYLENS_VECTORS", "")
    if explicit.lower() in ("off", "0", "no", "false"):
        return None
    if explicit:
        return Path(explicit)
    from storylens.embedder import onnx_path

    return onnx_path().with_suffix(".vectors.sqlite")


def key_of(text: str) -> bytes:
    """The key of a text: the first 16 bytes of its SHA-256 (no collision in any realistic number of texts)."""
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]


@dataclasses.dataclass(frozen=True, slots=True)
class VectorCache:
    """One SQLite file of ``key -> float32 vector`` rows, oldest first by row id."""

    path: Path
    dimensions: int
    limit: int = LIMIT
    timeout: float = LOCK_TIMEOUT

    def get(self, texts: Iterable[str]) -> dict[str, np.ndarray]:
        """The stored vectors of those ``texts`` that have one (an empty dict when the file cannot be read)."""
        import numpy as np

        by_key = {key_of(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        keys = sorted(by_key)
        with self._connect() as conn:
            if conn is None:
                return found
            for start in range(0, len(keys), CHUNK):
                chunk = keys[start : start + CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", chunk)
                for key, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape == (self.dimensions,):
                        found[by_key[key]] = vector
        return found

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        """Store ``text -> vector`` rows, then drop the oldest beyond ``limit`` (nothing when it cannot write)."""
        import numpy as np

        rows = [(key_of(t), np.asarray(v, dtype=np.float32).tobytes()) for t, v in vectors.items()]
        if not rows:
            return
        with self._connect() as conn:
            if conn is None:
                return
            with conn:
                conn.executemany("INSERT OR IGNORE INTO vectors (key, vector) VALUES (?, ?)", rows)
                conn.execute("DELETE FROM vectors WHERE rowid <= (SELECT MAX(rowid) FROM vectors) - ?", (self.limit,))

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection | None]:
        """A connection with the table in place, or None when the file cannot be used; closed afterwards.

        A connection per call: the web UI embeds from several threads, and opening SQLite costs ~0.1 ms.
        """
        conn = self._open()
        if conn is None and self._damaged():
            with contextlib.suppress(OSError):
                self.path.unlink()  # a cache holds nothing that cannot be computed again: start it afresh
            conn = self._open()
        try:
            yield conn
        except sqlite3.Error:
            pass  # damaged or locked mid-way: the vectors are computed (or kept in memory) as if it were absent
        finally:
            if conn is not None:
                conn.close()

    def _open(self) -> sqlite3.Connection | None:
        """A connection with the table in place, or None when the file cannot be opened as a database."""
        conn = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=self.timeout)
            conn.execute("CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)")
        except (OSError, sqlite3.Error):
            if conn is not None:
                conn.close()
            return None
        return conn

    def _damaged(self) -> bool:
        """True when the file holds something other than an SQLite database (a stray write clobbered it).

        An empty file is not damaged: it may be another process's cache being created this instant.
        """
        try:
            with self.path.open("rb") as f:
                head = f.read(16)
        except OSError:
            return False
        return bool(head) and head != b"SQLite format 3\x00"
