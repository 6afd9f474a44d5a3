"""Corpus-wide pointers: everything given in one run is one corpus.

A pointer (a token of @who, @ana, @corresp, @target, @ref) is reported (`dangling-pointer`,
a warning) only when it resolves nowhere in the corpus:

* `#id` resolves to an xml:id of the document or of the files joined to it by xi:include
  (a ParlaMint session points at persons and categories that the listPerson and taxonomy
  files included by its corpus root define), not of unrelated files of the run;
* `file.xml#id` and `file.xml` resolve relative to the pointing document, to a document of
  the run or to a file next to it in the same folder or archive (read through the document's
  confined `resolve`, only for its ids; never outside, never from the network);
* `prefix:value` is expanded by the `prefixDef`s found anywhere in the corpus (relative to
  the document that declares them); a prefix nobody declares, and http(s) and other URLs,
  are not checked (and never fetched).

Memory stays bounded by the corpus's ids, not its trees: each document's bytes are scanned
by the worker that validates it (ids, prefixDefs, xi:include targets, pointer tokens); only the
pointers its own ids do not resolve are kept, once per distinct target, with the first line.
A document's results are passed on as soon as all its pointers resolve, otherwise when the
run ends (input order is kept either way).
"""
from __future__ import annotations

import posixpath
import re
from collections import deque

from teikit.diagnostics import Diagnostic
# The scan is its own module (the workers import it alone); re-exported for callers.
from teikit.validate.refscan import (  # noqa: F401
    SCHEME, EXTERNAL_SCHEMES, POINTER_ATTRS, SCAN_NAMES, Pointer, Scanned, WithScan,
    doc_key, scan)


class Corpus:
    """The id index of a run, and the lookups pointers need.

    A bare `#id` is a same-document reference; a corpus assembled with xi:include (a
    ParlaMint root including its listPerson, taxonomies and sessions) is one document, so
    `#id` resolves in every file connected to the pointing one by xi:include edges (a
    group), never in an unrelated file that happens to be in the same run."""

    def __init__(self):
        self.ids: dict[str, set[str]] = {}         # per file, for file.xml#id
        self._group: dict[str, str] = {}           # file -> representative (union-find)
        self._group_ids: dict[str, set[str]] = {}  # representative -> ids of the group
        self._size: dict[str, int] = {}            # representative -> files in the group
        self.prefixes: dict[str, list[tuple[re.Pattern, str, str]]] = {}
        self._loaders: dict[str, object] = {}      # declaring file -> its resolve

    def add(self, scanned: Scanned, resolve=None) -> None:
        self.ids.setdefault(scanned.key, set()).update(scanned.ids)
        self._group_ids.setdefault(self._find(scanned.key), set()).update(scanned.ids)
        for href in scanned.includes:
            path = href.partition("#")[0]
            if path and not SCHEME.match(path):
                self._union(scanned.key, _relative_key(scanned.key, path))
        if scanned.prefix_defs and resolve is not None:
            self._loaders[scanned.key] = resolve  # expansions are relative to that file
        for ident, match, repl in scanned.prefix_defs:
            try:
                pattern = re.compile(match)
            except re.error:
                continue
            self.prefixes.setdefault(ident, []).append((pattern, repl, scanned.key))

    def _find(self, key: str) -> str:
        root = key
        while self._group.get(root, root) != root:
            root = self._group[root]
        while key != root:  # path compression
            key, self._group[key] = self._group.get(key, key), root
        return root

    def _union(self, a: str, b: str) -> None:
        a, b = self._find(a), self._find(b)
        if a == b:
            return
        small, big = sorted((a, b), key=lambda k: len(self._group_ids.get(k, ())))
        self._group[small] = big
        self._size[big] = self._size.get(big, 1) + self._size.pop(small, 1)
        self._group_ids.setdefault(big, set()).update(self._group_ids.pop(small, set()))

    def same_document(self, key: str, ident: str) -> bool:
        return ident in self._group_ids.get(self._find(key), ())

    def problem(self, key: str, token: str, load=None) -> str | None:
        """Why `token` (in the document `key`) resolves nowhere, or None when it resolves
        or is not checked. `load(href)` reads a file next to the document (or None)."""
        if token.startswith("#"):
            if self.same_document(key, token[1:]):
                return None
            if self._size.get(self._find(key), 1) > 1:
                return "points at no xml:id in this document or the files xi:included with it"
            return "points at no xml:id in this document"
        scheme = SCHEME.match(token)
        if scheme:
            prefix = scheme.group(1)
            if prefix.lower() in EXTERNAL_SCHEMES or prefix not in self.prefixes:
                return None  # a URL, or a private scheme nobody declared: not checked
            return self._prefixed(prefix, token[len(prefix) + 1:])
        return self._relative(key, token, load)

    def _prefixed(self, prefix: str, rest: str) -> str | None:
        for pattern, repl, base in self.prefixes[prefix]:
            m = pattern.fullmatch(rest)
            if m:
                expanded = re.sub(r"\$(\d)", lambda g: m.group(int(g.group(1))) or "", repl)
                # Relative to the declaring document, read through its own resolver.
                why = self.problem(base, expanded, self._loaders.get(base))
                return None if why is None else f"expands to {expanded}, which {why}"
        return f"matches no prefixDef pattern for '{prefix}'"

    def _relative(self, key: str, token: str, load) -> str | None:
        path, _, ident = token.partition("#")
        target = _relative_key(key, path) if path else key
        if target not in self.ids and load is not None:
            data = load(path)
            if data is not None:  # next to the document: part of the corpus from now on
                self.add(scan(target, data))
        if target not in self.ids:
            return f"points at {path}, which is not in the corpus"
        if ident and ident not in self.ids[target]:
            return f"points at no xml:id '{ident}' in {path}"
        return None


def _relative_key(key: str, path: str) -> str:
    return posixpath.normpath(posixpath.join(posixpath.dirname(key), path))


def with_references(docs, options, run):
    """`run(docs, options)`'s results, in input order, with corpus-wide dangling pointers
    added; a result waits only while some pointer does not resolve yet. `run` is called
    now (usage errors raise first). Workers return their documents' scans (`WithScan`)."""
    corpus = Corpus()
    asked: dict[int, tuple[Scanned, object]] = {}
    in_flight: dict[int, object] = {}  # input position -> document, until its result
    results = run((in_flight.setdefault(i, doc) for i, doc in enumerate(docs)), options)

    def scanned_results():
        for count, (name, diagnostics) in enumerate(results):
            doc = in_flight.pop(count)
            found = getattr(diagnostics, "scanned", None) or scan(doc.name, doc.data)
            corpus.add(found, doc.resolve)
            if found.pointers:
                asked[count] = (found, doc.resolve)
            elif found.includes:  # kept for its includes' ids, if anyone needs them
                asked[count] = (Scanned(found.key, includes=found.includes), doc.resolve)
            yield name, diagnostics

    return _in_order(corpus, asked, scanned_results())


def _in_order(corpus: Corpus, asked: dict, results):
    waiting: deque = deque()
    for idx, (name, diagnostics) in enumerate(results):
        waiting.append((idx, name, diagnostics))
        while waiting and _settled(corpus, asked.get(waiting[0][0])):
            i, n, d = waiting.popleft()
            job = asked.pop(i, None)
            if job and job[0].includes:  # still needed for others' pointers
                asked[i] = (Scanned(job[0].key, includes=job[0].includes), job[1])
            yield n, d
    if any(not _settled(corpus, job) for job in asked.values()):
        for job in asked.values():  # files xi:include'd from outside the run count too
            _load_includes(corpus, *job)
    while waiting:
        i, n, d = waiting.popleft()
        job = asked.pop(i, None)
        yield n, (_merge(d, dangling(corpus, n, *job)) if job else d)


def _settled(corpus: Corpus, job) -> bool:
    """True when every pointer of the document already resolves (nothing is loaded)."""
    if job is None:
        return True
    scanned, _resolve = job
    return all(corpus.problem(scanned.key, p.token) is None for p in scanned.pointers)


def _load_includes(corpus: Corpus, scanned: Scanned, resolve) -> None:
    for href in scanned.includes:
        path = href.partition("#")[0]
        if path and not SCHEME.match(path):
            corpus.problem(scanned.key, path, resolve)


def dangling(corpus: Corpus, name: str, scanned: Scanned, resolve) -> list[Diagnostic]:
    out = []
    for p in scanned.pointers:
        why = corpus.problem(scanned.key, p.token, resolve)
        if why:
            out.append(Diagnostic(name, p.line, 0, "warning", "dangling-pointer",
                                  f'@{p.attr}="{p.token}" on <{p.element}> {why}'))
    return out


def _merge(found: list[Diagnostic], more: list[Diagnostic]) -> list[Diagnostic]:
    if not more:
        return found
    return sorted(more + found, key=lambda d: (d.line, d.column))  # ids before schemas
