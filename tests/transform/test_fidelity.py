"""Fidelity on real TEI of other projects (tests/data/foreign): for every file, the words of
its `<text>` (without the alternatives the chosen reading hides) are the words of the
reading text and of the HTML `<main>`: nothing lost, no words glued or split.

Words are `\\w+` runs. The views may add words of their own, and only these: speaker
names and ids taken from the header where the text prints no label, the kind of an empty
event (`[inaudible]`), page markers ("page", "p", the number), note numbers and the
interface words of the notes ("Notes", "Back to the text") and of unattributed turns,
ParlaMint speaker roles ("chair"), a teiCorpus member's title from its header."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from lxml import etree
from lxml import html as lhtml

from teikit.errors import TeikitError
from teikit.model import CHOICE_DEFAULT
from teikit.readers.tei import read
from teikit.writers.html import write as write_html
from teikit.writers.text import reading_chunks

from .conftest import FOREIGN_FILES

WORD = re.compile(r"\w+")
# Elements whose text is a word of its own (a block, or a field of a cast item).
SEPARATE = {"p", "l", "lg", "head", "item", "cell", "row", "sp", "speaker", "stage", "note",
            "castItem", "role", "roleDesc", "actor", "u", "seg", "div", "ab", "label", "list",
            "table", "bibl", "docTitle", "titlePart", "docDate", "docAuthor", "byline",
            "dateline", "salute", "signed", "opener", "closer", "trailer", "figure",
            "figDesc", "quote", "q", "epigraph", "argument", "castGroup", "castList", "set",
            "front", "body", "back", "titlePage", "docImprint", "s", "lb", "pb", "desc",
            "gap", "vocal", "kinesic", "incident", "listBibl", "cit", "sic", "corr"}
# Interface words the views add (see the module docstring).
UI_WORDS = {"Notes", "Back", "to", "the", "text", "page", "p", "Unattributed"}


def local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def text_words(root) -> list[str]:
    """The words of `<text>`, walked as the reading view reads it: one reading of each
    choice (corr, expan, reg …), the lemma of each app, `lb break="no"` and `join`."""
    out: list[str] = []
    text = next(el for el in root.iter() if local(el) == "text")
    walk(text, out)
    joined = re.sub(r"\x00\s*", "", "".join(out))  # join="right": no space after the token
    joined = re.sub(r"\s*\x01+\s*", "", joined)
    return WORD.findall(joined)


def walk(el, out: list) -> None:
    tag = local(el)
    if tag in ("choice", "app", "subst"):
        kids = {}
        for c in el:
            for k in ([c] + [g for g in c if local(c) == "rdgGrp"]):
                kids.setdefault(local(k), k)
        chosen = next((kids[k] for k in CHOICE_DEFAULT if k in kids), None)
        if chosen is not None:
            walk(chosen, out)
        return
    joined_lb = tag in ("lb", "pb") and (el.get("break") == "no" or el.get("type") == "hyphenInWord")
    after_del = tag == "add" and el.getprevious() is not None and \
        local(el.getprevious()) == "del" and not el.getprevious().tail
    sep = " " if tag in SEPARATE and not joined_lb or after_del else ""
    if joined_lb:  # a line break inside a word: the whitespace around it is layout
        sep = "\x01"
    out.append(sep + (el.text or ""))
    for c in el:
        if isinstance(c.tag, str):
            walk(c, out)
            if c.get("join") in ("right", "both"):
                out.append("\x00")
        out.append(c.tail or "")
    out.append(sep)


def allowed_extras(t) -> set[str]:
    from teikit.model import Heading
    words = set(UI_WORDS)
    words.update(tu.speaker_role for tu in t.turns() if tu.speaker_role)
    for b in t.blocks:  # a teiCorpus member's title, from its header
        if isinstance(b, Heading) and b.from_header:
            words.update(WORD.findall(b.text))
    for p in t.persons:
        words.update(WORD.findall(f"{p.name or ''} {p.id}"))
    return words


def check(expected: list[str], actual: list[str], extras: set[str], what: str) -> None:
    missing = Counter(expected) - Counter(actual)
    added = Counter(actual) - Counter(expected)
    assert not missing, f"{what}: words lost, glued or split: {list(missing.items())[:12]}"
    stray = {w: n for w, n in added.items() if w not in extras and not w.isdigit()}
    assert not stray, f"{what}: words not in the TEI text: {list(stray.items())[:12]}"


@pytest.mark.parametrize("path", FOREIGN_FILES, ids=lambda p: p.stem)
def test_reading_text_keeps_every_word(path):
    data = path.read_bytes()
    t = read(data, path.name)
    extras = allowed_extras(t) | event_kinds(t)
    check(text_words(etree.fromstring(data)), reading_words(t), extras, path.name)


APPARATUS_ENTRY = re.compile(r"\[\d+\] [^\]\n]*\] ")


def reading_words(t) -> list[str]:
    """The words of the reading text that come from the document: not the note numbers,
    nor the apparatus entries (the lemma repeated, the readings it hides)."""
    chunks = reading_chunks(t)
    notes = len(chunks) - chunks[::-1].index("Notes") if "Notes" in chunks else len(chunks)
    chunks = chunks[:notes] + [c for c in chunks[notes:] if not APPARATUS_ENTRY.match(c)]
    return WORD.findall("\n".join(re.sub(r"\[\d+\]", " ", c) for c in chunks))


@pytest.mark.parametrize("path", FOREIGN_FILES, ids=lambda p: p.stem)
def test_html_main_keeps_every_word(path):
    data = path.read_bytes()
    t = read(data, path.name)
    doc = lhtml.document_fromstring(write_html(t).decode("utf-8"))
    main = doc.xpath("//main")[0]
    # Not text of the document: screen-reader permalinks, apparatus entries (lemma
    # repeated, hidden readings, witnesses), line numbers and the notes' back links.
    extras = allowed_extras(t) | event_kinds(t)
    check(text_words(etree.fromstring(data)), html_words(main), extras, path.name)


def html_words(main) -> list[str]:
    """The words of `main` that come from the document: not the screen-reader permalinks,
    apparatus entries (lemma repeated, hidden readings, witnesses), line numbers, note
    references (a superscript number stands apart from the words around it) and the notes'
    back links."""
    for el in main.xpath('.//*[contains(concat(" ", @class, " "), " visually-hidden ") or '
                         '@class="permalink" or @class="app" or contains(@class, "alt") or '
                         '@class="wit" or @class="lineno" or @class="fnback" or '
                         '@class="fnref" or starts-with(@class, "role ") or @id="teikit-notes"]'):
        el.tail = " " + (el.tail or "")
        el.drop_tree()
    return WORD.findall(inner_text(main))


BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd",
          "section", "table", "tr", "caption", "ol", "ul", "dl", "nav"}


def inner_text(el) -> str:
    """The text as a browser's innerText gives it: a line break for `<br>` and around
    blocks (lxml's text_content() runs the lines of a poem together)."""
    for node in el.iter():
        if node.tag == "br" or node.tag in BLOCKS:
            node.tail = "\n" + (node.tail or "")
        if node.tag in BLOCKS:
            node.text = "\n" + (node.text or "")
    return el.text_content()


def event_kinds(t) -> set[str]:
    """Kinds the views print for events with no printed marker (`[inaudible]`)."""
    from teikit.model import Event, Turn
    kinds = set()
    for b in t.blocks:
        paras = b.paragraphs if isinstance(b, Turn) else [b.para] if hasattr(b, "para") else []
        items = [b] if isinstance(b, Event) else [
            i for p in paras for i in p.content if isinstance(i, Event)]
        for ev in items:
            if not ev.text:
                kinds.update(WORD.findall(ev.type or ev.element))
    return kinds


def words_lost(path) -> tuple[int, Counter, Counter] | str:
    """(words of the TEI text, words the reading text loses, words the HTML loses), or
    why the file is not measured."""
    data = path.read_bytes()
    try:
        t = read(data, path.name)
        tree = etree.fromstring(data, etree.XMLParser(huge_tree=True, collect_ids=False))
        expected = Counter(text_words(tree))
    except TeikitError as exc:
        return str(exc)
    except StopIteration:  # a corpus root, a file of sourceDoc or feature structures only
        return "not measured: no <text>"
    main = lhtml.document_fromstring(write_html(t).decode("utf-8")).xpath("//main")[0]
    return (sum(expected.values()), expected - Counter(reading_words(t)),
            expected - Counter(html_words(main)))
