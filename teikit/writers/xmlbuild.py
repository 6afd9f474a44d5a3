"""A small, fast XML builder for the writers.

Building an lxml tree costs several microseconds per element, which dominated conversion
time on large transcripts; the writers only ever emit a fixed TEI vocabulary in document
order, so writing strings directly is both simpler and about five times faster. Escaping
is done here and nowhere else. Element-only containers are indented; mixed content
(`seg`, `p`, `note` ...) is written exactly as given, so no whitespace is ever added to text.
"""
from __future__ import annotations

import io
import threading
from contextlib import contextmanager

from teikit.model import nonxml
from teikit.model.nonxml import CHARACTERS, HELD, NON_XML

_ATTR_ESCAPES = (('"', "&quot;"), ("\n", "&#10;"), ("\r", "&#13;"), ("\t", "&#9;"))


def esc(text: str, mark=None) -> str:
    """Text content escaped; each character XML cannot hold as `<g ref="#ID">` holding its
    visible substitute (`mark`: another element for it, see `esc_desc`)."""
    # str.replace on the (rare) strings that need it beats str.translate by far.
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if HELD.search(text) is not None:
        text = HELD.sub(mark or _g, text)
    return text


def esc_desc(text: str) -> str:
    """`esc` for a `desc`, whose content (macro.limitedContent) allows no `g`: a character
    XML cannot hold is a `<ref type="char" target="#ID">` to its declaration there."""
    return esc(text, _ref)


# The document being written (in this thread): its id, under which its `charDecl` declares
# the characters XML cannot hold (`model.nonxml`), and its stand-ins for them, which `esc`
# writes as a `g` pointing there. (Not a ContextVar: each `set` of one makes a new mapping
# and frees the old, which a program's frozen objects (`gc.freeze`) must not lose.)
_WRITING = threading.local()


@contextmanager
def document(doc):
    """Write the TEI document `doc`: yields the model to write, `doc` with a stand-in for
    each character XML cannot hold (`nonxml.held`: whitespace to `strip`), which `esc` writes."""
    outer = getattr(_WRITING, "doc", None)
    _WRITING.doc = doc
    _WRITING.released = nonxml.released(doc) if doc.source.non_xml else None
    try:
        yield nonxml.held(doc)
    finally:
        _WRITING.doc = outer
        _WRITING.released = nonxml.released(outer) if outer is not None and outer.source.non_xml else None


def held_character(found: str) -> str | None:
    """The character XML cannot hold that `found` is or stands for; None for a private-use
    character of the text's own."""
    if found in CHARACTERS:
        return found
    table = getattr(_WRITING, "released", None)
    return table.get(ord(found)) if table else None


def _char_id(char: str) -> str:
    doc = getattr(_WRITING, "doc", None)
    return nonxml.char_id(char, doc.id if doc is not None else "doc")


def esc_shown(text: str) -> str:
    """`esc` for an element that holds text only (ISO/TEI's `desc` and `span`, by EXMARaLDA's
    schema): a character XML cannot hold is its visible substitute there, which the TEI
    reader reads back when the header declares the character (`readers.tei`)."""
    return esc(text, _shown)


def _shown(m) -> str:
    char = held_character(m.group())
    return m.group() if char is None else nonxml.visible(char)


def _g(m) -> str:
    char = held_character(m.group())
    return m.group() if char is None else f'<g ref="#{_char_id(char)}">{nonxml.visible(char)}</g>'


def _ref(m) -> str:
    char = held_character(m.group())
    return m.group() if char is None else \
        f'<ref type="char" target="#{_char_id(char)}">{nonxml.visible(char)}</ref>'


_ATTR_SPECIALS = frozenset('&<>"\n\r\t' + CHARACTERS)


def esc_attr(value: str) -> str:
    """An attribute value escaped; a character XML cannot hold is U+FFFD there (values
    are derived: ids, @who, @n …; the text itself keeps the character, as a `g`)."""
    if _ATTR_SPECIALS.isdisjoint(value):
        return value  # the common case: an id, a type, a time
    value = esc(NON_XML.sub("\ufffd", value))
    for char, entity in _ATTR_ESCAPES:
        if char in value:
            value = value.replace(char, entity)
    return value


def _xml_name(name: str) -> str:
    name = name.rstrip("_")
    return "xml:" + name[4:] if name.startswith("xml_") else name


# Keyword name -> attribute name; the writers use a few dozen names, over and over.
_NAMES: dict[str, str] = {}


def attrs(pairs: dict) -> str:
    """` name="value"` for every pair whose value is not None; a trailing underscore in a
    name is dropped (`type_`), `xml_id`/`xml_lang` become `xml:id`/`xml:lang`."""
    out = []
    for name, value in pairs.items():
        if value is None:
            continue
        xml_name = _NAMES.get(name)
        if xml_name is None:
            xml_name = _NAMES[name] = _xml_name(name)
        out.append(f' {xml_name}="{esc_attr(str(value))}"')
    return "".join(out)


def element(tag: str, text: str | None = None, **attributes) -> str:
    """One element with escaped text content (or empty) as a string."""
    if text is None:
        return f"<{tag}{attrs(attributes)}/>"
    return f"<{tag}{attrs(attributes)}>{esc_desc(text) if tag == 'desc' else esc(text)}</{tag}>"


class XmlBuilder:
    """Appends indented lines of XML; `markup` strings are inserted as they are."""

    # Lines are encoded a batch at a time: one str of the whole document would cost up to
    # four bytes a character (a single CJK or emoji character widens all of it). The encoded
    # batches go into one growing buffer, whose bytes `result` hands over without a copy
    # (joining a list of batches at the end would hold the whole output twice). A batch is
    # about this many characters, whether it came as lines or as whole turns (`chunk`):
    # larger batches leave larger holes when freed, which the next conversion in the
    # process could not reuse (batches of 512 turns grew a process by a fifth from its
    # second conversion on; batches of 16 K characters keep it below what 512 lines did).
    FLUSH_CHARS = 1 << 14

    def __init__(self) -> None:
        self.parts: list[str] = ["<?xml version='1.0' encoding='UTF-8'?>"]
        self.out = io.BytesIO()
        self.written = 1  # lines written so far
        self.pending = 0  # characters in `parts`
        self.depth = 0
        self.indent = "\n"  # a line break and the indentation of the current depth

    def _line(self, text: str) -> None:
        self.parts.append(self.indent + text)
        self.written += 1
        self.pending += len(text)
        if self.pending >= self.FLUSH_CHARS:
            self._flush()

    def _flush(self) -> None:
        self.out.write("".join(self.parts).encode("utf-8"))
        self.parts.clear()
        self.pending = 0

    def _deeper(self, step: int) -> None:
        self.depth += step
        self.indent = _INDENTS[self.depth] if self.depth < len(_INDENTS) else "\n" + "  " * self.depth

    def open(self, tag: str, **attributes) -> None:
        self._line(f"<{tag}{attrs(attributes)}>" if attributes else f"<{tag}>")
        self._deeper(1)

    def start(self, start_tag: str) -> None:
        """A ready-made start tag on its own line; `close` ends the element."""
        self._line(start_tag)
        self._deeper(1)

    def close(self, tag: str) -> None:
        self._deeper(-1)
        self._line(f"</{tag}>")

    def leaf(self, tag: str, text: str | None = None, **attributes) -> None:
        self._line(element(tag, text, **attributes))

    def markup(self, tag: str, inner: str, **attributes) -> None:
        """An element whose content is ready-made (escaped) mixed-content markup."""
        self._line(f"<{tag}{attrs(attributes)}>{inner}</{tag}>" if inner else f"<{tag}{attrs(attributes)}/>")

    raw = _line  # a ready-made element on its own line

    def chunk(self, text: str, count: int) -> None:
        """`count` ready-made elements, each opening with its line break and indentation
        (`indent` for the current depth), in one string."""
        self.parts.append(text)
        self.written += count
        self.pending += len(text)
        if self.pending >= self.FLUSH_CHARS:
            self._flush()

    def wrap(self, outer: str, tag: str, text: str, **attributes) -> None:
        """`<outer><tag ...>text</tag></outer>`, indented as lxml would."""
        self.open(outer)
        self.leaf(tag, text, **attributes)
        self.close(outer)

    def result(self) -> bytes:
        self.parts.append("\n")
        self.out.write("".join(self.parts).encode("utf-8"))
        self.parts.clear()
        out = self.out.getvalue()
        self.out = io.BytesIO()
        return out


_INDENTS = tuple("\n" + "  " * depth for depth in range(32))
