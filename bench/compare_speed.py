"""Speed of ``storylens compare``: cold and warm on the example story, and how alignment grows with articles.

1. cold: ``storylens compare`` on the example story in a new process (models load), wall time, every vector
   computed; then the same again with the vectors of an earlier run on disk (``storylens/vector_cache.py``);
2. warm: the same comparison in this process once models are loaded, best of three;
3. peak memory of this process (``resource.getrusage``);
4. scaling: PolNeAR articles (../shared/data/attribution/polnear, full news articles) compared as one story of
   50, 100, 200, 400 articles; prints analysis time, alignment time, and each size's ratio to the half size.
   Alignment must grow well below quadratically (ratio near 2, not 4) - that is what the blocking is for.

Run: ``python bench/compare_speed.py [SIZES...]`` (default 50 100 200 400). Reads ../shared; copies nothing.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "kazakhstan-abraham-accords"
POLNEAR = SHARED / "data" / "attribution" / "polnear" / "train" / "text"
FIXED_TIME = "2026-01-01T00:00:00+00:00"


def cold(story: Path, vectors: str = "off") -> float:
    """Wall time of ``storylens compare`` on ``story`` in a new process, with ``vectors`` as its vector cache."""
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        cmd = [str(ROOT / ".venv" / "bin" / "storylens"), "compare", str(story), "--format", "json",
               "-o", str(Path(tmp) / "r.json")]  # fmt: skip
        subprocess.run(cmd, check=True, capture_output=True, env={**os.environ, "STORYLENS_VECTORS": vectors})
        return time.perf_counter() - t


def cold_rerun(story: Path) -> float:
    """Wall time of a second ``storylens compare`` of ``story`` in a new process, the first run's vectors on disk."""
    with tempfile.TemporaryDirectory() as tmp:
        store = str(Path(tmp) / "vectors.sqlite")
        cold(story, store)
        return cold(story, store)


def warm(story: Path, runs: int = 3) -> float:
    """Best in-process wall time of a full comparison of ``story`` once models are loaded."""
    from storylens import nlp
    from storylens.options import Options
    from storylens.pipeline import compare

    compare([str(story)], Options(now=FIXED_TIME))  # load models
    best = float("inf")
    for _ in range(runs):
        nlp._EMBED_CACHE.clear()  # models loaded, but no sentence embedded yet: the honest warm case
        t = time.perf_counter()
        compare([str(story)], Options(now=FIXED_TIME))
        best = min(best, time.perf_counter() - t)
    return best


def rerun(story: Path) -> float:
    """In-process wall time of comparing ``story`` again, its sentence embeddings already cached."""
    from storylens.options import Options
    from storylens.pipeline import compare

    compare([str(story)], Options(now=FIXED_TIME))
    t = time.perf_counter()
    compare([str(story)], Options(now=FIXED_TIME))
    return time.perf_counter() - t


def scaling(sizes: list[int]) -> None:
    """Analysis and alignment time for stories of ``sizes`` articles, with growth ratios as sizes double."""
    from storylens import nlp
    from storylens.align import align_story
    from storylens.dedupe import find_duplicates
    from storylens.options import Options
    from storylens.pipeline import prepare

    files = sorted(POLNEAR.glob("*.txt"))
    if not files:
        print(f"scaling: {POLNEAR} not found, skipped")
        return
    previous: dict[str, float] = {}
    print(f"{'articles':>8} {'claims':>7} {'analyse s':>10} {'align s':>8} {'align ratio':>12} {'align ms/claim':>15}")
    for n in sizes:
        t = time.perf_counter()
        prepared = prepare([str(f) for f in files[:n]], Options(now=FIXED_TIME))
        analyse_s = time.perf_counter() - t
        nlp._EMBED_CACHE.clear()  # each size embeds all its claims, as a first run would
        t = time.perf_counter()
        align_story(prepared.articles, prepared.analyses, find_duplicates(prepared.articles))
        align_s = time.perf_counter() - t
        claims = sum(len(a.claims) for a in prepared.analyses)
        ratio = f"{align_s / previous['align']:.2f}" if previous.get("n") == n / 2 else "-"
        per_claim = 1000 * align_s / max(claims, 1)
        print(f"{n:>8} {claims:>7} {analyse_s:>10.2f} {align_s:>8.2f} {ratio:>12} {per_claim:>15.1f}", flush=True)
        previous = {"n": n, "align": align_s}


def main(argv: list[str]) -> int:
    """Print cold, warm, peak memory and scaling figures."""
    if not EXAMPLE.exists():
        print(f"{EXAMPLE} not found: run beside ../shared")
        return 1
    os.environ["STORYLENS_VECTORS"] = "off"  # in this process every vector is computed unless said otherwise
    print(f"cold  compare (new process): {cold(EXAMPLE):.2f} s")
    print(f"cold  re-run (new process, the first run's vectors on disk): {cold_rerun(EXAMPLE):.2f} s")
    print(f"warm  compare (in process, models loaded, nothing embedded yet): {warm(EXAMPLE):.2f} s")
    print(f"warm  re-run of the same story (sentence embeddings cached):  {rerun(EXAMPLE):.2f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    scaling([int(a) for a in argv[1:]] or [50, 100, 200, 400])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
