"""Parsing and the checks that no schema expresses: well-formedness with exact positions,
entity safety, encoding declaration vs bytes, TEI root, duplicate ids, dangling `#id` pointers.
"""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from teikit.diagnostics import Diagnostic
# The one parser configuration teikit trusts (see there), re-exported for validate's modules;
# validate keeps libxml2's default limits (huge=False), except for `parse`'s second try on
# a document that hit them, when that is safe (`huge_is_safe`): jing's verdict on large or
# deep documents.
from teikit.xmlparse import huge_keeps_entity_limits, make_parser  # noqa: F401

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
POINTER_ATTRS = ("who", "ana", "corresp", "target")
DECL = re.compile(rb'^<\?xml[^>]*?encoding\s*=\s*["\']([A-Za-z][A-Za-z0-9._-]*)["\']')
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32"),
         (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
# Single-byte encodings that happily decode UTF-8 bytes into mojibake instead of failing.
_SINGLE_BYTE = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "windows-1252", "cp1252",
                "iso-8859-15", "iso8859-15", "us-ascii", "ascii"}


class _NotWellFormed(Exception):
    def __init__(self, entries):
        super().__init__("not well-formed")
        self.entries = entries


class Parsed(NamedTuple):
    tree: object              # lxml ElementTree, None when not well-formed
    diagnostics: list
    duplicate_ids: bool       # libxml2 saw an xml:id twice (it indexes them while parsing)


def parse(name: str, data: bytes, resolver=None, strip_blanks: bool = False) -> Parsed:
    """Parse `data`; `tree` is None when it is not well-formed.

    Internal entities are expanded (under libxml2's amplification limits) so the schema sees
    what jing sees; external entities are never loaded and are reported instead.
    `strip_blanks` (for RELAX NG validation only, and only when the caller made sure that
    `blanks_are_insignificant(data)`) drops whitespace-only text between elements.
    """
    from lxml import etree
    huge = False
    try:
        tree, dups = _parse_tolerating_ids(name, data, False, resolver, strip_blanks)
    except _NotWellFormed as exc:
        if not (_hit_size_limit(exc.entries) and huge_is_safe(data)):
            return Parsed(None, [_syntax_diagnostic(name, exc.entries)], False)
        huge = True  # jing accepts these: only the amplification limits guard against attacks
        try:
            tree, dups = _parse_tolerating_ids(name, data, False, resolver, strip_blanks, huge)
        except _NotWellFormed as again:
            return Parsed(None, [_syntax_diagnostic(name, again.entries)], False)
    # Only a DOCTYPE can declare entities (an undeclared one is a syntax error above);
    # 16/32-bit encodings hide it from a byte search, so those are always looked at.
    may_declare = b"<!DOCTYPE" in data[:65536] or not ascii_compatible(data)
    ref = next(tree.iter(etree.Entity), None) if may_declare else None
    if ref is None:
        return Parsed(tree, [], dups)
    try:  # only internal entities have a definition libxml2 may use
        tree, dups = _parse_tolerating_ids(name, data, "internal", resolver, huge=huge)
    except _NotWellFormed:
        return Parsed(None, [Diagnostic(name, ref.sourceline or 0, 0, "error", "xml-entities",
                                        f"entity reference {ref.text} refers to an external "
                                        "entity; teikit never loads external entities")], False)
    expanded, _ = _reparse_expanded(name, tree, resolver, huge)
    return Parsed(expanded, [], dups)


def _hit_size_limit(entries) -> bool:
    """libxml2 refused a text node or attribute over 10 MB or nesting deeper than 256."""
    return any("XML_PARSE_HUGE" in (e.message or "") for e in entries)


def huge_is_safe(data: bytes) -> bool:
    """Whether libxml2's size and depth limits may be lifted (`huge`) for `data` without
    lifting the entity amplification limit: always with libxml2 >= 2.11, which keeps that
    limit in huge mode (probed by `huge_keeps_entity_limits`); with an older libxml2 only
    when the document has no DOCTYPE, so no entity can be declared."""
    return huge_keeps_entity_limits() or cannot_declare_entities(data)


def cannot_declare_entities(data: bytes) -> bool:
    """No DOCTYPE, so no entity (and no amplification) is possible."""
    return ascii_compatible(data) and b"<!DOCTYPE" not in data and b"<!ENTITY" not in data


_FIRST_TAG = re.compile(rb"<[^?!]")
_MARKUP = re.compile(rb"<[!?]")


class Layout(NamedTuple):
    """Where a document's bytes have markup other than elements, found by one search that
    both `blanks_are_insignificant` and the references scan (refscan.scan) use: each made
    its own pass over the bytes for "<!" (~0.025 s per 50 MB of plays)."""
    root: int        # offset of the first start tag (at or before the document element's)
    after_root: int  # offset of the first "<!" or "<?" from there on, -1 if none


def layout(data: bytes) -> Layout | None:
    """None when byte searches cannot see the markup (UTF-16/32) or there is no start tag."""
    if not ascii_compatible(data):
        return None
    first = _FIRST_TAG.search(data)
    if first is None:
        return None
    # One regex pass: bytes.find for "<!" and "<?" was 2.5x slower ("<" is everywhere).
    found = _MARKUP.search(data, first.start())
    return Layout(first.start(), -1 if found is None else found.start())


def blanks_are_insignificant(data: bytes, found: Layout | None = None) -> bool:
    """True when libxml2's remove_blank_text cannot change a RELAX NG verdict (it makes
    parsing and validating ~12% faster). libxml2 drops a whitespace-only text node only
    before markup, never as an element's whole content and never next to other text. With
    no comment, PI, CDATA or DOCTYPE in the document element, that markup is a child
    element, so the element's content is element-only or mixed, never a datatype
    (RELAX NG forbids data next to elements): whitespace between elements is then ignored
    (element-only) or optional text (mixed), and removing it changes no verdict. Other
    schema languages (e.g. a Schematron rule counting nodes) do not get stripped trees."""
    found = found or layout(data)
    if found is None:
        return False
    # "<!" after the first tag: a comment, CDATA, or the DOCTYPE after a prolog comment
    # quoting a tag.
    return data.find(b"<!DOCTYPE", 0, found.root) < 0 and found.after_root < 0


def ascii_compatible(data: bytes) -> bool:
    """False for UTF-16/32 (BOM or NULs up front): byte searches for markup do not work."""
    return b"\x00" not in data[:4] and data[:2] not in (b"\xff\xfe", b"\xfe\xff")


def _reparse_expanded(name: str, tree, resolver, huge: bool = False):
    """libxml2 parses entity replacement text out of context: elements from an entity lose
    the default namespace that jing gives them. Re-parsing the expanded root fixes that; the
    leading newlines keep the root on its original line."""
    from lxml import etree
    root = tree.getroot()
    text = b"\n" * ((root.sourceline or 1) - 1) + etree.tostring(root, encoding="utf-8")
    return _parse_tolerating_ids(name, text, False, resolver, huge=huge)


_ID_ERRORS = {"DTD_ID_REDEFINED", "DTD_XMLID_VALUE"}


def _parse_tolerating_ids(name: str, data: bytes, resolve_entities, resolver, strip=False,
                          huge=False):
    """libxml2 makes a duplicate xml:id, and an xml:id that is not an NCName, a parse error;
    both are validity errors (reported by `check_ids` and by the schema, as jing reports
    them), so re-parse in recover mode when they are the only errors."""
    from lxml import etree
    base = document_base_url(name)
    parser = make_parser(resolve_entities, resolver, strip=strip, huge=huge)
    try:
        return etree.ElementTree(etree.fromstring(data, parser, base_url=base)), False
    except etree.XMLSyntaxError as exc:
        # The parser's own log: the exception's log may hold entries of earlier calls.
        errors = [e for e in parser.error_log if e.level_name in ("ERROR", "FATAL")]
        if not errors or any(e.type_name not in _ID_ERRORS for e in errors):
            raise _NotWellFormed(errors or [_Entry(exc)]) from None
    parser = make_parser(resolve_entities, resolver, recover=True, strip=strip, huge=huge)
    return etree.ElementTree(etree.fromstring(data, parser, base_url=base)), True


class _Entry:
    """A log-entry look-alike for a syntax error that left no log entry."""
    def __init__(self, exc):
        self.line, self.column = exc.position if exc.position else (0, 0)
        self.message = str(exc.msg or exc)


def document_base_url(name: str) -> str:
    # A fake but stable base so XInclude hrefs resolve relative to the document's own name.
    return "teikit:/" + name.replace("!/", "/").lstrip("/")


def _syntax_diagnostic(name: str, entries) -> Diagnostic:
    first = entries[0]
    return Diagnostic(name, first.line or 0, first.column or 0, "error", "xml-syntax",
                      first.message.strip())


def check_encoding(name: str, data: bytes) -> list[Diagnostic]:
    """The declared encoding must agree with the BOM and with the bytes."""
    bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
    head = data[len(codecs.BOM_UTF8):] if bom == "utf-8" else data
    if bom in ("utf-16", "utf-32"):  # the declaration is written in that encoding
        head = data[:512].decode(bom, "ignore").lstrip("\ufeff").encode("ascii", "replace")
    decl_match = DECL.match(head)
    declared = decl_match.group(1).decode("ascii").lower() if decl_match else None
    if declared is None:
        return []
    if bom and not _same_family(bom, declared):
        return [_enc(name, f"byte-order mark says {bom.upper()} but the XML declaration says "
                           f"{declared.upper()}")]
    if declared in _SINGLE_BYTE and _is_utf8_with_non_ascii(data):
        return [_enc(name, f"declared {declared.upper()} but the bytes are UTF-8 with "
                           "non-ASCII characters (they would be read as mojibake)")]
    return []


def _same_family(bom: str, declared: str) -> bool:
    norm = declared.replace("_", "-")
    return norm.startswith(bom) or (bom == "utf-8" and norm == "utf8")


def _is_utf8_with_non_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _enc(name: str, message: str) -> Diagnostic:
    return Diagnostic(name, 1, 1, "error", "encoding", message)


def check_root(name: str, tree) -> list[Diagnostic]:
    root = tree.getroot()
    if root.tag in (f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"):
        return []
    return [Diagnostic(name, root.sourceline or 0, 0, "error", "not-tei",
                       f"not a TEI document: root element is {_pretty(root.tag)}, expected TEI "
                       f"or teiCorpus in namespace {TEI_NS}")]


def check_ids(name: str, tree, duplicate_ids: bool = True, id_index: bool = False,
              data: bytes | None = None, pointers: bool = True) -> list[Diagnostic]:
    """Duplicate xml:id (reported at the second occurrence, as jing does) and local `#id`
    pointers in @who/@ana/@corresp/@target that resolve to no xml:id of the document.

    This runs on every document, so it avoids Python walks over elements: with `data`, the
    document's ASCII-compatible bytes (when they hold the whole tree), the pointer tokens
    are read from the bytes by regular expressions, otherwise by plain-string XPath; with
    `id_index` (a tree straight from the parser, which indexed every xml:id) one XPath id()
    lookup checks them all instead of collecting all ids. Only when some token does not
    resolve is the tree walked for exact diagnostics. `duplicate_ids=False` says the parser
    saw none, so they are not searched for. `pointers=False` checks duplicates only."""
    found = _duplicates(name, tree) if duplicate_ids else []
    if not pointers:  # the corpus-wide check (references.py) looks at them instead
        return found
    plain = data is not None and not tree.docinfo.doctype  # no entities, no defaults
    tokens = _pointer_tokens_in_bytes(data) if plain else None
    if tokens is None:
        values = set()
        for attr in POINTER_ATTRS:  # separate paths: a union would sort by document order
            values.update(tree.xpath(f"descendant::*/@{attr}", smart_strings=False))
        tokens = {t[1:] for v in values for t in v.split() if t.startswith("#")}
    if not tokens:
        return found
    if id_index:  # one element per xml:id: all resolve iff id() finds as many elements
        missing = tree.xpath("count(id($v))", v=" ".join(tokens)) != len(tokens)
    else:
        missing = bool(tokens - set(tree.xpath("//@xml:id", smart_strings=False)))
    if missing:
        found += _dangling(name, tree, set(tree.xpath("//@xml:id", smart_strings=False)))
    return found


TEIX_NS = "http://www.tei-c.org/ns/Examples"


def _duplicates(name: str, tree) -> list[Diagnostic]:
    """Examples (`egXML` content, in the TEI Examples namespace) may repeat ids: their
    xml:id is not of type ID there, and jing does not report them either."""
    first_line: dict[str, int] = {}
    found = []
    for value in tree.xpath(f"//@xml:id[namespace-uri(..) != '{TEIX_NS}']"):
        line = value.getparent().sourceline or 0
        if value in first_line:
            found.append(Diagnostic(name, line, 0, "error", "duplicate-id",
                                    f'duplicate xml:id "{value}" (first defined on line '
                                    f"{first_line[value]})"))
        else:
            first_line[value] = line
    return found


_POINTERS = " | ".join(f"//@{attr}" for attr in POINTER_ATTRS)
# Values of *any* attribute that hold a "#": one scan with a literal prefix ("="), cheaper
# than XPath or one scan per pointer attribute. Values cannot contain "<", so a match never
# runs across markup.
_HASH_VALUES = re.compile(rb"""=\s*(?:"([^"<]*#[^"<]*)"|'([^'<]*#[^'<]*)')""")


def _pointer_tokens_in_bytes(data: bytes) -> set[str] | None:
    """A superset of the `#id` tokens of the pointer attributes, read from the bytes: the
    tokens of every attribute value (and of `="..."` in text). An added token that resolves
    changes nothing; one that does not only sends the caller to the exact tree path.
    None when the bytes may not show the tree's values: a reference in a value, an encoding
    Python cannot decode the tokens with. (The caller leaves out documents with a DOCTYPE:
    entities, attribute defaults.)"""
    tokens: set[bytes] = set()
    for double, single in set(_HASH_VALUES.findall(data)):
        value = double or single
        if b"&" in value:
            return None
        tokens.update(t[1:] for t in value.split() if t.startswith(b"#"))
    declared = DECL.match(data)
    try:
        encoding = declared.group(1).decode("ascii") if declared else "utf-8"
        return {t.decode(encoding) for t in tokens}
    except (LookupError, UnicodeDecodeError):
        return None


def _dangling(name: str, tree, ids: set[str]) -> list[Diagnostic]:
    found = []
    for value in tree.xpath(_POINTERS):
        for token in value.split():
            if token.startswith("#") and token[1:] not in ids:
                el = value.getparent()
                # A warning: component files of a corpus (ParlaMint, Parla-CLARIN) point at
                # ids that the corpus root defines.
                found.append(Diagnostic(
                    name, el.sourceline or 0, 0, "warning", "dangling-pointer",
                    f'@{value.attrname}="{token}" on <{_pretty(el.tag)}> points at no '
                    "xml:id in this document"))
    return found


def _pretty(tag: str) -> str:
    if tag.startswith(f"{{{TEI_NS}}}"):
        return tag[len(TEI_NS) + 2:]
    return tag
