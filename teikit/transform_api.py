"""`transform()`: TEI to a text or HTML reading view, as a Python call.

    >>> from teikit.transform_api import transform
    >>> transform("speech.xml", to="html")            # a path
    >>> transform(tei_bytes, to="text", mode="source")  # bytes (or a str of XML)

The same pipeline as `teikit transform`: bytes -> TEI reader -> model -> writer.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Union

from teikit.errors import TeikitError

TARGETS = ("text", "html", "tsv", "vert", "conllu")
MODES = ("reading", "source")


@dataclass(frozen=True)
class TransformOptions:
    """What to produce: `to` text, html, or a corpus format (tsv, vert, conllu: see
    docs/exchange.md); `mode` reading or source (text only);
    `width` wraps reading text at that many columns (None: no wrapping)."""
    to: str = "text"
    mode: str = "reading"
    width: int | None = None

    def check(self) -> "TransformOptions":
        if self.to not in TARGETS:
            raise TeikitError(f"--to must be one of {', '.join(TARGETS)}, not {self.to!r}")
        if self.mode not in MODES:
            raise TeikitError(f"--mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if self.width is not None and self.width < 1:
            raise TeikitError(f"--width must be a positive number, not {self.width}")
        return self


def render(data: bytes, name: str, options: TransformOptions, persons=None) -> bytes:
    """One TEI document (bytes) to output bytes. `persons`: extra Person objects for
    `@who` that point outside the document (see `teikit.readers.tei.read_person_list`)."""
    from teikit.readers import get_reader
    transcript = get_reader("tei")(data, name, persons=persons)
    return writer(options)(transcript)


def writer(options: TransformOptions):
    """`write(transcript) -> bytes` for `options.to`: the text writer gets the mode and
    width; the other writers have no options."""
    from teikit.writers import get_writer
    write = get_writer(options.to)
    return partial(write, options=options) if options.to == "text" else write


def transform(data_or_path: Union[bytes, str, Path], to: str = "text", mode: str = "reading",
              width: int | None = None) -> str:
    """Transform a TEI document given as bytes, a string of XML, or a path. Returns the
    text or HTML as a string. Raises `TeikitError` for input that is not TEI."""
    options = TransformOptions(to=to, mode=mode, width=width).check()
    data, name = _load(data_or_path)
    return render(data, name, options).decode("utf-8")


def _load(data_or_path) -> tuple[bytes, str]:
    if isinstance(data_or_path, bytes):
        return data_or_path, "<bytes>"
    if isinstance(data_or_path, str) and data_or_path.lstrip().startswith("<"):
        return data_or_path.encode("utf-8"), "<string>"
    from teikit.files import read_regular_file
    path = str(Path(data_or_path))
    return read_regular_file(path, path), path
