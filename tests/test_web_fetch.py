"""Fetching URLs against a real HTTP server on 127.0.0.1: errors, caps, redirects, charsets, retries, cache, safety."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from storylens.cli import cli
from storylens.ingest.router import read_inputs
from storylens.ingest.web import USER_AGENT, FetchPolicy, decode_body
from storylens.options import Options
from tests.helpers_server import LocalServer, Request, html_page, serve, slow

pytestmark = pytest.mark.network

FAST = FetchPolicy(retries=2, backoff_base=0.01, retry_after_cap=0.05)
PAGE = html_page("Bridge closes", ["The Meridian Bridge closed on Monday for six weeks of repairs."] * 3)
OK: tuple[int, dict[str, str], bytes] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)


@pytest.fixture
def server():
    """A fresh local server with one good page at /ok."""
    with serve() as srv:
        srv.routes["/ok"] = OK
        yield srv


def read(server: LocalServer, paths: list[str], **options):
    """``read_inputs`` on server paths with private addresses allowed and a fast retry policy."""
    options.setdefault("allow_private", True)
    options.setdefault("timeout", 2.0)
    return read_inputs([server.url(p) for p in paths], Options(**options), FAST)


def messages(notes) -> str:
    """All note messages in one string, for ``in`` checks."""
    return "\n".join(n.message for n in notes)


def test_page_is_read_with_final_url_and_user_agent(server):
    seen = {}

    def moved(request: Request):
        seen["agent"] = request.headers.get("User-Agent")
        return 301, {"Location": "/ok"}, b""

    server.routes["/old"] = moved
    sources, notes = read(server, ["/old"])
    assert [s.source for s in sources] == [server.url("/old")]
    assert sources[0].url == server.url("/ok")
    assert sources[0].kind == "html" and "Meridian Bridge" in sources[0].content
    assert seen["agent"] == USER_AGENT and USER_AGENT.startswith("storylens/")
    assert notes == []


def test_404_and_500_are_notes_and_the_other_page_is_read(server):
    server.routes["/broken"] = (500, {}, b"oops")
    sources, notes = read(server, ["/missing", "/broken", "/ok"])
    assert [s.source for s in sources] == [server.url("/ok")]
    text = messages(notes)
    assert f"{server.url('/missing')}: HTTP 404 Not Found" in text
    assert f"{server.url('/broken')}: HTTP 500 after 3 attempts" in text
    assert server.hits["/broken"] == 3 and server.hits["/missing"] == 1


def test_slow_server_times_out(server):
    server.routes["/slow"] = slow(2.0, OK)
    started = time.monotonic()
    sources, notes = read(server, ["/slow", "/ok"], timeout=0.3)
    assert time.monotonic() - started < 1.5
    assert len(sources) == 1 and "timed out after 0.3 s" in messages(notes)


@pytest.mark.parametrize("length", ["declared", "none"])
def test_huge_body_is_cut_at_the_cap(server, length):
    headers = {"Content-Type": "text/html"} | ({"Content-Length": "none"} if length == "none" else {})
    server.routes["/huge"] = (200, headers, b"<p>" + b"x" * 3_000_000 + b"</p>")
    sources, notes = read(server, ["/huge", "/ok"], max_bytes=100_000)
    assert len(sources) == 1
    assert "too large" in messages(notes) and "--max-bytes" in messages(notes)


def test_redirect_loop_and_too_many_redirects(server):
    server.routes["/a"] = (302, {"Location": "/b"}, b"")
    server.routes["/b"] = (302, {"Location": "/a"}, b"")
    for i in range(10):
        server.routes[f"/r{i}"] = (302, {"Location": f"/r{i + 1}"}, b"")
    sources, notes = read(server, ["/a", "/r0", "/ok"])
    assert len(sources) == 1
    assert "redirect loop" in messages(notes)
    assert "too many redirects (more than 5)" in messages(notes)
    assert server.hits["/r6"] == 0  # stopped at the limit, not followed further


@pytest.mark.parametrize(("path", "mime"), [("/doc.pdf", "application/pdf"), ("/pic.png", "image/png")])
def test_non_html_content_type_is_refused(server, path, mime):
    server.routes[path] = (200, {"Content-Type": mime}, b"%PDF-1.4 binary")
    sources, notes = read(server, [path, "/ok"])
    assert len(sources) == 1
    assert f"{server.url(path)}: not an HTML page ({mime})" in messages(notes)


def test_misdeclared_charset_still_decodes(server):
    text = "Caf\u00e9 owners said \u201cthe closure\u201d hurt trade \u2014 a lot."
    server.routes["/cp1252"] = (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        f"<html><body><p>{text}</p></body></html>".encode("cp1252"),
    )
    server.routes["/latin"] = (
        200,
        {"Content-Type": "text/html; charset=iso-8859-1"},
        f"<html><body><p>{text}</p></body></html>".encode(),
    )
    server.routes["/meta"] = (
        200,
        {"Content-Type": "text/html"},
        f"<html><head><meta charset='windows-1252'></head><p>{text}</p>".encode("cp1252"),
    )
    sources, notes = read(server, ["/cp1252", "/latin", "/meta"])
    assert notes == []
    assert all(text in s.content for s in sources), [s.content for s in sources]


def test_decode_body_prefers_a_declared_charset_that_fits():
    assert decode_body("\u0416\u0443\u043a".encode("koi8-r"), "koi8-r") == "\u0416\u0443\u043a"
    assert decode_body(b"plain", None) == "plain"


def test_retries_429_and_503_then_success(server):
    def flaky(request: Request):
        if request.count == 1:
            return 429, {"Retry-After": "120"}, b""  # capped by the policy: the test stays fast
        if request.count == 2:
            return 503, {}, b""
        return OK

    server.routes["/flaky"] = flaky
    started = time.monotonic()
    sources, notes = read(server, ["/flaky"])
    assert time.monotonic() - started < 1.0
    assert notes == [] and len(sources) == 1
    assert server.hits["/flaky"] == 3


def test_second_run_is_served_from_the_cache(server, tmp_path):
    first, _ = read(server, ["/ok"], cache_dir=str(tmp_path))
    second, _ = read(server, ["/ok"], cache_dir=str(tmp_path))
    assert server.hits["/ok"] == 1
    assert first == second
    read(server, ["/ok"], cache_dir=str(tmp_path), use_cache=False)
    assert server.hits["/ok"] == 2


def test_default_cache_lives_in_the_user_data_dir(server):
    read(server, ["/ok"])
    read(server, ["/ok"])
    assert server.hits["/ok"] == 1


def test_concurrency_is_bounded(server):
    for i in range(6):
        server.routes[f"/p{i}"] = slow(0.15, OK)
    sources, _ = read(server, [f"/p{i}" for i in range(6)], concurrency=2)
    assert len(sources) == 6
    assert server.peak == 2


def test_private_address_refused_without_the_flag(server):
    sources, notes = read(server, ["/ok"], allow_private=False)
    assert sources == []
    assert "resolves to the loopback address 127.0.0.1" in messages(notes)
    assert "--allow-private" in messages(notes)
    assert server.hits["/ok"] == 0


def test_redirect_to_file_url_is_refused(server):
    server.routes["/sneaky"] = (302, {"Location": "file:///etc/passwd"}, b"")
    sources, notes = read(server, ["/sneaky", "/ok"])
    assert len(sources) == 1
    assert "refused: only http and https URLs are fetched, not file" in messages(notes)


def test_cli_extract_reports_each_bad_input_and_reads_the_rest(server):
    server.routes["/empty"] = (
        200,
        {"Content-Type": "text/html"},
        b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
    )
    inputs = [server.url("/ok"), server.url("/empty"), "file:///etc/passwd", server.url("/doc.pdf")]
    server.routes["/doc.pdf"] = (200, {"Content-Type": "application/pdf"}, b"%PDF")
    result = CliRunner().invoke(cli, ["extract", *inputs, "--allow-private", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [a["url"] for a in data["articles"]] == [server.url("/ok")]
    assert "Meridian Bridge" in data["articles"][0]["text"]
    by_source = {n["source"]: n["message"] for n in data["notes"]}
    assert "no article text" in by_source[server.url("/empty")]
    assert "refused" in by_source["file:///etc/passwd"]
    assert "not an HTML page (application/pdf)" in by_source[server.url("/doc.pdf")]
    assert "error: file:///etc/passwd: refused" in result.stderr


def test_real_pages_served_over_http_extract_like_the_files():
    import gzip

    from storylens.pipeline import read_articles
    from tests.conftest import need_shared

    folder = need_shared("data", "extraction", "scrapinghub", "html")
    files = sorted(folder.glob("*.html.gz"))[:3]
    with serve() as server:
        for path in files:
            server.routes[f"/{path.name[:-3]}"] = (
                200,
                {"Content-Type": "text/html"},
                gzip.decompress(path.read_bytes()),
            )
        articles, notes = read_articles([server.url(f"/{p.name[:-3]}") for p in files], Options(allow_private=True))
    assert len(articles) + sum(n.level != "info" for n in notes) == len(files)
    assert len(articles) >= 2 and all(len(a.text) > 200 and a.url.startswith("http://127.0.0.1") for a in articles)


def test_cli_timeout_and_concurrency_flags_reach_the_fetcher(server):
    for i in range(4):
        server.routes[f"/p{i}"] = slow(0.15, OK)
    server.routes["/slow"] = slow(2.0, OK)
    flags = ["--allow-private", "--no-cache", "--format", "json"]
    pages = [server.url(f"/p{i}") for i in range(4)]
    one_by_one = CliRunner().invoke(cli, ["extract", *pages, *flags, "--concurrency", "1"])
    assert one_by_one.exit_code == 0, one_by_one.output
    assert len(json.loads(one_by_one.stdout)["articles"]) == 4
    assert server.peak == 1
    late = CliRunner().invoke(cli, ["extract", server.url("/slow"), server.url("/ok"), *flags, "--timeout", "0.5"])
    assert late.exit_code == 0, late.output
    notes = {n["source"]: n["message"] for n in json.loads(late.stdout)["notes"]}
    assert "timed out after 0.5 s" in notes[server.url("/slow")]
    bad = CliRunner().invoke(cli, ["extract", *pages, *flags, "--concurrency", "0"])
    assert bad.exit_code == 2 and "--concurrency" in bad.output


def test_expired_cache_entries_are_fetched_again(server, tmp_path):
    read(server, ["/ok"], cache_dir=str(tmp_path))
    read(server, ["/ok"], cache_dir=str(tmp_path), cache_max_age_hours=1.0)
    assert server.hits["/ok"] == 1  # fresh: served from the cache
    time.sleep(0.05)
    read(server, ["/ok"], cache_dir=str(tmp_path), cache_max_age_hours=0.01 / 3600)
    assert server.hits["/ok"] == 2  # older than 10 ms: fetched again
    args = ["extract", server.url("/ok"), "--allow-private", "--format", "json"]
    for _ in range(2):
        assert CliRunner().invoke(cli, [*args, "--cache-max-age", "0"]).exit_code == 0
    assert server.hits["/ok"] == 4  # max age 0: fetched every time
    assert CliRunner().invoke(cli, args).exit_code == 0
    assert server.hits["/ok"] == 4  # the default age: the page just fetched is fresh
