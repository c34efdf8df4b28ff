"""The story library commands: ``ingest``, ``stories``, ``show``, ``cluster`` and ``serve`` (thin, as the rest)."""

from __future__ import annotations

import json
import sys

import click

from storylens.cli.common import input_options, make_options, print_notes, report_options, run_guarded

DB_OPTION = click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    envvar="STORYLENS_DB",
    help="Library database file [default: $STORYLENS_DB, else library.db in the data dir].",
)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@input_options
def ingest(inputs: tuple[str, ...], db: str | None, **kw: object) -> None:
    """Add the articles in INPUTS to the library, each joining its story (existing or new)."""
    from storylens.cli.common import progress_bar
    from storylens.store import open_database
    from storylens.store.library import ingest_articles

    options = make_options(kw)
    with run_guarded(), progress_bar() as progress:
        result = ingest_articles(open_database(db), inputs, options, progress)
    for article, story in result.added:
        click.echo(f"{article}\tstory {story}")
    click.echo(
        f"added {len(result.added)} articles, {len(result.skipped)} already stored, "
        f"{len(result.stories)} stories updated",
        err=True,
    )
    print_notes(result.notes)


@click.command()
@DB_OPTION
@click.option("--search", "-s", default="", help="Only stories with an article matching these words.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of a table.")
def stories(db: str | None, search: str, as_json: bool) -> None:
    """List the stories of the library, most recently updated first."""
    from storylens.store import open_database
    from storylens.store.queries import list_stories

    with run_guarded():
        rows = list_stories(open_database(db), search)
    for row in rows:
        if as_json:
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            click.echo(
                f"{row['id']:>5}  {row['articles']:>3} articles  {row['conflicts']:>3} conflicts  "
                f"{', '.join(row['outlets'])[:40]:<40}  {row['title'][:70]}"
            )


@click.command()
@click.argument("story", type=int)
@DB_OPTION
@report_options
def show(story: int, db: str | None, fmt: str | None, outputs: tuple[str, ...]) -> None:
    """Print the comparison of STORY (its id from `storylens stories`)."""
    from storylens.cli.common import write_reports
    from storylens.store import open_database
    from storylens.store.queries import story_report

    with run_guarded():
        report = story_report(open_database(db), story)
    if report is None:
        click.secho(f"error: no compared story {story}; list them with `storylens stories`", fg="red", err=True)
        sys.exit(1)
    write_reports(report, fmt, outputs)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@input_options
def cluster(inputs: tuple[str, ...], fmt: str, **kw: object) -> None:
    """Group the articles in INPUTS into stories without a database: one {"id", "story"} line per article."""
    from storylens.cluster import cluster_inputs

    options = make_options(kw)
    with run_guarded():
        assignment = cluster_inputs(inputs, options)
    for article, story in assignment.items():
        click.echo(json.dumps({"id": article, "story": story}, ensure_ascii=False))


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8001, show_default=True, type=int)
def serve(db: str | None, host: str, port: int) -> None:
    """Browse the library in a web browser (every page also answers as JSON under /api/)."""
    import uvicorn

    from storylens.web.app import make_app

    with run_guarded():
        app = make_app(db)
    click.echo(f"serving the story library on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


COMMANDS = [ingest, stories, show, cluster, serve]
