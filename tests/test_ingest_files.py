"""Reading local inputs: directories, globs, .gz, JSONL, and the encodings pasted articles arrive in."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from storylens.extract import extract_article
from storylens.ingest.files import read_inputs, read_local
from storylens.options import Options
from tests.conftest import EXAMPLE

BODY = "The council approved the new budget on Monday after a long debate about road repairs.\n"


def test_directory_is_sorted_recursive_and_skips_hidden_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(BODY)
    (tmp_path / "a.md").write_text(BODY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text(f"<html><body><p>{BODY}</p></body></html>")
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(BODY)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    sources, notes = read_local(str(tmp_path), Options())
    assert [Path(s.source).name for s in sources] == ["a.md", "b.txt", "c.html"]
    assert [s.kind for s in sources] == ["text", "text", "html"]
    assert notes == []


def test_source_is_the_path_as_given(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(BODY)
    sources, _ = read_local(str(tmp_path / "one.txt"), Options())
    assert sources[0].source == str(tmp_path / "one.txt")


def test_glob_matches_supported_files_only(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "x3.csv"):
        (tmp_path / name).write_text(BODY)
    sources, notes = read_local(str(tmp_path / "x*"), Options())
    assert [Path(s.source).name for s in sources] == ["x1.txt", "x2.txt"]
    assert notes == []
    sources, notes = read_local(str(tmp_path / "nothing*.txt"), Options())
    assert sources == [] and "no supported file matches" in notes[0].message


def test_gzip_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(BODY.encode()))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(f"<html><body><p>{BODY}</p></body></html>".encode()))
    sources, notes = read_local(str(tmp_path), Options())
    assert [(s.kind, s.content.strip()[:10]) for s in sources] == [("text", BODY[:10]), ("html", "<html><bod")]
    assert notes == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfCaf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d", "Café “quoted”"),  # UTF-8 with BOM
        ("Café “quoted”".encode("utf-16"), "Café “quoted”"),  # UTF-16 with BOM
        ("Café “quoted” – a dash".encode("cp1252"), "Café “quoted” – a dash"),  # Windows-1252
        ("Le café était fermé à Noël.".encode("latin-1"), "Le café était fermé à Noël."),  # ISO-8859-1
        ("No-break\u00a0space".encode(), "No-break\u00a0space"),  # kept as written, not rewritten
    ],
)
def test_encodings_are_detected(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    sources, notes = read_local(str(path), Options())
    assert notes == []
    assert sources[0].content == expected


def test_jsonl_one_article_per_line_with_metadata(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a1",
            "text": BODY,
            "title": "Budget passes",
            "outlet": "Town Crier",
            "published": "2025-01-02",
            "url": "https://example.org/a1",
        },
        {"id": "a2", "html": f"<html><body><article><p>{BODY * 3}</p></article></body></html>"},
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    sources, notes = read_local(str(path), Options())
    assert notes == []
    assert [(s.id, s.kind, s.outlet) for s in sources] == [("a1", "text", "Town Crier"), ("a2", "html", None)]
    article = extract_article(sources[0], Options())
    assert (article.id, article.outlet, article.outlet_from) == ("a1", "Town Crier", "input")
    assert (article.published, article.published_from, article.url) == ("2025-01-02", "input", lines[0]["url"])


def test_read_inputs_loops_over_items_and_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(BODY)
    sources, notes = read_inputs([str(tmp_path / "missing.txt"), str(tmp_path / "ok.txt"), str(EXAMPLE)], Options())
    assert len(sources) == 6
    assert len(notes) == 1 and "no such file or directory" in notes[0].message


def test_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(f"<!DOCTYPE html><html><head><title>T</title></head><body><p>{BODY}</p></body></html>")
    sources, _ = read_local(str(path), Options())
    assert sources[0].kind == "html"
