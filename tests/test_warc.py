"""WARC / WARC.gz input: HTML responses become sources; skips, truncation, and equivalence with the same pages."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storylens.cli import cli
from storylens.ingest.router import read_inputs
from storylens.options import Options
from tests.conftest import EXAMPLE, FIXED_TIME
from tests.helpers_server import html_page, serve

Record = tuple[str, str, str, bytes]
"""(target URI, HTTP status line, content type, body) of one response record."""


def write_warc(path: Path, records: list[Record], *, gzip: bool = True) -> bytes:
    """Write ``records`` (plus a warcinfo and a request record each, as crawlers do) and return the file's bytes."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "storylens tests"}))
    for uri, status, content_type, body in records:
        request = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "example")], is_http_request=True)
        writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


def page(n: int) -> bytes:
    """A small distinct article page."""
    return html_page(f"Story {n}", [f"Paragraph {i} of story {n}: the bridge stays closed." for i in range(4)])


MIXED: list[Record] = [
    ("https://a.example/1", "200 OK", "text/html; charset=utf-8", page(1)),
    ("https://a.example/logo.png", "200 OK", "image/png", b"\x89PNG"),
    ("https://a.example/gone", "404 Not Found", "text/html", b"<p>missing</p>"),
    ("https://b.example/2", "200 OK", "application/xhtml+xml", page(2)),
    ("https://b.example/3", "200 OK", "text/html; charset=windows-1252", page(3)),
]


@pytest.mark.parametrize("gzip", [True, False])
def test_html_responses_become_sources_and_skips_are_counted(tmp_path, gzip):
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, MIXED, gzip=gzip)
    sources, notes = read_inputs([str(path)], Options())
    assert [s.source for s in sources] == ["https://a.example/1", "https://b.example/2", "https://b.example/3"]
    assert all(s.url == s.source and s.kind == "html" and s.published for s in sources)
    assert "Paragraph 3 of story 2" in sources[1].content
    assert [n.message for n in notes] == [f"{path}: 3 HTML pages read; skipped 1 non-200, 1 non-HTML records"]


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path, gzip):
    path = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    data = write_warc(path, MIXED, gzip=gzip)
    path.write_bytes(data[: len(data) - 40])  # cut inside the last record
    other = tmp_path / "other.html"
    other.write_bytes(page(9))
    sources, notes = read_inputs([str(path), str(other)], Options())
    assert [s.source for s in sources] == ["https://a.example/1", "https://b.example/2", str(other)]
    assert any(n.level == "warning" and "truncated" in n.message and n.source == str(path) for n in notes)


def test_a_warc_that_is_not_one_gives_a_note(tmp_path):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(b"this is not a warc file at all\n" * 10)
    sources, notes = read_inputs([str(path)], Options())
    assert sources == []
    assert any(n.level == "error" and n.source == str(path) for n in notes)


def story_pages() -> dict[str, bytes]:
    """The bundled example story as HTML pages: its .html page as is, each .txt wrapped in <p> tags."""
    pages = {"northshore-post.html": (EXAMPLE / "northshore-post.html").read_bytes()}
    for txt in sorted(EXAMPLE.glob("*.txt")):
        title, *paragraphs = [p.strip() for p in txt.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        pages[f"{txt.stem}.html"] = html_page(title, paragraphs)
    return pages


def report_essentials(report: dict) -> dict:
    """What must not depend on how the pages were delivered: texts, facts' mentions, quotes."""
    return {
        "texts": sorted(a["text"] for a in report["articles"]),
        "facts": sorted(sorted(m["text"] for m in f["mentions"]) for f in report["facts"]),
        "quotes": sorted(g["text"] for g in report["quote_groups"]),
    }


@pytest.mark.slow
@pytest.mark.network
def test_warc_of_fetched_pages_gives_the_same_report_as_the_html_files(tmp_path):
    pages = story_pages()
    folder = tmp_path / "pages"
    folder.mkdir()
    records: list[Record] = []
    with serve() as server, httpx.Client() as client:
        for name, body in pages.items():
            server.routes[f"/{name}"] = (200, {"Content-Type": "text/html; charset=utf-8"}, body)
        for name in pages:
            response = client.get(server.url(f"/{name}"))
            records.append(
                (str(response.url), f"{response.status_code} OK", response.headers["content-type"], response.content)
            )
            (folder / name).write_bytes(response.content)
    write_warc(tmp_path / "story.warc.gz", records)
    runner = CliRunner()
    args = ["--format", "json", "--timestamp", FIXED_TIME]
    from_warc = runner.invoke(cli, ["compare", str(tmp_path / "story.warc.gz"), *args])
    from_files = runner.invoke(cli, ["compare", str(folder), *args])
    assert from_warc.exit_code == 0 and from_files.exit_code == 0, (from_warc.output, from_files.output)
    warc_report, files_report = json.loads(from_warc.stdout), json.loads(from_files.stdout)
    assert len(warc_report["articles"]) == len(pages) == 5
    assert warc_report["facts"], "the story should align into facts"
    assert report_essentials(warc_report) == report_essentials(files_report)
