"""Text of TEI inline content: whitespace, and text pieces merged into model `Text`s.

Whitespace is XML whitespace only (a no-break space is text). Text is appended as the
source has it (`add_text`) and collapsed once per `Text` when its paragraph is complete
(`trim`), which also strips what indentation leaves at the paragraph's ends and around line
breaks. `join="right"` tokens leave a `NO_SPACE` marker that swallows the whitespace after
them. Kept apart from the inline walker (`tei_inline`), which decides what the text is.
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, LineNumber, Text

XML_WS = " \t\r\n"  # XML whitespace only: a no-break space is text
_ws_sub = re.compile(r"[ \t\r\n]+").sub


class _NoSpace:
    """Marker after a token with `join="right"`: the whitespace that follows is dropped."""
    text = ""


NO_SPACE = _NoSpace()
# How many join markers the document being read has made: most documents have none, and
# `trim` then need not look for them (reset by `start_document`).
JOINS = [0]


def start_document() -> None:
    JOINS[0] = 0


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
        if raw[0] in XML_WS:
            text = " " + text
        if raw[-1] in XML_WS:
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


def add_text(raw: str, out: list) -> None:
    """Append text as the source has it: text after text joins it (the Text was made here,
    so it is ours to extend). Whitespace is collapsed once per Text, by `trim`, when the
    paragraph is complete: collapsing pieces one by one gives the same text (a run of
    whitespace across two pieces is one space either way) at many times the cost. No
    space after a `join="right"` token."""
    if out:
        last = out[-1]
        if last is NO_SPACE:  # kept until text comes: the space may be in several tails
            raw = raw.lstrip(XML_WS)
            if not raw:
                return
            out.pop()
            last = out[-1] if out else None
        if last.__class__ is Text:
            last.text += raw
            return
    out.append(Text(raw))


def trim(content: list) -> None:
    """Collapse the whitespace of a paragraph's text (see `add_text`) and strip what
    indentation leaves at its ends and around line breaks (an `<lb/>` already is the
    break); no line break at either end (a prose paragraph that starts with `<lb/>` starts
    with its text); no join markers left."""
    last = len(content) - 1
    if not last and content[0].__class__ is Text:  # the common case: text and nothing else
        text = squash(content[0].text)
        if text:
            content[0].text = text
        else:
            content.clear()
        return
    if JOINS[0]:  # only documents of tokens (ParlaMint -ana) hold join markers
        content[:] = [c for c in content if c is not NO_SPACE]
        last = len(content) - 1
    empty = False
    before = LineBreak  # the class of the item before: the start is a line's start
    for i, item in enumerate(content):
        kind = item.__class__
        if kind is Text:
            at_start = before is LineBreak or before is LineNumber
            at_end = i == last or content[i + 1].__class__ is LineBreak
            if at_start and at_end:  # a line of its own (verse, a line of an inscription)
                text = squash(item.text)
            else:
                text = collapse(item.text)
                if at_start:
                    text = text.lstrip()
                if at_end:
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


def ends_with_space(out: list) -> bool:
    """Whether the text so far ends with whitespace (not yet collapsed: see `add_text`)."""
    last = out[-1]
    if last.__class__ is Text:
        text = last.text
        return bool(text) and text[-1] in XML_WS
    return last.__class__ is LineBreak


def strip_end(out: list) -> None:
    if out and out[-1].__class__ is Text:
        out[-1].text = out[-1].text.rstrip(XML_WS)
