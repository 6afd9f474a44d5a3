"""Output formats for validation reports: one module per format, each with
`render(report, ...) -> str`. Modules are imported only when their format is used."""
from __future__ import annotations

import importlib
import re

FORMATS = ("text", "json", "junit", "github", "sarif")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")
# C0 controls, DEL and the XML non-characters: engine messages may quote document bytes, a
# terminal would obey an escape sequence among them, and XML reports cannot carry them.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def render(fmt: str, report, **options) -> str:
    """Render `report` (a `teikit.validate.api.Report`) in format `fmt`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")
    return importlib.import_module(f"teikit.reporters.{fmt}").render(report, **options)


def split_archive_path(path: str) -> tuple[str, str | None]:
    """("corpus.zip", "a/b.xml") for "corpus.zip!/a/b.xml"; (path, None) for a plain file.
    CI annotations must point at a file in the repository: the archive, not its member."""
    if "!/" in path:
        outer, member = path.split("!/", 1)
        return outer, member
    return path, None


def one_line(message: str) -> str:
    """`message` on one line and free of control characters: one diagnostic per line is
    what makes the text formats greppable."""
    return _CONTROLS.sub("\ufffd", _BREAKS.sub(" ", message))
