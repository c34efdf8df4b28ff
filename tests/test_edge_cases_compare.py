"""Edge cases of a comparison: two articles, copies, an off-topic article, another story mixed in, another language."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from storylens.align.topic import main_story
from storylens.options import Options
from storylens.pipeline import compare
from tests.conftest import EXAMPLE, FIXED_TIME

OFF_TOPIC = (
    "The regional orchestra announced its spring programme on Sunday, with three symphonies by Sibelius. "
    "Conductor Marta Illes said rehearsals would begin in April. Tickets go on sale next month at the box office. "
    "The season closes with a choral concert in June, and a youth ensemble will perform at the opening gala.\n"
)
GERMAN = (
    "Die Meridian-Brücke wurde am Dienstag gesperrt, nachdem bei einer Routineinspektion Risse in zwei "
    "Stahlträgern gefunden worden waren. Die Stadt rechnet mit Reparaturkosten von 42 Millionen Dollar. "
    "Der Verkehr wird durch den Hafentunnel umgeleitet, und der Fährdienst wird ab nächster Woche verdoppelt.\n"
)


def story_with(tmp_path: Path, extra: dict[str, str], keep: int = 5) -> Path:
    """A copy of the bundled story (its first ``keep`` files) plus ``extra`` files."""
    folder = tmp_path / "story"
    folder.mkdir()
    for f in sorted(EXAMPLE.iterdir())[:keep]:
        shutil.copy(f, folder / f.name)
    for name, text in extra.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(folder: Path):
    """Compare a folder with a fixed timestamp."""
    return compare([str(folder)], Options(now=FIXED_TIME))


def test_two_articles(tmp_path) -> None:
    report = run(story_with(tmp_path, {}, keep=2))
    assert len(report.articles) == 2 and report.facts
    assert all(f.label in ("consensus", "single-source") for f in report.facts)
    assert report.off_topic == ()


def test_off_topic_article_is_flagged_and_left_out(tmp_path) -> None:
    report = run(story_with(tmp_path, {"orchestra.txt": OFF_TOPIC}))
    assert report.off_topic == ("orchestra",)
    assert all("orchestra" not in f.articles for f in report.facts)
    assert any(n.source == "orchestra" for n in report.notes)
    assert "orchestra" not in report.coverage[report.facts[0].id]


CONCERT = {
    "concert-gazette.txt": (
        "The regional orchestra opened its spring season on Sunday with a sold-out concert of three Sibelius "
        "symphonies. Conductor Marta Illes led the orchestra before an audience of 1,200. The programme ran for two "
        "hours, and the audience called the musicians back for three encores.\n"
    ),
    "concert-review.txt": (
        "The regional orchestra began its spring season with three Sibelius symphonies on Sunday, playing to a full "
        "hall of 1,200. Marta Illes conducted. The orchestra returned for three encores after the two-hour "
        "programme.\n"
    ),
    "concert-notes.txt": (
        "A sold-out hall of 1,200 heard the regional orchestra open its spring season on Sunday with Sibelius. "
        "Conductor Marta Illes chose three of his symphonies for the night. The musicians came back for three "
        "encores.\n"
    ),
}


def test_a_story_mixed_with_reports_of_another_event_is_compared_alone(tmp_path) -> None:
    """Three reports of a concert among five of the bridge story: they agree with one another, so no
    article-by-article test flags them, but their leads form a smaller group than the story's, so they are left
    out and the bridge facts are labelled by the five outlets that tell it."""
    report = run(story_with(tmp_path, CONCERT))
    assert set(report.off_topic) == {"concert-gazette", "concert-review", "concert-notes"}
    assert all(not set(f.articles) & set(report.off_topic) for f in report.facts)
    assert any(f.label == "consensus" and len(set(f.articles)) == 5 for f in report.facts)
    assert report.summary
    assert any(n.level == "warning" and "other events" in n.message and n.source is None for n in report.notes)


def test_copy_of_an_article_counts_once(tmp_path) -> None:
    text = (EXAMPLE / "harbor-wire.txt").read_text(encoding="utf-8")
    report = run(story_with(tmp_path, {"harbor-wire-reprint.txt": text}))
    assert any({"harbor-wire", "harbor-wire-reprint"} <= set(g.members) for g in report.duplicates)
    both = [f for f in report.facts if {"harbor-wire", "harbor-wire-reprint"} <= set(f.articles)]
    assert both
    for f in both:
        assert f.independent == len(set(f.articles)) - 1


def test_other_language_is_flagged_not_aligned(tmp_path) -> None:
    report = run(story_with(tmp_path, {"brueckenblatt.txt": GERMAN}))
    assert "brueckenblatt" in report.off_topic
    assert all("brueckenblatt" not in f.articles for f in report.facts)
    assert any("language" in n.message for n in report.notes if n.source == "brueckenblatt")


def test_unrelated_articles_get_no_summary_and_a_warning(tmp_path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "orchestra.txt").write_text(OFF_TOPIC, encoding="utf-8")
    (folder / "wheat.txt").write_text(
        "Wheat prices fell for a third straight week as heavy rain improved the outlook for the southern harvest. "
        "Traders said export demand remained weak. The benchmark contract closed 2 percent lower on Friday.\n",
        encoding="utf-8",
    )
    (folder / "cycle-lane.txt").write_text(
        "A new cycle lane opened along the river embankment on Monday after two years of construction. "
        "The city expects 4,000 cyclists a day to use it. Shop owners had opposed the loss of parking spaces.\n",
        encoding="utf-8",
    )
    report = run(folder)
    assert report.summary == ()
    assert any(n.level == "warning" and "different events" in n.message for n in report.notes)


def test_articles_telling_different_events_get_no_summary_even_when_a_phrase_aligns(tmp_path) -> None:
    """Unrelated reports that share a stock sentence: the sentence aligns, but their leads tell different
    events, so no neutral summary is written and a warning says why (the shared fact stays in the report)."""
    stock = "The company did not respond to a request for comment on Friday."
    leads = {
        "ferry.txt": "A ferry operator cancelled all crossings to the northern islands after a storm damaged its pier.",
        "bakery.txt": "A family bakery in the old town won the national bread prize for its rye sourdough loaf.",
        "chip.txt": "A chip maker said quarterly revenue rose 18 percent as demand for data-centre processors grew.",
    }
    folder = tmp_path / "unrelated"
    folder.mkdir()
    for name, lead in leads.items():
        (folder / name).write_text(f"{lead} {stock}\n", encoding="utf-8")
    report = run(folder)
    assert any(len(set(f.articles)) >= 2 for f in report.facts)  # the stock sentence aligned
    assert report.summary == ()
    assert any(n.level == "warning" and "tell different events" in n.message for n in report.notes)


def _leads(*groups: tuple[int, int, float]) -> np.ndarray:
    """Unit lead vectors: for each (axis, count, spread), ``count`` articles on that axis, ``spread`` apart."""
    rows = []
    for axis, count, spread in groups:
        for _ in range(count):
            v = np.zeros(64)
            v[axis], v[32 + len(rows)] = 1.0, spread
            rows.append(v / np.linalg.norm(v))
    return np.array(rows)


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        pytest.param([(0, 4, 0.3), (1, 2, 0.3)], [0, 1, 2, 3], id="the larger group of linked leads is the story"),
        pytest.param(
            [(0, 2, 0.3), *((a, 1, 0.3) for a in range(1, 9))],
            list(range(10)),
            id="a pair among unrelated pages is not",
        ),
        pytest.param([(0, 3, 0.8), (1, 3, 0.3)], [3, 4, 5], id="a tie goes to the group whose leads agree most"),
        pytest.param([(a, 1, 0.3) for a in range(5)], list(range(5)), id="no two leads link: every article"),
    ],
)
def test_main_story_is_the_largest_group_of_linked_leads(groups, expected) -> None:
    assert main_story(_leads(*groups)) == expected
