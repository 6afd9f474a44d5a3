"""Schema loading: find the vendored tei_all, detect the schema language, compile once.

Every validator has `validate(name, tree, names) -> list[Diagnostic]`; `names` are the local
element names of the document (for RELAX NG pruning), the others ignore them.
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError
from teikit.validate.cache import cache_dir

PACKAGE_DIR = Path(__file__).resolve().parent.parent
_XSD11 = re.compile(rb"minVersion\s*=\s*[\"']1\.1")


def default_schema() -> Path:
    """tei_all: package data in a wheel, the repository's schemas/ in a source checkout."""
    for candidate in (PACKAGE_DIR / "data" / "tei_all.rng",
                      PACKAGE_DIR.parent / "schemas" / "tei_all.rng"):
        if candidate.is_file():
            return candidate
    raise TeikitError("the vendored tei_all.rng is missing from this installation; "
                      "pass --schema FILE")


def profile_schematron(profile: str) -> Path:
    if profile != "teikit":
        raise TeikitError(f"unknown profile {profile!r} (known: teikit, tei)")
    return PACKAGE_DIR / "data" / "teikit.sch"


def schema_kind(path: Path) -> str:
    """"rng", "rnc", "xsd" or "sch", from the extension (or the root element)."""
    suffix = path.suffix.lower()
    if suffix in (".rng", ".rnc", ".xsd", ".sch"):
        return suffix[1:]
    head = path.read_bytes()[:4096]
    for marker, kind in ((b"relaxng.org/ns/structure", "rng"), (b"XMLSchema\"", "xsd"),
                         (b"purl.oclc.org/dsdl/schematron", "sch")):
        if marker in head:
            return kind
    raise TeikitError(f"{path}: cannot tell the schema language; use .rng, .rnc, .xsd or .sch")


def load(path: Path):
    """A validator for the schema at `path` (compiled lazily, cached per process)."""
    path = Path(path)
    if not path.is_file():
        raise TeikitError(f"{path}: schema not found")
    return _load_cached(path.resolve(), path.stat().st_mtime_ns)


@lru_cache(maxsize=16)
def _load_cached(path: Path, _mtime: int):
    if not _shipped(path):  # vet what it references before any tool follows it
        from teikit.validate.schemarefs import check_local
        check_local(path)
    kind = schema_kind(path)
    if kind == "rnc":
        return RelaxNGValidator(rnc_to_rng(path), source=path)
    if kind == "rng":
        return RelaxNGValidator(path)
    if kind == "xsd":
        from teikit.validate.otherschemas import load_xsd
        return load_xsd(path, bool(_XSD11.search(path.read_bytes())))
    from teikit.validate.schematron import load_file
    return load_file(path, path.name)


def _shipped(path: Path) -> bool:
    """The vendored tei_all and the profiles' Schematron: trusted, and too big to re-read."""
    data = PACKAGE_DIR / "data"
    return path.parent in (data, PACKAGE_DIR.parent / "schemas")


def rnc_to_rng(path: Path) -> Path:
    """Convert RELAX NG compact syntax with trang, once: cached by content hash. A cache
    folder teikit cannot read or write (mode 000, read-only) is a one-line error."""
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise TeikitError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        return _rnc_to_rng(path, source)
    except OSError as exc:
        where = exc.filename or cache_dir()
        raise TeikitError(f"cannot use the schema cache ({where}): {exc.strerror or exc}; "
                          "set XDG_CACHE_HOME to a writable folder") from None


def _rnc_to_rng(path: Path, source: bytes) -> Path:
    digest = hashlib.sha256(source + str(path).encode()).hexdigest()[:24]
    out_dir = cache_dir() / "rnc" / digest
    out = out_dir / (path.stem + ".rng")
    if out.is_file():
        return out
    from teikit.validate.jing import java_command
    tmp = out_dir.with_name(digest + f".tmp{os.getpid()}")
    from teikit.procs import parent_death_hook
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        proc = subprocess.run(java_command("trang") + [str(path), str(tmp / out.name)],
                              capture_output=True, text=True, errors="replace",
                              preexec_fn=parent_death_hook())
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if proc.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        first = (proc.stderr or proc.stdout).strip().splitlines()[:1]
        raise TeikitError(f"{path}: cannot convert compact syntax: {' '.join(first)}")
    try:
        tmp.rename(out_dir)
    except OSError:  # another process won the race; its result is as good
        shutil.rmtree(tmp, ignore_errors=True)
    return out


class RelaxNGValidator:
    """libxml2 RELAX NG on a grammar pruned to a name set.

    Documents come with the name set of their group (grammarsets.GrammarPlan), so similar
    documents share one compiled grammar; the compiled grammars are kept per name set.
    """

    def __init__(self, path: Path, source: Path | None = None):
        self.path = Path(path)
        self.source = Path(source or path)  # the user's file (a .rnc converted to `path`)
        self._grammar = None
        self._names: frozenset[str] = frozenset()
        self._compiled = None
        self._grammars = None
        self.compiles = 0

    def prepare(self, names: set[str], exact: bool = False) -> None:
        """Make sure the compiled grammar covers `names` (e.g. a group's names); with
        `exact`, it is the grammar pruned to exactly `names`."""
        if self._compiled is not None and (names == self._names if exact
                                           else names <= self._names):
            return
        if self._grammars is None:
            from teikit.validate.grammarsets import CompiledGrammars
            self._grammars = CompiledGrammars(self._compile)
        self._names, self._compiled = self._grammars.covering(names, exact)

    def _compile(self, names: set[str]):
        from lxml import etree
        self.load()
        try:
            compiled = self._grammar.compile(names)
        except etree.RelaxNGParseError as exc:
            raise self._unusable(exc) from None
        self.compiles += 1
        return compiled

    def validate(self, name: str, tree, names: set[str], as_written=None,
                 own_names=None) -> list[Diagnostic]:
        """`names` may be incomplete (a cheap guess from the bytes): a grammar pruned too
        much can only reject more, so "valid" is final, and "invalid" is confirmed with the
        exact names of the tree before it is reported. For an invalid document,
        `own_names()` gives its names when its bytes show them all (None: the tree is walked),
        and `as_written()` gives the tree as written when `tree` was parsed without its
        blank text: diagnostics are positioned on that one (errors at end tags)."""
        from teikit.validate.grammarsets import CHILDREN
        from teikit.validate.rngprune import names_in_tree
        if CHILDREN in names:  # a document of its own, pruned per parent (rngchildren)
            from teikit.validate.rngchildren import pairs_in_tree
            names = (frozenset(names) - {CHILDREN}) | pairs_in_tree(tree)
        # The byte scan gives element names, attribute names and (element, attribute)
        # pairs; the exact ones are walked from the tree only when a verdict is "invalid".
        self.prepare(names)
        if self._compiled.validate(tree):
            return []
        # Diagnostics (which errors libxml2 reports, where) from the grammar pruned to
        # this document's own names: the same whatever other documents share the run
        # (a --shard, a batch), and a grammar that lacked some of its names re-checked.
        own = own_names() if own_names is not None else None
        exact = self._grammar.for_messages(names_in_tree(tree) if own is None else own)
        if as_written is not None:  # blank text changes no verdict: validated as written
            tree = as_written()     # once, for the verdict and the diagnostics
        elif exact == self._names:
            return self._diagnostics(name, tree)
        self.prepare(exact, exact=True)
        if self._compiled.validate(tree):
            return []
        return self._diagnostics(name, tree)

    def _diagnostics(self, name: str, tree) -> list[Diagnostic]:
        from teikit.validate.rngmessages import rng_diagnostics
        return rng_diagnostics(name, self._compiled.error_log, tree, self._detailed_log)

    def _detailed_log(self, tree):
        """libxml2 names no element when a compiled content automaton fails; the pruned
        grammar without simplification is validated step by step and names it."""
        from lxml import etree
        grammar = etree.RelaxNG(self._grammar.pruned_tree(set(self._names)))
        grammar.validate(tree)
        return grammar.error_log

    def _unusable(self, exc) -> TeikitError:
        """The error about the user's schema file: for a converted .rnc, jing checks the
        .rnc itself, so the position is in the file the user wrote, not in the cache."""
        detail = _first_line(exc)
        if self.source != self.path:
            from teikit.validate.jing import schema_problem
            detail = schema_problem(self.source) or re.sub(r",? line \d+$", "", detail)
        return TeikitError(f"{self.source}: not a usable RELAX NG schema: {detail}")

    def load(self) -> None:
        """Read the grammar now (e.g. before forking workers, which then share it)."""
        from teikit.validate.rngprune import PrunableGrammar
        if self._grammar is None:
            try:
                self._grammar = PrunableGrammar(self.path)
            except Exception as exc:
                # lxml only now: the parent, which loads the grammar from the cache
                # before forking, need not import it (its workers do, see pool._warm_up).
                from lxml import etree
                if not isinstance(exc, etree.XMLSyntaxError):
                    raise
                raise TeikitError(f"{self.path}: schema is not well-formed XML: {exc}") from None


def _first_line(exc) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
