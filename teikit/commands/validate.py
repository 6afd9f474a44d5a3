"""`teikit validate`: check options, validate with a progress bar, write the report.

The exit code is the report's: 0 all valid, 1 some invalid, 2 an input could not be read;
usage and schema errors are raised as `TeikitError` (exit 2) for `cli.py` to print.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator, Sequence

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
    from teikit.validate.api import Report, iter_results

    fmt = options["fmt"] or default_format()
    output, quiet = options["output"], options["quiet"]
    _check_options(inputs, options["schema"], output)
    validator = ValidateOptions(**{f.name: options[f.name] for f in fields(ValidateOptions)
                                   if f.name in options})
    _note_capped_jobs(options["jobs"], quiet)
    results = iter_results(inputs, validator, include=options["include"],
                           exclude=options["exclude"])
    report = Report(list(_with_progress(results, show=not quiet and sys.stderr.isatty())))
    if not report.results:  # in CI, "0 files, all valid" would hide a wrong path or glob
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


def _check_options(inputs, schema: Path | None, output: Path | None) -> None:
    if schema is not None and not schema.is_file():
        raise TeikitError(f"{schema}: no such schema file")
    if output is not None:
        refuse_overwriting_input(output, [InputFile(p, p, "") for p in inputs if p != "-"])


def _note_capped_jobs(jobs: int, quiet: bool) -> None:
    from teikit.validate.pool import WORKERS_PER_CPU, max_workers
    if jobs > max_workers() and not quiet:
        print(f"teikit: note: --jobs {jobs}: using at most {max_workers()} worker processes "
              f"({WORKERS_PER_CPU} per CPU), and never more than there are documents",
              file=sys.stderr)


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
