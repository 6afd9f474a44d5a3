"""`transform()`: TEI to a text or HTML reading view, as a Python call.

    >>> from teikit.transform_api import transform
    >>> transform("speech.xml", to="html")            # a path
    >>> transform(tei_bytes, to="text", mode="source")  # bytes (or a str of XML)

The same pipeline as `teikit transform`: bytes -> TEI reader -> model -> writer.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Union

from teikit.errors import TeikitError

TARGETS = ("text", "html", "json", "tsv", "vert", "conllu")
MODES = ("reading", "source")


@dataclass(frozen=True)
class TransformOptions:
    """What to produce: `to` text, html, json (the document model) or a corpus format
    (tsv, vert, conllu: see docs/exchange.md); `mode` reading or source (text only);
    `width` wraps reading text at that many columns (None: no wrapping); `prefer` the
    kinds of reading a `choice` shows first ("sic", "orig" …); `css` a stylesheet file
    added to HTML pages; `index_href` and `source_href` (set by the command for a set of
    pages) the file names of the index and of the TEI source copied beside the page."""
    to: str = "text"
    mode: str = "reading"
    width: int | None = None
    prefer: tuple = ()
    css: str | None = None
    index_href: str | None = None
    source_href: str | None = None

    def check(self) -> "TransformOptions":
        if self.to not in TARGETS:
            raise TeikitError(f"--to must be one of {', '.join(TARGETS)}, not {self.to!r}")
        if self.mode not in MODES:
            raise TeikitError(f"--mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        if self.width is not None and self.width < 1:
            raise TeikitError(f"--width must be a positive number, not {self.width}")
        from teikit.model import CHOICE_DEFAULT
        for kind in self.prefer:
            if kind not in CHOICE_DEFAULT:
                raise TeikitError(f"--prefer must be one of {', '.join(CHOICE_DEFAULT)}, "
                                  f"not {kind!r}")
        if self.css is not None:
            from teikit.writers.html import user_css
            user_css(self.css)  # a one-line error for a missing, special or non-UTF-8 file
        return self


def render(data: bytes, name: str, options: TransformOptions, persons=None) -> bytes:
    """One TEI document (bytes) to output bytes. `persons`: extra Person objects for
    `@who` that point outside the document (see `teikit.readers.tei.read_person_list`)."""
    from teikit.model import cycle_collector_paused
    # The collector stays off while the model is written and freed as well: the writers
    # make as many short-lived objects again, and the model's own hundreds of thousands
    # would be walked by each collection they trigger (7 % of the time on a 5 MB file).
    with cycle_collector_paused():
        transcript = _registered("reader", "tei")(data, name, persons=persons)
        out = writer(options)(transcript)
        del transcript
    return out


def writer(options: TransformOptions):
    """`write(transcript) -> bytes` for `options.to`, with the options bound for the
    writers that take them (text: mode, width, prefer; HTML: prefer, css, the set's links;
    JSON: prefer); the corpus formats have none."""
    write = _registered("writer", options.to)
    return partial(write, options=options) if options.to in _WITH_OPTIONS else write


_WITH_OPTIONS = ("text", "html", "json")


@lru_cache(maxsize=None)
def _registered(kind: str, name: str):
    """A reader or writer from its registry, looked up once: `import_module` costs several
    microseconds even for a module already imported, and a set of small pages renders
    thousands of documents."""
    if kind == "reader":
        from teikit.readers import get_reader
        return get_reader(name)
    from teikit.writers import get_writer
    return get_writer(name)


def transform(data_or_path: Union[bytes, str, Path], to: str = "text", mode: str = "reading",
              width: int | None = None, prefer: tuple = (), css: str | None = None) -> str:
    """Transform a TEI document given as bytes, a string of XML, or a path. Returns the
    text or HTML as a string. Raises `TeikitError` for input that is not TEI."""
    options = TransformOptions(to=to, mode=mode, width=width, prefer=tuple(prefer),
                               css=css).check()
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
