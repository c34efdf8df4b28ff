"""The router sends each input to its reader and keeps input order; every skipped input leaves a note."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storylens.cli import cli
from storylens.ingest.router import read_inputs
from storylens.ingest.web import FetchPolicy
from storylens.options import Options
from tests.conftest import EXAMPLE
from tests.helpers_server import html_page, serve

FAST = FetchPolicy(retries=1, backoff_base=0.01, retry_after_cap=0.05)
ALLOW = Options(allow_private=True, timeout=2.0)


def ok(title: str) -> tuple[int, dict[str, str], bytes]:
    """A 200 reply with a small article page."""
    return 200, {"Content-Type": "text/html"}, html_page(title, [f"{title} reports the bridge closure."] * 3)


@pytest.mark.network
def test_mixed_inputs_keep_their_order(tmp_path):
    local = tmp_path / "local.html"
    local.write_bytes(html_page("Local", ["A local copy of the story."]))
    with serve() as server:
        server.routes["/a"] = ok("A")
        server.routes["/b"] = ok("B")
        inputs = [server.url("/a"), str(local), "ftp://example.org/x", server.url("/b"), str(tmp_path / "no.txt")]
        sources, notes = read_inputs(inputs, ALLOW, FAST)
    assert [s.source for s in sources] == [server.url("/a"), str(local), server.url("/b")]
    errors = {n.source: n.message for n in notes if n.level == "error"}
    assert "only http and https" in errors["ftp://example.org/x"]
    assert str(tmp_path / "no.txt") in errors
    assert "read 3 sources from 5 inputs; 2 inputs" in notes[-1].message


@pytest.mark.network
def test_url_list_file_with_comments_and_bad_lines(tmp_path):
    with serve() as server:
        for name in ("one", "two", "three"):
            server.routes[f"/{name}"] = ok(name)
        listing = tmp_path / "story.urls"
        listing.write_text(
            f"# reports of the closure\n{server.url('/one')}\n\n{server.url('/two')}  # the wire copy\n"
            f"not a url\nfile:///etc/passwd\n{server.url('/three')}\n",
            encoding="utf-8",
        )
        sources, notes = read_inputs([str(listing)], ALLOW, FAST)
    assert [s.source for s in sources] == [server.url(p) for p in ("/one", "/two", "/three")]
    assert {n.source for n in notes if n.level == "error"} == {f"{listing}:5", f"{listing}:6"}


def test_a_list_without_urls_says_so(tmp_path):
    listing = tmp_path / "empty.list"
    listing.write_text("# nothing yet\n", encoding="utf-8")
    sources, notes = read_inputs([str(listing)], Options())
    assert sources == [] and "holds no http(s) URL" in notes[0].message


def test_stdin_html_and_text(tmp_path):
    runner = CliRunner()
    html = "<html><body><article><p>The Meridian Bridge is closed for six weeks.</p></article></body></html>"
    result = runner.invoke(cli, ["extract", "-", "--format", "json"], input=html)
    assert result.exit_code == 0, result.output
    article = json.loads(result.stdout)["articles"][0]
    assert article["source"] == "stdin" and "<p>" not in article["text"] and "Meridian Bridge" in article["text"]
    result = runner.invoke(cli, ["extract", "-", "--format", "terminal"], input="Plain words about a bridge.\n")
    assert result.exit_code == 0 and "Plain words about a bridge." in result.stdout


def test_empty_stdin_is_a_note_and_nothing_read_exits_nonzero():
    result = CliRunner().invoke(cli, ["extract", "-", "file:///etc/passwd"], input="")
    assert result.exit_code == 1
    assert "error: -: standard input is empty" in result.stderr
    assert "error: file:///etc/passwd: refused" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_compare_reports_skipped_inputs_in_its_notes(tmp_path):
    runner = CliRunner()
    out = tmp_path / "report.json"
    args = [
        "compare",
        str(EXAMPLE / "harbor-wire.txt"),
        str(EXAMPLE / "civic-watch.txt"),
        "ftp://x.org/a",
        str(tmp_path / "missing.txt"),
        "-o",
        str(out),
    ]
    result = runner.invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "error: ftp://x.org/a: refused" in result.stderr
    assert "read 2 sources from 4 inputs" in result.stderr
    notes = json.loads(out.read_text(encoding="utf-8"))["notes"]
    assert any(n["source"] == str(tmp_path / "missing.txt") for n in notes)
