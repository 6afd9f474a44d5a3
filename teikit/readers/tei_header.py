"""The TEI header into the model: title, setting, persons, publication facts.

Kept apart from the body reader because headers vary far more than bodies: teikit writes
`settingDesc/setting` with `name[@type='venue']`, ParlaMint a `setting` with city and
country names, DraCor none at all but `personGrp`s and several titles in several languages.
Each fact takes the first place it is found, in the order a reader of the file would trust.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.model import Person, Transcript
from teikit.readers.tei_text import squash  # XML whitespace only: a no-break space is text

XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_LANG = f"{{{XML_NS}}}lang"
XML_ID = f"{{{XML_NS}}}id"


LOCAL: dict = {}


def local(el) -> str:
    """Local name of an element, whatever its namespace (TEI files exist without one).
    Memoised: the reader asks for every element, and there are few distinct tags."""
    tag = el.tag
    name = LOCAL.get(tag)
    if name is None:
        name = tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
        LOCAL[tag] = name
    return name


def child(el, tag: str):
    """The first child element of `el` with local name `tag`, or None."""
    return next((c for c in el if local(c) == tag), None)


def string(el) -> str:
    """All text below an element (XPath string(), without compiling an XPath each time)."""
    if not len(el):  # most are leaves (desc, speaker, note): no iterator, no join
        return el.text or ""
    return "".join(el.itertext())


def text_of(el) -> str | None:
    if el is None:
        return None
    s = squash(string(el))
    return s or None


def _bibl_text(bibl) -> str | None:
    """A bibl as a reference: its parts joined with ", " ("Title, Publisher, 19 May 2021")
    when it is structured, its text when it is a plain sentence."""
    parts = [text_of(child) for child in bibl if isinstance(child.tag, str)]
    parts = [p for p in parts if p]
    if not parts:
        return text_of(bibl)
    lead = squash(bibl.text or "")
    return ", ".join(([lead] if lead else []) + parts)


def find(el, path: str):
    """First descendant matching a slash path of local names ("fileDesc/titleStmt/title")."""
    if el is None:
        return None
    hits = find_all(el, path)
    return hits[0] if hits else None


def find_all(el, path: str) -> list:
    """All descendants matching a slash path of local names, in document order. lxml
    matches `{*}name` (any namespace or none) itself, so the elements passed over get
    no Python object: this runs for every page, and for every person of the header."""
    if el is None:
        return []
    current = [el]
    for tag, anywhere in _steps(path):
        if len(current) == 1:  # the common case: one element to look below
            node = current[0]
            current = list(node.iterdescendants(tag) if anywhere else node.iterchildren(tag))
        else:
            current = [c for node in current
                       for c in (node.iterdescendants(tag) if anywhere else node.iterchildren(tag))]
        if not current:
            break
    return current


@lru_cache(maxsize=None)
def _steps(path: str) -> tuple:
    """A path's steps as (lxml tag pattern, any descendant?): "~x" is any descendant x,
    not only a child. The paths are the reader's own constants: a handful."""
    return tuple(("{*}" + step[1:], True) if step.startswith("~") else ("{*}" + step, False)
                 for step in path.split("/"))


def pick_lang(elements: list, lang: str):
    """Of parallel elements in several languages, the one in the document's language, else
    the one without xml:lang, else the first."""
    if len(elements) < 2:  # the common case: one title, one name
        return elements[0] if elements else None
    langs = [e.get(XML_LANG) for e in elements]
    for wanted in (lang, None):
        if wanted in langs:
            return elements[langs.index(wanted)]
    return elements[0]


def read_header(header, t: Transcript) -> None:
    if header is None:
        return
    # fileDesc (and titleStmt) occur once in a TEI header: looked up once, not per fact
    file_desc = find(header, "fileDesc")
    _titles(find(file_desc, "titleStmt"), t)
    _setting(header, file_desc, t)
    _publication(file_desc, t)
    t.persons.extend(read_persons(header, t.lang))


def _titles(title_stmt, t: Transcript) -> None:
    titles = find_all(title_stmt, "title")
    mains = [e for e in titles if e.get("type") in (None, "main")]
    subs = [e for e in titles if e.get("type") == "sub"]
    t.setting.title = text_of(pick_lang(mains, t.lang))
    t.publication.subtitle = text_of(pick_lang(subs, t.lang))
    for author in find_all(title_stmt, "author"):
        names = [c for c in author if local(c) in ("persName", "name")] or [author]
        name = text_of(pick_lang(names, t.lang))
        if name:
            t.publication.authors.append(name)


def _setting(header, file_desc, t: Transcript) -> None:
    s = t.setting
    setting = find(header, "profileDesc/settingDesc/setting")
    if setting is not None:
        names = {n.get("type"): text_of(n) for n in find_all(setting, "name")}
        s.venue = names.get("venue") or names.get("place")
        places = [text_of(p) for p in find_all(setting, "placeName")]
        places = [p for p in places if p] or [names.get(k) for k in ("city", "country")
                                              if names.get(k)]
        s.place = ", ".join(places) or None
        date = find(setting, "date")
        if date is not None:
            s.date_text, s.date_iso = text_of(date), date.get("when")
        s.time = text_of(find(setting, "time"))
        s.activity = text_of(find(setting, "activity"))
    if not s.date_iso:  # ParlaMint and DraCor date the source, not the setting
        dates = [d for d in find_all(file_desc, "sourceDesc/~date") if d.get("when")]
        if dates:
            s.date_iso = dates[0].get("when")
            s.date_text = s.date_text or text_of(dates[0])


def _publication(file_desc, t: Transcript) -> None:
    pub = t.publication
    stmt = find(file_desc, "publicationStmt")
    publisher = find(stmt, "publisher")
    if publisher is not None:
        orgs = [c for c in publisher if local(c) == "orgName"]
        pub.publisher = text_of(pick_lang(orgs, t.lang)) if orgs else text_of(publisher)
    licence = find(stmt, "~licence")
    if licence is not None:
        pub.licence_url = licence.get("target") or _url(text_of(licence))
        pub.licence = text_of(licence)
    if not pub.licence:
        avail = find(stmt, "~availability")
        paras = [p for p in find_all(avail, "p")] if avail is not None else []
        pub.licence = text_of(pick_lang(paras, t.lang)) if paras else None
    bibls = find_all(file_desc, "sourceDesc/~bibl")
    original = [b for b in bibls if b.get("type") == "originalSource"] or \
               [b for b in bibls if b.get("type") != "digitalSource"]
    if original:
        pub.citation = _bibl_text(original[0])
    digital = [b for b in bibls if b.get("type") == "digitalSource"]
    for bibl in original + digital:
        for idno in find_all(bibl, "~idno") + find_all(bibl, "~ref"):
            url = _url(idno.get("target") or text_of(idno))
            if url and not t.source.url:
                t.source.url = url


def _url(value: str | None) -> str | None:
    return value if value and re.match(r"https?://", value) else None


def read_persons(root, lang: str = "en") -> list[Person]:
    """`person` and `personGrp` anywhere below `root` (a header, a listPerson file, a
    corpus root)."""
    out = []
    for el in root.iter("{*}person", "{*}personGrp", "person", "personGrp"):
        pid = el.get(XML_ID)
        if pid:
            out.append(_person(el, pid, lang))
    return out


_NAME_ORDER = {"forename": 0, "surname": 1, "addName": 2}


def _name_parts(name_el) -> list:
    """Forenames, then surnames, then added names, whatever order the file marks them in
    (ParlaMint gives the surname first: "Durmuş Yılmaz", not "Yılmaz Durmuş")."""
    parts = [c for c in name_el if local(c) in _NAME_ORDER]
    parts.sort(key=lambda c: _NAME_ORDER[local(c)])  # stable: two forenames keep their order
    return [text_of(c) for c in parts]


def _person(el, pid: str, lang: str) -> Person:
    names = [c for c in el if local(c) in ("persName", "name")]
    name_el = pick_lang([n for n in names if n.get("type") != "variant"] or names, lang)
    role_attr = el.get("role") or ""
    affiliations = find_all(el, "affiliation")
    affiliation = affiliations[0] if affiliations else None
    parts = _name_parts(name_el) if name_el is not None else []
    person = Person(
        id=pid,
        name=" ".join(p for p in parts if p) or text_of(name_el),
        role=text_of(affiliation) or (role_attr if role_attr not in ("", "interpreter") else None),
        interpreter="interpreter" in role_attr.split(),
    )
    person.affiliation = text_of(affiliations[1]) if len(affiliations) > 1 else None  # the party beside the office
    person.sex = el.get("sex") or text_of(find(el, "sex")) or None
    for idno in find_all(el, "idno"):
        if idno.get("type") and text_of(idno):
            person.idnos[idno.get("type")] = text_of(idno)
    for ref in (el.get("ana") or "").split():  # DraCor: ana="https://www.wikidata.org/wiki/Q…"
        if "wikidata.org/" in ref and "wikidata" not in person.idnos:
            person.idnos["wikidata"] = ref.rstrip("/").rsplit("/", 1)[-1]
    return person
