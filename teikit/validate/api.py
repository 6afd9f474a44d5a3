"""`teikit.validate(paths, ...)`: the Python call behind `teikit validate`.

Sources (files, folders, archives) feed the engines lazily; inputs that could not be read
are reported in their place, in input order, alongside the engines' results.
"""
from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Union

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError
from teikit.validate import Document, ValidateOptions, validate_documents
from teikit.validate.filters import DiagnosticFilter
from teikit.validate.sources import Rejected, SourceLimits, iter_sources

# Diagnostics that mean "could not be read" rather than "invalid": they make the exit code 2.
INPUT_RULES = frozenset({"io", "archive"})

PathArg = Union[str, os.PathLike]


@dataclass
class DocumentResult:
    name: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(d.severity == "error" for d in self.diagnostics)

    @property
    def warnings(self) -> int:
        return sum(d.severity == "warning" for d in self.diagnostics)

    @property
    def valid(self) -> bool:
        return self.errors == 0

    @property
    def unreadable(self) -> bool:
        return any(d.rule in INPUT_RULES for d in self.diagnostics)


@dataclass
class Report:
    """Per-document results in input order, with the counts and exit code they imply."""
    results: list[DocumentResult] = field(default_factory=list)

    @property
    def files(self) -> int:
        return len(self.results)

    @property
    def invalid(self) -> int:
        return sum(not r.valid for r in self.results)

    @property
    def errors(self) -> int:
        return sum(r.errors for r in self.results)

    @property
    def warnings(self) -> int:
        return sum(r.warnings for r in self.results)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for r in self.results for d in r.diagnostics]

    @property
    def exit_code(self) -> int:
        """0 all valid, 1 some invalid, 2 some input could not be read."""
        if any(r.unreadable for r in self.results):
            return 2
        return 1 if self.invalid else 0

    def summary(self) -> str:
        """One line, e.g. "12 files, 2 invalid, 5 errors, 1 warning"."""
        parts = [_plural(self.files, "file")]
        parts.append(f"{self.invalid} invalid" if self.invalid else "all valid")
        if self.errors:
            parts.append(_plural(self.errors, "error"))
        if self.warnings:
            parts.append(_plural(self.warnings, "warning"))
        return ", ".join(parts)

    def to_dict(self) -> dict:
        return {
            "summary": {"files": self.files, "invalid": self.invalid, "errors": self.errors,
                        "warnings": self.warnings, "exit_code": self.exit_code},
            "files": [{"path": r.name, "valid": r.valid,
                       "diagnostics": [d.to_dict() for d in r.diagnostics]}
                      for r in self.results],
        }


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def validate(paths: Union[PathArg, Iterable[PathArg]], *, include: Iterable[str] = (),
             exclude: Iterable[str] = (), limits: SourceLimits | None = None,
             select: Iterable[str] = (), ignore: Iterable[str] = (), warnings: str = "show",
             **options) -> Report:
    """Validate files, folders, globs, "-" (stdin), zip and tar archives.

    `options` are the fields of `teikit.validate.ValidateOptions` (schema or schemas,
    profile, embedded_schematron, engine, xinclude, use_xml_model, max_errors, timeout,
    jobs, require_tei, corpus_references). `select`/`ignore` keep or drop diagnostics by
    rule id, `warnings` is "show", "hide" or "error" (see `teikit.validate.filters`).
    Raises `TeikitError` for a usage error (no input, missing path, unusable schema).
    """
    if options.get("schema") is not None:
        options["schema"] = Path(options["schema"])
    keep = DiagnosticFilter(tuple(select), tuple(ignore), warnings)
    return Report(list(iter_results(paths, ValidateOptions(**options), include=include,
                                    exclude=exclude, limits=limits, keep=keep)))


def iter_results(paths: Union[PathArg, Iterable[PathArg]], options: ValidateOptions, *,
                 include: Iterable[str] = (), exclude: Iterable[str] = (),
                 limits: SourceLimits | None = None,
                 keep: DiagnosticFilter = DiagnosticFilter()) -> Iterator[DocumentResult]:
    """`DocumentResult`s one by one in input order, as the engines produce them, with the
    diagnostics `keep` keeps."""
    args = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else \
        [os.fspath(p) for p in paths]
    if not args:
        raise TeikitError("no input given")
    sources = iter_sources(args, include, exclude, limits or SourceLimits())
    results = merge_rejected(sources, lambda docs: validate_documents(docs, options))
    if not keep.active:
        return results
    return (DocumentResult(r.name, keep.apply(r.diagnostics)) for r in results)


def merge_rejected(sources: Iterable[Union[Document, Rejected]], run) -> Iterator[DocumentResult]:
    """Feed the documents among `sources` to `run` and put the rejected inputs back in their
    place. `run` may read ahead of its results (parallel jobs), so every source is queued
    as it is pulled and results are matched to the queue in order."""
    pending: deque = deque()

    def documents() -> Iterator[Document]:
        for source in sources:
            pending.append(source)
            if isinstance(source, Document):
                yield source

    for name, diagnostics in run(documents()):
        while pending and isinstance(pending[0], Rejected):
            yield _rejected_result(pending.popleft())
        if pending:
            pending.popleft()
        yield DocumentResult(name, list(diagnostics))
    while pending:
        source = pending.popleft()
        if isinstance(source, Rejected):
            yield _rejected_result(source)


def _rejected_result(source: Rejected) -> DocumentResult:
    return DocumentResult(source.name, [source.diagnostic])
