"""Many documents at once: convert or transform a stream of documents, in this process, in
worker processes, or on a Dask cluster (`teikit.executors`), results in input order.

    >>> from teikit.batch_api import convert_documents
    >>> docs = [("a.txt", b"Q: Ready?\\n\\nMR. SMITH: Yes.\\n"), ("b.txt", b"")]
    >>> [(d.name, d.error is None) for d in convert_documents(docs, jobs=2)]
    [('a.txt', True), ('b.txt', False)]

A document is `(name, data)` or `(name, data, options)` (its own options, e.g. its id);
`data` is the document's bytes, or the `Exception` that kept it from being read (it is
reported in its place). Each gives an `Outcome`: the output bytes and warnings, or a
one-line error; a bad document never stops the others. The work on a document is a
module-level function of its bytes, so it runs anywhere; files are read and outputs written
by the caller (the CLI writes them atomically, with its checks, on the calling machine).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Any, Iterable, Iterator

from teikit.errors import TeikitError


@dataclass
class Outcome:
    name: str
    output: bytes | None = None    # the TEI, text or HTML; None when it failed
    warnings: list = field(default_factory=list)   # InputWarning (convert)
    error: str | None = None       # why it failed, one line naming the document
    size: int = 0                  # bytes of input
    about: Any = None              # transform: `PageFacts`; convert with keep_model:
                                   # the document model (teikit.model.Transcript)


@dataclass(frozen=True)
class PageFacts:
    """What an HTML index lists about a page (besides its file name and size)."""
    title: str | None
    date: str | None
    who: str | None                # authors, else the first named speakers
    turns: int
    kind: str                      # play, transcript or text


def convert_documents(docs: Iterable, options=None, *, registry=None, executor=None,
                      jobs: int = 1, keep_model: bool = False) -> Iterator[Outcome]:
    """Convert transcripts; `options` a `ConvertOptions` (default: the defaults),
    `registry` the persons registry (default: loaded from `options.persons`, here, so
    workers elsewhere need not see the file). `executor` from
    `teikit.executors.make_executor`, else a local one with `jobs` worker processes
    (1: in this process; 0: one per CPU). `keep_model`: each outcome's `about` is the
    document model and `output` is None (teikit.corpus writes the components itself)."""
    from teikit.convert_api import FLAVOURS, ConvertOptions, load_persons
    options = options or ConvertOptions()
    if options.flavour not in FLAVOURS:
        raise TeikitError(f"unknown flavour {options.flavour!r}; use one of: {', '.join(FLAVOURS)}")
    if registry is None and options.persons is not None:
        registry = load_persons(options.persons)
    work = partial(convert_batch, registry, keep_model)
    return _run(work, _with_options(docs, options), executor, jobs,
                partial(warm_up_convert, options))


def transform_documents(docs: Iterable, options=None, *, persons=None, executor=None,
                        jobs: int = 1, facts: bool = False) -> Iterator[Outcome]:
    """Transform TEI documents; `options` a `TransformOptions`, `persons` the Person objects
    that resolve `@who` pointing outside a document (see `teikit.readers.tei`), `facts`:
    each outcome's `about` is the page's `PageFacts` (for an index page). `executor` and
    `jobs` as for `convert_documents`."""
    from teikit.transform_api import TransformOptions
    options = (options or TransformOptions()).check()
    work = partial(transform_batch, list(persons or []), facts)
    return _run(work, _with_options(docs, options), executor, jobs,
                partial(warm_up_transform, options))


def read_or_error(source):
    """A `teikit.files.InputFile`'s bytes, or the TeikitError that says why it cannot be
    read (a document's `data` either way)."""
    try:
        return source.read_bytes()
    except TeikitError as exc:
        return exc


def _with_options(docs: Iterable, options) -> Iterator[tuple]:
    for doc in docs:
        yield doc if len(doc) == 3 else (doc[0], doc[1], options)


def _run(work, items, executor, jobs: int, prepare) -> Iterator[Outcome]:
    from teikit.executors import LocalExecutor
    own = executor is None
    executor = LocalExecutor(jobs, prepare) if own else executor

    def size_of(item) -> int:
        return len(item[1]) if isinstance(item[1], (bytes, bytearray)) else 0
    try:
        yield from executor.map_batches(work, items, size_of)
    finally:
        if own:
            executor.close()


def warm_up_convert(options=None) -> None:
    """Convert a tiny transcript: the modules, word lists and ordered passes a conversion
    needs are then loaded (~0.25 s), once, before worker processes are forked."""
    from teikit.convert_api import ConvertOptions
    from dataclasses import replace
    options = replace(options or ConvertOptions(), persons=None)
    _convert_one(None, False, "warm-up.txt", b"MR. SMITH: Good morning.\n\nQ: Thanks.\n",
                 options)


def warm_up_transform(options=None) -> None:
    """Transform a tiny TEI document, for the same reason as `warm_up_convert`."""
    from teikit.transform_api import TransformOptions
    _transform_one([], True, "warm-up.xml", _TINY_TEI, options or TransformOptions())


_TINY_TEI = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>'
             b'T</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc>'
             b'<p>s</p></sourceDesc></fileDesc></teiHeader><text><body><u who="#a">Hello.</u>'
             b'</body></text></TEI>')


# --- the work on one document, wherever it runs ----------------------------------------

def convert_batch(registry, keep_model: bool, items: list[tuple]) -> list[Outcome]:
    return [_safely(_convert_one, registry, keep_model, *item) for item in items]


def transform_batch(persons: list, facts: bool, items: list[tuple]) -> list[Outcome]:
    return [_safely(_transform_one, persons, facts, *item) for item in items]


def _safely(work, first, second, name: str, data, options) -> Outcome:
    """`work`'s outcome, or the reason it has none: an input error as its message, a bug as
    one line asking for a report (the other documents go on either way)."""
    if isinstance(data, BaseException):
        return Outcome(name, error=str(data))
    try:
        return work(first, second, name, data, options)
    except TeikitError as exc:
        return Outcome(name, error=str(exc), size=len(data))
    except Exception as exc:  # RecursionError and MemoryError too
        return Outcome(name, size=len(data), error=(
            f"{name}: teikit failed on this document ({type(exc).__name__}: {exc}); "
            "please report it"))


def _convert_one(registry, keep_model: bool, name: str, data: bytes, options) -> Outcome:
    from teikit.convert_api import FLAVOURS, read_transcript
    from teikit.writers import get_writer
    doc = read_transcript(data, name, options, registry)
    if keep_model:
        return Outcome(name, None, list(doc.warnings), size=len(data), about=doc)
    tei = get_writer(FLAVOURS[options.flavour])(doc)
    return Outcome(name, tei, list(doc.warnings), size=len(data))


def _transform_one(persons: list, facts: bool, name: str, data: bytes, options) -> Outcome:
    from teikit.model import cycle_collector_paused
    from teikit.readers.tei import read
    from teikit.transform_api import writer
    with cycle_collector_paused():  # as in transform_api.render: the model is large and acyclic
        transcript = read(data, name, persons=persons)
        out = writer(options)(transcript)
    return Outcome(name, out, size=len(data), about=page_facts(transcript) if facts else None)


def page_facts(t) -> PageFacts:
    s = t.setting
    who = ", ".join(t.publication.authors)
    if not who:
        named = [p.name for p in t.persons if p.name]
        who = ", ".join(named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
    return PageFacts(s.title, s.date_iso or s.date_text, who or None, len(t.turns()), _kind(t))


def _kind(t) -> str:
    """What a document is, for the index heading: a play, a transcript, a text."""
    from teikit.model import Stage
    turns = t.turns()
    if not turns:
        return "text"
    if any(isinstance(b, Stage) for b in t.blocks) or any(
            tu.label and not tu.label.endswith(":") for tu in turns[:20]):
        return "play"
    return "transcript"
