"""The TEI `text` into model blocks: divisions, front matter, speech and drama turns.

One method per TEI construct, dispatched on the element's local name (`_BLOCK_HANDLERS`),
in the spirit of the TEI processing model. Two dialects of speech meet here:

- teikit / Parla-CLARIN / ParlaMint: `note[@type='speaker']` + `u/seg` (notes, events and
  gaps between and inside the segments): `BodyReader.u`;
- DraCor and other drama: `sp/speaker` with `p`, `l`, `lg` and `stage`: `BodyReader.sp`.

Inline content (inside `seg`, `p`, `l`) is read by `tei_inline`. An element with no rule
becomes a `Block` of its text, so nothing is dropped silently.

Nesting is walked with an explicit stack (`BodyReader.walk`), not recursion: the parser lets
through 2048 levels (`teikit.xmlparse`), and 900 nested `div`s used to end in RecursionError.
A handler that holds blocks returns a `Descend` instead of calling back into the reader.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from teikit.model import (
    Block, Boilerplate, EndLine, HeaderLine, Heading, LineBreak, Note, Paragraph, Stage,
    Transcript, Turn,
)
from teikit.readers.tei_header import _LOCAL, XML_ID, XML_LANG, local, read_header, string
from teikit.readers.tei_tokens import has_tokens, read_sentences
from teikit.readers.tei_inline import (
    EVENT_TAGS, event, has_own_text, inline, interpreted, paragraph, squash, stage_event,
)

# Front-matter elements and the HeaderLine kind each becomes.
FRONT_KINDS = {"byline": "byline", "dateline": "dateline", "docDate": "date",
               "docAuthor": "byline", "docImprint": "source", "argument": "note",
               "epigraph": "note", "p": "note", "head": "title"}
_SEGMENTS = frozenset({"seg", "p", "ab", "s"})  # the paragraphs of a `u`


def child(el, tag: str):
    return next((c for c in el if local(c) == tag), None)


class Descend(NamedTuple):
    """What a handler returns to have the children of `el` visited (by `visit`, or as
    blocks), at heading level `level`, after which pending notes are flushed."""
    el: object
    level: int
    visit: Callable | None = None


class BodyReader:
    """Walks `text` (or the documents of a teiCorpus) and appends blocks to a transcript."""

    def __init__(self, t: Transcript):
        self.t = t
        self.lang = t.lang
        self.pending_label: str | None = None
        self.pending_notes: list[Note] = []

    # --- structure -----------------------------------------------------------------
    def document(self, root, level: int) -> None:
        if local(root) == "teiCorpus":
            self.walk(Descend(root, level, BodyReader._corpus_member))
            return
        text = child(root, "text")
        if text is not None:
            self.container(text, level)

    def _corpus_member(self, doc, level: int) -> Descend | None:
        """A TEI or teiCorpus inside a teiCorpus: a heading from its header, its persons,
        then its documents or its text one level deeper."""
        if local(doc) not in ("TEI", "teiCorpus"):
            return None
        from teikit.model import Setting
        level += 1
        sub = Transcript(id=doc.get(XML_ID) or "doc", lang=doc.get(XML_LANG) or self.t.lang)
        sub.setting = Setting()
        read_header(child(doc, "teiHeader"), sub)
        self.t.blocks.append(Heading(sub.setting.title or sub.id, level, from_header=True))
        known = {p.id for p in self.t.persons}
        self.t.persons.extend(p for p in sub.persons if p.id not in known)
        if local(doc) == "teiCorpus":
            return Descend(doc, level, BodyReader._corpus_member)
        text = child(doc, "text")
        return Descend(text, level) if text is not None else None

    def container(self, el, level: int) -> None:
        """Elements that only hold blocks: text, front, body, back, div, group."""
        self.walk(Descend(el, level))

    def walk(self, start: Descend) -> None:
        """Visit the children of `start.el`, and of every `Descend` a visit returns, depth
        first in document order, with a stack of child iterators instead of recursion;
        pending notes are flushed as each element is left."""
        stack = [(iter(start.el), start.level, start.visit or BodyReader.block)]
        while stack:
            children, level, visit = stack[-1]
            c = next(children, None)
            if c is None:
                stack.pop()
                self.flush()
                continue
            nested = visit(self, c, level)
            if nested is not None:
                stack.append((iter(nested.el), nested.level, nested.visit or BodyReader.block))

    def block(self, el, level: int) -> Descend | None:
        tag = _LOCAL.get(el.tag) or local(el)
        handler = _BLOCK_HANDLERS.get(tag)
        if handler is not None:
            return handler(self, el, level)
        if tag in EVENT_TAGS:
            self._event_block(el, tag)
            return None
        return self.other(el, level)

    def flush(self) -> None:
        """A speaker or delivery note with no speech after it is kept as a note."""
        if self.pending_label is not None:
            self.t.blocks.append(Note("speaker", self.pending_label))
        if self.pending_notes:
            self.t.blocks.extend(self.pending_notes)
        self.pending_label, self.pending_notes = None, []

    def add(self, item) -> None:
        self.flush()
        self.t.blocks.append(item)

    def div(self, el, level: int) -> Descend:
        """A division: its heads are one level deeper than the enclosing ones."""
        self.flush()
        return Descend(el, level + 1)

    def plain(self, el, level: int) -> Descend:
        """body, back, castList: hold blocks without starting a level of headings."""
        self.flush()
        return Descend(el, level)

    def front(self, el, level: int) -> Descend:
        return Descend(el, level, BodyReader._front_child)

    def _front_child(self, c, level: int) -> Descend | None:
        tag = local(c)
        if tag == "docTitle":
            self._doc_title(c)
        elif tag in FRONT_KINDS and tag != "p":
            when = c.get("when") if tag == "docDate" else None
            self.add(HeaderLine(FRONT_KINDS[tag], squash(string(c)), when=when))
        else:
            return self.block(c, level)
        return None

    def _doc_title(self, el) -> None:
        parts = [c for c in el if local(c) == "titlePart"] or [el]
        for part in parts:
            kind = "subtitle" if part.get("type") in ("sub", "desc", "alt") else "title"
            self.add(HeaderLine(kind, squash(string(part))))

    def head(self, el, level: int) -> None:
        self.add(Heading(_lines_text(el, self.lang), max(level, 1)))

    def other(self, el, level: int) -> Descend | None:
        """An element the reader has no rule for: a wrapper of blocks it knows (a `sp` inside
        a `castGroup`, say) is walked through; anything else is kept as a block of text."""
        if any(local(c) in _BLOCK_HANDLERS for c in el):
            return Descend(el, level)
        text = squash(string(el))
        if text:
            self.add(Block(text, local(el)))
        return None

    def paragraph_block(self, el, level: int) -> None:
        para = paragraph(el, self.lang)
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
            self.pending_notes.append(Note("delivery", text, interpreted=interpreted(text)))
        else:
            self.add(Note(ntype or "note", text))

    def _event_block(self, el, tag: str) -> None:
        ev = event(el, tag)
        if tag == "gap" and ev.type == "editorial":
            self.add(Boilerplate(ev.text))
        else:
            self.add(ev)

    def stage(self, el, level: int) -> None:
        self.add(Stage(_lines_text(el, self.lang), el.get("type")))

    def trailer(self, el, level: int) -> None:
        self.add(EndLine(squash(string(el))))

    # --- speech ------------------------------------------------------------------------
    def u(self, el, level: int) -> None:
        turn = Turn(label=self.pending_label, lead_notes=self.pending_notes)
        self.pending_label, self.pending_notes = None, []
        self._turn_attrs(turn, el)
        children = list(el)
        if has_own_text(el, children):  # mixed content directly in u (older Parla-CLARIN)
            turn.paragraphs.append(paragraph(el, self.lang))
            self.t.blocks.append(turn)
            return
        para = None
        paragraphs, lang, names = turn.paragraphs, self.lang, _LOCAL
        for c in children:
            if (names.get(c.tag) or local(c)) in _SEGMENTS:
                paragraphs.append(_segment(c, lang))
                para = None
            else:  # notes, events, anchors between segments: inline in a paragraph of their own
                if para is None or "editorial" in (c.get("reason"), c.get("type")) and local(c) in ("gap", "incident"):
                    para = Paragraph(lang=None)  # each site line inside a turn stands alone
                    paragraphs.append(para)
                inline(c, para.content)
        self.t.blocks.append(turn)

    def sp(self, el, level: int) -> None:
        self.flush()
        turn = Turn(label=None)
        self._turn_attrs(turn, el)
        verse = None  # consecutive `l` lines make one paragraph, one line break apart
        for c in el:
            tag = local(c)
            if tag == "speaker":
                turn.label = squash(string(c))
            elif tag == "l":
                if verse is None:
                    verse = Paragraph()
                    turn.paragraphs.append(verse)
                elif verse.content:
                    verse.content.append(LineBreak())
                verse.content.extend(paragraph(c, self.lang).content)
                continue
            elif tag == "stage" and not turn.paragraphs and c.get("type") == "delivery":
                text = squash(string(c))
                turn.lead_notes.append(Note("delivery", text, interpreted=interpreted(text)))
            elif tag == "stage":
                turn.paragraphs.append(Paragraph([stage_event(c)]))
            elif tag == "lg":
                turn.paragraphs.append(self._line_group(c))
            else:
                turn.paragraphs.append(paragraph(c, self.lang))
            verse = None
        self.t.blocks.append(turn)

    def _turn_attrs(self, turn: Turn, el) -> None:
        who = el.get("who")
        if who:
            who = who.split()
            turn.who = who[0].lstrip("#") if who else None
        turn.id = el.get(XML_ID)
        ana = el.get("ana")
        turn.interpreted = turn.interpreted or bool(ana) and "#interpreted" in ana.split()
        lang = el.get(XML_LANG)
        turn.lang = lang if lang and lang != self.lang else None

    def _line_group(self, el) -> Paragraph:
        para = Paragraph()
        for line in el.iter("{*}l", "l"):
            if para.content:
                para.content.append(LineBreak())
            para.content.extend(paragraph(line, self.lang).content)
        return para


def _lines_text(el, lang: str) -> str:
    """The text of a head or stage, a line break (`lb`) read as a space."""
    return squash(paragraph(el, lang).text) if len(el) else squash(string(el))


def _annotation_block(self: BodyReader, el, level: int) -> None:
    """ISO/TEI spoken: `annotationBlock` = one turn. Its `u` is read as any `u` (tokens
    and the spaces between them give the text); the printed label is the span of its
    `spanGrp type="label"`; other spanGrps annotate text the `u` already holds."""
    label = next((squash(string(span)) for grp in el if local(grp) == "spanGrp"
                  and grp.get("type") == "label" for span in grp if local(span) == "span"), None)
    u = child(el, "u")
    if u is None:
        return
    self.flush()
    self.pending_label = label
    if u.get("who") is None and el.get("who"):
        u.set("who", el.get("who"))
    self.u(u, level)


def _segment(el, lang: str) -> Paragraph:
    """A paragraph of a `u`, with its xml:id and (in annotated TEI) its tokens."""
    para = paragraph(el, lang)
    para.id = el.get(XML_ID)
    if has_tokens(el):
        para.sentences = read_sentences(el)
    return para


_BLOCK_HANDLERS = {
    "front": BodyReader.front, "body": BodyReader.plain, "back": BodyReader.plain, "div": BodyReader.div,
    "group": BodyReader.div, "text": BodyReader.plain, "head": BodyReader.head, "note": BodyReader.note,
    "stage": BodyReader.stage, "trailer": BodyReader.trailer, "u": BodyReader.u, "sp": BodyReader.sp,
    "p": BodyReader.paragraph_block, "ab": BodyReader.paragraph_block, "l": BodyReader.paragraph_block,
    "castList": BodyReader.plain, "lg": BodyReader.paragraph_block,
    # ISO/TEI spoken (teikit's --flavour iso, EXMARaLDA, TEI-CORPO); a timeline has no text
    "annotationBlock": _annotation_block, "timeline": lambda self, el, level: None,
    **{f"div{n}": BodyReader.div for n in range(1, 8)},  # numbered divisions (P4 heritage)
}
