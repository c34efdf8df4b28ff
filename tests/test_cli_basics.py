"""The CLI's shell: help is instant (no model import), version, compare end to end, and a bug told as one."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from storylens.cli import cli
from tests.conftest import EXAMPLE, FIXED_TIME


def test_help_does_not_import_models() -> None:
    code = "import sys; from storylens.cli import cli; print('spacy' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_help_lists_commands() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "compare" in result.output and "analyze" in result.output


def test_compare_writes_json_and_html(tmp_path) -> None:
    out_json, out_html = tmp_path / "r.json", tmp_path / "r.html"
    result = CliRunner().invoke(
        cli, ["compare", str(EXAMPLE), "-o", str(out_json), "-o", str(out_html), "--timestamp", FIXED_TIME]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out_json.read_text())
    assert data["schema"] == "storylens.report/1"
    assert len(data["articles"]) == 5
    assert out_html.read_text().lstrip().lower().startswith("<!doctype html")


def test_a_bug_is_told_as_one_in_a_few_lines_and_debug_shows_its_traceback(capsys, monkeypatch) -> None:
    """An exception that is no StorylensError is a bug: a short message and exit status 70, not a traceback."""
    from storylens.cli.common import run_guarded

    monkeypatch.delenv("STORYLENS_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stopped, run_guarded():
        raise TypeError("unbound method needs an argument")
    assert stopped.value.code == 70
    err = capsys.readouterr().err
    assert "internal error (TypeError: unbound method needs an argument)" in err
    assert "STORYLENS_DEBUG=1" in err and "Traceback" not in err
    monkeypatch.setenv("STORYLENS_DEBUG", "1")
    with pytest.raises(TypeError), run_guarded():
        raise TypeError("shown in full")
