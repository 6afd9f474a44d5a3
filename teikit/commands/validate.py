"""`teikit validate`: check options, validate with a progress bar, write the report.

The exit code is the report's: 0 all valid, 1 some invalid, 2 an input could not be read;
usage and schema errors are raised as `TeikitError` (exit 2) for `cli.py` to print.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from teikit.errors import TeikitError
from teikit.files import InputFile, atomic_write, refuse_overwriting_input

PROGRESS_AFTER = 10  # a bar for many files only: below this, it would just flicker


def default_format() -> str:
    """github under GitHub Actions (annotations on the pull request), text elsewhere."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def run_validate(inputs: Sequence[str], *, schema: Path | None = None, profile: str | None = None,
                 engine: str = "auto", xinclude: bool = False, use_xml_model: bool = False,
                 fmt: str | None = None, output: Path | None = None, max_errors: int = 0,
                 jobs: int = 0, include: Iterable[str] = (), exclude: Iterable[str] = (),
                 timeout: float = 30.0, quiet: bool = False) -> int:
    from teikit.reporters import render
    from teikit.validate import ValidateOptions
    from teikit.validate.api import Report, iter_results

    fmt = fmt or default_format()
    _check_options(inputs, schema, profile, engine, fmt, output, max_errors, jobs, timeout)
    options = ValidateOptions(schema=schema, profile=profile, engine=engine, xinclude=xinclude,
                              use_xml_model=use_xml_model, max_errors=max_errors,
                              timeout=timeout, jobs=jobs)
    results = iter_results(inputs, options, include=include, exclude=exclude)
    report = Report(list(_with_progress(results, show=not quiet and sys.stderr.isatty())))
    if not report.results:  # in CI, "0 files, all valid" would hide a wrong path or glob
        raise TeikitError("no documents to validate (folders are searched for *.xml; "
                          "see --include)")

    render_options = {}
    if fmt == "text":
        render_options = {"color": output is None and _colour_terminal(), "summary": not quiet}
    text = render(fmt, report, **render_options)
    if output is not None:
        atomic_write(output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    if not quiet and (output is not None or fmt not in ("text", "github")):
        print(report.summary(), file=sys.stderr)  # formats without a summary of their own
    if fmt == "github":
        _append_step_summary(report)
    return report.exit_code


def _check_options(inputs, schema, profile, engine, fmt, output, max_errors, jobs, timeout) -> None:
    from teikit.reporters import FORMATS
    from teikit.validate import ENGINES, PROFILES

    for option, value, allowed in (("--format", fmt, FORMATS), ("--engine", engine, ENGINES),
                                   ("--profile", profile, PROFILES + (None,))):
        if value not in allowed:
            choices = ", ".join(a for a in allowed if a)
            raise TeikitError(f"{option}: unknown value {value!r} (choose from {choices})")
    if schema is not None and not schema.is_file():
        raise TeikitError(f"{schema}: no such schema file")
    if max_errors < 0 or jobs < 0 or timeout <= 0:
        raise TeikitError("--max-errors must be >= 0, --jobs >= 0 and --timeout > 0")
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
