"""The teiHeader and the front matter, shared by both TEI flavours.

Everything here is derived from the model; nothing depends on time or place of the run,
so the same transcript always gives the same bytes.
"""
from __future__ import annotations

from functools import lru_cache

from teikit import __version__
from teikit.model import (DELIVERY_TAXONOMY_ID, INTERPRETED_ID, Boilerplate, HeaderLine, Note, Person,
                          Transcript)
from teikit.model import nonxml
from teikit.model.spacing import NO_SPACE_AFTER
from teikit.writers.xmlbuild import XmlBuilder

TEI_NS = "http://www.tei-c.org/ns/1.0"


def gap_editorial(b: XmlBuilder, text: str, joined: bool = False) -> None:
    """Boilerplate kept verbatim where it stood, outside the speech; `joined`: printed with
    no space before what follows (`model.spacing`)."""
    b.open("gap", reason="editorial", rend=NO_SPACE_AFTER if joined else None)
    b.leaf("desc", text)
    b.close("gap")


SPEECH_SEGMENTATION = (
    "One u per speaker turn, one seg per paragraph; line breaks inside a paragraph as lb. "
    "Printed speaker labels in note[@type='speaker'], delivery and language notes in "
    "note[@type='delivery'], site boilerplate in gap[@reason='editorial'].")
DRAMA_SEGMENTATION = (
    "One sp per speech (speaker turn) with the printed speaker label in speaker, one p per "
    "paragraph of speech; line breaks inside a paragraph (verse lines) as lb. Stage directions and "
    "delivery notes in stage; in a play, acts and scenes in div[@type='act'] and div[@type='scene'] "
    "with their printed headings in head, and the dramatis personae in castList. Site boilerplate "
    "in gap[@reason='editorial'].")

ISO_SEGMENTATION = (
    "ISO 24624 (TEI for spoken language): one annotationBlock per speaker turn, anchored in "
    "the timeline, holding one u with one seg per paragraph; words and punctuation as w and pc. "
    "The printed speaker label, delivery and language notes and events in spanGrp over the "
    "tokens they cover; material between turns (boilerplate, end lines) as incident.")


def write_header(b: XmlBuilder, doc: Transcript,
                 segmentation: str = SPEECH_SEGMENTATION) -> None:
    """The teiHeader; `segmentation` describes how the flavour encodes the text."""
    b.open("teiHeader")
    _file_desc(b, doc)
    if doc.source.non_xml:
        write_encoding_desc(b, segmentation, doc)
    else:
        b.chunk(*_encoding_desc_lines(segmentation, b.depth))
    _profile_desc(b, doc)
    b.close("teiHeader")


def _file_desc(b: XmlBuilder, doc: Transcript) -> None:
    s = doc.setting
    title = s.title or f"Untitled transcript ({doc.source.name or doc.id})"
    b.open("fileDesc")
    b.wrap("titleStmt", "title", title, type="main")
    b.wrap("publicationStmt", "p",
           f"Unpublished TEI encoding made with teikit {__version__} from a plain-text transcript.")
    b.open("sourceDesc")
    b.open("bibl", type="digitalSource")
    b.leaf("title", doc.source.name or doc.id, type="file")
    if doc.source.sha256:
        b.leaf("idno", doc.source.sha256, type="sha256")
    if doc.source.url:
        b.leaf("ref", doc.source.url, target=doc.source.url)
    b.close("bibl")
    b.open("bibl", type="originalSource")
    b.leaf("title", s.title or title)
    publisher = next((x.text for x in doc.blocks if isinstance(x, HeaderLine) and x.kind == "source"), None)
    if publisher:
        b.leaf("publisher", publisher)
    if s.date_text:
        b.leaf("date", s.date_text, when=s.date_iso)
    b.close("bibl")
    b.close("sourceDesc")
    b.close("fileDesc")


def write_encoding_desc(b: XmlBuilder, segmentation: str = SPEECH_SEGMENTATION,
                        doc: Transcript | None = None) -> None:
    """The encodingDesc; the `charDecl` of `doc`'s characters XML cannot hold, if any."""
    b.open("encodingDesc")
    b.open("editorialDecl")
    b.wrap("normalization", "p",
           "Text kept as printed; spaces at the ends of lines and paragraphs are not kept.")
    b.wrap("segmentation", "p", segmentation)
    b.close("editorialDecl")
    b.open("classDecl")
    b.open("taxonomy", xml_id=DELIVERY_TAXONOMY_ID)
    b.open("category", xml_id=INTERPRETED_ID)
    b.leaf("catDesc", "Delivered through an interpreter; @who is the original speaker")
    b.close("category")
    b.close("taxonomy")
    b.close("classDecl")
    if doc is not None and doc.source.non_xml:
        _char_decl(b, doc)
    b.close("encodingDesc")


def _char_decl(b: XmlBuilder, doc: Transcript) -> None:
    """A `char` for each character XML cannot hold that the text has, which the text writes
    as `<g ref="#ID">` (`xmlbuild.esc`): its Unicode name (controls have only an alias; P5
    has no `charName` since 4.0), its code point as text, and what the `g` shows for it
    (TEI Guidelines 5, "Characters, Glyphs, and Writing Modes")."""
    b.open("charDecl")
    b.leaf("desc", "Characters of the source that XML 1.0 cannot hold, each written as a g "
           "showing a visible substitute.")
    for char in sorted(doc.source.non_xml):
        b.open("char", xml_id=nonxml.char_id(char, doc.id))
        b.leaf("unicodeProp", name="Name_Alias", value=nonxml.NAMES[char])
        b.leaf("mapping", nonxml.codepoint(char), type=nonxml.CODEPOINT_MAPPING)
        b.leaf("mapping", nonxml.visible(char), type="visible")
        b.close("char")
    b.close("charDecl")


@lru_cache(maxsize=None)
def _encoding_desc_lines(segmentation: str, depth: int) -> tuple[str, int]:
    """(the encodingDesc's lines at `depth`, their count): the same in every document of a
    flavour, so written once per process (element by element, they were a sixth of writing a
    short transcript)."""
    b = XmlBuilder()
    b.parts.clear()
    b.depth = depth - 1
    b._deeper(1)  # (the indentation of `depth`, as the document's builder has it)
    write_encoding_desc(b, segmentation)
    return "".join(b.parts), b.written - 1


def _profile_desc(b: XmlBuilder, doc: Transcript) -> None:
    s = doc.setting
    b.open("profileDesc")
    if any((s.venue, s.place, s.date_text, s.time, s.activity)):
        b.open("settingDesc")
        b.open("setting")
        if s.venue:
            b.leaf("name", s.venue, type="venue")
        if s.place:
            b.leaf("placeName", s.place)
        if s.date_text:
            b.leaf("date", s.date_text, when=s.date_iso)
        if s.time:
            b.leaf("time", s.time)
        if s.activity:
            b.leaf("activity", s.activity)
        b.close("setting")
        b.close("settingDesc")
    if doc.persons:
        b.open("particDesc")
        b.open("listPerson")
        for person in doc.persons:
            write_person(b, person)
        b.close("listPerson")
        b.close("particDesc")
    b.close("profileDesc")


def write_person(b: XmlBuilder, p: Person) -> None:
    tag = "personGrp" if p.group else "person"
    b.open(tag, role="interpreter" if p.interpreter else None, sex=p.sex, xml_id=p.id)
    if p.name:
        b.leaf("persName", p.name)
    elif p.role:
        b.wrap("persName", "roleName", p.role)
    if p.name and p.role:
        b.leaf("affiliation", p.role)
    if p.affiliation:
        b.leaf("affiliation", p.affiliation)
    for kind, value in sorted(p.idnos.items()):
        b.leaf("idno", value, type=kind)
    b.close(tag)


# --- front ----------------------------------------------------------------------------

# header line kind -> (wrapper, element, @type or None)
FRONT_ELEMENTS = {
    "title": ("docTitle", "titlePart", "main"),
    "subtitle": ("docTitle", "titlePart", "sub"),
    "activity": ("docTitle", "titlePart", "desc"),
    "source": ("docImprint", "publisher", None),
    "place": ("dateline", "placeName", None),
    "venue": ("dateline", "name", "venue"),
    "time": ("dateline", "time", None),
}


def write_front_item(b: XmlBuilder, item) -> None:
    """One header line, note or boilerplate line of the front matter, verbatim."""
    if isinstance(item, Boilerplate):
        gap_editorial(b, item.text, item.joined)
    elif isinstance(item, Note):
        b.leaf("note", item.text, type=item.type, synch=f"#{item.synch}" if item.synch else None,
               rend=NO_SPACE_AFTER if item.joined else None)  # (a time line above the first label: T190u)
    elif item.kind in FRONT_ELEMENTS:
        outer, tag, kind = FRONT_ELEMENTS[item.kind]
        b.wrap(outer, tag, item.text, type=kind, rend=_glued(item))
    elif item.kind == "byline":
        b.leaf("byline", item.text, rend=_glued(item))
    elif item.kind == "summary":
        b.wrap("argument", "p", item.text, rend=_glued(item))
    elif item.kind == "date":
        b.leaf("docDate", item.text, when=item.when, rend=_glued(item))
    else:  # "note", "separator" and any kind added later: kept, typed by its kind
        b.leaf("note", item.text, type=item.kind or "header", rend=_glued(item))


def _glued(line: HeaderLine) -> str | None:
    """A header line printed with no whitespace before what follows (a label glued to it)."""
    return NO_SPACE_AFTER if line.joined else None
