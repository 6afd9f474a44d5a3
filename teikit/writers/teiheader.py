"""The teiHeader and the front matter, shared by both TEI flavours.

Everything here is derived from the model; nothing depends on time or place of the run,
so the same transcript always gives the same bytes.
"""
from __future__ import annotations

from lxml import etree

from teikit import __version__
from teikit.model import Boilerplate, HeaderLine, Note, Person, Transcript

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
XML_LANG = f"{{{XML_NS}}}lang"


def el(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    """A TEI child element; attribute names with a trailing underscore lose it."""
    node = etree.SubElement(parent, f"{{{TEI_NS}}}{tag}",
                            {k.rstrip("_"): v for k, v in attrs.items() if v is not None})
    if text is not None:
        node.text = text
    return node


def gap_editorial(parent, text: str) -> None:
    """Boilerplate kept verbatim where it stood, outside the speech."""
    el(el(parent, "gap", reason="editorial"), "desc", text)


def write_header(root, doc: Transcript) -> None:
    header = el(root, "teiHeader")
    _file_desc(header, doc)
    _encoding_desc(header)
    _profile_desc(header, doc)


def _file_desc(header, doc: Transcript) -> None:
    s = doc.setting
    file_desc = el(header, "fileDesc")
    title = s.title or f"Untitled transcript ({doc.source.name or doc.id})"
    el(el(file_desc, "titleStmt"), "title", title, type="main")
    el(el(file_desc, "publicationStmt"), "p",
       f"Unpublished TEI encoding made with teikit {__version__} from a plain-text transcript.")
    source_desc = el(file_desc, "sourceDesc")
    digital = el(source_desc, "bibl", type="digitalSource")
    el(digital, "title", doc.source.name or doc.id, type="file")
    if doc.source.sha256:
        el(digital, "idno", doc.source.sha256, type="sha256")
    if doc.source.url:
        el(digital, "ref", doc.source.url, target=doc.source.url)
    original = el(source_desc, "bibl", type="originalSource")
    publisher = next((b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == "source"), None)
    el(original, "title", s.title or title)
    if publisher:
        el(original, "publisher", publisher)
    if s.date_text:
        el(original, "date", s.date_text, when=s.date_iso)


def _encoding_desc(header) -> None:
    enc = el(header, "encodingDesc")
    decl = el(enc, "editorialDecl")
    el(el(decl, "normalization"), "p",
       "Text kept as printed; spaces at the ends of lines and paragraphs are not kept.")
    el(el(decl, "segmentation"), "p",
       "One u per speaker turn, one seg per paragraph; line breaks inside a paragraph as lb. "
       "Printed speaker labels in note[@type='speaker'], delivery and language notes in "
       "note[@type='delivery'], site boilerplate in gap[@reason='editorial'].")
    taxonomy = el(el(enc, "classDecl"), "taxonomy", **{XML_ID: "delivery"})
    category = el(taxonomy, "category", **{XML_ID: "interpreted"})
    el(category, "catDesc", "Delivered through an interpreter; @who is the original speaker")


def _profile_desc(header, doc: Transcript) -> None:
    s = doc.setting
    profile = el(header, "profileDesc")
    if any((s.venue, s.place, s.date_text, s.time, s.activity)):
        setting = el(el(profile, "settingDesc"), "setting")
        if s.venue:
            el(setting, "name", s.venue, type="venue")
        if s.place:
            el(setting, "placeName", s.place)
        if s.date_text:
            el(setting, "date", s.date_text, when=s.date_iso)
        if s.time:
            el(setting, "time", s.time)
        if s.activity:
            el(setting, "activity", s.activity)
    if doc.persons:
        list_person = el(el(profile, "particDesc"), "listPerson")
        for person in doc.persons:
            _person(list_person, person)


def _person(parent, p: Person) -> None:
    node = el(parent, "person", role="interpreter" if p.interpreter else None, sex=p.sex,
              **{XML_ID: p.id})
    if p.name:
        el(node, "persName", p.name)
    elif p.role:
        el(el(node, "persName"), "roleName", p.role)
    if p.name and p.role:
        el(node, "affiliation", p.role)
    for kind, value in sorted(p.idnos.items()):
        el(node, "idno", value, type=kind)


# --- front ----------------------------------------------------------------------------

FRONT_ELEMENTS = {
    "title": ("docTitle", "titlePart", "main"),
    "subtitle": ("docTitle", "titlePart", "sub"),
    "activity": ("docTitle", "titlePart", "desc"),
}


def write_front_item(front, item) -> None:
    """One header line, note or boilerplate line of the front matter, verbatim."""
    if isinstance(item, Boilerplate):
        gap_editorial(front, item.text)
    elif isinstance(item, Note):
        el(front, "note", item.text, type=item.type)
    elif item.kind in FRONT_ELEMENTS:
        outer, inner, kind = FRONT_ELEMENTS[item.kind]
        el(el(front, outer), inner, item.text, type=kind)
    elif item.kind == "byline":
        el(front, "byline", item.text)
    elif item.kind == "source":
        el(el(front, "docImprint"), "publisher", item.text)
    elif item.kind == "date":
        el(front, "docDate", item.text, when=item.when)
    elif item.kind == "place":
        el(el(front, "dateline"), "placeName", item.text)
    elif item.kind == "venue":
        el(el(front, "dateline"), "name", item.text, type="venue")
    elif item.kind == "time":
        el(el(front, "dateline"), "time", item.text)
    else:  # "note" and any kind added later: kept, typed by its kind
        el(front, "note", item.text, type=item.kind or "header")
