"""Quality gate: storylens's HTML extraction on the scrapinghub benchmark stays above a pinned F1 floor.

Measured with ``python bench/extraction.py`` (181 pages): storylens F1 0.967 (P 0.964, R 0.970), trafilatura
defaults 0.953, whole page 0.636. The floors sit a little below so that small library updates do not fail CI.
"""

from __future__ import annotations

import pytest

from bench.extraction import evaluate, load_pages, score_pages, shingle_matching, storylens_text
from tests.conftest import need_shared

F1_FLOOR = 0.955
PRECISION_FLOOR = 0.945
RECALL_FLOOR = 0.955


def test_shingle_metric_matches_the_benchmark_definition() -> None:
    true = "one two three four five six"
    assert shingle_matching(true, true) == (1.0, 0.0, 0.0)
    tp, fp, fn = shingle_matching(true, "one two three four")  # 1 shared shingle of 3 true ones
    assert (tp, fp, fn) == pytest.approx((1 / 3, 0.0, 2 / 3))
    assert score_pages([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)]) == pytest.approx(
        {"precision": 0.75, "recall": 1.0, "f1": 2 * 0.75 / 1.75}
    )


@pytest.mark.slow
def test_storylens_extraction_f1_floor() -> None:
    data = need_shared("data", "extraction", "scrapinghub")
    scores = evaluate(storylens_text, load_pages(data))
    assert scores["pages"] == 181
    assert scores["f1"] >= F1_FLOOR, scores
    assert scores["precision"] >= PRECISION_FLOOR, scores
    assert scores["recall"] >= RECALL_FLOOR, scores
