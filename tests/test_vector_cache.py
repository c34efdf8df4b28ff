"""Sentence vectors kept on disk: exact round trips, a size limit, unusable files passed over, identical reports."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from storylens import nlp
from storylens.vector_cache import VectorCache, default_path
from tests.conftest import EXAMPLE, FIXED_TIME, ROOT


def _vectors(texts: list[str], seed: int = 0) -> dict[str, np.ndarray]:
    """Unit float32 vectors of the model's width, one per text."""
    rows = np.random.default_rng(seed).normal(size=(len(texts), 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    return dict(zip(texts, rows, strict=True))


def test_vectors_come_back_bit_for_bit(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "v.sqlite", 384)
    stored = _vectors(["The council voted 7-2.", "“No,” she said.", "Ünïcode — and emoji 🚢"])
    cache.put(stored)
    got = cache.get([*stored, "never stored"])
    assert set(got) == set(stored)
    assert all(np.array_equal(got[t], stored[t]) and got[t].dtype == np.float32 for t in stored)
    assert VectorCache(tmp_path / "v.sqlite", 512).get(stored) == {}  # another model's width is not taken


def test_storing_a_text_again_keeps_the_first_vector(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "v.sqlite", 384)
    cache.put(_vectors(["a claim"], seed=1))
    cache.put(_vectors(["a claim"], seed=2))
    assert np.array_equal(cache.get(["a claim"])["a claim"], _vectors(["a claim"], seed=1)["a claim"])


def test_the_oldest_vectors_go_beyond_the_limit(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "v.sqlite", 384, limit=3)
    texts = [f"claim {i}" for i in range(5)]
    for i, text in enumerate(texts):
        cache.put(_vectors([text], seed=i))
    assert sorted(cache.get(texts)) == texts[2:]


def test_many_texts_are_looked_up_in_chunks(tmp_path: Path) -> None:
    cache = VectorCache(tmp_path / "v.sqlite", 384)
    stored = _vectors([f"sentence number {i}" for i in range(1_234)])
    cache.put(stored)
    assert len(cache.get(stored)) == 1_234


def test_a_damaged_file_is_started_afresh(tmp_path: Path) -> None:
    path = tmp_path / "v.sqlite"
    path.write_bytes(b"\x00not a database\xff" * 200)
    cache = VectorCache(path, 384)
    assert cache.get(["a claim"]) == {}
    cache.put(_vectors(["a claim"]))
    assert set(cache.get(["a claim"])) == {"a claim"}


@pytest.mark.parametrize("kind", ["folder in the way", "file where the folder should be", "locked by a writer"])
def test_an_unusable_file_is_passed_over(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "v.sqlite"
    if kind == "locked by a writer":
        VectorCache(path, 384).put(_vectors(["other"]))
        writer = sqlite3.connect(path)
        writer.execute("BEGIN EXCLUSIVE")
    elif kind == "folder in the way":
        path.mkdir()
    else:
        (tmp_path / "blocker").write_text("a file")
        path = tmp_path / "blocker" / "v.sqlite"
    cache = VectorCache(path, 384, timeout=0.1)
    cache.put(_vectors(["a claim"]))  # must not raise
    assert cache.get(["a claim"]) == {}


def test_the_cache_can_be_turned_off_or_moved(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYLENS_VECTORS", "off")
    assert default_path() is None
    monkeypatch.setenv("STORYLENS_VECTORS", str(tmp_path / "elsewhere.sqlite"))
    assert default_path() == tmp_path / "elsewhere.sqlite"
    monkeypatch.delenv("STORYLENS_VECTORS")
    monkeypatch.setenv("STORYLENS_MODELS", str(tmp_path))
    path = default_path()
    assert path is not None and path.parent == tmp_path and path.name.endswith(".vectors.sqlite")


@pytest.fixture
def fresh_caches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """An empty on-disk cache file and an empty in-memory cache; both restored afterwards."""
    path = tmp_path / "vectors.sqlite"
    monkeypatch.setenv("STORYLENS_VECTORS", str(path))
    nlp.get_vector_cache.cache_clear()
    kept = dict(nlp._EMBED_CACHE)
    nlp._EMBED_CACHE.clear()
    yield path
    nlp._EMBED_CACHE.clear()
    nlp._EMBED_CACHE.update(kept)
    nlp.get_vector_cache.cache_clear()


@pytest.mark.slow
def test_embed_reads_what_an_earlier_run_stored(fresh_caches: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["The bridge will close on Monday.", "Repairs will cost $42 million.", "The bridge will close on Monday."]
    first = nlp.embed(texts)
    assert fresh_caches.exists()
    nlp._EMBED_CACHE.clear()  # a new process: only the file remembers

    def no_model() -> None:
        raise AssertionError("the model was asked for a vector the cache holds")

    monkeypatch.setattr(nlp, "get_embedder", no_model)
    again = nlp.embed(texts)
    assert np.array_equal(first, again)
    with pytest.raises(AssertionError, match="cache holds"):
        nlp.embed(["A sentence never embedded before."])


_RUN = """
import json, sys
from storylens.options import Options
from storylens.pipeline import compare
report = compare([sys.argv[1]], Options(now=sys.argv[2]))
print(json.dumps({"report": report.to_dict(), "model_loaded": "onnxruntime" in sys.modules}))
"""


def _compare_in_new_process(vectors: str) -> dict[str, object]:
    env = {**os.environ, "STORYLENS_VECTORS": vectors}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(EXAMPLE), FIXED_TIME], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.slow
def test_a_rerun_reads_every_vector_from_disk_and_reports_the_same(tmp_path: Path) -> None:
    store = str(tmp_path / "vectors.sqlite")
    first, second = _compare_in_new_process(store), _compare_in_new_process(store)
    without = _compare_in_new_process("off")
    assert first["model_loaded"] and without["model_loaded"]
    assert not second["model_loaded"]  # every vector came from the file: MiniLM was never loaded
    assert first["report"] == second["report"] == without["report"]
