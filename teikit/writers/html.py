"""A static, accessible HTML reading view of a transcript: one self-contained page.

Written as strings in document order, like the TEI writer (`writers/xmlbuild.py`): an lxml
tree cost several microseconds per element and made this writer the slowest part of
`transform`. Escaping happens in three functions and nowhere else: `esc` (text), `attr`
(attribute values) and `link` (every `<a href>`, through `safe_href`, which allow-lists the
exact string written); every piece of text from the model passes through one of them, and
the markup around it is fixed strings. Text and attributes are escaped as lxml's HTML
serialiser escapes them (the page used to be an lxml tree).

One render function per model class (`_RENDER`), as in the TEI processing model; an unknown
block falls back to its text. Landmarks: a skip link, `header` (title and facts from the
teiHeader), `nav` (the person index), `main` (one block per turn with a permalink),
`footer`. Styles are inlined from `teikit/data/transform.css`; the page loads nothing from
anywhere and needs no JavaScript.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.model import (
    Block, Boilerplate, EndLine, Event, HeaderLine, Heading, LineBreak, Note, Stage, Text,
    Transcript, Turn,
)
from teikit.writers.text import setting_line, speaker_name
from teikit.writers.xmlbuild import esc as xml_esc

_ALLOWED_SCHEME = re.compile(r"(?:https?|mailto):", re.I)
_URL_PLAIN = re.compile(r"[\x21-\x7e]*")  # printable ASCII: written as is
_TWO_SLASHES = re.compile(r"[/\\]{2}")  # `//host`, `\\host`, `/\host`: off-site
_FIRST_SEGMENT = re.compile(r"[^/?#]*")
_XML_SPACE = " \t\r\n"


def safe_href(url: str | None) -> str | None:
    """The exact `href` value written for `url`, or None when it may not be a link.

    The URL is percent-encoded first (spaces, controls, DEL and non-ASCII as UTF-8 bytes),
    so what a browser reads is printable ASCII it has no reason to clean up; then that very
    string is allow-listed: `http:`, `https:`, `mailto:`, or a relative reference that
    names no scheme (no `:` before the first `/`, `?` or `#`) and no other host (not
    `//host`, nor `\\\\host` which browsers read as `//host`). Checking a cleaned copy and
    writing another is how `&#xA0;javascript:` links got through before."""
    if not url:
        return None
    url = url.strip(_XML_SPACE)
    if not _URL_PLAIN.fullmatch(url):
        url = "".join(c if _URL_PLAIN.fullmatch(c) else
                      "".join(f"%{b:02X}" for b in c.encode("utf-8", "surrogatepass"))
                      for c in url)
    if _ALLOWED_SCHEME.match(url):
        return url
    if not url or _TWO_SLASHES.match(url) or ":" in _FIRST_SEGMENT.match(url).group():
        return None
    return url


def page_href(file_name: str) -> str:
    """A link to a page written below this one's folder (`x.html`, `sub/x.html`): the path
    percent-encoded but for its `/`s, so no name (`javascript:x.html`, a leading U+3000,
    `\\host`) reads as a scheme or a host; a leading `/` gets `./` before it (`//x.html`
    would name a host)."""
    from urllib.parse import quote
    href = quote(file_name, safe="/")
    return "./" + href if href.startswith("/") else href


@lru_cache(maxsize=1)
def stylesheet() -> str:
    from pathlib import Path  # package data beside the code (setuptools package-data)
    return (Path(__file__).resolve().parent.parent / "data" / "transform.css").read_text("utf-8")


# --- escaping: the only places text enters the page ----------------------------------

def esc(text: str) -> str:
    """Text content, escaped as in XML; `\\r` as a character reference, as lxml writes it
    (a raw CR would be normalised away by the HTML parser)."""
    text = xml_esc(text)
    return text.replace("\r", "&#13;") if "\r" in text else text


def attr(name: str, value: str) -> str:
    """` name="value"`, escaped; a value holding `"` but no `'` is quoted with `'`."""
    value = esc(value)
    if '"' not in value:
        return f' {name}="{value}"'
    if "'" not in value:
        return f" {name}='{value}'"
    return f' {name}="{value.replace(chr(34), "&quot;")}"'


def link(url: str | None, content: str, cls: str | None = None) -> str:
    """`<a href="…">content</a>` (content already escaped), or the bare content when `url`
    is not allowed (see `safe_href`): every link of the page is written here."""
    href = safe_href(url)
    if href is None:
        return content
    return f"<a{attr('class', cls) if cls else ''}{attr('href', href)}>{content}</a>"


def element(tag: str, text: str | None, cls: str | None = None) -> str:
    """`<tag class="cls">text</tag>`, text escaped."""
    return f"<{tag}{attr('class', cls) if cls else ''}>{esc(text) if text else ''}</{tag}>"


# --- pages --------------------------------------------------------------------------

def write(transcript: Transcript) -> bytes:
    return _Page(transcript).result()


def write_index(entries: list[tuple[str, str, str | None]], title: str = "Transcripts") -> bytes:
    """An index page for many documents: `entries` are (file name, title, date) triples,
    the file names those of pages in the same folder."""
    items = []
    for file_name, doc_title, date in entries:
        title_link = link(page_href(file_name), esc(doc_title or file_name))
        items.append(f"<li>{title_link}{esc(f' ({date})') if date else ''}</li>")
    main = f'<ol class="documents">{"".join(items)}</ol>'
    return _shell(title, "en", element("h1", title), "", main)


def _shell(title: str, lang: str, header: str, nav: str, main: str) -> bytes:
    """The page frame: head with inline CSS, skip link, landmarks. The CSS is our own file
    and goes in raw, as an HTML serialiser writes `style` content."""
    return (
        f'<!DOCTYPE html>\n<html{attr("lang", lang)}><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="teikit">{element("title", title)}'
        f'<style>{stylesheet()}</style></head><body>'
        f'{link("#teikit-main", "Skip to the transcript", "skip")}<div class="page">'
        f'<header class="doc">{header}</header>{nav}'
        f'<main id="teikit-main" tabindex="-1">{main}</main>'
        '<footer><p>Reading view generated by teikit from TEI.</p></footer></div></body></html>\n'
    ).encode("utf-8")


class _Page:
    def __init__(self, t: Transcript):
        self.t = t
        self.title = t.setting.title or next(
            (b.text for b in t.blocks if isinstance(b, HeaderLine) and b.kind == "title"), t.id)
        self.person_ids = {p.id for p in t.persons}
        self.turn_no = 0
        self.out: list[str] = []  # the body of `main`
        self._speakers: dict = {}  # (label, who) -> what _speaker returns

    def result(self) -> bytes:
        header, nav = self._header(), self._people()
        self._body()
        return _shell(self.title, self.t.lang or "en", header, nav, "".join(self.out))

    # --- header and person index ----------------------------------------------------
    def _header(self) -> str:
        t, pub, s = self.t, self.t.publication, self.t.setting
        out = [element("h1", self.title)]
        if pub.subtitle:
            out.append(element("p", pub.subtitle, "subtitle"))
        facts = [("Author", ", ".join(pub.authors)), ("Date", s.date_text or s.date_iso),
                 ("Time", s.time), ("Place", s.place), ("Venue", s.venue),
                 ("Occasion", s.activity), ("Publisher", pub.publisher)]
        dl = [f"<dt>{term}</dt><dd>{esc(value)}</dd>" for term, value in facts if value]
        dl += self._link_fact("Source", pub.citation or t.source.url, t.source.url)
        dl += self._link_fact("Licence", pub.licence or pub.licence_url, pub.licence_url)
        if dl:
            out.append(f'<dl class="facts">{"".join(dl)}</dl>')
        out.append(element("p", self._citation(), "cite"))
        return "".join(out)

    @staticmethod
    def _link_fact(term: str, label: str | None, url: str | None) -> list[str]:
        if not label:
            return []
        return [f"<dt>{term}</dt><dd>{link(url, esc(label))}</dd>"]

    def _citation(self) -> str:
        pub = self.t.publication
        who = ", ".join(pub.authors) or pub.publisher
        parts = [who, f"“{self.title}”", setting_line(self.t) or None, self.t.source.url]
        return "Cite this: " + ". ".join(p for p in parts if p) + f". TEI document {self.t.id}."

    def _people(self) -> str:
        if not self.t.persons:
            return ""
        counts: dict[str, int] = {}
        for turn in self.t.turns():
            if turn.who:
                counts[turn.who] = counts.get(turn.who, 0) + 1
        out = ['<nav class="people" aria-label="People"><h2 id="teikit-people">People</h2><ul>']
        for person in self.t.persons:
            out.append(f"<li{attr('id', person.id)}>{element('strong', person.name or person.id)}")
            if person.role:
                out.append(esc(f", {person.role}"))
            if person.interpreter:
                out.append('<span class="badge">interpreter</span>')
            n = counts.get(person.id, 0)
            out.append(f' <span class="count">{n} turn{"s" if n != 1 else ""}</span></li>')
        out.append("</ul></nav>")
        return "".join(out)

    # --- body -------------------------------------------------------------------------
    def _body(self) -> None:
        out = self.out
        out.append('<h2 class="visually-hidden">Transcript</h2>')
        in_front = False
        for n, block in enumerate(self.t.blocks, 1):
            if isinstance(block, HeaderLine):
                # The printed header lines repeat the facts shown above: kept, but folded.
                if not in_front:
                    out.append('<details class="front"><summary>Header as printed</summary>')
                    in_front = True
                out.append(element("p", block.text, f"kind-{block.kind}"))
                continue
            if in_front:
                out.append("</details>")
                in_front = False
            _RENDER.get(type(block), _Page._block)(self, block, n)
        if in_front:
            out.append("</details>")

    def _turn(self, turn: Turn, n: int) -> None:
        self.turn_no += 1
        tid = turn.id or f"turn-{n}"
        cls = "turn interpreted" if turn.interpreted else "turn"
        lang = attr("lang", turn.lang) if turn.lang is not None else ""
        out = self.out
        out.append(f'<div class="{cls}"{attr("id", tid)}{lang}><p class="speaker">')
        label, speaker, who = self._speaker(turn)
        out.append(speaker)
        for note in turn.lead_notes:
            out.append(f' <span class="delivery">{esc(note.text or "")}</span>')
        if turn.interpreted:
            out.append('<span class="badge">interpreted</span>')
        out.append(link("#" + tid, '#<span class="visually-hidden">'
                        f" Permalink to turn {self.turn_no}{who}</span>", "permalink"))
        out.append("</p>")
        for para in turn.paragraphs:
            out.append(f"<p{attr('lang', para.lang)}>" if para.lang is not None else "<p>")
            _inline(para.content, out)
            out.append("</p>")
        out.append("</div>")

    def _speaker(self, turn: Turn) -> tuple[str | None, str, str]:
        """The label, its markup (a link to the person, or plain) and the escaped
        " (LABEL)" of the permalink text; the same few speakers take most turns."""
        key = (turn.label, turn.who)
        hit = self._speakers.get(key)
        if hit is None:
            label = speaker_name(turn, self.t)
            if label and turn.who in self.person_ids:
                markup = link("#" + turn.who, esc(label))
            else:
                markup = f"<span>{esc(label)}</span>" if label else ""
            who = esc(f" ({label.rstrip(':')})") if label else ""
            hit = self._speakers[key] = (label, markup, who)
        return hit

    def _heading(self, block: Heading, n: int) -> None:
        # h1 is the title and h2 the landmarks' headings: divisions start at h3.
        self.out.append(element(f"h{min(block.level + 2, 6)}", block.text))

    def _stage(self, block, n: int) -> None:
        text = block.text or f"[{getattr(block, 'type', '') or 'event'}]"
        self.out.append(element("p", text, "stage"))

    def _note(self, block: Note, n: int) -> None:
        self.out.append(element("p", block.text, f"note {block.type}"))

    def _end(self, block: EndLine, n: int) -> None:
        self.out.append(element("p", block.text, "end"))

    def _skip(self, block, n: int) -> None:
        """Boilerplate is not part of the transcript: the reading view leaves it out."""

    def _block(self, block, n: int) -> None:
        self.out.append(element("p", getattr(block, "text", ""), "block"))


def _inline(content: list, out: list) -> None:
    """A paragraph's content: text, line breaks, events and notes as spans."""
    for item in content:
        kind = item.__class__
        if kind is Text:
            out.append(esc(item.text))
        elif kind is LineBreak:
            out.append("<br>")
        elif kind is Event:
            text = item.text or f"[{item.type or item.element}]"
            out.append(f'<span class="event">{esc(text)}</span>')
        elif kind is Note:
            out.append(f"{_note_open(item.type)}{esc(item.text or '')}</span>")


@lru_cache(maxsize=64)
def _note_open(note_type: str) -> str:
    return f"<span{attr('class', f'note {note_type}')}>"


_RENDER = {
    Turn: _Page._turn, Heading: _Page._heading, Stage: _Page._stage, Event: _Page._stage,
    Note: _Page._note, EndLine: _Page._end, Boilerplate: _Page._skip, Block: _Page._block,
}
