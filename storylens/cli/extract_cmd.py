"""``storylens extract INPUT...``: read and clean each input, print its text and metadata (no analysis).

Useful to check what storylens will compare before a slow run: which inputs were read, which were skipped and
why, and what the cleaner kept. Only click is imported here; the library loads when the command runs.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from storylens.cli.common import input_options, make_options, print_notes, run_guarded

SCHEMA = "storylens.extract/1"


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["terminal", "json"]), default="terminal", show_default=True)
@click.option("--text/--no-text", "show_text", default=True, help="Print each article's cleaned text.")
@input_options
def extract(inputs: tuple[str, ...], fmt: str, show_text: bool, **kw: object) -> None:
    """Read and clean INPUTS (files, directories, globs, URLs, feeds, WARC files, URL lists, - for stdin)."""
    from storylens.pipeline import read_articles

    options = make_options(kw)
    with run_guarded():
        articles, notes = read_articles(inputs, options)
    if fmt == "json":
        dicts = [a.to_dict() for a in articles]
        if not show_text:
            for d in dicts:
                d.pop("text")
        data = {"schema": SCHEMA, "articles": dicts, "notes": [n.to_dict() for n in notes]}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for article in articles:
            _print_article(article, show_text)
    click.echo(f"{len(articles)} articles read, {len(notes)} notes", err=True)
    print_notes(notes)
    if not articles:
        sys.exit(1)


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
