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
    """Runs of XML whitespace to one space. ASCII text (most text, and all indentation) is
    split into words in C, several times faster than the regex: in ASCII, Python's
    whitespace is XML's, as the other ASCII spaces (\\v, \\f, \\x1c-\\x1f) cannot occur in
    XML (the parser refuses them, even as references). Other text takes the regex where
    it has something to collapse, since Python would also split at a no-break space."""
    if raw.isascii():
        words = raw.split()
        if not words:
            return " " if raw else raw
        text = " ".join(words)
        if raw[0] in _XML_WS:
            text = " " + text
        if raw[-1] in _XML_WS:
            text += " "
        return text
    return _ws_sub(" ", raw) if _has_run(raw) else raw


def _has_run(text: str) -> bool:
    """Whether the text holds whitespace that collapsing changes (a line of Greek verse
    seldom does: then the regex need not run)."""
    return "\n" in text or "  " in text or "\t" in text or "\r" in text


def squash(text: str) -> str:
    """Collapse XML whitespace: TEI indentation is not content. (The edges are stripped
    of any whitespace, so ASCII text needs no more than a split, see `collapse`.)"""
    if text.isascii():
        return " ".join(text.split())
    return (_ws_sub(" ", text) if _has_run(text) else text).strip()


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
        content.append(Text(text))
    if len(el):
        _walk(iter(el), content, speech, depth, True)
    if content:
        trim(content)
    lang = el.get(XML_LANG)
    if lang is None:
        return Paragraph(content)
    lang = bcp47(lang)
    return Paragraph(content, lang=lang if lang and lang != doc_lang else None)


def inline(el, out: list, speech: bool = False, depth: int = 0) -> None:
    """One inline element (not its tail) into `out`."""
    _walk(iter((el,)), out, speech, depth, False)


def inline_each(elements: list, out: list) -> None:
    """Inline elements one after the other (not their tails) into `out`: a speech's run
    of verse lines, read in one walk."""
    _walk(iter(elements), out, False, 0, False)


# How an inline element is read, looked up once per distinct tag (`_rule`): a rule of its
# own (`_SPECIAL`), or GENERIC, its text in place, with flags for what surrounds it.
GENERIC, LB, EVENT, NOTE, STAGE, PB, SKIP, ALTERNATIVE = range(8)
LINE, SPACED, SPAN, TOKEN, ADD = 1, 2, 4, 8, 16
_CODES = {"lb": LB, "note": NOTE, "stage": STAGE, "pb": PB, **{t: EVENT for t in EVENT_TAGS},
          **{t: SKIP for t in _EMPTY_MARKERS}, **{t: ALTERNATIVE for t in _ALTERNATIVES}}
_RULES: dict = {}  # qualified tag -> (code, flags, local name)


def _rule(tag) -> tuple:
    name = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
    flags = ((LINE if name in _LINE_TAGS else 0) | (SPACED if name in _SPACED_TAGS else 0)
             | (SPAN if name in SPAN_TAGS else 0) | (TOKEN if name in _TOKENS else 0)
             | (ADD if name == "add" else 0))
    rule = _RULES[tag] = (_CODES.get(name, GENERIC), flags, name)
    return rule


def _walk(children, out: list, speech: bool, depth: int, tails: bool) -> None:
    """The elements of `children` (and their tails, where `tails`) into `out`, each by
    its rule, depth first. Elements inside elements (`hi` in `hi` …) go on an explicit
    stack of child iterators, not the Python stack: the parser lets through 2048 levels
    (`teikit.xmlparse`), more than Python's recursion limit. A frame keeps what closes its
    element: the span's end, a join marker, the element's tail."""
    stack = []
    end = owner = None
    right = False
    rules = _RULES
    while True:
        for item in children:
            code, flags, name = rules.get(item.tag) or _rule(item.tag)
            if code == LB:  # the most frequent rule of its own, so taken first, in place
                out.append(LineBreak(_in_word(item)))
            elif code and (code != ALTERNATIVE or depth < _MAX_NESTED):
                _SPECIAL[code](item, name, out, speech, depth)
            else:  # hi, name, w, supplied, unclear, date, …: their text, in place
                if flags & (LINE | SPACED | ADD):
                    _before(item, name, flags, out)
                item_end = None
                lang = item.get(XML_LANG)
                if lang is not None or flags & SPAN:
                    out.append(SpanStart(name, item.get("rend"), bcp47(lang)))
                    item_end = SpanEnd(name)
                item_right = False
                if flags & TOKEN:
                    join = item.get("join")
                    if join == "left" or join == "both":
                        _strip_end(out)
                    if join == "right" or join == "both":
                        item_right = True
                        _JOINS[0] += 1
                text = item.text
                if text:
                    add_text(text, out)
                if len(item):  # its children next; the frame closes it after them
                    stack.append((children, end, right, owner, tails))
                    children, end, right, owner, tails = iter(item), item_end, item_right, item, True
                    break
                if item_end is not None:
                    out.append(item_end)
                if item_right:
                    out.append(NO_SPACE)
            if tails:
                tail = item.tail
                if tail:
                    add_text(tail, out)
        else:  # the children are done: close their parent, or stop at the top
            if not stack:
                return
            if end is not None:
                out.append(end)
            if right:
                out.append(NO_SPACE)
            tail = owner.tail
            children, end, right, owner, tails = stack.pop()
            if tail and tails:
                add_text(tail, out)


def _before(item, name: str, flags: int, out: list) -> None:
    """A line break before a block met inside a paragraph; a space before an element whose
    text is a word of its own."""
    if flags & LINE:
        _new_line(out, item, name)
    elif (flags & SPACED or _after_del(item)) and out and not _ends_with_space(out):
        out.append(Text(" "))


def _event(item, name: str, out: list, speech: bool, depth: int) -> None:
    out.append(event(item, name))


def _stage(item, name: str, out: list, speech: bool, depth: int) -> None:
    parent = item.getparent()
    if parent is not None and local(parent) == "lg":  # between verse lines: a line
        _new_line(out, item, name)
    _spaced(stage_event(item), item, out)


def _page_break(item, name: str, out: list, speech: bool, depth: int) -> None:
    out.append(PageBreak(item.get("n"), item.get("facs")))


def _skip(item, name: str, out: list, speech: bool, depth: int) -> None:
    """Empty markers (`milestone`, `anchor` …): no text to keep."""


def _alternatives(item, name: str, out: list, speech: bool, depth: int) -> None:
    out.append(_choice(item, name, speech, depth + 1))


def _new_line(out: list, item, tag: str) -> None:
    """A line break before a verse line or other block met inside a paragraph, and the
    line's number where it has one."""
    if out and not (out[-1].__class__ is LineBreak):
        out.append(LineBreak())
    if tag == "l" and item.get("n"):
        out.append(LineNumber(item.get("n")))


def _in_word(lb) -> bool:
    """`lb` inside a word: `break="no"` or `type="hyphenInWord"` (`endeav<lb break="no"/>
    ouring`). A plain `<lb/>` is a line break even with no space beside it: teikit's
    converter writes one for each line end of the transcript."""
    return lb.get("break") == "no" or lb.get("type") == "hyphenInWord"


def _note(el, name: str, out: list, speech: bool, depth: int) -> None:
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
    """Whether the text so far ends with whitespace (not yet collapsed: see `add_text`)."""
    last = out[-1]
    if last.__class__ is Text:
        text = last.text
        return bool(text) and text[-1] in _XML_WS
    return last.__class__ is LineBreak


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
    """Append text as the source has it: text after text joins it (the Text was made here,
    so it is ours to extend). Whitespace is collapsed once per Text, by `trim`, when the
    paragraph is complete: collapsing pieces one by one gives the same text (a run of
    whitespace across two pieces is one space either way) at many times the cost. No
    space after a `join="right"` token."""
    if out:
        last = out[-1]
        if last is NO_SPACE:  # kept until text comes: the space may be in several tails
            raw = raw.lstrip(_XML_WS)
            if not raw:
                return
            out.pop()
            last = out[-1] if out else None
        if last.__class__ is Text:
            last.text += raw
            return
    out.append(Text(raw))


def trim(content: list) -> None:
    """Collapse the whitespace of its text (see `add_text`) and strip what indentation
    leaves at the ends of a paragraph and around line breaks (an `<lb/>` already is the break); no line break at either end (a prose
    paragraph that starts with `<lb/>` starts with its text); no join markers left."""
    last = len(content) - 1
    if not last and content[0].__class__ is Text:  # the common case: text and nothing else
        text = squash(content[0].text)
        if text:
            content[0].text = text
        else:
            content.clear()
        return
    if _JOINS[0]:  # only documents of tokens (ParlaMint -ana) hold join markers
        content[:] = [c for c in content if c is not NO_SPACE]
        last = len(content) - 1
    empty = False
    before = LineBreak  # the class of the item before: the start is a line's start
    for i, item in enumerate(content):
        kind = item.__class__
        if kind is Text:
            text = collapse(item.text)
            if before is LineBreak or before is LineNumber:
                text = text.lstrip()
            if i == last or content[i + 1].__class__ is LineBreak:
                text = text.rstrip()
            item.text = text
            if not text:
                empty = True
        before = kind
    if empty:
        content[:] = [c for c in content if not (c.__class__ is Text and not c.text)]
    while content and content[0].__class__ is LineBreak:
        del content[0]
    while content and content[-1].__class__ is LineBreak:
        content.pop()


_SPECIAL = {EVENT: _event, NOTE: _note, STAGE: _stage, PB: _page_break,
            SKIP: _skip, ALTERNATIVE: _alternatives}
