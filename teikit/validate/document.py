"""One document through every check: bytes -> parse -> XInclude -> teikit checks -> schemas.

A `DocumentChecker` lives once per process (or worker) so compiled schemas are reused.
"""
from __future__ import annotations

from teikit.diagnostics import Diagnostic
from teikit.validate import schemas, schemaset
from teikit.validate.rngprune import names_in_bytes

# The parent makes a DocumentChecker for the schemas only (it loads them before forking
# the workers); parsing, the checks and XInclude are imported where a document is checked
# (in the workers, see pool._warm_up): ~20 ms less before the first worker starts.


class Prepared:
    """A parsed document and what the checks before schema validation found."""

    def __init__(self, name, tree, diagnostics, stripped=False):
        self.name, self.tree, self.diagnostics = name, tree, diagnostics
        self.stripped = stripped  # whitespace between elements dropped (RELAX NG only)


class DocumentChecker:
    def __init__(self, options):
        self.options = options
        self._base_validators = None
        # Whitespace between elements can be dropped for the default RELAX NG only (see
        # checks.blanks_are_insignificant): a Schematron rule or an xml-model schema might
        # count text nodes, and XInclude inserts content the check did not look at.
        self._strip_blanks = (options.schema is None and options.profile is None
                              and not options.runs_embedded_schematron
                              and not options.use_xml_model and not options.xinclude)

    # -- schemas ---------------------------------------------------------------------------
    def base_validators(self) -> list:
        """The validators from the options (loaded on first use, then kept)."""
        if self._base_validators is None:
            self._base_validators = schemaset.base_validators(self.options)
        return self._base_validators

    @property
    def several_schemas(self) -> bool:
        return len(self.base_validators()) > 1

    def validators_for(self, prepared: Prepared, resolve) -> tuple[list, list[Diagnostic]]:
        if self.options.use_xml_model:
            from teikit.validate.xmlmodel import schema_paths
            paths, notes = schema_paths(prepared.name, prepared.tree, resolve,
                                        schemas.cache_dir())
            if paths:
                return [_DocumentSchema(p) for p in paths], notes
            return self.base_validators(), notes
        return self.base_validators(), []

    # -- the pipeline ----------------------------------------------------------------------
    def prepare(self, name: str, data: bytes, resolve=None, layout=None) -> Prepared:
        """Everything before schema validation; `tree` is None when there is nothing to
        validate further (not well-formed, not TEI). `layout`: checks.layout(data), when
        the caller has it."""
        from teikit.validate import checks
        found = checks.check_encoding(name, data)
        strip = self._strip_blanks and checks.blanks_are_insignificant(data, layout)
        tree, syntax, duplicate_ids = checks.parse(name, data, None, strip)
        if tree is None:
            return Prepared(name, None, found + syntax)
        if self.options.xinclude:
            from teikit.validate.members import SourceLimits
            from teikit.validate.xinclude import Includer
            found += Includer(name, resolve, SourceLimits().max_member_size).run(tree)
        if self.options.require_tei and self.options.schema is None:
            not_tei = checks.check_root(name, tree)
            if not_tei:
                return Prepared(name, None, found + not_tei)
        # XInclude adds elements whose xml:ids the parser never indexed.
        plain = not self.options.xinclude and checks.ascii_compatible(data)
        found += checks.check_ids(name, tree, duplicate_ids or self.options.xinclude,
                                  id_index=not self.options.xinclude,
                                  data=data if plain else None,
                                  pointers=not self.options.corpus_references)
        return Prepared(name, tree, found, strip)

    def check(self, name: str, data: bytes, names_hint: set[str] = frozenset(),
              resolve=None, layout=None) -> list[Diagnostic]:
        prepared = self.prepare(name, data, resolve, layout)
        if prepared.tree is None:
            return self.finish(prepared.diagnostics)
        validators, notes = self.validators_for(prepared, resolve)
        found = prepared.diagnostics + notes
        names = names_hint or names_in_bytes(data)
        from teikit.validate.otherschemas import reading_for
        with reading_for(name, resolve):
            found += self._run(validators, prepared, data, names)
        return self.finish(found)

    def _run(self, validators, prepared, data, names) -> list[Diagnostic]:
        found, name = [], prepared.name
        for validator in validators:
            if isinstance(validator, schemas.RelaxNGValidator):
                found += schemaset.tagged(self._relaxng(validator, prepared, data, names),
                                          validator, self.several_schemas)
                continue
            # (never a stripped tree: blank text is dropped for the default tei_all only)
            found += schemaset.tagged(validator.validate(name, prepared.tree, names),
                                      validator, self.several_schemas)
        return found

    def _relaxng(self, validator, prepared, data, names) -> list[Diagnostic]:
        """An invalid document's names come from its bytes when they show all its markup
        (a regular expression: ~10x faster than walking the tree), and its diagnostics
        from the tree as written (positions at end tags are computed from the whitespace
        that a stripped tree lacks)."""
        from teikit.validate import checks
        own = None
        if not self.options.xinclude:  # (the bytes are searched only for an invalid one)
            own = lambda: (names_in_bytes(data)  # noqa: E731
                           if checks.cannot_declare_entities(data) else None)
        as_written = (lambda: checks.parse(prepared.name, data, None).tree) \
            if prepared.stripped else None
        return validator.validate(prepared.name, prepared.tree, names, as_written, own)

    def finish(self, found: list[Diagnostic]) -> list[Diagnostic]:
        """Sorted by position, duplicates dropped, cut at max_errors."""
        # Stable on (line, column): within a line the engines' own order is kept.
        unique = sorted(dict.fromkeys(found), key=lambda d: (d.line, d.column))
        if self.options.max_errors:
            unique = unique[: self.options.max_errors]
        return unique


class _DocumentSchema:
    """A schema named by the document itself: if it is unusable, that is a finding about
    this document (rule "xml-model"), not a reason to stop validating the others."""

    def __init__(self, path):
        self.path = path

    def validate(self, name: str, tree, names) -> list[Diagnostic]:
        from teikit.errors import TeikitError
        try:
            return schemas.load(self.path).validate(name, tree, names)
        except TeikitError as exc:
            return [Diagnostic(name, 0, 0, "error", "xml-model", str(exc))]
