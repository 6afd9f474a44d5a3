"""Inline content of TEI: a `seg`, `p`, `l` or `ab` into a model `Paragraph`.

Text, `lb`, events (`vocal`, `kinesic`, `incident`, `gap`), notes and `stage` inside speech;
any other inline element (`hi`, `name`, `sic`, `unclear` …) gives its text in place, and
empty markers (`pb`, `milestone`, `anchor`) are skipped. Whitespace is XML whitespace only:
a no-break space is text.

This is the reader's inner loop (most elements of a transcript are inline), so it is written
for speed: plain functions, the tag looked up once per element, text merged in place.
"""
from __future__ import annotations

import re

from teikit.model import Event, LineBreak, Note, Paragraph, Text
from teikit.readers.tei_header import _LOCAL, XML_LANG, local, string

EVENT_TAGS = frozenset({"vocal", "kinesic", "incident", "gap"})
_EMPTY_MARKERS = frozenset({"pb", "cb", "milestone", "anchor", "ptr"})
_XML_WS = " \t\r\n"  # XML whitespace only: a no-break space is text
_ws_sub = re.compile(r"[ \t\r\n]+").sub


def collapse(raw: str) -> str:
    """Runs of XML whitespace to one space. The regex only runs on text that has a run to
    collapse: most strings are plain words or pure indentation."""
    if not raw.strip(_XML_WS):
        return " " if raw else raw
    if "\n" in raw or "  " in raw or "\t" in raw or "\r" in raw:
        return _ws_sub(" ", raw)
    return raw


def squash(text: str) -> str:
    """Collapse XML whitespace: TEI indentation is not content."""
    return collapse(text).strip()


def interpreted(text: str) -> bool:
    """Delivery notes that say the speech comes through an interpreter."""
    return "interpret" in text.lower()


def has_own_text(el, children: list) -> bool:
    """Mixed content directly in an element (text or tails that are not indentation).
    `children` is `list(el)`: the caller walks them next, and lxml makes a Python object for
    a child each time one is reached afresh, so they are listed once."""
    if (el.text or "").strip():
        return True
    for child in children:
        tail = child.tail
        if tail and tail.strip():
            return True
    return False


def paragraph(el, doc_lang: str) -> Paragraph:
    """An element with mixed content as one paragraph; `lang` only when it differs from
    the document's."""
    content: list = []
    text = el.text
    if text:
        content.append(Text(collapse(text)))
    for child in el:
        inline(child, content)
        tail = child.tail
        if tail:
            add_text(tail, content)
    if content:
        trim(content)
    lang = el.get(XML_LANG)
    return Paragraph(content, lang=lang if lang and lang != doc_lang else None)


def inline(el, out: list) -> None:
    """One inline element (not its tail) into `out`. Elements inside elements (`hi` in
    `hi` …) go on an explicit stack of elements and tails still to add, not the Python
    stack: the parser lets through 2048 levels (`teikit.xmlparse`), more than Python's
    recursion limit."""
    todo = [el]
    while todo:
        item = todo.pop()
        if item.__class__ is str:
            add_text(item, out)
            continue
        tag = _LOCAL.get(item.tag) or local(item)
        if tag == "lb":
            out.append(LineBreak())
        elif tag in EVENT_TAGS:
            out.append(event(item, tag))
        elif tag == "note":
            text = squash(string(item))
            ntype = item.get("type") or "note"
            out.append(Note(ntype, text, interpreted=ntype == "delivery" and interpreted(text)))
        elif tag == "stage":
            out.append(stage_event(item))
        elif tag in _EMPTY_MARKERS:
            continue  # empty markers: no text to keep
        else:  # hi, name, sic, supplied, unclear, date, …: their text, in place
            if item.text:
                add_text(item.text, out)
            if len(item):  # children last first: the stack gives them back in order
                for child in reversed(item):
                    tail = child.tail
                    if tail:
                        todo.append(tail)
                    todo.append(child)


def event(el, tag: str | None = None) -> Event:
    """An event or gap: its `desc` as printed (or its own text), @type or @reason as kind."""
    source = el
    for child in el:
        if (_LOCAL.get(child.tag) or local(child)) == "desc":
            source = child
            break
    kind = el.get("type") or el.get("reason") or ""
    return Event(tag or local(el), kind, squash(string(source)))


def stage_event(el) -> Event:
    return Event("stage", el.get("type") or "", squash(string(el)))


def add_text(raw: str, out: list) -> None:
    """Append text, collapsing whitespace but keeping a single space at the edges; text
    after text joins it (the Text was made here, so it is ours to extend)."""
    s = collapse(raw)
    if out and out[-1].__class__ is Text:
        out[-1].text += s
    else:
        out.append(Text(s))


def trim(content: list) -> None:
    """Strip the whitespace that indentation leaves at the ends of a paragraph and around
    line breaks (an `<lb/>` already is the break)."""
    last = len(content) - 1
    if not last and content[0].__class__ is Text:  # the common case: text and nothing else
        text = content[0].text.strip()
        if text:
            content[0].text = text
        else:
            content.clear()
        return
    empty = False
    for i, item in enumerate(content):
        if item.__class__ is not Text:
            continue
        text = item.text
        if i == 0 or content[i - 1].__class__ is LineBreak:
            text = text.lstrip()
        if i == last or content[i + 1].__class__ is LineBreak:
            text = text.rstrip()
        item.text = text
        empty = empty or not text
    if empty:
        content[:] = [c for c in content if not (c.__class__ is Text and not c.text)]
