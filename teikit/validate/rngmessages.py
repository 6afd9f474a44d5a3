"""libxml2's RELAX NG errors as Diagnostics, placed where jing places them.

libxml2 reports the innermost failure first, then "failed to validate content" for each
ancestor: the ancestors add nothing (jing reports only the innermost). libxml2 gives the
start line of the element for everything; jing reports missing content at the end tag and
stray text where the text ends. Both are recomputed from the tree (only on the error path).
"""
from __future__ import annotations

from teikit.diagnostics import Diagnostic

_AT_END_TAG = {"RELAXNG_ERR_NOELEM", "RELAXNG_ERR_NOTELEM"}
_TEXT = "RELAXNG_ERR_TEXTWRONG"
# "Element x failed to validate content/attributes": consequences of an earlier message.
_CASCADES = {"RELAXNG_ERR_CONTENTVALID", "RELAXNG_ERR_ATTRVALID"}


def rng_diagnostics(name: str, log, tree) -> list[Diagnostic]:
    entries = list(log)
    if not entries:  # the grammar's start pattern rejected the root before any message
        root = tree.getroot()
        return [Diagnostic(name, root.sourceline or 0, 0, "error", "relaxng",
                           f"root element {_pretty(root.tag)} is not allowed by the schema")]
    first = entries[0]
    kept = [first] + [e for e in entries[1:]
                      if e.type_name not in _CASCADES and e.line >= first.line]
    seen, out = set(), []
    for entry in kept:
        line, message = _place(entry, tree)
        if (line, message) not in seen:
            seen.add((line, message))
            out.append(Diagnostic(name, line, entry.column, "error", "relaxng", message))
    return out


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
