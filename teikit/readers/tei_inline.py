"""Inline content of TEI: a `seg`, `p`, `l` or `ab` into a model `Paragraph`.

One rule per inline element (`inline`): text; `lb` (a line break, or none inside a word);
events (`vocal`, `kinesic`, `incident`, `gap`); `note` (printed in the line in speech, a
footnote elsewhere); `stage`; `choice` and `app` (alternatives, one shown); `w`/`pc` with
`@join`; styled and editorial stretches (`hi`, `emph`, `title`, `foreign`, `supplied`,
`del` …) as flat start/end markers; `pb` as a page marker; verse and other block elements
met inside a paragraph (a letter's `lg` in a `q`) as lines. Any other element gives its
text in place; empty markers (`milestone`, `anchor`) are skipped. Whitespace is XML
whitespace only: a no-break space is text.

This is the reader's inner loop (most elements of a transcript are inline), so it is written
for speed: plain functions, the tag looked up once per element, text merged in place.
"""
from __future__ import annotations

import re

from teikit.model import (
    Choice, Event, Footnote, LineBreak, LineNumber, Note, PageBreak, Paragraph, Reading,
    SpanEnd, SpanStart, Text,
)
from teikit.readers.tei_header import _LOCAL, XML_LANG, local, string
from teikit.readers.tei_lang import bcp47

EVENT_TAGS = frozenset({"vocal", "kinesic", "incident", "gap"})
_EMPTY_MARKERS = frozenset({"cb", "milestone", "anchor", "ptr", "caesura", "space"})
# Stretches shown styled (HTML) or between editorial signs (text): start/end markers.
SPAN_TAGS = frozenset({"hi", "emph", "title", "foreign", "mentioned", "term", "soCalled",
                       "q", "quote", "said", "supplied", "unclear", "del", "add", "sic",
                       "gloss", "distinct", "surplus", "damage", "restore", "corr"})
# Block elements met inside a paragraph (a letter `q/lg`, a note with verse): new lines.
_LINE_TAGS = frozenset({"l", "lg", "p", "ab", "item", "row", "head", "label", "castItem",
                        "opener", "closer", "salute", "signed", "dateline", "trailer",
                        "figure", "figDesc", "list", "table", "lg", "sp", "speaker"})
# Elements whose text is a word of its own even with no space before it in the source.
_SPACED_TAGS = frozenset({"cell", "role", "roleDesc", "actor", "speaker", "bibl"})
_CHOICE_PARTS = frozenset({"sic", "corr", "abbr", "expan", "orig", "reg", "seg", "lem",
                           "rdg", "rdgGrp", "add", "del"})
_ALTERNATIVES = frozenset({"choice", "app", "subst"})
_TOKENS = frozenset({"w", "pc", "c", "m"})  # elements whose @join says how they are spaced
# Notes printed in the line (teikit writes these types; ParlaMint notes sit inside `u`).
_SPEECH_NOTES = frozenset({"speaker", "delivery", "editorial", "supplied"})
_XML_WS = " \t\r\n"  # XML whitespace only: a no-break space is text
_ws_sub = re.compile(r"[ \t\r\n]+").sub
_MAX_NESTED = 32  # choices in choices, notes in notes: deeper ones give their text


class _NoSpace:
    """Marker after a token with `join="right"`: the whitespace that follows is dropped."""
    text = ""


NO_SPACE = _NoSpace()
# How many join markers the document being read has made: most documents have none, and
# `trim` then need not look for them (reset by `start_document`).
_JOINS = [0]


def start_document() -> None:
    _JOINS[0] = 0


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


def paragraph(el, doc_lang: str, speech: bool = False, depth: int = 0) -> Paragraph:
    """An element with mixed content as one paragraph; `lang` only when it differs from
    the document's. `speech`: inside a `u`, where notes are printed in the line."""
    content: list = []
    text = el.text
    if text:
        content.append(Text(collapse(text)))
    for child in el:
        inline(child, content, speech, depth)
        tail = child.tail
        if tail:
            add_text(tail, content)
    if content:
        trim(content)
    lang = el.get(XML_LANG)
    if lang is None:
        return Paragraph(content)
    lang = bcp47(lang)
    return Paragraph(content, lang=lang if lang and lang != doc_lang else None)


def inline(el, out: list, speech: bool = False, depth: int = 0) -> None:
    """One inline element (not its tail) into `out`. Elements inside elements (`hi` in
    `hi` …) go on an explicit stack of elements and tails still to add, not the Python
    stack: the parser lets through 2048 levels (`teikit.xmlparse`), more than Python's
    recursion limit."""
    todo = [el]
    while todo:
        item = todo.pop()
        cls = item.__class__
        if cls is str:
            add_text(item, out)
            continue
        if cls is SpanEnd or cls is _NoSpace:
            out.append(item)
            continue
        tag = _LOCAL.get(item.tag) or local(item)
        if tag == "lb":
            out.append(LineBreak(joined=_in_word(item, out)))
        elif tag in EVENT_TAGS:
            out.append(event(item, tag))
        elif tag == "note":
            _note(item, out, speech, depth)
        elif tag == "stage":
            parent = item.getparent()
            if parent is not None and local(parent) == "lg":  # between verse lines: a line
                _new_line(out, item, tag)
            _spaced(stage_event(item), item, out)
        elif tag == "pb":
            out.append(PageBreak(item.get("n"), item.get("facs")))
        elif tag in _EMPTY_MARKERS:
            continue  # empty markers: no text to keep
        elif tag in _ALTERNATIVES and depth < _MAX_NESTED:
            out.append(_choice(item, tag, speech, depth + 1))
        else:  # hi, name, w, supplied, unclear, date, …: their text, in place
            if tag in _LINE_TAGS:
                _new_line(out, item, tag)
            elif (tag in _SPACED_TAGS or tag == "add" and _after_del(item)) and out and \
                    not _ends_with_space(out):
                out.append(Text(" "))
            end = None
            lang = item.get(XML_LANG)
            if lang is not None or tag in SPAN_TAGS:
                out.append(SpanStart(tag, item.get("rend"), bcp47(lang)))
                end = SpanEnd(tag)
            join = item.get("join") if tag in _TOKENS else None
            if join == "left" or join == "both":
                _strip_end(out)
            if item.text:
                add_text(item.text, out)
            if join == "right" or join == "both":
                todo.append(NO_SPACE)
                _JOINS[0] += 1
            if end is not None:
                todo.append(end)
            if len(item):  # children last first: the stack gives them back in order
                for child in reversed(item):
                    tail = child.tail
                    if tail:
                        todo.append(tail)
                    todo.append(child)


def _new_line(out: list, item, tag: str) -> None:
    """A line break before a verse line or other block met inside a paragraph, and the
    line's number where it has one."""
    if out and not (out[-1].__class__ is LineBreak):
        out.append(LineBreak())
    if tag == "l" and item.get("n"):
        out.append(LineNumber(item.get("n")))


def _in_word(lb, out: list) -> bool:
    """`lb` inside a word: `break="no"` or `type="hyphenInWord"` (`endeav<lb break="no"/>
    ouring`). A plain `<lb/>` is a line break even with no space beside it: teikit's
    converter writes one for each line end of the transcript."""
    return lb.get("break") == "no" or lb.get("type") == "hyphenInWord"


def _note(el, out: list, speech: bool, depth: int) -> None:
    ntype = el.get("type") or "note"
    if speech or ntype in _SPEECH_NOTES or depth >= _MAX_NESTED:
        text = squash(string(el))
        _spaced(Note(ntype, text, interpreted=ntype == "delivery" and interpreted(text)), el, out)
        return
    out.append(footnote(el, depth + 1))


def footnote(el, depth: int = 0) -> Footnote:
    """A note as a footnote: its paragraphs (a `p`, `lg` or `l` child each; loose text
    in one paragraph of its own)."""
    paras: list[Paragraph] = []
    para = paragraph(el, "", depth=depth)
    blocks = [c for c in el if (_LOCAL.get(c.tag) or local(c)) in ("p", "lg", "ab")]
    if blocks and not has_own_text(el, []) and len(blocks) == len(el):
        for c in blocks:
            p = paragraph(c, "", depth=depth)
            if local(c) == "lg":
                p.kind = "verse"
            paras.append(p)
    else:
        if any(local(c) in ("l", "lg") for c in el):
            para.kind = "verse"
        paras.append(para)
    return Footnote([p for p in paras if p.content] or [para], el.get("n"), el.get("type"))


def _choice(el, tag: str, speech: bool, depth: int) -> Choice:
    """`choice` or `app`: each child a reading (a `rdgGrp`'s readings taken one by one);
    in an `app`, notes and witness details are not readings."""
    readings = []
    todo = list(el)
    while todo:
        c = todo.pop(0)
        kind = _LOCAL.get(c.tag) or local(c)
        if kind == "rdgGrp":
            todo[:0] = list(c)
            continue
        if kind not in _CHOICE_PARTS and tag == "app":
            continue
        para = paragraph(c, "", speech, depth)
        wit = " ".join(w.lstrip("#") for w in (c.get("wit") or "").split()) or None
        readings.append(Reading(kind, para.content, wit))
    return Choice(tag, readings)


def _spaced(item, el, out: list) -> None:
    """An event or note whose text was squashed: the space it held at its ends (`<stage>
    aside </stage>for`) is kept outside it, so words around it do not glue."""
    raw = string(el)
    if raw[:1] in _XML_WS and raw and out and not _ends_with_space(out):
        out.append(Text(" "))
    out.append(item)
    if raw[-1:] in _XML_WS and raw:
        tail = el.tail
        if tail and tail[0] not in _XML_WS:
            out.append(Text(" "))


def _after_del(add) -> bool:
    """`<del>got</del><add>ordered</add>`: a deletion and the addition that follows it
    are two words, not one."""
    prev = add.getprevious()
    return prev is not None and local(prev) == "del" and not prev.tail


def _ends_with_space(out: list) -> bool:
    last = out[-1]
    return last.__class__ is Text and last.text[-1:] == " " or last.__class__ is LineBreak


def _strip_end(out: list) -> None:
    if out and out[-1].__class__ is Text:
        out[-1].text = out[-1].text.rstrip(_XML_WS)


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
    after text joins it (the Text was made here, so it is ours to extend); never two
    spaces in a row; none after a `join="right"` token."""
    s = collapse(raw)
    if out:
        last = out[-1]
        if last is NO_SPACE:  # kept until text comes: the space may be in several tails
            s = s.lstrip(" ")
            if not s:
                return
            out.pop()
            last = out[-1] if out else None
        if last.__class__ is Text:
            if s[:1] == " " and last.text[-1:] == " ":
                s = s[1:]
            last.text += s
            return
    out.append(Text(s))


_LINE_EDGE = (LineBreak, LineNumber)


def trim(content: list) -> None:
    """Strip the whitespace that indentation leaves at the ends of a paragraph and around
    line breaks (an `<lb/>` already is the break); no line break at either end (a prose
    paragraph that starts with `<lb/>` starts with its text); no join markers left."""
    last = len(content) - 1
    if not last and content[0].__class__ is Text:  # the common case: text and nothing else
        text = content[0].text.strip()
        if text:
            content[0].text = text
        else:
            content.clear()
        return
    if _JOINS[0]:  # only documents of tokens (ParlaMint -ana) hold join markers
        content[:] = [c for c in content if c is not NO_SPACE]
        last = len(content) - 1
    empty = False
    for i, item in enumerate(content):
        if item.__class__ is not Text:
            continue
        text = item.text
        if i == 0 or content[i - 1].__class__ in _LINE_EDGE:
            text = text.lstrip()
        if i == last or content[i + 1].__class__ is LineBreak:
            text = text.rstrip()
        item.text = text
        empty = empty or not text
    if empty:
        content[:] = [c for c in content if not (c.__class__ is Text and not c.text)]
    while content and content[0].__class__ is LineBreak:
        del content[0]
    while content and content[-1].__class__ is LineBreak:
        content.pop()
