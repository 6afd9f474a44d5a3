"""jing-style text: `path:line:col: severity: message`, then a one-line summary."""
from __future__ import annotations

from teikit.reporters import location, one_line

_COLOURS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}
_BOLD, _GREEN, _RESET = "\033[1m", "\033[1;32m", "\033[0m"


def render(report, color: bool = False, summary: bool = True) -> str:
    """One line per diagnostic, valid files silent; `color` adds ANSI colours (for a
    terminal only: the caller decides)."""
    lines = [line(d, color) for d in report.diagnostics]
    if summary:
        lines.append(_summary(report, color))
    return "".join(line + "\n" for line in lines)


def line(d, color: bool = False) -> str:
    """`path:line:col: severity: message` for one diagnostic, always a single line."""
    where, message = location(d), one_line(d.message) + d.schema_suffix()
    if not color:
        return f"{where}: {d.severity}: {message}"
    colour = _COLOURS.get(d.severity, "")
    return f"{_BOLD}{where}{_RESET}: {colour}{d.severity}{_RESET}: {message}"


def _summary(report, color: bool) -> str:
    text = report.summary()
    if not color:
        return text
    return f"{_COLOURS['error'] if report.invalid else _GREEN}{text}{_RESET}"
