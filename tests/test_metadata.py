"""Metadata: title, outlet, authors, date and URL from HTML, bylines and datelines; provenance; language; ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.extract import extract_article, filename_outlet_note
from storylens.extract.metadata import detect_language, is_date_line, parse_byline, parse_date, parse_dateline
from storylens.ingest.files import read_local
from storylens.options import Options
from storylens.records import Source
from tests.conftest import EXAMPLE

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dam opens after repairs | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="og:url" content="https://valley-courier.example/news/dam-opens">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Dam opens after repairs","datePublished":"2025-06-07T08:00:00Z",
"author":[{"@type":"Person","name":"Rita Example"},{"@type":"Person","name":"Sam Sample"}]}</script>
</head><body><nav><a href="/">Home</a> <a href="/sub">Subscribe</a></nav><article><h1>Dam opens after repairs</h1>
<p>The valley dam reopened on Saturday after eight months of repairs to its spillway, the water board said.</p>
<p>Engineers replaced two gates and strengthened the concrete apron below the spillway during the closure.</p>
<p>Farmers downstream said the reopening came just in time for the summer irrigation season.</p>
</article><footer>Contact us</footer></body></html>"""


def test_html_metadata_from_og_and_json_ld() -> None:
    article = extract_article(Source(source="dam.html", content=PAGE, kind="html"), Options())
    assert article.title == "Dam opens after repairs"
    assert (article.outlet, article.outlet_from) == ("The Valley Courier", "metadata")
    assert article.authors == ("Rita Example", "Sam Sample")
    assert (article.published, article.published_from) == ("2025-06-07", "metadata")
    assert article.url == "https://valley-courier.example/news/dam-opens"
    assert article.text.startswith("The valley dam reopened")
    assert "Subscribe" not in article.text and "Contact us" not in article.text
    assert article.language == "en"


def test_example_html_and_byline_metadata() -> None:
    sources, _ = read_local(str(EXAMPLE), Options())
    articles = {a.id: a for a in (extract_article(s, Options()) for s in sources)}
    post = articles["northshore-post"]
    assert (post.outlet, post.outlet_from, post.authors) == ("Northshore Post", "metadata", ("Carla Mendes",))
    ledger = articles["coastal-ledger"]
    assert ledger.authors == ("Dana Whitfield",)
    assert (ledger.published, ledger.published_from) == ("2026-03-04", "byline")
    wire = articles["harbor-wire"]
    assert (wire.outlet, wire.outlet_from, wire.dateline) == ("Harbor Wire", "byline", "PORT ALDER (Harbor Wire)")
    civic = articles["civic-watch"]
    assert (civic.outlet, civic.outlet_from) == ("civic-watch", "filename")
    note = filename_outlet_note(articles.values())
    assert note is not None and note.level == "info"
    assert "civic-watch" in note.message and "northshore-post" not in note.message


@pytest.mark.parametrize(
    ("line", "authors", "date"),
    [
        ("By Jane Doe | November 13, 2025", ("Jane Doe",), "2025-11-13"),
        ("by Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
        ("By María de la Cruz, 3 March 2024", ("María de la Cruz",), "2024-03-03"),
        # a role, a beat and an agency after the author are no authors
        ("By Jane Doe, Correspondent", ("Jane Doe",), None),
        ("By Jane Doe, Crime Editor", ("Jane Doe",), None),
        ("By Jane Doe, Home Affairs Correspondent | 12 May 2024", ("Jane Doe",), "2024-05-12"),
        ("By Jane Doe, QNS", ("Jane Doe",), None),
        ("By JO LEE, Correspondent", ("JO LEE",), None),  # a short name in capitals is no agency
        ("By Jane Doe, John Roe and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee"), None),
    ],
)
def test_bylines(line: str, authors: tuple[str, ...], date: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None and byline.authors == authors and byline.published == date


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week the bridge had reopened.",
        "Bystanders said nothing",
        "By its own account, the firm found the leak on March 2. Customers heard nothing until Tuesday.",
    ],
)
def test_sentences_are_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("paragraph", "dateline"),
    [
        ("WASHINGTON: The senate voted.", "WASHINGTON"),
        ("ST. LOUIS (AP) — Police said.", "ST. LOUIS (AP)"),
        ("LONDON, Nov 13 (Reuters) - Shares fell.", "LONDON, Nov 13 (Reuters)"),
        ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV, Ukraine (AP)"),
        ("PORT ALDER, Westmark — The ferry left.", "PORT ALDER, Westmark"),
        ("Meanwhile: nothing happened.", None),
        ("Meanwhile, The Board — its chair said — agreed.", None),
        ("US - and others - agreed.", None),
    ],
)
def test_datelines(paragraph: str, dateline: str | None) -> None:
    found = parse_dateline(paragraph)
    assert (found[0] if found else None) == dateline


def test_dates() -> None:
    assert parse_date("Published 2024-02-29 10:00") == "2024-02-29"
    assert parse_date("Updated Jan. 5, 2023") == "2023-01-05"
    assert parse_date("no date here") is None


def test_language_guess() -> None:
    assert (
        detect_language("The minister said that the plan was on track and would be finished by the end of May.") == "en"
    )
    assert (
        detect_language("Le ministre a dit que le projet est en bonne voie et sera fini pour la fin du mois.") == "fr"
    )
    assert detect_language("Der Minister sagte, dass der Plan im Zeitplan sei und bis Ende Mai fertig wird.") == "de"
    assert detect_language("Министр сказал, что план выполняется и будет завершён к концу мая.") == "ru"
    assert detect_language("Too short") is None


def test_ids_are_file_stems_made_unique(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    body = "The council approved the new budget on Monday after a long debate about road repairs."
    (tmp_path / "a" / "story.txt").write_text(body)
    (tmp_path / "b" / "story.html.gz").write_bytes(__import__("gzip").compress(f"<p>{body}</p>".encode()))
    sources, _ = read_local(str(tmp_path), Options())
    taken: set[str] = set()
    ids = []
    for source in sources:
        article = extract_article(source, Options(), taken_ids=taken)
        taken.add(article.id)
        ids.append(article.id)
    assert ids == ["story", "story-2"]


@pytest.mark.parametrize(
    ("line", "is_date"),
    [
        ("4 March 2026 7:02am | UPDATED 9:48am", True),
        ("March 4, 2026 1:05 PM GMT+2 · Updated 3 hours ago", True),
        ("4 March 2026 at 7:02am in Lakeside", False),
    ],
)
def test_date_lines_with_glued_times_and_relative_updates(line: str, is_date: bool) -> None:
    assert is_date_line(line) is is_date
