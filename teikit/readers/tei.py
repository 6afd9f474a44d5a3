"""Read TEI into the document model: teikit's own output and TEI from other projects.

One function per TEI construct, dispatched on the element's local name, in the spirit of
the TEI processing model (one rule per element). Three dialects of speech meet here:

- teikit / Parla-CLARIN / ParlaMint: `note[@type='speaker']` + `u/seg` (notes, events and
  gaps between and inside the segments);
- DraCor and other drama: `sp/speaker` with `p`, `l`, `lg` and `stage`;
- plain prose TEI: `div/head`, `p` and anything else.

Nothing is dropped silently: an element the reader does not know becomes a `Block` (or,
inline, its text), so every character of the TEI `text` reaches the writers. A `teiCorpus`
becomes one transcript with a heading per contained document (see docs/transform.md).
"""
from __future__ import annotations

import re

from teikit.errors import TeikitError
from teikit.model import (
    Block, Boilerplate, EndLine, Event, HeaderLine, Heading, LineBreak, Note, Paragraph,
    Person, Stage, Text, Transcript, Turn,
)
from teikit.readers.tei_header import read_header, read_persons, local, string, XML_LANG, XML_ID

EVENT_TAGS = {"vocal", "kinesic", "incident", "gap"}
SPEECH_TAGS = {"u", "sp"}
# Front-matter elements and the HeaderLine kind each becomes.
FRONT_KINDS = {"byline": "byline", "dateline": "dateline", "docDate": "date",
               "docAuthor": "byline", "docImprint": "source", "argument": "note",
               "epigraph": "note", "p": "note", "head": "title"}
_WS = re.compile(r"[ \t\r\n]+")  # XML whitespace only: a no-break space is text


def squash(text: str) -> str:
    """Collapse XML whitespace: TEI indentation is not content."""
    return _WS.sub(" ", text).strip()


def parse(data: bytes, name: str):
    """Parse bytes as XML, safely (no entities, no network, no DTD); a one-line error else."""
    from lxml import etree
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(name, exc) from None
    except ValueError as exc:  # e.g. a str with an encoding declaration
        raise TeikitError(f"{name}: cannot parse: {exc}") from None


def read(data: bytes, name: str, persons: list[Person] | None = None) -> Transcript:
    """Read one TEI (or teiCorpus) document. `persons` are extra persons (from a corpus root
    or a listPerson file) used when a `@who` points outside this document."""
    root = parse(data, name)
    kind = local(root)
    if kind not in ("TEI", "teiCorpus"):
        raise TeikitError(f"{name}: not a TEI document (root element <{kind}>)")
    t = Transcript(id=root.get(XML_ID) or _stem(name), lang=root.get(XML_LANG) or "en")
    read_header(_child(root, "teiHeader"), t)
    _Body(t).document(root, level=0)
    _resolve_persons(t, persons or [])
    return t


def read_person_list(data: bytes, name: str) -> list[Person]:
    """All persons of a listPerson file or corpus root (for resolving `@who` elsewhere)."""
    return read_persons(parse(data, name))


PERSON_ROOTS = ("listPerson", "particDesc", "listPersons")


def person_source(data: bytes, name: str) -> list[Person] | None:
    """The persons of a file that only declares persons (a listPerson file, or a corpus root
    whose documents are xi:included), or None for a document to render."""
    kind = _root_name(data, name)
    if kind in PERSON_ROOTS:
        return read_person_list(data, name)
    if kind == "teiCorpus":
        root = parse(data, name)
        if not any(local(c) in ("TEI", "teiCorpus") for c in root):
            return read_persons(root)
        return None
    if kind != "TEI":
        raise TeikitError(f"{name}: not a TEI document (root element <{kind}>)")
    return None


def _root_name(data: bytes, name: str) -> str:
    """The root element's local name, read without parsing the whole file."""
    from io import BytesIO
    from lxml import etree
    try:
        for _, el in etree.iterparse(BytesIO(data), events=("start",), resolve_entities=False,
                                     no_network=True, load_dtd=False, huge_tree=True):
            return local(el)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(name, exc) from None
    raise TeikitError(f"{name}: empty file")


def _syntax_error(name: str, exc) -> TeikitError:
    line = exc.position[0] if exc.position else 0
    where = f"{name}:{line}" if line else name
    return TeikitError(f"{where}: not well-formed XML: {exc.msg}")


def _stem(name: str) -> str:
    base = re.split(r"[\\/]", name)[-1]
    return base.rsplit(".", 1)[0] or "doc"


def _child(el, tag: str):
    return next((c for c in el if local(c) == tag), None)


def _resolve_persons(t: Transcript, extra: list[Person]) -> None:
    """Make every `who` resolvable: known persons first, then the extra list, and as a last
    resort a bare Person whose id is the only label we have (ParlaMint's "#KučanMilan")."""
    known = {p.id for p in t.persons}
    by_id = {p.id: p for p in extra}
    for turn in t.turns():
        if turn.who and turn.who not in known:
            t.persons.append(by_id.get(turn.who) or Person(id=turn.who))
            known.add(turn.who)


class _Body:
    """Walks `text` (or the documents of a teiCorpus) and appends blocks to a transcript."""

    def __init__(self, t: Transcript):
        self.t = t
        self.pending_label: str | None = None
        self.pending_notes: list[Note] = []

    # --- structure -----------------------------------------------------------------
    def document(self, root, level: int) -> None:
        if local(root) == "teiCorpus":
            for doc in root:
                if local(doc) in ("TEI", "teiCorpus"):
                    self._corpus_member(doc, level + 1)
            return
        text = _child(root, "text")
        if text is not None:
            self.container(text, level)

    def _corpus_member(self, doc, level: int) -> None:
        from teikit.model import Setting, Transcript as T
        sub = T(id=doc.get(XML_ID) or "doc", lang=doc.get(XML_LANG) or self.t.lang)
        sub.setting = Setting()
        read_header(_child(doc, "teiHeader"), sub)
        self.t.blocks.append(Heading(sub.setting.title or sub.id, level, from_header=True))
        known = {p.id for p in self.t.persons}
        self.t.persons.extend(p for p in sub.persons if p.id not in known)
        self.document(doc, level)

    def container(self, el, level: int) -> None:
        """Elements that only hold blocks: text, front, body, back, div, group."""
        for child in el:
            self.block(child, level)
        self.flush()

    def block(self, el, level: int) -> None:
        tag = local(el)
        handler = _BLOCK_HANDLERS.get(tag)
        if handler is not None:
            handler(self, el, level)
        elif tag in EVENT_TAGS:
            self._event_block(el)
        else:
            self.other(el, level)

    def flush(self) -> None:
        """A speaker or delivery note with no speech after it is kept as a note."""
        if self.pending_label is not None:
            self.t.blocks.append(Note("speaker", self.pending_label))
        self.t.blocks.extend(self.pending_notes)
        self.pending_label, self.pending_notes = None, []

    def add(self, item) -> None:
        self.flush()
        self.t.blocks.append(item)

    def div(self, el, level: int) -> None:
        """A division: its heads are one level deeper than the enclosing ones."""
        self.flush()
        self.container(el, level + 1)

    def plain(self, el, level: int) -> None:
        """body, back, castList: hold blocks without starting a level of headings."""
        self.flush()
        self.container(el, level)

    def front(self, el, level: int) -> None:
        for child in el:
            tag = local(child)
            if tag == "docTitle":
                self._doc_title(child)
            elif tag in FRONT_KINDS and tag != "p":
                when = child.get("when") if tag == "docDate" else None
                self.add(HeaderLine(FRONT_KINDS[tag], squash(string(child)), when=when))
            else:
                self.block(child, level)
        self.flush()

    def _doc_title(self, el) -> None:
        parts = [c for c in el if local(c) == "titlePart"] or [el]
        for part in parts:
            kind = "subtitle" if part.get("type") in ("sub", "desc", "alt") else "title"
            self.add(HeaderLine(kind, squash(string(part))))

    def head(self, el, level: int) -> None:
        self.add(Heading(squash(string(el)), max(level, 1)))

    def other(self, el, level: int) -> None:
        """An element the reader has no rule for: a wrapper of blocks it knows (a `sp` inside
        a `castGroup`, say) is walked through; anything else is kept as a block of text."""
        if any(local(c) in _BLOCK_HANDLERS for c in el):
            self.container(el, level)
            return
        text = squash(string(el))
        if text:
            self.add(Block(text, local(el)))

    def paragraph_block(self, el, level: int) -> None:
        para = self.paragraph(el)
        if para.content:
            self.add(Block(para.text.strip(), local(el)))

    # --- notes, events, stage outside speech -------------------------------------------
    def note(self, el, level: int) -> None:
        ntype = el.get("type") or ""
        text = squash(string(el))
        if ntype == "speaker":
            self.flush()
            self.pending_label = text
        elif ntype == "delivery":
            self.pending_notes.append(Note("delivery", text, interpreted=_interpreted(text)))
        else:
            self.add(Note(ntype or "note", text))

    def _event_block(self, el) -> None:
        event = self.event(el)
        if local(el) == "gap" and event.type == "editorial":
            self.add(Boilerplate(event.text))
        else:
            self.add(event)

    def stage(self, el, level: int) -> None:
        self.add(Stage(squash(string(el)), el.get("type")))

    def trailer(self, el, level: int) -> None:
        self.add(EndLine(squash(string(el))))

    # --- speech ------------------------------------------------------------------------
    def u(self, el, level: int) -> None:
        turn = Turn(label=self.pending_label, lead_notes=self.pending_notes)
        self.pending_label, self.pending_notes = None, []
        self._turn_attrs(turn, el)
        if _has_own_text(el):  # mixed content directly in u (older Parla-CLARIN)
            turn.paragraphs.append(self.paragraph(el))
            self.t.blocks.append(turn)
            return
        para = None
        for child in el:
            tag = local(child)
            if tag in ("seg", "p", "ab", "s"):
                turn.paragraphs.append(self.paragraph(child))
                para = None
            else:  # notes, events, anchors between segments: inline in a paragraph of their own
                if para is None:
                    para = Paragraph(lang=None)
                    turn.paragraphs.append(para)
                self.inline(child, para.content)
        self.t.blocks.append(turn)

    def sp(self, el, level: int) -> None:
        self.flush()
        turn = Turn(label=None)
        self._turn_attrs(turn, el)
        verse = None  # consecutive `l` lines make one paragraph, one line break apart
        for child in el:
            tag = local(child)
            if tag == "speaker":
                turn.label = squash(string(child))
            elif tag == "l":
                if verse is None:
                    verse = Paragraph()
                    turn.paragraphs.append(verse)
                elif verse.content:
                    verse.content.append(LineBreak())
                verse.content.extend(self.paragraph(child).content)
                continue
            elif tag == "stage" and not turn.paragraphs and child.get("type") == "delivery":
                text = squash(string(child))
                turn.lead_notes.append(Note("delivery", text, interpreted=_interpreted(text)))
            elif tag == "stage":
                turn.paragraphs.append(Paragraph([self._stage_event(child)]))
            elif tag == "lg":
                turn.paragraphs.append(self._line_group(child))
            else:
                turn.paragraphs.append(self.paragraph(child))
            verse = None
        self.t.blocks.append(turn)

    def _turn_attrs(self, turn: Turn, el) -> None:
        who = (el.get("who") or "").split()
        turn.who = who[0].lstrip("#") if who else None
        turn.id = el.get(XML_ID)
        turn.interpreted = turn.interpreted or "#interpreted" in (el.get("ana") or "").split()
        lang = el.get(XML_LANG)
        turn.lang = lang if lang and lang != self.t.lang else None

    def _line_group(self, el) -> Paragraph:
        para = Paragraph()
        for line in el.iter("{*}l", "l"):
            if para.content:
                para.content.append(LineBreak())
            para.content.extend(self.paragraph(line).content)
        return para

    # --- inline ------------------------------------------------------------------------
    def paragraph(self, el) -> Paragraph:
        para = Paragraph()
        lang = el.get(XML_LANG)
        para.lang = lang if lang and lang != self.t.lang else None
        if el.text:
            _text(el.text, para.content)
        for child in el:
            self.inline(child, para.content)
            _tail(child, para.content)
        _trim(para.content)
        return para

    def inline(self, el, out: list) -> None:
        tag = local(el)
        if tag == "lb":
            out.append(LineBreak())
        elif tag in EVENT_TAGS:
            out.append(self.event(el))
        elif tag == "note":
            text = squash(string(el))
            ntype = el.get("type") or "note"
            out.append(Note(ntype, text, interpreted=ntype == "delivery" and _interpreted(text)))
        elif tag == "stage":
            out.append(self._stage_event(el))
        elif tag in ("pb", "cb", "milestone", "anchor", "ptr"):
            return  # empty markers: no text to keep
        else:  # hi, name, sic, supplied, unclear, date, …: their text, in place
            if el.text:
                _text(el.text, out)
            for child in el:
                self.inline(child, out)
                _tail(child, out)

    @staticmethod
    def event(el) -> Event:
        desc = next((c for c in el if local(c) == "desc"), None)
        text = squash(string(desc if desc is not None else el))
        kind = el.get("type") or el.get("reason") or ""
        return Event(local(el), kind, text)

    @staticmethod
    def _stage_event(el) -> Event:
        return Event("stage", el.get("type") or "", squash(string(el)))


def _interpreted(text: str) -> bool:
    """Delivery notes that say the speech comes through an interpreter."""
    return "interpret" in text.lower()


def _has_own_text(el) -> bool:
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def _text(raw: str, out: list) -> None:
    """Append text, collapsing whitespace but keeping a single space at the edges."""
    s = _WS.sub(" ", raw)
    if not s:
        return
    if out and isinstance(out[-1], Text):
        out[-1] = Text(out[-1].text + s)
    else:
        out.append(Text(s))


def _tail(el, out: list) -> None:
    if el.tail:
        _text(el.tail, out)


def _trim(content: list) -> None:
    """Strip the whitespace that indentation leaves at the ends of a paragraph and around
    line breaks (an `<lb/>` already is the break)."""
    for i, item in enumerate(content):
        if not isinstance(item, Text):
            continue
        text = item.text
        if i == 0 or isinstance(content[i - 1], LineBreak):
            text = text.lstrip()
        if i == len(content) - 1 or isinstance(content[i + 1], LineBreak):
            text = text.rstrip()
        content[i] = Text(text)
    content[:] = [c for c in content if not (isinstance(c, Text) and not c.text)]


_BLOCK_HANDLERS = {
    "front": _Body.front, "body": _Body.plain, "back": _Body.plain, "div": _Body.div,
    "group": _Body.div, "text": _Body.plain, "head": _Body.head, "note": _Body.note,
    "stage": _Body.stage, "trailer": _Body.trailer, "u": _Body.u, "sp": _Body.sp,
    "p": _Body.paragraph_block, "ab": _Body.paragraph_block, "l": _Body.paragraph_block,
    "castList": _Body.plain, "lg": _Body.paragraph_block,
    **{f"div{n}": _Body.div for n in range(1, 8)},  # numbered divisions (P4 heritage)
}
