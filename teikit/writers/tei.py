"""TEI writers: the speech flavour (u/seg, Parla-CLARIN style) and the drama flavour
(sp/speaker/p/stage, DraCor style). One function per model element in each flavour.

Layout of `text`: leading header lines, notes and boilerplate go to `front`; turns and
whatever stands between them to `body/div[@type='transcript']`; end lines close the div
as `trailer`s. A paragraph that holds only events or notes ("(Break.)") is written
directly in the turn, not as a `seg`, since it is not a paragraph of speech.
"""
from __future__ import annotations

from lxml import etree

from teikit.model import (Boilerplate, EndLine, Event, HeaderLine, LineBreak, Note, Paragraph,
                          Text, Transcript, Turn)
from teikit.writers.teiheader import (TEI_NS, XML_ID, XML_LANG, el, gap_editorial, write_front_item,
                                      write_header)

FRONT_ITEMS = (HeaderLine, Boilerplate, Note)


def write(doc: Transcript, options=None) -> bytes:
    return _write(doc, _SpeechFlavour())


def write_drama(doc: Transcript, options=None) -> bytes:
    return _write(doc, _DramaFlavour())


def _write(doc: Transcript, flavour) -> bytes:
    root = etree.Element(f"{{{TEI_NS}}}TEI", {XML_ID: doc.id, XML_LANG: doc.lang}, nsmap={None: TEI_NS})
    write_header(root, doc)
    text = el(root, "text")
    lead = 0
    while lead < len(doc.blocks) and isinstance(doc.blocks[lead], FRONT_ITEMS):
        lead += 1
    if lead:
        front = el(text, "front")
        for item in doc.blocks[:lead]:
            write_front_item(front, item)
    div = el(el(text, "body"), "div", type="transcript")
    for block in doc.blocks[lead:]:
        _write_block(div, block, flavour)
    if len(div) == 0:
        el(div, "p")  # a div must not be empty; an empty p says "no speech" without inventing any
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


# Elements that hold only elements in what we write; only these are indented, so that no
# whitespace is ever added inside mixed content (seg, p, note, desc ...).
ELEMENT_ONLY = frozenset(f"{{{TEI_NS}}}{t}" for t in (
    "TEI teiHeader fileDesc titleStmt publicationStmt sourceDesc bibl encodingDesc editorialDecl "
    "normalization segmentation classDecl taxonomy category profileDesc settingDesc setting "
    "particDesc listPerson person text front docTitle dateline docImprint gap body div u sp "
    "vocal kinesic incident").split())


def _indent(node, level: int = 0) -> None:
    if node.tag not in ELEMENT_ONLY or len(node) == 0:
        return
    inner = "\n" + "  " * (level + 1)
    node.text = inner
    for child in node:
        child.tail = inner
        _indent(child, level + 1)
    node[-1].tail = "\n" + "  " * level


def _write_block(div, block, flavour) -> None:
    if isinstance(block, Turn):
        flavour.turn(div, block)
    elif isinstance(block, Boilerplate):
        gap_editorial(div, block.text)
    elif isinstance(block, EndLine):
        el(div, "trailer", block.text)
    elif isinstance(block, Paragraph):
        write_inline(el(div, "p"), block.content, flavour)
    elif isinstance(block, (Note, Event)):
        flavour.inline(div, block)
    else:  # header lines after speech started, headings, blocks: kept as notes
        el(div, "note", getattr(block, "text", ""), type=getattr(block, "kind", None) or "block")


def write_inline(parent, content: list, flavour) -> None:
    """Mixed content: text, lb, events and notes, in order."""
    last = None
    for item in content:
        if isinstance(item, Text):
            if last is None:
                parent.text = (parent.text or "") + item.text
            else:
                last.tail = (last.tail or "") + item.text
        elif isinstance(item, LineBreak):
            last = el(parent, "lb")
        else:
            last = flavour.inline(parent, item)
    _strip_edges(parent)


def _strip_edges(node) -> None:
    if node.text:
        node.text = node.text.lstrip() or None
    if len(node):
        if node[-1].tail:
            node[-1].tail = node[-1].tail.rstrip() or None
    elif node.text:
        node.text = node.text.rstrip() or None


def _speech_free(paragraph: Paragraph) -> bool:
    """Only events and notes: no words of speech."""
    return all(isinstance(i, (Event, Note)) or (isinstance(i, Text) and not i.text.strip())
               for i in paragraph.content)


def _event(parent, event: Event):
    if event.element == "gap":
        node = el(parent, "gap", reason=event.type)
    else:
        node = el(parent, event.element, type=event.type)
    el(node, "desc", event.text)
    return node


class _SpeechFlavour:
    def turn(self, div, turn: Turn) -> None:
        if turn.label is not None:
            el(div, "note", turn.label, type="speaker")
        for note in turn.lead_notes:
            el(div, "note", note.text, type=note.type)
        u = el(div, "u", who=f"#{turn.who}" if turn.who else None,
               ana="#interpreted" if turn.interpreted else None, **{XML_ID: turn.id})
        seg_number = 0
        for item in turn.paragraphs:
            if isinstance(item, Boilerplate):
                gap_editorial(u, item.text)
            elif _speech_free(item):
                for inline in item.content:
                    if not isinstance(inline, Text):
                        self.inline(u, inline)
            else:
                seg_number += 1
                seg = el(u, "seg", **{XML_ID: f"{turn.id}.{seg_number}"})
                write_inline(seg, item.content, self)

    def inline(self, parent, item):
        if isinstance(item, Event):
            return _event(parent, item)
        return el(parent, "note", item.text, type=item.type)


class _DramaFlavour:
    def turn(self, div, turn: Turn) -> None:
        sp = el(div, "sp", who=f"#{turn.who}" if turn.who else None,
                ana="#interpreted" if turn.interpreted else None, **{XML_ID: turn.id})
        if turn.label is not None:
            el(sp, "speaker", turn.label)
        for note in turn.lead_notes:
            self.inline(sp, note)
        for item in turn.paragraphs:
            if isinstance(item, Boilerplate):
                gap_editorial(sp, item.text)
            elif _speech_free(item):
                for inline in item.content:
                    if not isinstance(inline, Text):
                        self.inline(sp, inline)
            else:
                write_inline(el(sp, "p"), item.content, self)
        if not any(child.tag != f"{{{TEI_NS}}}speaker" for child in sp):
            el(sp, "p")  # sp needs a p or stage after its speaker

    def inline(self, parent, item):
        if isinstance(item, Note) and item.type != "delivery":
            return el(parent, "note", item.text, type=item.type)
        if isinstance(item, Event) and item.element == "gap":
            return _event(parent, item)
        kind = "delivery" if isinstance(item, Note) else "business"
        return el(parent, "stage", item.text, type=kind)

