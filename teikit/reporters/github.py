"""GitHub Actions: workflow-command annotations, plus a Markdown table for the job summary.

Only the first few annotations per step are shown on a pull request, so the full table goes
to `$GITHUB_STEP_SUMMARY` as well (see `step_summary`). Escaping follows the Actions toolkit
(`@actions/core`, command.ts) exactly.
"""
from __future__ import annotations

from teikit.reporters import location, markdown_cell, no_controls, split_archive_path

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
MAX_SUMMARY_ROWS = 1000  # the job summary is capped at 1 MiB per step


def escape_data(s: str) -> str:
    """A command's message: `no_controls` first (a name must not send escape sequences to
    the log), then the toolkit's escaping, which keeps line breaks as `%0A`."""
    return no_controls(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """A property value (file, title): `,` and `:` end it, so they are escaped too."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def render(report) -> str:
    lines = [annotation(d) for d in report.diagnostics]
    lines.append(report.summary())
    return "".join(line + "\n" for line in lines)


def annotation(d) -> str:
    """`::error file=…,line=…,col=…,title=…::message` for one diagnostic. An archive member
    is annotated on the archive (the file in the repository), its location in the message."""
    file, member = split_archive_path(d.path)
    props = {"file": file}
    message = d.message
    if member is not None:
        message = f"{location(d).split('!/', 1)[1]}: {d.message}"
    elif d.line:
        props["line"] = str(d.line)
        if d.column:
            props["col"] = str(d.column)
    props["title"] = f"teikit validate: {d.rule}" if d.rule else "teikit validate"
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{_COMMANDS.get(d.severity, 'error')} {joined}::{escape_data(message)}"


def step_summary(report, max_rows: int = MAX_SUMMARY_ROWS) -> str:
    """The job-summary Markdown: the summary line and a table of every diagnostic."""
    out = ["### teikit validate", "", report.summary(), ""]
    diagnostics = report.diagnostics
    if diagnostics:
        out += ["| File | Line | Column | Severity | Rule | Message |",
                "| --- | ---: | ---: | --- | --- | --- |"]
        out += [_row(d) for d in diagnostics[:max_rows]]
        if len(diagnostics) > max_rows:
            out += ["", f"… and {len(diagnostics) - max_rows} more (see the job log)."]
        out.append("")
    return "\n".join(out) + "\n"


def _row(d) -> str:
    """Every cell through `markdown_cell`: a name with a newline, a backtick or a `|` used
    to end its code span or the table row."""
    cells = (d.path, str(d.line or ""), str(d.column or ""), d.severity, d.rule, d.message)
    return "| " + " | ".join(markdown_cell(c) for c in cells) + " |"
