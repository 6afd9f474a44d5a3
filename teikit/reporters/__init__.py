"""Output formats for validation reports: one module per format, each with
`render(report, ...) -> str`. Modules are imported only when their format is used."""
from __future__ import annotations

import importlib
import re

FORMATS = ("text", "json", "junit", "github", "sarif")
# Escaping, one helper per concern, used by every reporter for names and messages alike
# (file and archive-member names are as hostile as document text):
# - `one_line`: plain text for a terminal, a CI log or an XML report (`no_controls` when
#   the format escapes line breaks itself);
# - `markdown_cell`: a cell of a Markdown table (github.py);
# - `json_text`: JSON (json.py, sarif.py).
# GitHub's workflow-command escaping is the toolkit's own (github.py, on top of `one_line`).

# What ends a line for some reader: CR and LF, and VT, FF, the information separators, NEL,
# LINE and PARAGRAPH SEPARATOR, at which Python's splitlines and many viewers break too.
_BREAKS = re.compile(r"\s*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]\s*")
# C0 and C1 controls, DEL and the Unicode line separators (ESC and CSI start the escape sequences a terminal obeys; a
# CI log renders them too), bidirectional overrides (they reorder what is displayed, so a
# name could show as another), lone surrogates (undecodable bytes of a file name) and the
# XML non-characters: engine messages may quote document bytes, and XML cannot carry them.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
                       "\ud800-\udfff\ufffe\uffff]")
_MARKDOWN = re.compile(r"([\\`*_\[\]|~])")
_SURROGATE = re.compile("[\ud800-\udfff]")


def render(fmt: str, report, **options) -> str:
    """Render `report` (a `teikit.validate_api.Report`) in format `fmt`."""
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


def one_line(text: str) -> str:
    """`text` on one line and free of control characters, each shown as U+FFFD: one
    diagnostic per line is what makes the text formats greppable, and a name must not be
    able to forge a line or send an escape sequence to the terminal."""
    return no_controls(_BREAKS.sub(" ", text))


def no_controls(text: str) -> str:
    """`text` with its line breaks (CR, LF) kept and every other control character shown
    as U+FFFD: for formats that escape line breaks their own way (GitHub commands)."""
    return _CONTROLS.sub("\ufffd", text)


def location(d) -> str:
    """`path:line:col` of a diagnostic, as `one_line` text."""
    return one_line(d.location())


def markdown_cell(text: str) -> str:
    """`text` as the literal content of a Markdown (GFM) table cell: on one line, no raw
    HTML, and no code span, emphasis, link or pipe that a name or message could open."""
    text = one_line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", text)


def json_text(data) -> str:
    """`data` as indented JSON, non-ASCII kept readable. Names are kept exactly (a JSON
    reader must be able to find the file): JSON escapes their controls, and the lone
    surrogates of undecodable file names are written as `\\udcXX` escapes, because UTF-8
    cannot encode them raw."""
    import json
    text = json.dumps(data, indent=2, ensure_ascii=False)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"
