"""The byte scan behind the corpus-wide pointer check (references.py): what one document
contributes to the corpus (xml:ids, prefixDefs, xi:include targets) and the pointers it
asks the corpus about (those its own ids do not resolve).

It runs in the worker that validates the document (it holds the bytes), so this module
imports only what the scan needs: the corpus side stays in the parent.
"""
from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass, field

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
SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
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


def scan(name: str, data: bytes, present=None, layout=None) -> Scanned:
    """Ids, prefixDefs, xi:include targets and the pointers to look up elsewhere, from the
    bytes (parsed with lxml when the bytes do not show the markup plainly).

    `present`, when known, is the part of SCAN_NAMES that the document's start tags show
    (from the names scan the parent makes anyway): the passes for the others are skipped,
    each of which costs a search through the whole document (most plays have no @ref,
    @ana, @corresp, prefixDef or xi:include: ~40 % of the scan).

    This runs on every document (in the worker that validates it, else in the parent),
    so it works on distinct values: one
    `findall` per kind, each distinct attribute value decoded and split once, and a second
    pass for line numbers only over the values that do not resolve locally (rare).

    `layout` (checks.layout of the bytes, which the whitespace check needs too) spares the
    search for a DOCTYPE or a comment: when no "<!" follows the first start tag, only the
    prolog before it can hold one."""
    key = doc_key(name)
    encoding = _encoding(data)
    # One search for both (most documents have neither: two `in` tests cost twice as much).
    end = layout.root if layout is not None and layout.after_root < 0 else len(data)
    markup = _DOCTYPE_OR_COMMENT.search(data, 0, end) is not None
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
    from teikit.validate.checks import DECL, ascii_compatible
    if not ascii_compatible(data):
        return None
    declared = DECL.match(data[3:] if data.startswith(codecs.BOM_UTF8) else data)
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
    scheme = SCHEME.match(token)
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
