"""Read TEI into the document model: teikit's own output and TEI from other projects.

Three dialects of speech meet in the reader: teikit / Parla-CLARIN / ParlaMint
(`note[@type='speaker']` + `u/seg`), DraCor and other drama (`sp/speaker` with `p`, `l`,
`lg`, `stage`) and plain prose TEI (`div/head`, `p` and anything else). The work is split:

- this module: the entry points (parse safely, read a document, read persons only) and the
  `teiCorpus` / `@who` decisions around them;
- `tei_header`: the teiHeader (title, setting, persons, publication facts);
- `tei_body`: the `text` into blocks (divisions, front matter, groups, verse, notes), with
  `tei_speech` for the turns (`u`, `sp`, `annotationBlock`) and `tei_structure` for
  tables and lists;
- `tei_inline`: the inline content of a segment, paragraph or verse line, with `tei_text`
  for its whitespace.

Nothing is dropped silently: an element the reader does not know becomes a `Block` (or,
inline, its text), so every character of the TEI `text` reaches the writers. A `teiCorpus`
becomes one transcript with a heading per contained document (see docs/transform.md).
"""
from __future__ import annotations

import re

from teikit.errors import TeikitError
from teikit.model import Person, Transcript, cycle_collector_paused, nonxml
from teikit.model.nonxml import restore
from teikit.readers.tei_body import BodyReader
from teikit.readers.tei_header import (
    XML_ID, XML_LANG, child, local, read_header, read_persons, string,
)
from teikit.readers.tei_text import start_document
from teikit.readers.tei_lang import bcp47


def parse(data: bytes, name: str):
    """Parse bytes as XML with teikit's safe parser (`teikit.xmlparse`: no network, no DTD,
    no external entities; internal ones expanded, as any XML reader would show them; the
    larger libxml2 limits, as TEI from elsewhere may hold long text); a one-line error else."""
    from lxml import etree
    from teikit.xmlparse import make_parser
    parser = make_parser("internal", huge=True, remove_comments=True, remove_pis=True,
                         collect_ids=False)  # the reader never looks an xml:id up by value
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(name, exc) from None
    except ValueError as exc:  # e.g. a str with an encoding declaration
        raise TeikitError(f"{name}: cannot parse: {exc}") from None


def read(data: bytes, name: str, persons: list[Person] | None = None) -> Transcript:
    """Read one TEI (or teiCorpus) document. `persons` are extra persons (from a corpus root
    or a listPerson file) used when a `@who` points outside this document."""
    with cycle_collector_paused():
        root = parse(data, name)
        kind = local(root)
        if kind not in ("TEI", "teiCorpus"):
            raise TeikitError(f"{name}: not a TEI document (root element <{kind}>)")
        t = Transcript(id=root.get(XML_ID) or _stem(name), lang=_document_lang(root))
        t.source.name = name  # for writers' messages ("<file>: no tokens ...")
        _hold_declared_characters(root, t)
        read_header(child(root, "teiHeader"), t)
        start_document()
        BodyReader(t).document(root, level=0)
        _resolve_persons(t, persons or [], root)
        restore(t)
    return t


def _hold_declared_characters(root, t: Transcript) -> None:
    """Characters XML cannot hold, as teikit writes them (`model.nonxml`): each `g` (in a
    `desc`, `ref[@type='char']`) pointing at a `char` whose code point mapping is one of
    them, and each ISO/TEI token `pc[@type='char']` of one, becomes a stand-in in the tree,
    which the model holds until `restore`."""
    declared = {}
    for char in root.iter("{*}char", "char"):
        for mapping in char:
            if local(mapping) == "mapping" and mapping.get("type") == nonxml.CODEPOINT_MAPPING:
                found = nonxml.character(mapping.text or "")
                if found is not None and char.get(XML_ID):
                    declared["#" + char.get(XML_ID)] = found
    if not declared:
        return
    table = nonxml.stand_ins("".join(root.itertext()))
    chars = set(declared.values())
    for el in list(root.iter("{*}g", "g", "{*}ref", "ref", "{*}pc", "pc")):
        kind = local(el)
        if kind == "pc":  # ISO/TEI: the token's text is the character
            found = nonxml.character(el.get("norm") or "") if el.get("type") == nonxml.CHAR_TOKEN else None
            if found in chars:
                t.source.non_xml[found] = el.text = table[found]
            continue
        found = declared.get(el.get("ref") if kind == "g" else
                             el.get("target") if el.get("type") == "char" else None)
        if found is not None:
            t.source.non_xml[found] = table[found]
            _replace_by_text(el, table[found])
    if root.find(".//{*}annotationBlock") is not None:
        _hold_shown_characters(root, chars, table, t)


def _hold_shown_characters(root, chars: set[str], table: dict[str, str], t: Transcript) -> None:
    """ISO/TEI's `desc` and `span` hold text only (EXMARaLDA's schema): teikit writes a
    declared control there as its control picture (`xmlbuild.esc_shown`), read back here.
    (U+FFFE and U+FFFF show as U+FFFD there, which stays: it may be the text's own.)"""
    pictures = {nonxml.visible(char): char for char in chars if char < " "}
    if not pictures:
        return
    for el in root.iter("{*}desc", "{*}span"):
        if el.text and any(picture in el.text for picture in pictures):
            for picture, char in pictures.items():
                if picture in el.text:
                    t.source.non_xml[char] = table[char]
                    el.text = el.text.replace(picture, table[char])


def _replace_by_text(el, text: str) -> None:
    """`el` (and its content) out of the tree, `text` in its place."""
    text += el.tail or ""
    before, parent = el.getprevious(), el.getparent()
    if before is not None:
        before.tail = (before.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(el)


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
    from lxml import etree
    from teikit.xmlparse import iterparse
    try:
        for _, el in iterparse(data, huge=True, resolve_entities="internal"):
            return local(el)
    except etree.XMLSyntaxError as exc:
        raise _syntax_error(name, exc) from None
    raise TeikitError(f"{name}: empty file")


def _syntax_error(name: str, exc) -> TeikitError:
    line = exc.position[0] if exc.position else 0
    where = f"{name}:{line}" if line else name
    return TeikitError(f"{where}: not well-formed XML: {exc.msg}")


def _document_lang(root) -> str:
    """The language of the text: `text/@xml:lang` (a Latin text in a header written in
    English), else the root's, as an HTML language code ("eng" -> "en")."""
    text = child(root, "text")
    lang = text.get(XML_LANG) if text is not None else None
    return bcp47(lang or root.get(XML_LANG)) or "en"


def _stem(name: str) -> str:
    base = re.split(r"[\\/]", name)[-1]
    return base.rsplit(".", 1)[0] or "doc"


def _resolve_persons(t: Transcript, extra: list[Person], root) -> None:
    """Make every `who` resolvable: known persons first, then the extra list, then the
    play's cast list (`_cast_roles`, read only when a `who` is not known yet), and as a
    last resort a bare Person whose id is the only label we have (ParlaMint's
    "#KučanMilan")."""
    known = {p.id for p in t.persons}
    by_id = cast = None
    for turn in t.turns():
        for who in ([turn.who] + turn.others) if turn.who else []:
            if who not in known:
                if by_id is None:
                    by_id, cast = {}, _cast_roles(root)
                    for p in extra:
                        by_id.setdefault(p.id, p)
                person = by_id.get(who)
                if person is None:
                    name = cast.get(who)
                    person = Person(id=who, name=name) if name else Person(id=who)
                t.persons.append(person)
                known.add(who)


def _cast_roles(root) -> dict[str, str]:
    """A play's cast list, id -> name: `castItem/role[@xml:id]` names the `@who` of its
    speeches when the header declares no person (older TEI drama). The first role with
    an id and a name counts; Persons are made only for the ids asked for."""
    names: dict[str, str] = {}
    for role in root.iter("{*}role", "role"):
        pid = role.get(XML_ID)
        if pid and pid not in names:
            name = " ".join(string(role).split())
            if name:
                names[pid] = name
    return names
