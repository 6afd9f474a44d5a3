"""Inline content of TEI: a `seg`, `p`, `l` or `ab` into a model `Paragraph`.

One rule per inline element (`_rule`, looked up once per distinct tag; `_SPECIAL` for the
elements with a rule of their own): text; `lb` (a line break, or none inside a word);
events (`vocal`, `kinesic`, `incident`, `gap`); `note` (printed in the line in speech, a
footnote elsewhere); `stage`; `choice` and `app` (alternatives, one shown); `w`/`pc` with
`@join`; styled and editorial stretches (`hi`, `emph`, `title`, `foreign`, `supplied`,
`del` …) as flat start/end markers; `pb` as a page marker; verse and other block elements
met inside a paragraph (a letter's `lg` in a `q`) as lines. Any other element gives its
text in place; empty markers (`milestone`, `anchor`) are skipped. Whitespace is XML
whitespace only (see `tei_text`).

This is the reader's inner loop (most elements of a transcript are inline), so it is written
for speed: one walk per paragraph (`_walk`, an explicit stack of child iterators), the rule
of a tag found with one dict lookup, text appended raw and collapsed once per paragraph.
"""
from __future__ import annotations

from teikit.model import (
    Choice, Event, Footnote, LineBreak, LineNumber, Note, PageBreak, Paragraph, Reading,
    SpanEnd, SpanStart, Text,
)
from teikit.readers.tei_header import LOCAL, XML_LANG, local, string
from teikit.model.spacing import joined_from_rend
from teikit.readers.tei_lang import bcp47
from teikit.readers.tei_text import (  # noqa: F401  (NO_SPACE: the join marker, public here)
    JOINS, NO_SPACE, XML_WS, add_text, ends_with_space, has_own_text, interpreted, squash,
    strip_end, trim,
)

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
# Notes printed in the line (teikit writes these types, a timestamp glued to the text and
# a caption file's markup and cue numbers in `sp/p` too; ParlaMint notes sit inside `u`).
_SPEECH_NOTES = frozenset({"speaker", "delivery", "editorial", "supplied", "timestamp", "markup", "cue"})
# Incidents that teikit's ISO/TEI writer puts inside a segment for a note that is no speech.
_NOTE_INCIDENTS = frozenset({"markup", "timestamp", "cue"})
_MAX_NESTED = 32  # choices in choices, notes in notes: deeper ones give their text


def paragraph(el, doc_lang: str, speech: bool = False, depth: int = 0) -> Paragraph:
    """An element with mixed content as one paragraph; `lang` only when it differs from
    the document's. `speech`: inside a `u`, where notes are printed in the line."""
    content = _content(el, speech, depth)
    lang = el.get(XML_LANG)
    joined = (rend := el.get("rend")) is not None and joined_from_rend(rend) is True  # (seldom printed)
    if lang is None:
        return Paragraph(content, joined=joined)
    lang = bcp47(lang)
    return Paragraph(content, lang=lang if lang and lang != doc_lang else None, joined=joined)


def _content(el, speech: bool, depth: int) -> list:
    """The mixed content of an element as inline items."""
    content: list = []
    text = el.text
    if text:
        content.append(Text(text))
    if len(el):
        _walk(iter(el), content, speech, depth, True)
    if content:
        trim(content)
    return content


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
_SPACING = SPACED | ADD  # what `_space_before` looks at
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
    element: the span's end, a join marker, the element's tail. Text that follows text
    joins it here, in place (`add_text` does the rest): most pieces of text do."""
    stack = []
    end = owner = None
    right = False
    rules = _RULES
    while True:
        for item in children:
            code, flags, name = rules.get(item.tag) or _rule(item.tag)
            if code == LB:  # the most frequent rule of its own, so taken first, in place:
                # a line break; inside a word (`endeav<lb break="no"/>ouring`) none is
                # printed. A plain `<lb/>` is a break even with no space beside it: the
                # converter writes one for each line end of the transcript.
                out.append(LineBreak(item.get("break") == "no"
                                     or item.get("type") == "hyphenInWord"))
            elif code and (code != ALTERNATIVE or depth < _MAX_NESTED):
                _SPECIAL[code](item, name, out, speech, depth)
            else:  # hi, name, w, supplied, unclear, date, …: their text, in place
                if flags & LINE:
                    _new_line(out, item, name)
                elif flags & _SPACING:
                    _space_before(item, flags, out)
                item_end = None
                lang = item.get(XML_LANG)
                if lang is not None or flags & SPAN:
                    out.append(SpanStart(name, item.get("rend"), bcp47(lang)))
                    item_end = SpanEnd(name)
                item_right = False
                if flags & TOKEN:
                    join = item.get("join")
                    if join == "left" or join == "both":
                        strip_end(out)
                    if join == "right" or join == "both":
                        item_right = True
                        JOINS[0] += 1
                text = item.text
                if text:
                    last = out[-1] if out else None
                    if last.__class__ is Text:
                        last.text += text
                    else:
                        add_text(text, out)
                if len(item):  # its children next; the frame closes it after them
                    stack.append((children, end, right, owner, tails))
                    children, end, right = iter(item), item_end, item_right
                    owner, tails = item, True
                    break
                if item_end is not None:
                    out.append(item_end)
                if item_right:
                    out.append(NO_SPACE)
            if tails:
                tail = item.tail
                if tail:
                    last = out[-1] if out else None
                    if last.__class__ is Text:
                        last.text += tail
                    else:
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


def _space_before(item, flags: int, out: list) -> None:
    """A space before an element whose text is a word of its own (a cast list's `role`,
    an `add` after a `del`)."""
    if (flags & SPACED or _after_del(item)) and out and not ends_with_space(out):
        out.append(Text(" "))


def _event(item, name: str, out: list, speech: bool, depth: int) -> None:
    ev = event(item, name)
    if ev.type in _NOTE_INCIDENTS and name == "incident":  # a caption's tag, timing line or
        out.append(Note(ev.type, ev.text))  # cue number inside an ISO/TEI segment
        return
    out.append(ev)


def _stage(item, name: str, out: list, speech: bool, depth: int) -> None:
    parent = item.getparent()
    if parent is not None and local(parent) == "lg":  # between verse lines: a line
        _new_line(out, item, name)
    _spaced(stage_event(item), item, out)


def _page_break(item, name: str, out: list, speech: bool, depth: int) -> None:
    """A page marker; inside a word it adds no space (`sape<pb/>re`), and with
    `break="no"` the whitespace around it is layout (`endeav<pb break="no"/>\n ouring`)."""
    if item.get("break") == "no":
        strip_end(out)
        out.append(PageBreak(item.get("n"), item.get("facs"), True))
        out.append(NO_SPACE)  # swallows the whitespace of the tail, as after a joined token
        JOINS[0] += 1
        return
    tail = item.tail
    inside_word = bool(out) and not ends_with_space(out) and bool(tail) and tail[0] not in XML_WS
    out.append(PageBreak(item.get("n"), item.get("facs"), inside_word))


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
    blocks = [c for c in el if (LOCAL.get(c.tag) or local(c)) in ("p", "lg", "ab")]
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
    todo.reverse()  # taken from the end: a rdgGrp's readings go back in their order
    while todo:
        c = todo.pop()
        kind = LOCAL.get(c.tag) or local(c)
        if kind == "rdgGrp":
            todo.extend(reversed(c))
            continue
        if kind not in _CHOICE_PARTS and tag == "app":
            continue
        wit = c.get("wit")
        if wit:
            wit = " ".join(w.lstrip("#") for w in wit.split()) or None
        readings.append(Reading(kind, _content(c, speech, depth), wit or None))
    return Choice(tag, readings)


def _spaced(item, el, out: list) -> None:
    """An event or note whose text was squashed: the space it held at its ends (`<stage>
    aside </stage>for`) is kept outside it, so words around it do not glue."""
    raw = string(el)
    if raw[:1] in XML_WS and raw and out and not ends_with_space(out):
        out.append(Text(" "))
    out.append(item)
    if raw[-1:] in XML_WS and raw:
        tail = el.tail
        if tail and tail[0] not in XML_WS:
            out.append(Text(" "))


def _after_del(add) -> bool:
    """`<del>got</del><add>ordered</add>`: a deletion and the addition that follows it
    are two words, not one."""
    prev = add.getprevious()
    return prev is not None and local(prev) == "del" and not prev.tail


def event(el, tag: str | None = None) -> Event:
    """An event or gap: its `desc` as printed (or its own text), @type or @reason as kind."""
    source = el
    for child in el:
        if (LOCAL.get(child.tag) or local(child)) == "desc":
            source = child
            break
    kind = el.get("type") or el.get("reason") or ""
    return Event(tag or local(el), kind, squash(string(source)))


def stage_event(el) -> Event:
    return Event("stage", el.get("type") or "", squash(string(el)))




_SPECIAL = {EVENT: _event, NOTE: _note, STAGE: _stage, PB: _page_break,
            SKIP: _skip, ALTERNATIVE: _alternatives}
