"""Validation core: documents in, diagnostics out (engines: pruned lxml RELAX NG, XSD,
Schematron, jing).

Import-light on purpose: the CLI imports this package for the option types, so lxml and the
engines are only imported when `validate_documents` runs.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from teikit.diagnostics import Diagnostic

ENGINES = ("auto", "lxml", "jing")
PROFILES = ("teikit", "tei")


@dataclass(frozen=True)
class ValidateOptions:
    schema: Path | None = None      # None = vendored tei_all (kept: the first of `schemas`)
    profile: str | None = None      # "teikit": + teikit's Schematron; "tei": + tei_all's own
    schemas: tuple[Path, ...] = ()  # several: RELAX NG/XSD plus Schematron, all applied
    embedded_schematron: bool | None = None  # run the grammar's sch:rules (None: profile tei)
    engine: str = "auto"            # "auto" (lxml, jing fallback on timeout), "lxml", "jing"
    xinclude: bool = False
    use_xml_model: bool = False
    max_errors: int = 0             # per document, 0 = unlimited
    timeout: float = 30.0           # seconds per document for libxml2 before falling back to jing
    jobs: int = 1                   # worker processes; 0 = one per CPU if there are several docs
    require_tei: bool = True        # non-TEI root -> "not a TEI document" unless a schema is given
    corpus_references: bool = True  # pointers resolve across all documents of the run

    def __post_init__(self):
        # `schema` and `schemas` describe the same list: callers may give either.
        schemas = tuple(Path(p) for p in self.schemas)
        if self.schema is not None and not schemas:
            schemas = (Path(self.schema),)
        object.__setattr__(self, "schemas", schemas)
        object.__setattr__(self, "schema", schemas[0] if schemas else None)
        # Here, not in the CLI only: inf or nan seconds, or a negative count, from any caller
        # must be a one-line error, not an OverflowError or a silently disabled limit.
        from teikit.options import count, seconds
        seconds("--timeout", self.timeout)
        count("--jobs", self.jobs, " (0: one per CPU)")
        count("--max-errors", self.max_errors, " (0: all)")

    @property
    def runs_embedded_schematron(self) -> bool:
        if self.embedded_schematron is None:
            return self.profile == "tei"
        return self.embedded_schematron


@dataclass
class Document:
    name: str                                  # as reported: "dir/a.xml", "-", "corpus.zip!/a/b.xml"
    data: bytes
    resolve: Callable[[str], bytes | None] | None = None  # XInclude href -> bytes, None if outside


def validate_documents(docs: Iterable[Document], options: ValidateOptions
                       ) -> Iterator[tuple[str, list["Diagnostic"]]]:
    """Yield `(name, diagnostics)` per document, in input order.

    Raises `teikit.errors.TeikitError` (exit 2) for an unusable schema, a missing jing, etc.
    """
    from teikit.validate.engine import validate_documents as run
    if not options.corpus_references:
        return run(docs, options)
    from teikit.validate.references import with_references
    return with_references(docs, options, run)


__all__ = ["ValidateOptions", "Document", "validate_documents", "ENGINES", "PROFILES"]
