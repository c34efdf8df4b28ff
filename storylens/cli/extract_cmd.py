"""``storylens extract INPUT...``: read and clean each input, print its text and metadata (no analysis).

Useful to check what storylens will compare before a slow run: which inputs were read, which were skipped and
why, and what the cleaner kept. Only click is imported here; the library loads when the command runs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

import click

from storylens.cli.common import input_options, make_options, run_guarded

SCHEMA = "storylens.extract/1"


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal", show_default=True)
@click.option("--text/--no-text", "show_text", default=True, help="Print each article's cleaned text.")
@input_options
def extract(inputs: tuple[str, ...], fmt: str, show_text: bool, **kw: object) -> None:
    """Read and clean INPUTS (files, directories, globs, URLs, feeds, WARC files, URL lists, - for stdin)."""
    options = make_options(kw)
    with run_guarded():
        articles, notes = extract_inputs(inputs, options)
    if fmt == "json":
        data = {"schema": SCHEMA, "articles": [a.to_dict() for a in articles], "notes": [n.to_dict() for n in notes]}
        if not show_text:
            for article in data["articles"]:
                article.pop("text")
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for article in articles:
            _print_article(article, show_text)
    click.echo(f"{len(articles)} articles read, {len(notes)} notes", err=True)
    for note in notes:
        click.echo(f"{note.level}: {note.message}", err=True)
    if not articles:
        sys.exit(1)


def extract_inputs(inputs: Sequence[str], options: Any) -> tuple[list[Any], list[Any]]:
    """Steps 1-2 of the pipeline only: ingest every input and clean each source into an article."""
    from storylens.errors import StorylensError
    from storylens.extract import extract_article
    from storylens.ingest import read_inputs
    from storylens.records import Note

    sources, notes = read_inputs(list(inputs), options)
    articles: list[Any] = []
    taken: set[str] = set()
    for source in sources:
        try:
            article = extract_article(source, options, taken_ids=taken)
        except StorylensError as exc:
            notes.append(Note(level="warning", message=str(exc), source=source.source))
            continue
        taken.add(article.id)
        articles.append(article)
    return articles, notes


def _print_article(article: Any, show_text: bool) -> None:
    """One article as a metadata block, then its text."""
    click.secho(f"== {article.id}", bold=True)
    fields = {
        "source": article.source,
        "url": article.url,
        "outlet": f"{article.outlet} (from {article.outlet_from})",
        "title": article.title,
        "authors": ", ".join(article.authors) or None,
        "published": article.published,
        "words": str(len(article.text.split())),
    }
    for name, value in fields.items():
        if value:
            click.echo(f"{name + ':':<11}{value}")
    if show_text:
        click.echo("")
        click.echo(article.text)
    click.echo("")
