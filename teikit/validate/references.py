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

import html
import posixpath
import re
from collections import deque
from dataclasses import dataclass, field

from teikit.diagnostics import Diagnostic

POINTER_ATTRS = ("who", "ana", "corresp", "target", "ref")
_ATTR_VALUE = rb"""\s*=\s*(?:"([^"<]*)"|'([^'<]*)')"""
# Each pattern starts with a literal, which the regex engine finds with a fast search: a
# leading "\s" or an alternation made the scan ~6x slower.
_POINTERS = {attr: re.compile(attr.encode() + _ATTR_VALUE) for attr in POINTER_ATTRS}
# For `findall`: one group, the value with its quotes, so that the matches are bytes,
# deduplicated by one set() in C before Python looks at each distinct value.
_QUOTED = rb"""\s*=\s*("[^"<]*"|'[^'<]*')"""
_IDS = re.compile(rb"xml:id" + _QUOTED)
_POINTER_VALUES = {attr: re.compile(attr.encode() + _QUOTED) for attr in POINTER_ATTRS}
_PREFIX_DEF = re.compile(rb"prefixDef\s([^>]*)>")       # after "<" or "prefix:"
_INCLUDE = re.compile(rb"include\s[^>]*?href" + _ATTR_VALUE)
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_DOCTYPE_OR_COMMENT = re.compile(rb"<!(?:DOCTYPE|--)")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
# The names (as rngprune.names_in_bytes gives them: local element names, "@" + local
# attribute names) of what `scan` searches the bytes for, pass by pass.
SCAN_NAMES = frozenset({"@id", "prefixDef", "include"} | {"@" + a for a in POINTER_ATTRS})


@dataclass
class Pointer:
    token: str          # as written
    attr: str
    line: int
    element: str


@dataclass
class Scanned:
    """What one document contributes to, and asks of, the corpus."""
    key: str
    ids: set[str] = field(default_factory=set)
    prefix_defs: list[tuple[str, str, str]] = field(default_factory=list)  # ident, match, repl
    includes: list[str] = field(default_factory=list)
    pointers: list[Pointer] = field(default_factory=list)  # not resolved by its own ids


class WithScan(list):
    """A worker's diagnostics of a document, with its `scan` (see with_references)."""

    def __init__(self, diagnostics, scanned: Scanned):
        super().__init__(diagnostics)
        self.scanned = scanned


def doc_key(name: str) -> str:
    """A document's place in the corpus: its reported name, archives like folders."""
    return posixpath.normpath(name.replace("!/", "/").replace("\\", "/"))


def scan(name: str, data: bytes, present=None) -> Scanned:
    """Ids, prefixDefs, xi:include targets and the pointers to look up elsewhere, from the
    bytes (parsed with lxml when the bytes do not show the markup plainly).

    `present`, when known, is the part of SCAN_NAMES that the document's start tags show
    (from the names scan the parent makes anyway): the passes for the others are skipped,
    each of which costs a search through the whole document (most plays have no @ref,
    @ana, @corresp, prefixDef or xi:include: ~40 % of the scan).

    This runs on every document (in the worker that validates it, else in the parent),
    so it works on distinct values: one
    `findall` per kind, each distinct attribute value decoded and split once, and a second
    pass for line numbers only over the values that do not resolve locally (rare)."""
    key = doc_key(name)
    encoding = _encoding(data)
    # One search for both (most documents have neither: two `in` tests cost twice as much).
    markup = _DOCTYPE_OR_COMMENT.search(data) is not None
    if encoding is None or (markup and b"<!DOCTYPE" in data):
        return _scan_tree(key, data)
    if markup and b"<!--" in data:  # comments hold no markup; keep their newlines for lines
        data = _COMMENT.sub(lambda m: b"\n" * m.group().count(b"\n"), data)
    shown = SCAN_NAMES if present is None else present
    out = Scanned(key, ids={_text(v[1:-1], encoding) for v in set(_IDS.findall(data))}
                  if "@id" in shown else set())
    if "prefixDef" in shown and b"prefixDef" in data:
        for markup in _tags(_PREFIX_DEF, data):
            attrs = _attributes(markup[0], encoding)
            if attrs.get("ident") and attrs.get("replacementPattern"):
                out.prefix_defs.append((attrs["ident"], attrs.get("matchPattern", "(.*)"),
                                        attrs["replacementPattern"]))
    if "include" in shown and b"include" in data:
        out.includes = [_text(a or b, encoding) for a, b in _tags(_INCLUDE, data)]
    # The values first, with findall (no check of the character before the name, except
    # for "ref", which "href" ends with): a superset, which the second pass, with offsets
    # and the check, narrows to the real pointers (~25% faster on plays).
    values = {(attr, value) for _, attr, value in
              _pointer_matches(data, ("ref",) if "@ref" in shown else ())}
    values.update((attr, v[1:-1]) for attr, pattern in _POINTER_VALUES.items()
                  if attr != "ref" and "@" + attr in shown for v in set(pattern.findall(data)))
    open_values = {(attr, value) for attr, value in values
                   if any(not _resolves_locally(t, out)
                          for t in _text(value, encoding).split())}
    if open_values:
        out.pointers = _first_of_each(_open_pointers(data, open_values, out, encoding))
    return out


def _tags(pattern: re.Pattern, data: bytes):
    """The groups of `pattern`'s matches that start an element name (after "<" or a
    namespace prefix's ":"), not a word in text or an attribute value."""
    for m in pattern.finditer(data):
        if data[m.start() - 1:m.start()] in (b"<", b":"):
            yield m.groups()


def _text(raw: bytes, encoding: str) -> str:
    text = raw.decode(encoding, "replace")
    return html.unescape(text) if "&" in text else text


def _pointer_matches(data: bytes, attrs=POINTER_ATTRS):
    """(offset, attribute, raw value) of every pointer attribute, in no particular order."""
    for attr in attrs:
        for m in _POINTERS[attr].finditer(data):
            if data[m.start() - 1:m.start()] in _BLANKS:  # "ref" but not "href"
                yield m.start(), attr, m.group(1) if m.group(1) is not None else m.group(2)


_BLANKS = {b" ", b"\t", b"\n", b"\r"}


def _open_pointers(data: bytes, open_values: set, scanned: Scanned, encoding: str):
    """The pointers of `open_values` in document order, each (value, attribute, element)
    once: its later occurrences could only repeat the same pointers (see _first_of_each)."""
    line, pos = 1, 0
    seen = set()
    attrs = [attr for attr in POINTER_ATTRS if any(a == attr for a, _ in open_values)]
    matches = (m for m in _pointer_matches(data, attrs) if (m[1], m[2]) in open_values)
    for start, attr, value in sorted(matches):
        element = _element_before(data, start)
        if (value, attr, element) in seen:
            continue
        seen.add((value, attr, element))
        line += data.count(b"\n", pos, start)
        pos = start
        for token in _text(value, encoding).split():
            if not _resolves_locally(token, scanned):
                yield Pointer(token, attr, line, element)


def _scan_tree(key: str, data: bytes) -> Scanned:
    from lxml import etree
    from teikit.xmlparse import make_parser
    try:
        tree = etree.fromstring(data, make_parser(resolve_entities="internal"))
    except etree.XMLSyntaxError:
        return Scanned(key)  # the document's own checks report why
    out = Scanned(key, ids=set(tree.xpath("//@xml:id", smart_strings=False)))
    for el in tree.iter("{*}prefixDef"):
        if el.get("ident") and el.get("replacementPattern"):
            out.prefix_defs.append((el.get("ident"), el.get("matchPattern", "(.*)"),
                                    el.get("replacementPattern")))
    out.includes = [el.get("href") for el in tree.iter("{http://www.w3.org/2001/XInclude}include")
                    if el.get("href")]
    for el in tree.iter(etree.Element):
        for attr in POINTER_ATTRS:
            for token in (el.get(attr) or "").split():
                if not _resolves_locally(token, out):
                    out.pointers.append(Pointer(token, attr, el.sourceline or 0,
                                                etree.QName(el).localname))
    out.pointers = _first_of_each(out.pointers)
    return out


_ATTR = re.compile(rb"""([\w:.-]+)""" + _ATTR_VALUE)


def _attributes(markup: bytes, encoding: str) -> dict[str, str]:
    return {m.group(1).decode(): _text(m.group(2) if m.group(2) is not None else m.group(3),
                                        encoding) for m in _ATTR.finditer(markup)}


def _encoding(data: bytes) -> str | None:
    """The encoding to decode values with, None when byte searches cannot see the markup
    (UTF-16/32) or Python does not know the declared encoding."""
    import codecs
    from teikit.validate.checks import _DECL, ascii_compatible
    if not ascii_compatible(data):
        return None
    declared = _DECL.match(data[3:] if data.startswith(codecs.BOM_UTF8) else data)
    name = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


_ELEMENT_NAME = re.compile(rb"[^ \t\r\n/>]*")


def _element_before(data: bytes, offset: int) -> str:
    name = _ELEMENT_NAME.match(data, data.rfind(b"<", 0, offset) + 1).group()
    return name.decode("utf-8", "replace").rsplit(":", 1)[-1]


def _resolves_locally(token: str, scanned: Scanned) -> bool:
    if token.startswith("#"):
        return token[1:] in scanned.ids
    scheme = _SCHEME.match(token)
    if scheme and scheme.group(1).lower() in EXTERNAL_SCHEMES:
        return True  # never checked, never fetched
    return False


EXTERNAL_SCHEMES = {"http", "https", "ftp", "ftps", "mailto", "urn", "doi", "hdl", "info",
                    "tag", "data", "file", "tel", "news", "isbn", "issn"}


def _first_of_each(pointers: list[Pointer]) -> list[Pointer]:
    """One entry per distinct (token, attribute, element): the first occurrence."""
    seen, out = set(), []
    for p in pointers:
        if (p.token, p.attr, p.element) not in seen:
            seen.add((p.token, p.attr, p.element))
            out.append(p)
    return out


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
            if path and not _SCHEME.match(path):
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
        scheme = _SCHEME.match(token)
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
        if path and not _SCHEME.match(path):
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
