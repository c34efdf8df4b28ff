"""The ONNX Runtime embedder computes what sentence-transformers computes, exports cleanly, fails clearly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from storylens import embedder
from storylens.errors import AnalysisError
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.slow


def _sentences() -> list[str]:
    """Real sentences of every length from the bundled story, plus one longer than the 128-token cut."""
    texts = [line.strip() for f in sorted(EXAMPLE.glob("*.txt")) for line in f.read_text().splitlines()]
    texts = [t for t in texts if len(t) > 3][:60]
    return [*texts, " ".join(texts[:12]), "Yes.", "“Quoted,” she said — 3.5% of $2bn."]


@pytest.fixture(scope="module")
def reference() -> tuple[list[str], np.ndarray]:
    """sentence-transformers' own vectors for the same model (the reference implementation)."""
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(embedder.model_source()), device="cpu")
    model.max_seq_length = embedder.MAX_TOKENS
    texts = _sentences()
    return texts, model.encode(texts, normalize_embeddings=True, show_progress_bar=False)


def test_vectors_match_sentence_transformers(reference: tuple[list[str], np.ndarray]) -> None:
    texts, expected = reference
    got = embedder.load().encode(texts)
    assert got.shape == expected.shape == (len(texts), embedder.DIMENSIONS)
    assert float((got * expected).sum(axis=1).min()) > 0.9999
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)


def test_order_and_batching_do_not_change_vectors() -> None:
    model = embedder.load()
    texts = _sentences()
    together = model.encode(texts)
    alone = np.stack([model.encode([t])[0] for t in reversed(texts)])[::-1]
    assert np.allclose(together, alone, atol=1e-5)
    assert model.encode([]).shape == (0, embedder.DIMENSIONS)


def test_fresh_export_gives_the_same_vectors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: tuple[list[str], np.ndarray]
) -> None:
    monkeypatch.setenv("STORYLENS_MODELS", str(tmp_path))
    path = embedder.ensure_model()
    assert path.parent == tmp_path and path.stat().st_size > 50_000_000
    assert not list(tmp_path.glob("*.part"))  # written atomically
    texts, expected = reference
    assert float((embedder.load().encode(texts[:8]) * expected[:8]).sum(axis=1).min()) > 0.9999


def test_corrupt_export_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLENS_MODELS", str(tmp_path))
    embedder.onnx_path().write_bytes(b"not a model")
    with pytest.raises(AnalysisError, match="delete it to export it again"):
        embedder.load()


def test_unwritable_cache_falls_back_to_the_temp_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STORYLENS_MODELS", str(blocker / "models"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    path = embedder.ensure_model()
    assert path.parent == tmp_path / "tmp" / "storylens-models" and path.exists()


def test_parsing_leaves_pytorch_unloaded_and_a_first_export_still_works(tmp_path: Path) -> None:
    """spaCy's import no longer drags PyTorch in (``nlp.torch_hidden``); the export that needs it, run later in
    the same process as a first ``compare`` on a fresh machine would, still imports it and writes the model."""
    script = (
        "import sys\n"
        "from storylens.analyze.sentences import parse\n"
        "doc, sentences = parse('The council approved the budget on Tuesday. The mayor said it was fair.')\n"
        "assert len(sentences) == 2 and 'torch' not in sys.modules, sorted(m for m in sys.modules if 'torch' in m)\n"
        "from storylens import embedder\n"
        "print(embedder.load().encode(['A bridge closed.']).shape, 'torch' in sys.modules)\n"
    )
    env = {**os.environ, "STORYLENS_MODELS": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["(1,", "384)", "True"]
    assert list(tmp_path.glob("*.onnx"))
