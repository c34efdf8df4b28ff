"""Pieces shared by the CLI commands: input options, error handling, progress bar, output writing."""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from storylens.errors import StorylensError
from storylens.options import CACHE_MAX_AGE_HOURS, FETCH_CONCURRENCY, FETCH_TIMEOUT, MAX_INPUT_BYTES, Options


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the options every reading command shares."""
    decorators = [
        _valued("--max-bytes", int, MAX_INPUT_BYTES, "Refuse inputs larger than this many bytes."),
        click.option("--allow-private", is_flag=True, help="Allow fetching from loopback and private addresses."),
        click.option("--no-cache", is_flag=True, help="Fetch URLs again instead of using the on-disk cache."),
        _valued("--cache-max-age", click.FloatRange(min=0), CACHE_MAX_AGE_HOURS,
                "Hours a cached page stays fresh; older pages are fetched again."),
        _valued("--timeout", click.FloatRange(min=0.1), FETCH_TIMEOUT,
                "Seconds to wait on a URL's server before giving it up."),
        _valued("--concurrency", click.IntRange(min=1, max=64), FETCH_CONCURRENCY, "URLs fetched at the same time."),
        click.option("--timestamp", default=None, help="Fixed generated_at value, for byte-identical reports."),
    ]  # fmt: skip
    return functools.reduce(lambda f, d: d(f), decorators, func)


def _valued(name: str, kind: Any, default: Any, text: str) -> Callable[..., Any]:
    """An option taking one value, its default shown in ``--help``."""
    return click.option(name, type=kind, default=default, show_default=True, help=text)


def report_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add ``--format`` and the repeatable ``-o`` shared by every command that renders a ``Report``."""
    decorators = [
        click.option(
            "-o",
            "--output",
            "outputs",
            multiple=True,
            type=click.Path(dir_okay=False),
            help="Write the report to this file (repeatable: report.json, report.html, report.md).",
        ),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(["terminal", "json", "md", "html"]),
            default=None,
            help="Output format [default: from the -o file's suffix, else terminal].",
        ),
    ]
    return functools.reduce(lambda f, d: d(f), decorators, func)


def make_options(kw: dict[str, Any]) -> Options:
    """The one options object from the shared command-line options."""
    return Options(
        max_bytes=kw["max_bytes"],
        allow_private=kw["allow_private"],
        use_cache=not kw["no_cache"],
        cache_max_age_hours=kw["cache_max_age"],
        timeout=kw["timeout"],
        concurrency=kw["concurrency"],
        now=kw["timestamp"],
    )


@contextlib.contextmanager
def run_guarded() -> Iterator[None]:
    """Turn a ``StorylensError`` into a one-line message and exit status 1, never a traceback.

    Any other exception is a bug in storylens, not a problem with the input: it is told as one in a few lines with
    exit status 70 (EX_SOFTWARE), and ``STORYLENS_DEBUG=1`` shows the traceback for a report.
    """
    try:
        yield
    except StorylensError as exc:
        click.secho(f"error: {exc}", fg="red", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("STORYLENS_DEBUG"):
            raise
        click.secho(f"error: internal error ({type(exc).__name__}: {exc})", fg="red", err=True)
        click.echo(
            "This is a bug in storylens, not a problem with your input. Please report it with the input that caused "
            "it; run again with STORYLENS_DEBUG=1 to see the traceback.",
            err=True,
        )
        sys.exit(70)


@contextlib.contextmanager
def progress_bar() -> Iterator[Callable[[str, int, int], None]]:
    """A rich progress bar on stderr (only when stderr is a terminal) fed by the pipeline's progress calls."""
    if not sys.stderr.isatty():
        yield lambda stage, done, total: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        tasks: dict[str, Any] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


SUFFIX_FORMATS = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def write_reports(report: Any, fmt: str | None, outputs: tuple[str, ...], *, show: bool = False) -> None:
    """Render ``report`` to each output file (format from ``fmt`` or the suffix), or to standard output."""
    from storylens.report import render

    for output in outputs:
        text = render(report, fmt or SUFFIX_FORMATS.get(Path(output).suffix.lower(), "terminal"))
        try:
            Path(output).write_text(text, encoding="utf-8")
        except OSError as exc:
            click.secho(f"error: cannot write {output}: {exc.strerror}", fg="red", err=True)
            sys.exit(1)
    if not outputs or show:
        terminal = fmt in (None, "terminal") or bool(outputs)
        color = terminal and sys.stdout.isatty()
        sys.stdout.write(render(report, "terminal" if terminal else fmt or "terminal", color=color))


def print_summary_line(report: Any, outputs: tuple[str, ...]) -> None:
    """What was written, and the run's notes, on stderr."""
    click.echo(
        f"wrote {', '.join(outputs)}: {len(report.articles)} articles, {len(report.facts)} facts, "
        f"{len(report.conflicts)} conflicts",
        err=True,
    )
    print_notes(report.notes)


def print_notes(notes: Any) -> None:
    """Each note of a run (what was skipped and why, warnings) as one line on stderr."""
    for note in notes:
        click.echo(f"{note.level}: {note.message}", err=True)
