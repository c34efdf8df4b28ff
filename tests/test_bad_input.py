"""Bad inputs give one clear line each, never a traceback, and the good inputs beside them are still read."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storylens.cli import cli
from storylens.errors import ExtractError
from storylens.extract import extract_article
from storylens.ingest.files import read_local
from storylens.options import Options
from tests.conftest import FIXED_TIME

BODY = "The council approved the new budget on Monday after a long debate about road repairs and school funding.\n"


def _make(tmp_path: Path, case: str) -> Path:
    """One bad input of the given kind, written under ``tmp_path``."""
    path = (
        tmp_path
        / {
            "missing": "nope.txt",
            "unsupported": "slides.pdf",
            "binary": "blob.txt",
            "big": "big.txt",
            "biggz": "big.txt.gz",
            "badgz": "bad.txt.gz",
            "empty": "empty.txt",
            "blank": "blank.md",
            "utf16bad": "bad16.txt",
            "nohtml": "empty.html",
        }[case]
    )
    if case == "unsupported":
        path.write_bytes(b"%PDF-1.4 not really")
    elif case == "binary":
        path.write_bytes(bytes(range(256)) * 2)
    elif case == "big":
        path.write_text(BODY * 50)
    elif case == "biggz":
        path.write_bytes(gzip.compress(BODY.encode() * 50))  # small on disk, large once decompressed
    elif case == "badgz":
        path.write_bytes(b"this is not gzip data at all")
    elif case == "empty":
        path.write_bytes(b"")
    elif case == "blank":
        path.write_text("  \n\n\t \n")
    elif case == "utf16bad":
        path.write_bytes(b"\xff\xfe" + b"\x00\xd8")  # UTF-16 BOM, then a lone surrogate
    elif case == "nohtml":
        path.write_text("<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>")
    return path


EXPECTED = {
    "missing": "no such file or directory",
    "unsupported": "unsupported file type '.pdf'",
    "binary": "binary file",
    "big": "over the 1,000-byte limit",
    "biggz": "decompressed size is over the 1,000-byte limit",
    "badgz": "not a valid gzip file",
    "empty": "file is empty",
    "blank": "file is empty",
    "utf16bad": "is not valid utf-16-le",
    "nohtml": "no article text",
}


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_cli_bad_input_alone_is_one_line_error(tmp_path: Path, case: str) -> None:
    path = _make(tmp_path, case)
    result = CliRunner().invoke(cli, ["compare", str(path), "--max-bytes", "1000", "--timestamp", FIXED_TIME])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: no article could be read")
    assert EXPECTED[case] in lines[0]


@pytest.mark.parametrize("case", sorted(set(EXPECTED) - {"nohtml"}))
def test_library_turns_bad_input_into_a_note(tmp_path: Path, case: str) -> None:
    path = _make(tmp_path, case)
    sources, notes = read_local(str(path), Options(max_bytes=1000))
    assert sources == []
    assert len(notes) == 1 and notes[0].level == "error" and "\n" not in notes[0].message
    assert EXPECTED[case] in notes[0].message


def test_html_without_article_text_is_an_extract_error(tmp_path: Path) -> None:
    sources, notes = read_local(str(_make(tmp_path, "nohtml")), Options())
    assert notes == [] and len(sources) == 1
    with pytest.raises(ExtractError, match="no article text"):
        extract_article(sources[0], Options())


def test_explicit_unsupported_file_is_an_error_but_skipped_in_a_directory(tmp_path: Path) -> None:
    _make(tmp_path, "unsupported")
    (tmp_path / "good.txt").write_text(BODY)
    sources, notes = read_local(str(tmp_path), Options())
    assert len(sources) == 1 and notes == []


def test_jsonl_bad_lines_are_noted_with_their_number_and_others_kept(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    ok = json.dumps(BODY.strip())
    lines = [
        f'{{"id": "ok1", "text": {ok}}}',
        "{not json",
        '{"id": "notext", "title": "only a title"}',
        '["a", "list"]',
        f'{{"id": "ok2", "text": {ok}}}',
    ]
    path.write_text("\n".join(lines) + "\n")
    sources, notes = read_local(str(path), Options())
    assert [s.id for s in sources] == ["ok1", "ok2"]
    messages = [n.message for n in notes]
    assert len(messages) == 3
    assert "line 2: not valid JSON" in messages[0]
    assert "line 3: record has no non-empty 'text' or 'html' field" in messages[1]
    assert "line 4: expected a JSON object" in messages[2]


@pytest.mark.slow
def test_cli_good_inputs_survive_bad_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    bad = _make(tmp_path, "binary")
    out = tmp_path / "r.json"
    args = ["compare", str(bad), str(good), str(tmp_path / "missing.txt"), "-o", str(out), "--timestamp", FIXED_TIME]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "binary file" in result.output and "no such file or directory" in result.output
    assert "only one article" in result.output  # one article: analysed, with a warning
