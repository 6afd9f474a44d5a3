"""The TEI `text` into model blocks: divisions, front matter, groups, verse, notes.

One method per TEI construct, dispatched on the element's local name (`_BLOCK_HANDLERS`),
in the spirit of the TEI processing model. The turns of speech (`u`, `sp`,
`annotationBlock`) are read by the methods `BodyReader` takes from `tei_speech`.

Inline content (inside `seg`, `p`, `l`) is read by `tei_inline`. An element with no rule
becomes a `Block` of its text, so nothing is dropped silently.

Nesting is walked with an explicit stack (`BodyReader.walk`), not recursion: the parser lets
through 2048 levels (`teikit.xmlparse`), and 900 nested `div`s used to end in RecursionError.
A handler that holds blocks returns a `Descend` instead of calling back into the reader.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from teikit.model import (
    BOILERPLATE_NOTE, Boilerplate, EndLine, Footnote, GroupEnd, GroupStart, HeaderLine, Heading, LineBreak,
    LineNumber, Note, PageBreak, Paragraph, Prose, Stage, Transcript, Verse,
)
from teikit.model.spacing import joined_from_rend
from teikit.readers.tei_header import (  # noqa: F401  (child: public here)
    LOCAL, XML_ID, XML_LANG, child, local, read_header, string,
)
from teikit.readers.tei_inline import EVENT_TAGS, event, inline, paragraph
from teikit.readers.tei_lang import bcp47
from teikit.readers.tei_speech import SpeechReader
from teikit.readers.tei_structure import list_block, table
from teikit.readers.tei_text import add_text, has_own_text, interpreted, squash, trim

# Front-matter elements and the HeaderLine kind each becomes.
FRONT_KINDS = {"byline": "byline", "dateline": "dateline", "docDate": "date",
               "docAuthor": "byline", "docImprint": "source", "argument": "note",
               "epigraph": "note", "p": "note", "head": "title"}


# Containers laid out as such (GroupStart/GroupEnd around their blocks).
GROUPS = frozenset({"cit", "quote", "q", "said", "epigraph", "opener", "closer",
                    "floatingText", "figure", "castList", "castGroup", "argument",
                    "postscript", "letter", "note"})


class Descend(NamedTuple):
    """What a handler returns to have the children of `el` visited (by `visit`, or as
    blocks), at heading level `level`, after which pending notes are flushed and `end`
    (a block closing a group) is added."""
    el: object
    level: int
    visit: Callable | None = None
    end: object = None


class BodyReader(SpeechReader):
    """Walks `text` (or the documents of a teiCorpus) and appends blocks to a transcript."""

    def __init__(self, t: Transcript):
        self.t = t
        self.lang = t.lang
        self.pending_label: str | None = None
        self.pending_joined: bool | None = None  # the label's spacing, from its @rend
        self.pending_notes: list[Note] = []
        self.pending_site: list = []  # the gaps of site lines between a label and its u (T460a)
        self.groups = 0  # open GroupStarts: a `head` in a figure or cit is a caption

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
        stack: list = []
        children, level = iter(start.el), start.level
        visit, end = start.visit or BodyReader.block, start.end
        while True:
            for c in children:
                nested = visit(self, c, level)
                if nested is not None:  # its children next, then the rest of these
                    stack.append((children, level, visit, end))
                    children, level = iter(nested.el), nested.level
                    visit, end = nested.visit or BodyReader.block, nested.end
                    break
            else:  # the element is left
                self.flush()
                if end is not None:
                    self.groups -= end.tag != "div"  # heads in a division stay headings
                    self.t.blocks.append(end)
                if not stack:
                    return
                children, level, visit, end = stack.pop()

    def block(self, el, level: int) -> Descend | None:
        tag = LOCAL.get(el.tag) or local(el)
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
            self.t.blocks.append(Note("speaker", self.pending_label, joined=self.pending_joined is True))
        if self.pending_notes:
            self.t.blocks.extend(self.pending_notes)
        for gap in self.pending_site:  # (no u after them: site lines between turns)
            self.t.blocks.append(Boilerplate(event(gap).text, joined=joined_from_rend(gap.get("rend")) is True))
        self.pending_label, self.pending_joined, self.pending_notes, self.pending_site = None, None, [], []

    def add(self, item) -> None:
        self.flush()
        self.t.blocks.append(item)

    def div(self, el, level: int) -> Descend | None:
        """A division: its heads are one level deeper than the enclosing ones. Text
        directly in a division (no `p`) is a paragraph of its own after the heads."""
        self.flush()
        children = list(el)
        if has_own_text(el, children):
            for c in children:
                if local(c) == "head":
                    self.head(c, level + 1)
            self.add(Prose(self._own_paragraph(el, skip="head"), "p"))
            return None
        lang = self._lang(el)
        if lang:  # a division in another language: marked as such around its blocks
            self.add(GroupStart("div", lang))
            return Descend(el, level + 1, None, GroupEnd("div"))
        return Descend(el, level + 1)

    def group(self, el, level: int) -> Descend | None:
        """quote, cit, epigraph, opener, closer, floatingText, figure, castList …: a group
        of blocks marked as such; one with text of its own is a paragraph."""
        tag = local(el)
        if tag == "note" and (not len(el) or el.get("type") in ("speaker", "delivery")):
            return self.note(el, level)  # the common case: a printed note of one line
        children = list(el)
        blocks = [c for c in children if isinstance(c.tag, str)]
        if has_own_text(el, children) or not blocks or tag == "note" and not any(
                local(c) in ("p", "lg", "l", "list", "table", "quote", "cit") for c in blocks):
            if tag == "note":
                return self.note(el, level)
            self.add(Prose(paragraph(el, self.lang), tag))
            return None
        self.add(GroupStart(tag, self._lang(el)))
        self.groups += 1
        return Descend(el, level, None, GroupEnd(tag))

    def _own_paragraph(self, el, skip: str) -> Paragraph:
        """The mixed content of `el` as one paragraph, leaving out its `skip` children."""
        content: list = []
        if el.text:
            add_text(el.text, content)
        for c in el:
            if local(c) != skip:
                inline(c, content)
            if c.tail:
                add_text(c.tail, content)
        trim(content)
        return Paragraph(content, lang=self._lang(el))

    def _lang(self, el) -> str | None:
        lang = bcp47(el.get(XML_LANG))
        return lang if lang and lang != self.lang else None

    def plain(self, el, level: int) -> Descend:
        """body, back, castList: hold blocks without starting a level of headings."""
        self.flush()
        return Descend(el, level)

    def front(self, el, level: int) -> Descend:
        return Descend(el, level, BodyReader._front_child)

    def _front_child(self, c, level: int) -> Descend | None:
        tag = local(c)
        if tag in ("titlePage", "docImprint") and len(c) and not has_own_text(c, list(c)):
            return Descend(c, level, BodyReader._front_child)
        if tag == "docTitle":
            self._doc_title(c)
        elif tag in FRONT_KINDS and tag != "p":
            when = c.get("when") if tag == "docDate" else None
            self.add(HeaderLine(FRONT_KINDS[tag], squash(string(c)), when=when, joined=_glued(c)))
        else:
            return self.block(c, level)
        return None

    def _doc_title(self, el) -> None:
        parts = [c for c in el if local(c) == "titlePart"] or [el]
        for part in parts:
            kind = "subtitle" if part.get("type") in ("sub", "desc", "alt") else "title"
            self.add(HeaderLine(kind, squash(string(part)), joined=_glued(part)))

    def head(self, el, level: int) -> None:
        if self.groups:  # the caption of a figure, the title of a cast list or a quotation
            self.add(Prose(paragraph(el, self.lang), "head"))
        else:
            text, notes = _heading_text(el, self.lang)
            self.add(Heading(text, max(level, 1), notes=notes))

    def other(self, el, level: int) -> Descend | None:
        """An element the reader has no rule for: a wrapper of blocks it knows (a `sp` inside
        a `castGroup`, say) is walked through; anything else is kept as a paragraph with
        its inline structure (rendered generically)."""
        children = list(el)
        if not has_own_text(el, children) and any(local(c) in _BLOCK_HANDLERS for c in children):
            return Descend(el, level)
        para = paragraph(el, self.lang)
        if para.content:
            self.add(Prose(para, local(el)))
        return None

    def paragraph_block(self, el, level: int) -> None:
        para = paragraph(el, self.lang)
        if para.content:
            self.add(Prose(para, local(el)))

    def verse(self, el, level: int) -> Descend | None:
        """`lg` (a stanza; one holding stanzas is a group of them) or a loose `l` (joined
        to the verse block before it)."""
        tag = local(el)
        if tag == "lg" and any(local(c) == "lg" for c in el):
            return self.group(el, level)
        para = paragraph(el, self.lang)
        para.kind = "verse"
        if not para.content:
            return None
        last = self.t.blocks[-1] if self.t.blocks else None
        if tag == "l" and isinstance(last, Verse) and last.tag == "l" and not self.pending_notes:
            last.para.content.extend(_line_start(el) + para.content)
        else:
            para.content[:0] = _line_start(el) if tag == "l" else []
            self.add(Verse(para, tag))
        return None

    def table(self, el, level: int) -> None:
        self.add(table(el, self.lang))

    def list(self, el, level: int) -> None:
        if has_own_text(el, list(el)):  # text in no item or bibl (`<listBibl>A. Book.</listBibl>`)
            self.add(Prose(paragraph(el, self.lang), local(el)))
            return
        self.add(list_block(el, self.lang))

    def page_break(self, el, level: int) -> None:
        self.add(PageBreak(el.get("n"), el.get("facs")))

    def skip(self, el, level: int) -> None:
        """`lb` between blocks (between verse lines of a speech): the blocks are the lines."""

    # --- notes, events, stage outside speech -------------------------------------------
    def note(self, el, level: int) -> None:
        """A note between blocks; a speaker note's label and the delivery notes (and a
        caption's markup, the `>` of `<v Ann>`) after it wait for the turn they lead."""
        ntype = el.get("type") or ""
        text = squash(string(el))
        joined = joined_from_rend(el.get("rend"))
        if ntype == "speaker":
            self.flush()
            self.pending_label, self.pending_joined = text, joined
        elif ntype == BOILERPLATE_NOTE and self.pending_label is not None and child(el, "gap") is not None:
            self.pending_site.extend(c for c in el if local(c) == "gap")  # the u's leading site lines
        elif ntype == "delivery" or ntype == "markup" and self.pending_label is not None:
            self.pending_notes.append(Note(ntype, text, interpreted=ntype == "delivery" and interpreted(text),
                                           joined=joined))  # (None: the TEI does not say)
        else:
            self.add(Note(ntype or "note", text, joined=joined is True))

    def _event_block(self, el, tag: str) -> None:
        ev = event(el, tag)
        desc = child(el, "desc")  # ISO/TEI says it on the desc: its incident has no @rend
        joined = joined_from_rend(el.get("rend") or (desc.get("rend") if desc is not None else None)) is True
        if ev.type == "editorial" and tag in ("gap", "incident"):  # (ISO/TEI has no gap between turns)
            self.add(Boilerplate(ev.text, joined=joined))
        elif ev.type == "markup" and tag == "incident":  # a caption's markup between ISO/TEI turns
            self.add(Note("markup", ev.text, joined=joined))
        else:
            ev.joined = joined
            self.add(ev)

    def stage(self, el, level: int) -> None:
        if el.get("type") == "delivery" and not len(el):
            self.note(el, level)  # a delivery note between speeches, as the speech flavour's note
            return
        self.add(Stage(_lines_text(el, self.lang), el.get("type")))

    def trailer(self, el, level: int) -> None:
        self.add(EndLine(squash(string(el))))


def _line_start(el) -> list:
    return [LineBreak()] + ([LineNumber(el.get("n"))] if el.get("n") else [])


def _heading_text(el, lang: str) -> tuple[str, list]:
    """The text of a head (as `_lines_text`) and its footnotes apart: a note in a head
    ("Untersuchungen<note>Zu Textauszeichnungen …</note>") is a footnote to the heading,
    not words glued to its end."""
    if not len(el):
        return squash(string(el)), []
    para = paragraph(el, lang)
    notes = [i for i in para.content if i.__class__ is Footnote]
    if notes:
        para.content = [i for i in para.content if i.__class__ is not Footnote]
    return squash(para.text), notes


def _lines_text(el, lang: str) -> str:
    """The text of a head or stage, a line break (`lb`) read as a space."""
    return squash(paragraph(el, lang).text) if len(el) else squash(string(el))


_BLOCK_HANDLERS = {
    "front": BodyReader.front, "body": BodyReader.plain, "back": BodyReader.plain, "div": BodyReader.div,
    "group": BodyReader.div, "text": BodyReader.plain, "head": BodyReader.head, "note": BodyReader.note,
    "stage": BodyReader.stage, "trailer": BodyReader.trailer, "u": BodyReader.u, "sp": BodyReader.sp,
    "p": BodyReader.paragraph_block, "ab": BodyReader.paragraph_block, "l": BodyReader.verse,
    "lg": BodyReader.verse, "table": BodyReader.table, "list": BodyReader.list,
    "listBibl": BodyReader.list, "pb": BodyReader.page_break, "lb": BodyReader.skip,
    **{tag: BodyReader.group for tag in GROUPS},
    # ISO/TEI spoken (teikit's --flavour iso, EXMARaLDA, TEI-CORPO); a timeline has no text
    "annotationBlock": BodyReader.annotation_block, "timeline": lambda self, el, level: None,
    **{f"div{n}": BodyReader.div for n in range(1, 8)},  # numbered divisions (P4 heritage)
}


def _glued(el) -> bool:
    """A front line printed with no whitespace before what follows: `@rend` on the element
    or on its only child (`dateline/placeName`, `argument/p`)."""
    return joined_from_rend(el.get("rend")) is True or (len(el) == 1 and joined_from_rend(el[0].get("rend")) is True)
