"""The command line: typer commands that parse options, call the Python API and map the
result to an exit code (0 ok, 1 invalid documents, 2 usage or I/O error).

Keep this module light: it is imported for `teikit --help`, so heavy modules (lxml
schemas, xmlschema, rich) are imported inside the commands, never at the top.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from teikit.errors import TeikitError

app = typer.Typer(
    name="teikit",
    help="TEI XML toolkit: convert transcripts to TEI, validate TEI, transform TEI to text and HTML.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def fail(message: str, code: int = 2) -> None:
    """Print a one-line error and exit with `code`."""
    typer.echo(f"teikit: error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def convert(
    inputs: List[str] = typer.Argument(..., help="Transcript files, folders, globs, or - for stdin."),
    output: Optional[Path] = typer.Option(
        None, "-o", "--output",
        help="Output file (one input) or folder (several inputs). Default: stdout for one input."),
    flavour: str = typer.Option("speech", "--flavour", help="speech (u/seg, Parla-CLARIN style) or drama (sp/speaker/p, DraCor style)."),
    lang: str = typer.Option("en", "--lang", help="Language of the transcript (xml:lang)."),
    doc_id: Optional[str] = typer.Option(None, "--id", help="Document id (default: from the file name). One input only."),
    persons: Optional[Path] = typer.Option(None, "--persons", help="TOML registry of persons (names, roles, sex, Wikidata/VIAF ids)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar, summary or warnings."),
) -> None:
    """Convert plain-text transcripts into TEI P5."""
    from teikit.commands import run_convert
    try:
        code = run_convert(inputs, output=output, flavour=flavour, lang=lang, doc_id=doc_id,
                           persons=persons, quiet=quiet)
    except TeikitError as exc:
        fail(str(exc), exc.exit_code)
    raise typer.Exit(code)


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("teikit: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
