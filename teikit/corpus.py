"""A corpus in the ParlaMint / Parla-CLARIN mould: `teikit convert DIR --corpus NAME -o OUT`.

    OUT/NAME.xml        teiCorpus: the corpus teiHeader (title, extent with the corpus
                        summary, the shared delivery taxonomy, ONE listPerson for every
                        speaker of the corpus) and an xi:include of each component
    OUT/<stem>.xml      one TEI file per transcript, its @who pointing into the shared list;
                        no listPerson or taxonomy of its own (their ids would clash once the
                        root is expanded)

A speaker is one person across the corpus when the `--persons` registry identifies them, or
when their full names agree (first and last name; middle initials aside: "Antony J. Blinken"
= "Antony Blinken"). A surname alone ("SECRETARY BLINKEN:" with no full name in the text) or
a role ("MODERATOR:") never merges two documents' speakers: they stay separate persons.

Ids are stable: a person keeps the id the root gives them when transcripts are added later,
new persons get new ids (`price`, then `price-2` …), documents are named after their files.
Adding to an existing corpus reads its root, writes the new components, then replaces the
root in one atomic rename: a reader sees the old corpus or the new one, never a mixture.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from teikit.errors import TeikitError
from teikit.model import Person, Transcript

XI_NS = "http://www.w3.org/2001/XInclude"
TEI_NS = "http://www.tei-c.org/ns/1.0"


@dataclass
class Summary:
    name: str
    documents: int = 0
    turns: int = 0
    words: int = 0
    speakers: int = 0
    first_date: str | None = None
    last_date: str | None = None
    added: list[str] = field(default_factory=list)

    def line(self) -> str:
        dates = (f", {self.first_date} to {self.last_date}" if self.first_date else "")
        return (f"corpus {self.name}: {self.documents} documents, {self.turns} turns, "
                f"{self.words} words, {self.speakers} speakers{dates}")


# --- who is who ----------------------------------------------------------------------

def name_key(name: str | None) -> tuple[str, str] | None:
    """(first, last) of a full name, accents and case aside, initials dropped; None for a
    single name (a surname alone never identifies a person across documents)."""
    if not name:
        return None
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    words = [w for w in re.split(r"[\s]+", plain.replace(".", ". ")) if w]
    words = [w.strip(".,") for w in words if len(w.strip(".,")) > 1]
    return (words[0], words[-1]) if len(words) >= 2 else None


class PersonIndex:
    """The corpus's persons: their ids, and the keys that identify them."""

    def __init__(self, registry=None):
        self.registry = registry
        self.persons: list[Person] = []
        self.by_key: dict[tuple, Person] = {}

    def _keys(self, person: Person) -> list[tuple]:
        keys = []
        if self.registry is not None:
            entry = next((e for e in map(self.registry.find, person.labels) if e), None)
            if entry is not None:
                keys.append(("registry", self.registry.entries.index(entry)))
            elif any(e.id == person.id for e in self.registry.entries):
                keys.append(("registry", next(i for i, e in enumerate(self.registry.entries)
                                              if e.id == person.id)))
        key = name_key(person.name)
        if key:
            keys.append(("name",) + key)
        return keys

    def add_existing(self, person: Person) -> None:
        self.persons.append(person)
        for key in self._keys(person):
            self.by_key.setdefault(key, person)

    def place(self, person: Person) -> str:
        """The corpus id of a document's person: an existing one it is identified with, or
        a new entry under a free id."""
        keys = self._keys(person)
        found = next((self.by_key[k] for k in keys if k in self.by_key), None)
        if found is None:
            found = Person(id=self._free(person.id), name=person.name, role=person.role,
                           interpreter=person.interpreter, sex=person.sex,
                           idnos=dict(person.idnos))
            self.persons.append(found)
        else:
            found.name = found.name or person.name
            found.role = found.role or person.role
            found.sex = found.sex or person.sex
            for kind, value in person.idnos.items():
                found.idnos.setdefault(kind, value)
        for key in keys:
            self.by_key.setdefault(key, found)
        return found.id

    def _free(self, wanted: str) -> str:
        taken = {p.id for p in self.persons}
        if wanted not in taken:
            return wanted
        n = 2
        while f"{wanted}-{n}" in taken:
            n += 1
        return f"{wanted}-{n}"


# --- building and extending ------------------------------------------------------------

@dataclass
class _Component:
    href: str                  # file name in the corpus folder
    doc: Transcript


def build(inputs, out_dir: Path, name: str, options, registry=None, on_document=None,
          executor=None) -> Summary:
    """Convert `inputs` (teikit.files.InputFile) into the corpus NAME in `out_dir`, creating
    it or adding to it. `on_document(source, doc_or_error)` is called for each input, in
    order (the CLI prints warnings and errors there). `executor` (teikit.executors) reads
    the transcripts, e.g. in worker processes; persons are matched and files written here.
    Raises TeikitError when nothing could be written."""
    from dataclasses import replace

    from teikit.batch_api import convert_documents, read_or_error
    from teikit.files import output_paths, refuse_overwriting_input, refuse_replacing_neighbours
    from teikit.convert_api import FLAVOURS
    from teikit.transforms.ids import ncname
    from teikit.writers import get_writer

    _check_name(name)
    root_path = Path(out_dir) / f"{name}.xml"
    hrefs, index = _existing(root_path, registry)
    targets = output_paths(inputs, Path(out_dir), ".xml", reserved=[root_path.name])
    # a component replaced on purpose is fine; any other file beside the inputs is not
    refuse_replacing_neighbours([t for t in targets if t.name not in hrefs], inputs)
    # ids the persons must not take: the corpus, its documents, the taxonomy
    taken = {p.id for p in index.persons}
    placeholders = [Person(id=r) for r in sorted({name, "delivery", "interpreted"}
                                                  | {ncname(Path(h).stem) for h in hrefs}
                                                  | {ncname(t.stem) for t in targets})
                    if r not in taken]
    index.persons.extend(placeholders)
    write = get_writer(FLAVOURS[options.flavour])
    fresh: list[_Component] = []
    staged: list[tuple[Path, bytes]] = []
    for target in targets:
        refuse_overwriting_input(target, inputs)
    docs = ((source.name, read_or_error(source), replace(options, doc_id=ncname(target.stem)))
            for source, target in zip(inputs, targets))
    converted = convert_documents(docs, options, registry=registry, executor=executor,
                                  keep_model=True)
    for source, target, done in zip(inputs, targets, converted):  # everything, in memory
        if done.error is not None:
            if on_document:
                on_document(source, TeikitError(done.error))
            continue
        doc = done.about
        _to_corpus_persons(doc, index)
        staged.append((target, member_tei(write(doc))))
        fresh.append(_Component(target.name, doc))
        if on_document:
            on_document(source, doc)
    if not fresh:
        raise TeikitError("no transcript could be converted; the corpus is unchanged")
    index.persons = [p for p in index.persons if not any(p is x for x in placeholders)]
    components = _all_components(Path(out_dir), hrefs, fresh)
    summary = summarise(name, components, index)
    summary.added = [c.href for c in fresh]
    root = write_root(name, options.lang, components, index.persons, summary)
    _write_all(staged, root_path, root)
    return summary


def _write_all(staged: list[tuple[Path, bytes]], root_path: Path, root: bytes) -> None:
    """Components first, the root last (one atomic rename each): until the root is
    replaced, the corpus is the old one. New components are taken away if a write fails."""
    from teikit.files import write_output
    created = []
    try:
        for target, data in staged:
            existed = target.exists()
            write_output(target, data)
            if not existed:
                created.append(target)
        write_output(root_path, root)
    except BaseException:
        for path in created:
            path.unlink(missing_ok=True)
        raise


def _check_name(name: str) -> None:
    from teikit.transforms.ids import ncname
    if ncname(name) != name:
        raise TeikitError(f"--corpus: {name!r} is not usable as a corpus id and file name; "
                          f"try {ncname(name)!r}")


def _existing(root_path: Path, registry) -> tuple[list[str], PersonIndex]:
    """The components and persons of the corpus root at `root_path`, if there is one."""
    index = PersonIndex(registry)
    if not root_path.exists():
        return [], index
    from teikit.readers.tei import parse
    from teikit.readers.tei_header import local, read_persons
    from teikit.files import read_regular_file
    root = parse(read_regular_file(str(root_path), str(root_path)), str(root_path))
    if local(root) != "teiCorpus":
        raise TeikitError(f"{root_path}: exists and is not a teiCorpus root; "
                          "choose another corpus name or folder")
    hrefs = [el.get("href") or "" for el in root.iter(f"{{{XI_NS}}}include")]
    for href in hrefs:
        if not re.fullmatch(r"[\w.-]+\.xml", href) or href.startswith("."):
            raise TeikitError(f"{root_path}: includes {href!r}, not a file of this folder")
    for person in read_persons(root):
        index.add_existing(person)
    for el in root.iter(f"{{{TEI_NS}}}person"):  # a role written as the name is a role
        pers = next((c for c in el if local(c) == "persName"), None)
        if pers is not None and len(pers) and all(local(c) == "roleName" for c in pers):
            person = next(p for p in index.persons if p.id == el.get(XML_ID_ATTR))
            person.role, person.name = person.name, None
    return hrefs, index


XML_ID_ATTR = "{http://www.w3.org/XML/1998/namespace}id"


def _to_corpus_persons(doc: Transcript, index: PersonIndex) -> None:
    """Point the document's turns at corpus persons; the component lists none itself."""
    mapping = {p.id: index.place(p) for p in doc.persons}
    for turn in doc.turns():
        turn.who = mapping.get(turn.who, turn.who)
    doc.persons = []


def member_tei(tei: bytes) -> bytes:
    """A component as the corpus holds it: its classDecl (the delivery taxonomy) lives in
    the root, where every component's `@ana="#interpreted"` finds it."""
    from lxml import etree
    from teikit.xmlparse import make_parser
    root = etree.fromstring(tei, make_parser(huge=True))
    for decl in root.iter(f"{{{TEI_NS}}}classDecl"):
        decl.getparent().remove(decl)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _all_components(out_dir: Path, hrefs: list[str], fresh: list[_Component]) -> list[_Component]:
    """Existing components (re-read, unless replaced) in their order, then the new ones."""
    from teikit.files import read_regular_file
    from teikit.readers.tei import read
    new = {c.href: c for c in fresh}
    out = []
    for href in hrefs:
        if href in new:
            out.append(new.pop(href))
            continue
        path = out_dir / href
        out.append(_Component(href, read(read_regular_file(str(path), str(path)), str(path))))
    return out + list(new.values())


def summarise(name: str, components: list[_Component], index: PersonIndex) -> Summary:
    from teikit.writers.tokens import word_count
    summary = Summary(name=name, documents=len(components))
    speakers, dates = set(), []
    for c in components:
        turns = c.doc.turns()
        summary.turns += len(turns)
        summary.words += sum(word_count(t) for t in turns)
        speakers.update(t.who for t in turns if t.who)
        if c.doc.setting.date_iso:
            dates.append(c.doc.setting.date_iso)
    known = {p.id for p in index.persons}
    summary.speakers = len(speakers & known)
    if dates:
        summary.first_date, summary.last_date = min(dates), max(dates)
    return summary


def write_root(name: str, lang: str, components: list[_Component], persons: list[Person],
               summary: Summary) -> bytes:
    from teikit import __version__
    from teikit.writers.teiheader import write_encoding_desc, write_person
    from teikit.writers.xmlbuild import XmlBuilder, attrs

    b = XmlBuilder()
    b.raw(f'<teiCorpus xmlns="{TEI_NS}" xmlns:xi="{XI_NS}"{attrs({"xml_id": name, "xml_lang": lang})}>')
    b.depth += 1
    b.open("teiHeader")
    b.open("fileDesc")
    b.wrap("titleStmt", "title", name, type="main")
    b.open("extent")
    for unit, count in (("documents", summary.documents), ("turns", summary.turns),
                        ("words", summary.words), ("speakers", summary.speakers)):
        b.leaf("measure", f"{count} {unit}", unit=unit, quantity=count)
    if summary.first_date:
        b.leaf("date", f"{summary.first_date} to {summary.last_date}",
               from_=summary.first_date, to=summary.last_date)
    b.close("extent")
    b.wrap("publicationStmt", "p",
           f"Unpublished corpus made with teikit {__version__} from plain-text transcripts.")
    b.wrap("sourceDesc", "p", "The transcripts of the components included below; each "
           "component's sourceDesc names its source file and its SHA-256.")
    b.close("fileDesc")
    write_encoding_desc(b)
    b.open("profileDesc")
    if persons:
        b.open("particDesc")
        b.open("listPerson")
        for person in persons:
            write_person(b, person)
        b.close("listPerson")
        b.close("particDesc")
    b.close("profileDesc")
    b.close("teiHeader")
    for c in components:
        b.leaf("xi:include", href=c.href)
    b.close("teiCorpus")
    return b.result()
