"""`teikit validate`: check options, validate with a progress bar, write the report.

The exit code is the report's: 0 all valid, 1 some invalid, 2 an input could not be read;
usage and schema errors are raised as `TeikitError` (exit 2) for `cli.py` to print.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator, Sequence

from teikit.commands.options import note_capped_jobs
from teikit.errors import TeikitError
from teikit.files import InputFile, refuse_overwriting_input, write_output, write_stdout

PROGRESS_AFTER = 10  # a bar for many files only: below this, it would just flicker


def default_format() -> str:
    """github under GitHub Actions (annotations on the pull request), text elsewhere."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def run_validate(inputs: Sequence[str], **options) -> int:
    """`teikit validate`: `options` are the values of the option table
    (`teikit/commands/options.py`); those named like a `ValidateOptions` field go to the
    validator, the others (format, output, include, exclude, quiet) are used here."""
    from dataclasses import fields

    from teikit.reporters import render
    from teikit.validate import ValidateOptions
    from teikit.validate_api import Report, iter_results
    from teikit.validate.filters import DiagnosticFilter

    options = _with_config(options)
    inputs = _not_excluded(inputs, options.pop("settings_dir", None), options["exclude"])
    if not inputs:  # e.g. pre-commit passed only files the settings exclude
        return 0
    fmt = options["fmt"] or default_format()
    output, quiet = options["output"], options["quiet"]
    schemas = tuple(Path(p) for p in options.pop("schema"))
    _check_options(inputs, schemas, output)
    validator = ValidateOptions(schemas=schemas, **{
        f.name: options[f.name] for f in fields(ValidateOptions)
        if f.name in options and f.name not in ("schema", "schemas")})
    note_capped_jobs(options["jobs"], quiet)
    keep = DiagnosticFilter(options["select"], options["ignore"],
                            options["warnings"] or ("hide" if quiet else "show"))
    from teikit.executors import make_executor
    from teikit.validate.shard import parse_shard
    shard = parse_shard(options.get("shard"))
    executor = make_executor(options.get("executor") or "local", options.get("scheduler"))
    try:
        results = iter_results(inputs, validator, include=options["include"],
                               exclude=options["exclude"], keep=keep, shard=shard,
                               executor=executor)
        report = Report(list(_with_progress(results, show=not quiet and sys.stderr.isatty())))
    finally:
        executor.close()
    if not report.results and shard is not None:  # a part may be empty: few inputs, many parts
        print(f"teikit: part {shard[0]} of {shard[1]} has no documents", file=sys.stderr)
    elif not report.results:  # in CI, "0 files, all valid" would hide a wrong path or glob
        raise TeikitError("no documents to validate (folders are searched for *.xml; "
                          "see --include)")

    render_options = {}
    if fmt == "text":
        render_options = {"color": output is None and _colour_terminal(), "summary": not quiet}
    text = render(fmt, report, **render_options)
    if output is not None:
        write_output(output, text.encode("utf-8"))
    else:  # every byte checked: a report cut short on a full disk must not exit 0
        write_stdout(text.encode(sys.stdout.encoding or "utf-8", "backslashreplace"))
    if not quiet and (output is not None or fmt not in ("text", "github")):
        print(report.summary(), file=sys.stderr)  # formats without a summary of their own
    if fmt == "github":
        _append_step_summary(report)
    return report.exit_code


def _with_config(options: dict) -> dict:
    """The command line's values over the project's settings file (if any)."""
    from teikit.commands.options import COMMANDS
    from teikit.validate import config

    if options.pop("isolated"):
        options.pop("config")
        return options
    given = options.pop("config")
    found = config.load(given) if given is not None else config.find()
    if found is None:
        return options
    defaults = {opt.name: opt.default for opt in COMMANDS["validate"].options}
    merged = config.merged(options, defaults, config.settings(*found))
    if merged["exclude"] != options["exclude"]:  # the settings' exclude: see _not_excluded
        merged["settings_dir"] = found[0].parent
    return merged


def _not_excluded(inputs: Sequence[str], settings_dir: Path | None, exclude) -> list[str]:
    """A settings file's `exclude` also drops files named explicitly (as ruff's
    force-exclude does), matched by their path relative to the settings file's folder:
    pre-commit and CI pass file names, and the project's exclusions must hold there too."""
    if settings_dir is None:
        return list(inputs)
    from teikit.files import matches
    kept = []
    for arg in inputs:
        if arg != "-" and os.path.isfile(arg):
            rel = os.path.relpath(os.path.abspath(arg), settings_dir).replace(os.sep, "/")
            if matches(rel, exclude):
                continue
        kept.append(arg)
    return kept


def _check_options(inputs, schemas: tuple[Path, ...], output: Path | None) -> None:
    for schema in schemas:
        if not schema.is_file():
            raise TeikitError(f"{schema}: no such schema file")
    if output is not None:
        refuse_overwriting_input(output, [InputFile(p, p, "") for p in inputs if p != "-"])


def _colour_terminal() -> bool:
    """Colour only for a person at a terminal (and never against NO_COLOR's wish)."""
    return (sys.stdout.isatty() and "NO_COLOR" not in os.environ
            and os.environ.get("TERM") != "dumb")


def _with_progress(results: Iterator, show: bool) -> Iterator:
    """Pass results through; past `PROGRESS_AFTER` of them, on a terminal, show a rich bar on
    stderr. The total is unknown up front (archives are read lazily), so it counts up."""
    for count, result in enumerate(results, 1):
        yield result
        if show and count == PROGRESS_AFTER:
            yield from _bar(results, count)
            return


def _bar(results: Iterator, done: int) -> Iterator:
    try:
        from rich.console import Console
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
        from rich.markup import escape
    except ImportError:  # rich is optional: no bar then
        yield from results
        return
    from teikit.reporters import one_line
    columns = (SpinnerColumn(), TextColumn("validated {task.completed} files"),
               TimeElapsedColumn(), TextColumn("{task.description}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("", total=None, completed=done)
        for result in results:
            # A name is shown as text: no escape sequence, no rich markup (`[blink]`).
            progress.update(task, advance=1, description=escape(one_line(result.name)))
            yield result


def _append_step_summary(report) -> None:
    """Add the full table to the GitHub job summary: annotations show only the first few."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return
    from teikit.reporters.github import step_summary
    try:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(step_summary(report))
    except OSError as exc:
        print(f"teikit: warning: cannot write the job summary: {exc.strerror or exc}",
              file=sys.stderr)
