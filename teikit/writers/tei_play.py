"""The drama flavour for a play read from plain text (DraCor's layout).

    <front>  title lines, <castList> (castItem: role + roleDesc), <set> (where the play is set)
    <body>   <div type="act"><head/> <div type="scene"><head/> <stage/> <sp who="#id"/> ...

Divisions are flat markers in the model (`Division`); an act closes the open act and scene,
a scene the open scene. Whatever stands before the first division is written in the body
before it. Turns, paragraphs and inline stage directions are written by `DramaFlavour`.
"""
from __future__ import annotations

from teikit.model import Boilerplate, CastList, Division, HeaderLine, Note, Stage, Transcript
from teikit.writers.tei import DramaFlavour, write_block, inline_markup, write_front
from teikit.writers.tei import write_drama as write_transcript
from teikit.writers.teiheader import DRAMA_SEGMENTATION, TEI_NS, write_front_item, write_header
from teikit.writers.xmlbuild import XmlBuilder, document, element

FRONT = (HeaderLine, Boilerplate, Note, CastList)


def write_drama(doc: Transcript) -> bytes:
    """The drama flavour: a play's layout when the text was read as a play, else the
    transcript layout (one div of turns)."""
    if any(isinstance(block, (Division, CastList)) for block in doc.blocks):
        return write_play(doc, DramaFlavour())
    return write_transcript(doc)


def write_play(doc: Transcript, flavour) -> bytes:
    with document(doc) as doc:
        return _write_play(doc, flavour)


def _write_play(doc: Transcript, flavour) -> bytes:
    b = XmlBuilder()
    b.open("TEI", xmlns=TEI_NS, type="dracor", xml_id=doc.id, xml_lang=doc.lang)
    write_header(b, doc, DRAMA_SEGMENTATION)
    b.open("text")
    lead = write_front(b, doc, lambda block: isinstance(block, FRONT) or _setting(block), _front_item)
    b.open("body")
    open_divs: list[str] = []
    for block in doc.blocks[lead:]:
        if isinstance(block, Division):
            _open_division(b, block, open_divs)
        elif isinstance(block, Stage):
            _stage(b, block)
        elif isinstance(block, CastList):
            _cast_list(b, block)
        else:
            write_block(b, block, flavour)
    if not open_divs and lead == len(doc.blocks):
        b.leaf("p")
    while open_divs:
        b.close("div")
        open_divs.pop()
    b.close("body")
    b.close("text")
    b.close("TEI")
    return b.result()


def _setting(block) -> bool:
    return isinstance(block, Stage) and block.type == "setting"


def _front_item(b: XmlBuilder, item) -> None:
    if isinstance(item, CastList):
        _cast_list(b, item)
    elif _setting(item):
        b.open("set")
        b.markup("p", _content(item.content) if item.content else element_text(item.text))
        b.close("set")
    else:
        write_front_item(b, item)


def _open_division(b: XmlBuilder, division: Division, open_divs: list[str]) -> None:
    """An act closes every open division; a scene closes the open scene, inside its act."""
    depth = 1 if division.type != "act" and "act" in open_divs else 0
    while len(open_divs) > depth:
        b.close("div")
        open_divs.pop()
    b.open("div", type=division.type)
    open_divs.append(division.type)
    b.markup("head", _content(division.head))


def _stage(b: XmlBuilder, stage: Stage) -> None:
    b.markup("stage", _content(stage.content) if stage.content else element_text(stage.text),
             type=stage.type if stage.type and stage.type != "setting" else None)


def _cast_list(b: XmlBuilder, cast: CastList) -> None:
    b.open("castList")
    if cast.head:
        b.leaf("head", cast.head)
    for entry in cast.entries:
        role = element("role", entry.role, corresp=f"#{entry.who}" if entry.who else None)
        if entry.members:
            _cast_group(b, entry, role)
        else:
            desc = element("roleDesc", entry.desc) if entry.desc else ""
            b.markup("castItem", role + element_text(entry.separator) + desc)
    if not cast.entries:
        b.leaf("castItem", "")
    b.close("castList")


def _cast_group(b: XmlBuilder, entry, role: str) -> None:
    """Roles sharing one description: a castItem per role (the printed comma kept after
    it), then the description."""
    b.open("castGroup")
    whos = entry.member_who or [None] * len(entry.members)
    names = [role] + [element("role", name, corresp=f"#{who}" if who else None)
                      for (_, name), who in zip(entry.members, whos)]
    separators = [sep for sep, _ in entry.members] + [entry.separator]
    for name, sep in zip(names, separators):
        b.markup("castItem", name + element_text(sep.rstrip()))
    b.markup("roleDesc", element_text(entry.desc))
    b.close("castGroup")


def _content(items: list) -> str:
    return inline_markup(items, _PlainFlavour())


def element_text(text: str) -> str:
    from teikit.writers.xmlbuild import esc
    return esc(text)


class _PlainFlavour:
    """Inline items other than text inside a head or stage (rare): kept as their text."""

    def inline(self, item) -> str:
        return element_text(getattr(item, "text", ""))
