"""The command line: typer commands that parse options, call the Python API and map the
result to an exit code (0 ok, 1 invalid documents, 2 usage or I/O error).

Keep this module light: it is imported for `teikit --help`, so heavy modules (lxml
schemas, xmlschema, rich) are imported inside the commands, never at the top. The entry
point is `teikit.cli.main`, which skips typer for a plain `teikit validate` (see there).
"""
from __future__ import annotations

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
    output: Optional[str] = typer.Option(  # str: a trailing "/" (a folder) must survive
        None, "-o", "--output",
        help="Output file (one input) or folder (several inputs, or a name ending in /). Default: stdout for one input."),
    flavour: str = typer.Option("speech", "--flavour", help="speech (u/seg, Parla-CLARIN style) or drama (sp/speaker/p, DraCor style)."),
    lang: str = typer.Option("en", "--lang", help="Language of the transcript (xml:lang)."),
    doc_id: Optional[str] = typer.Option(None, "--id", help="Document id (default: from the file name). One input only."),
    persons: Optional[Path] = typer.Option(None, "--persons", help="TOML registry of persons (names, roles, sex, Wikidata/VIAF ids)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No progress bar, summary or warnings."),
) -> None:
    """Convert plain-text transcripts into TEI P5."""
    from teikit.commands.convert import run_convert
    try:
        code = run_convert(inputs, output=output, flavour=flavour, lang=lang, doc_id=doc_id,
                           persons=persons, quiet=quiet)
    except TeikitError as exc:
        fail(str(exc), exc.exit_code)
    raise typer.Exit(code)


@app.command()
def validate(
    inputs: List[str] = typer.Argument(
        ..., help="TEI files, folders, globs, zip/tar archives, or - for stdin."),
    schema: Optional[Path] = typer.Option(
        None, "--schema", help="RELAX NG, XSD or Schematron schema. Default: the vendored tei_all."),
    profile: Optional[str] = typer.Option(
        None, "--profile", help="teikit: tei_all plus the teikit Schematron rules."),
    engine: str = typer.Option("auto", "--engine", help="auto, lxml or jing."),
    xinclude: bool = typer.Option(
        False, "--xinclude", help="Resolve XIncludes (only inside the same folder or archive)."),
    use_xml_model: bool = typer.Option(
        False, "--use-xml-model", help="Validate against the schema named by <?xml-model?>."),
    fmt: Optional[str] = typer.Option(
        None, "--format",
        help="text, json, junit, github or sarif. Default: github under GitHub Actions, else text."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write the report to this file."),
    max_errors: int = typer.Option(0, "--max-errors", help="Errors reported per document (0 = all)."),
    jobs: int = typer.Option(
        0, "-j", "--jobs",
        help="Documents validated in parallel. Default 0: one per CPU when there are several."),
    include: List[str] = typer.Option(
        [], "--include", help="Glob of files to take from folders and archives (default *.xml)."),
    exclude: List[str] = typer.Option([], "--exclude", help="Glob of files to leave out."),
    timeout: float = typer.Option(
        30.0, "--timeout", help="Seconds per document before the auto engine falls back to jing."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Diagnostics only: no progress bar or summary."),
) -> None:
    """Validate TEI documents against tei_all, a schema or the teikit profile."""
    from teikit.commands.validate import run_validate
    try:
        code = run_validate(inputs, schema=schema, profile=profile, engine=engine,
                            xinclude=xinclude, use_xml_model=use_xml_model, fmt=fmt,
                            output=output, max_errors=max_errors, jobs=jobs, include=include,
                            exclude=exclude, timeout=timeout, quiet=quiet)
    except TeikitError as exc:
        fail(str(exc), exc.exit_code)
    raise typer.Exit(code)


@app.command()
def transform(
    inputs: List[str] = typer.Argument(..., help="TEI files, folders, globs, or - for stdin."),
    to: str = typer.Option("text", "--to", help="text or html."),
    mode: str = typer.Option("reading", "--mode", help="Text only: reading (for people) or source (the converter's input, boilerplate included)."),
    width: Optional[int] = typer.Option(None, "--width", help="Wrap reading text at N columns (default: no wrapping)."),
    output: Optional[str] = typer.Option(  # str: a trailing "/" (a folder) must survive
        None, "-o", "--output",
        help="Output file (one input) or folder (several inputs, or a name ending in /; HTML gets an index.html). Default: stdout for one input."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="No summary."),
) -> None:
    """Transform TEI into plain text or an accessible static HTML reading view."""
    from teikit.commands.transform import run_transform
    try:
        code = run_transform(inputs, to=to, mode=mode, width=width, output=output, quiet=quiet)
    except TeikitError as exc:
        fail(str(exc), exc.exit_code)
    raise typer.Exit(code)
