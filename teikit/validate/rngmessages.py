"""libxml2's RELAX NG errors as Diagnostics, placed where jing places them.

libxml2 reports the innermost failure first, then "failed to validate content" for each
ancestor: the ancestors add nothing (jing reports only the innermost). libxml2 gives the
start line of the element for everything; jing reports missing content at the end tag and
stray text where the text ends. Both are recomputed from the tree (only on the error path).
"""
from __future__ import annotations

import re

from teikit.diagnostics import Diagnostic

_AT_END_TAG = {"RELAXNG_ERR_NOELEM", "RELAXNG_ERR_NOTELEM"}
_TEXT = "RELAXNG_ERR_TEXTWRONG"
# "Element x failed to validate content/attributes": consequences of an earlier message.
_CASCADES = {"RELAXNG_ERR_CONTENTVALID", "RELAXNG_ERR_ATTRVALID"}
_EXTRA = "RELAXNG_ERR_EXTRACONTENT"
_ELEMENT_MISMATCH = {"RELAXNG_ERR_ELEMWRONG", "RELAXNG_ERR_ELEMNAME", _EXTRA}


def rng_diagnostics(name: str, log, tree, detail=None) -> list[Diagnostic]:
    """`detail(tree)`: a second log, from a grammar libxml2 validates without compiled
    automata, asked for when the first has no message at all."""
    entries = list(log)
    if not entries and detail is not None:
        entries = list(detail(tree))
        if entries and all(e.type_name in _CASCADES for e in entries):
            return [_innermost(name, entries[0])]
    if not entries:  # the grammar's start pattern rejected the root before any message
        root = tree.getroot()
        return [Diagnostic(name, root.sourceline or 0, 0, "error", "relaxng",
                           f"root element {_pretty(root.tag)} is not allowed by the schema")]
    real = [e for e in entries if not _repeated_id(e, tree)]
    if not real:
        return []  # only repeated xml:ids: the duplicate-id check's business
    kept = _without_cascades(real)
    if not kept:  # only "failed to validate" cascades: the first is the innermost
        return [_innermost(name, real[0])]
    seen, out = set(), []
    for entry in kept:
        line, message = _place(entry, tree)
        if (line, message) not in seen:
            seen.add((line, message))
            out.append(Diagnostic(name, line, entry.column, "error", "relaxng", message))
    return out


def _innermost(name: str, entry) -> Diagnostic:
    """libxml2's first "Element E failed to validate content/attributes" is about the
    innermost element at fault: name it (jing says what E lacks; libxml2 does not know)."""
    m = re.match(r"Element (\S+) failed", entry.message)
    element = m.group(1) if m else "?"
    return Diagnostic(name, entry.line, entry.column, "error", "relaxng",
                      f"element {element} does not match the schema (its content or "
                      "attributes are not allowed here)")


def _without_cascades(entries) -> list:
    """Every message but the consequences of another one, wherever they are logged.

    libxml2 checks an element's content before its attributes, so an attribute error at
    line 3 is logged after content errors at line 96 (all are kept; they are sorted by line
    afterwards, as jing reports them). The original filter, "nothing before the first
    message's line", dropped such real errors. Consequences are content messages about an
    element with an error inside it ("Did not expect element place there" when the error
    is in that place; "Element listBibl has extra content: bibl", which is placed at the
    last child that fitted and is about listBibl), and, when libxml2 backtracks after an
    error inside one child, the messages it then logs about an earlier sibling. An
    attribute message is never one: jing reports it at the start tag."""
    entries = [e for e in entries if e.type_name not in _CASCADES]
    paths = [e.path or "" for e in entries]
    # "some path starts with x + '/'" is "x is an ancestor prefix of some path": looked up
    # in sets, not by comparing every pair of entries (4,000 errors took 5 s that way).
    below_any = {prefix for path in paths for prefix in _ancestors(path)}
    below_earlier: dict[str, set[str]] = {}  # prefix -> the paths below it logged so far
    kept = []
    for entry, path in zip(entries, paths):
        parent = path.rsplit("/", 1)[0]
        own = parent if entry.type_name == _EXTRA else path
        earlier = below_earlier.get(parent, ())
        if not ("ATTR" not in entry.type_name and path and (
                own in below_any
                or entry.type_name in _ELEMENT_MISMATCH
                and (len(earlier) > 1 or earlier and path not in earlier))):
            kept.append(entry)
        for prefix in _ancestors(path):
            below_earlier.setdefault(prefix, set()).add(path)
    return kept


def _ancestors(path: str) -> list[str]:
    """Every x with `path.startswith(x + "/")`."""
    return [path[:m.start()] for m in _SLASH.finditer(path)]


_SLASH = re.compile("/")


def _repeated_id(entry, tree) -> bool:
    """libxml2 rejects an xml:id whose value an earlier element already has ("Invalid
    attribute id"): teikit's duplicate-id check reports that (for TEI elements; ids repeated
    across egXML examples are no error, as in jing)."""
    if entry.type_name != "RELAXNG_ERR_INVALIDATTR" or not entry.message.startswith(
            "Invalid attribute id "):
        return False
    el = _element_at(tree, entry.path)
    value = el.get("{http://www.w3.org/XML/1998/namespace}id") if el is not None else None
    return value is not None and tree.xpath("count(//@xml:id[. = $v])", v=value) > 1


def _place(entry, tree) -> tuple[int, str]:
    message = entry.message.strip()
    if entry.type_name not in _AT_END_TAG and entry.type_name != _TEXT:
        return entry.line, message
    el = _element_at(tree, entry.path)
    if el is None:
        return entry.line, message
    if entry.type_name == _TEXT:
        return _stray_text_end(el), message
    if "got nothing" in message:
        message = f"element {_pretty(el.tag)} incomplete: required content is missing"
    return end_line(el), message


def _element_at(tree, path: str | None):
    if not path:
        return None
    try:
        found = tree.xpath(path)
    except Exception:  # noqa: BLE001 - a path libxml2 wrote but cannot read back: keep line
        return None
    return found[0] if found and hasattr(found[0], "tag") else None


def end_line(el) -> int:
    """The line of the end tag: start line plus the newlines of the element's markup."""
    from lxml import etree
    return (el.sourceline or 0) + etree.tostring(el, with_tail=False).count(b"\n")


def _stray_text_end(el) -> int:
    """Where the first non-blank text chunk directly inside `el` ends (the next tag)."""
    children = [c for c in el]
    if el.text and el.text.strip():
        return children[0].sourceline if children else end_line(el)
    for i, child in enumerate(children):
        if child.tail and child.tail.strip():
            return children[i + 1].sourceline if i + 1 < len(children) else end_line(el)
    return el.sourceline or 0


def _pretty(tag: str) -> str:
    return tag.split("}", 1)[1] if tag.startswith("{") else tag
