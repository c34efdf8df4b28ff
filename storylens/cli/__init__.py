"""The ``storylens`` command line: thin commands that parse options, call one library function and render.

Only click is imported at module level so that ``storylens --help`` is instant; models load on first use.
"""

from __future__ import annotations

import click

from storylens import __version__
from storylens.cli.common import input_options, make_options, report_options, run_guarded


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="storylens")
def cli() -> None:
    """Compare many outlets' reports of one news event, claim by claim."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@report_options
@click.option("--show", is_flag=True, help="Also print the terminal report when writing files.")
@input_options
def compare(inputs: tuple[str, ...], fmt: str | None, outputs: tuple[str, ...], show: bool, **kw: object) -> None:
    """Compare the articles in INPUTS as one story: files, directories, globs, JSONL, URLs, feeds, WARC, - (stdin)."""
    from storylens.cli.common import print_summary_line, progress_bar, write_reports
    from storylens.pipeline import compare as compare_story

    options = make_options(kw)
    with run_guarded(), progress_bar() as progress:
        report = compare_story(inputs, options, progress)
    write_reports(report, fmt, outputs, show=show)
    if outputs:
        print_summary_line(report, outputs)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "terminal"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the analysis to this file.")
@input_options
def analyze(inputs: tuple[str, ...], fmt: str, output: str | None, **kw: object) -> None:
    """Analyse each article in INPUTS on its own: sentences, entities, values, quotes, claims."""
    from storylens.cli.common import progress_bar, write_reports
    from storylens.pipeline import analyze_only

    options = make_options(kw)
    with run_guarded(), progress_bar() as progress:
        report = analyze_only(inputs, options, progress)
    write_reports(report, fmt, (output,) if output else ())


def main() -> None:
    """Entry point of the console script."""
    cli(prog_name="storylens")


from storylens.cli import extract_cmd  # noqa: E402 (after cli exists; the module imports only click)

cli.add_command(extract_cmd.extract)

from storylens.cli import library as library_cmd  # noqa: E402 (ingest, stories, show, cluster, serve; only click)

for _command in library_cmd.COMMANDS:
    cli.add_command(_command)
