"""A static, accessible HTML reading view of a transcript: one self-contained page.

Written as strings in document order, like the TEI writer (`writers/xmlbuild.py`): an lxml
tree cost several microseconds per element and made this writer the slowest part of
`transform`. Escaping happens in three functions and nowhere else: `esc` (text), `attr`
(attribute values) and `link` (every `<a href>`, through `safe_href`, which allow-lists the
exact string written); every piece of text from the model passes through one of them, and
the markup around it is fixed strings. Text and attributes are escaped as lxml's HTML
serialiser escapes them (the page used to be an lxml tree).

One render function per model class (`_RENDER`; inline items in `html_inline`), as in the
TEI processing model; an unknown block falls back to its text. Landmarks: a skip link,
`header` (title and facts from the teiHeader, a link back to the index and to the TEI
source when the page is one of a set), `nav` (the person index and the contents),
`main` (front matter, headings, one block per turn with a permalink, the footnotes),
`footer`. Interface words carry `lang="en"` in pages in another language. Styles are
inlined from `teikit/data/transform.css`; the page loads nothing from anywhere and needs
no JavaScript. The escapers live in `html_escape`.
"""
from __future__ import annotations

from functools import lru_cache, partial

from teikit.model import (
    Block, Boilerplate, EndLine, Event, GroupEnd, GroupStart, HeaderLine, Heading, ListBlock,
    Note, PageBreak, Prose, Stage, Table, Text, Transcript, Turn, Verse,
)
from teikit.writers.html_escape import (  # noqa: F401  (safe_href, page_href: public here)
    attr, element, esc, link, page_href, safe_href,
)
from teikit.writers.html_frame import (  # noqa: F401  (write_index, user_css: public here)
    shell, stylesheet, user_css, write_index,
)
from teikit.writers.html_inline import InlineWriter, page_marker
from teikit.model.spacing import PUNCT_START
from teikit.writers.sitelines import readable
from teikit.writers.text import is_markup, prefer_order, setting_line, speaker_name


# --- pages ----------------------------------------------------------------------------

def write(transcript: Transcript, options=None) -> bytes:
    return _Page(readable(transcript), options).result()


# ` class="…"` of a paragraph: a few distinct values ("tei-p", "verse") on every page.
_class_attr = lru_cache(maxsize=256)(partial(attr, "class"))


@lru_cache(maxsize=512)
def _ui_element(tag: str, text: str, cls: str | None, ui: str) -> str:
    """`<tag class="cls" lang="en">text</tag>`: the same few interface words ("interpreted",
    "3 turns", "Date") on every page, so made once."""
    return f"<{tag}{attr('class', cls) if cls else ''}{ui}>{esc(text)}</{tag}>"


class _Page:
    def __init__(self, t: Transcript, options=None):
        self.t = t
        self.options = options
        self.title = t.setting.title or next(
            (b.text for b in t.blocks if isinstance(b, HeaderLine) and b.kind == "title"), t.id)
        self.people = t.persons_by_id()
        lang = t.lang or "en"
        self.ui = "" if lang.split("-")[0].lower() == "en" else ' lang="en"'
        self.turn_no = 0
        self.out: list[str] = []  # the body of `main`
        self.inline = InlineWriter(prefer_order(getattr(options, "prefer", None)))
        self.headings: list[tuple[int, str, str]] = []  # (level, id, text) for the contents
        self._speakers: dict = {}  # (label, who) -> what _speaker returns

    def result(self) -> bytes:
        self._body()
        header = self._header()
        nav = self._people() + self._contents()
        main = "".join(self.out) + self.inline.footnotes(self.ui)
        css = user_css(getattr(self.options, "css", None))
        return shell(self.title, self.t.lang or "en", header, nav, main, css, self.ui)

    def ui_el(self, tag: str, text: str, cls: str | None = None) -> str:
        """An element holding interface words (English)."""
        return _ui_element(tag, text, cls, self.ui)

    # --- header, person index, contents -----------------------------------------------
    def _header(self) -> str:
        t, pub, s = self.t, self.t.publication, self.t.setting
        out = [element("h1", self.title)]
        if pub.subtitle:
            out.append(element("p", pub.subtitle, "subtitle"))
        out.append(self._set_links())
        facts = [("Author", ", ".join(pub.authors)), ("Date", s.date_text or s.date_iso),
                 ("Time", s.time), ("Place", s.place), ("Venue", s.venue),
                 ("Occasion", s.activity), ("Publisher", pub.publisher)]
        dl = [f"{self.ui_el('dt', term)}<dd>{esc(value)}</dd>" for term, value in facts if value]
        source = _without_title(_without_date(pub.citation, s), self.title)
        dl += self._link_fact("Source", source or t.source.url, t.source.url)
        dl += self._link_fact("Licence", pub.licence or pub.licence_url, pub.licence_url)
        if dl:
            out.append(f'<dl class="facts">{"".join(dl)}</dl>')
        out.append(f'<p class="cite"><span{self.ui}>Cite this:</span> {esc(self._citation())}</p>')
        return "".join(out)

    def _set_links(self) -> str:
        """Links back to the index and to the TEI source beside the page (set by the
        command when it writes a set of pages)."""
        links = []
        index = getattr(self.options, "index_href", None)
        source = getattr(self.options, "source_href", None)
        if index:
            links.append(link(page_href(index), self.ui_el("span", "All documents")))
        if source:
            links.append(link(page_href(source), self.ui_el("span", "TEI source")))
        return f'<p class="set-links">{" · ".join(links)}</p>' if links else ""

    def _link_fact(self, term: str, label: str | None, url: str | None) -> list[str]:
        if not label:
            return []
        return [f"{self.ui_el('dt', term)}<dd>{link(url, esc(label))}</dd>"]

    def _citation(self) -> str:
        pub = self.t.publication
        who = ", ".join(pub.authors) or pub.publisher
        parts = [who, f"“{self.title}”", setting_line(self.t) or None, self.t.source.url]
        doc = self.t.id
        if doc and not (doc[0] == "<" and doc[-1] == ">"):  # not "<bytes>": data with no name
            parts.append(f"TEI document {doc}")
        return ". ".join(p for p in parts if p) + "."

    def _people(self) -> str:
        counts: dict[str, int] = {}
        unattributed: dict[str, int] = {}
        for turn in self.t.turns():
            for pid in ([turn.who] + turn.others) if turn.who else []:
                counts[pid] = counts.get(pid, 0) + 1
            if not turn.who and turn.label:
                key = turn.label.rstrip(":").strip()
                unattributed[key] = unattributed.get(key, 0) + 1
        if not self.t.persons and not unattributed:
            return ""
        out = ['<nav class="people" aria-label="People">',
               self.ui_el("h2", "People").replace("<h2", '<h2 id="teikit-people"', 1), "<ul>"]
        for person in self.t.persons:
            out.append(f"<li{attr('id', person.id)}>{element('strong', person.name or person.id)}")
            if person.role:
                out.append(esc(f", {person.role}"))
            if person.interpreter:
                out.append(self.ui_el("span", "interpreter", "badge"))
            wikidata = person.idnos.get("wikidata") or person.idnos.get("Wikidata")
            if wikidata:  # DraCor and ParlaMint give persons their Wikidata item
                qid = wikidata.rstrip("/").rsplit("/", 1)[-1]
                label = f"Wikidata<span class=\"visually-hidden\"> item for " \
                        f"{esc(person.name or person.id)}</span>"  # one name per link
                out.append(" " + link(f"https://www.wikidata.org/wiki/{qid}",
                                      f"<span{self.ui}>{label}</span>", "wikidata"))
            out.append(" " + self._count(counts.get(person.id, 0)) + "</li>")
        for label, n in unattributed.items():  # QUESTION, Q, PARTICIPANT: voices with no id
            out.append(f"<li>{element('strong', label)} {self._count(n)}</li>")
        out.append("</ul></nav>")
        return "".join(out)

    def _count(self, n: int) -> str:
        return self.ui_el("span", f"{n} turn{'s' if n != 1 else ''}", "count")

    def _contents(self) -> str:
        """A contents list from the headings (acts, scenes, sessions, chapters)."""
        if len(self.headings) < 2:
            return ""
        items = "".join(f'<li{attr("class", f"toc-{level}")}>{link("#" + hid, esc(text))}</li>'
                        for level, hid, text in self.headings)
        return (f'<nav class="contents" aria-labelledby="teikit-contents">'
                f'<h2 id="teikit-contents"{self.ui}>Contents</h2><ol>{items}</ol></nav>')

    # --- body -------------------------------------------------------------------------
    def _body(self) -> None:
        out = self.out
        out.append(self.ui_el("h2", "Transcript", "visually-hidden"))
        in_front = False
        for n, block in enumerate(self.t.blocks, 1):
            if isinstance(block, HeaderLine):  # the front matter as printed
                if not in_front:
                    out.append('<div class="front">')
                    in_front = True
                out.append(element("p", block.text, f"kind-{block.kind}"))
                continue
            if in_front:
                out.append("</div>")
                in_front = False
            _RENDER.get(type(block), _Page._block)(self, block, n)
        if in_front:
            out.append("</div>")

    def _paragraph(self, para, cls: str | None = None) -> None:
        out = self.out
        if para.kind == "verse":
            cls = f"{cls} verse" if cls else "verse"
        out.append(f"<p{_class_attr(cls) if cls else ''}"
                   f"{attr('lang', para.lang) if para.lang is not None else ''}>")
        content = para.content
        if len(content) == 1 and content[0].__class__ is Text:  # most paragraphs: text only
            out.append(esc(content[0].text))
        else:
            self.inline.write(content, out)
        out.append("</p>")

    def _turn(self, turn: Turn, n: int) -> None:
        self.turn_no += 1
        tid = turn.id or f"turn-{self.turn_no}"
        cls = "turn interpreted" if turn.interpreted else "turn"
        lang = attr("lang", turn.lang) if turn.lang is not None else ""
        out = self.out
        out.append(f'<div class="{cls}"{attr("id", tid)}{lang}><p class="speaker">')
        label, speaker, who = self._speaker(turn)
        out.append(speaker)
        if turn.speaker_role:
            out.append(self.ui_el("span", turn.speaker_role, f"role role-{turn.speaker_role}"))
        for note in turn.lead_notes:
            if is_markup(note):  # a caption's tag around the label: source view only
                continue
            space = "" if PUNCT_START.match(note.text or "") else " "
            out.append(f'{space}<span class="delivery">{esc(note.text or "")}</span>')
        if turn.interpreted:
            out.append(self.ui_el("span", "interpreted", "badge"))
        out.append(link("#" + tid, f'#<span class="visually-hidden"{self.ui}>'
                        f" Permalink to turn {self.turn_no}{who}</span>", "permalink"))
        out.append("</p>")
        for para in turn.paragraphs:
            self._paragraph(para)
        out.append("</div>")

    def _speaker(self, turn: Turn) -> tuple[str | None, str, str]:
        """The label, its markup (links to every person it names, or plain) and the
        escaped " (LABEL)" of the permalink text; the same few speakers take most turns."""
        key = (turn.label, turn.who, tuple(turn.others))
        hit = self._speakers.get(key)
        if hit is None:
            label = speaker_name(turn, self.people)
            ids = [p for p in ([turn.who] + turn.others if turn.who else [])
                   if p in self.people]
            if label and ids and (turn.label or len(ids) == 1):
                markup = link("#" + ids[0], esc(label))
                if len(ids) > 1:  # a printed label for several persons: each one linked
                    markup += " (" + ", ".join(link("#" + p, esc(self._name(p))) for p in ids) + ")"
            elif label and ids:
                markup = " / ".join(link("#" + p, esc(self._name(p))) for p in ids) + ":"
            elif label:
                markup = f"<span>{esc(label)}</span>"
            else:
                markup = self.ui_el("span", "Unattributed", "unattributed")
            who = esc(f" ({label.rstrip(':')})") if label else ""
            hit = self._speakers[key] = (label, markup, who)
        return hit

    def _name(self, pid: str) -> str:
        person = self.people.get(pid)
        return (person.name if person else None) or pid

    def _heading(self, block: Heading, n: int) -> None:
        # h1 is the title and h2 the landmarks' headings: divisions start at h3.
        hid = f"h-{len(self.headings) + 1}"
        self.headings.append((block.level, hid, block.text))
        level = min(block.level + 2, 6)
        self.out.append(f'<h{level} id="{hid}">{esc(block.text)}')
        if block.notes:  # footnote references after the heading's text
            self.inline.write(block.notes, self.out)
        self.out.append(f'</h{level}>')

    def _stage(self, block, n: int) -> None:
        text = block.text or f"[{getattr(block, 'type', '') or 'event'}]"
        self.out.append(element("p", text, "stage"))

    def _note(self, block: Note, n: int) -> None:
        if is_markup(block):  # a caption file's tags: source view only
            return
        self.out.append(element("p", block.text, f"note {block.type}"))

    def _end(self, block: EndLine, n: int) -> None:
        self.out.append(element("p", block.text, "end"))

    def _skip(self, block, n: int) -> None:
        """Boilerplate is not part of the transcript: the reading view leaves it out."""

    def _block(self, block, n: int) -> None:
        self.out.append(element("p", getattr(block, "text", ""), "block"))

    def _prose(self, block: Prose, n: int) -> None:
        self._paragraph(block.para, f"tei-{block.tag}")

    def _verse(self, block: Verse, n: int) -> None:
        self._paragraph(block.para, "lg")

    def _group(self, block: GroupStart, n: int) -> None:
        lang = attr("lang", block.lang) if block.lang else ""
        self.out.append(f"<div{attr('class', f'group tei-{block.tag}')}{lang}>")

    def _group_end(self, block: GroupEnd, n: int) -> None:
        self.out.append("</div>")

    def _page_break(self, block: PageBreak, n: int) -> None:
        self.out.append(f'<div class="pb-block">{page_marker(block)}</div>')

    def _table(self, block: Table, n: int) -> None:
        out = self.out
        out.append("<table>")
        if block.head:
            out.append(element("caption", block.head))
        for row, header in zip(block.rows, block.header):
            out.append("<tr>")
            for cell in row:
                out.append('<th scope="col">' if header else "<td>")
                self.inline.write(cell.content, out)
                out.append("</th>" if header else "</td>")
            out.append("</tr>")
        out.append("</table>")

    def _list(self, block: ListBlock, n: int) -> None:
        out = self.out
        if block.head:
            out.append(element("p", block.head, "list-head"))
        if any(label for label, _ in block.items):  # labelled and glossed lists
            out.append("<dl>")
            for label, para in block.items:
                out.append(element("dt", label or ""))
                out.append("<dd>")
                self.inline.write(para.content, out)
                out.append("</dd>")
            out.append("</dl>")
            return
        tag = "ol" if block.ordered else "ul"
        out.append(f"<{tag}>")
        for _, para in block.items:
            out.append("<li>")
            self.inline.write(para.content, out)
            out.append("</li>")
        out.append(f"</{tag}>")


def _without_date(citation: str | None, s) -> str | None:
    """The source line without the date the Date fact already gives."""
    for date in (s.date_text, s.date_iso):
        if citation and date and date in citation:
            rest = citation.replace(f", {date}", "").replace(date, "").strip(" ,.")
            return rest or citation
    return citation


def _without_title(citation: str | None, title: str) -> str | None:
    """No source line that only repeats the page's title (a converted play's source is
    its title)."""
    if citation and citation.strip(" ,.:") == title.strip(" ,.:"):
        return None
    return citation


_RENDER = {
    Turn: _Page._turn, Heading: _Page._heading, Stage: _Page._stage, Event: _Page._stage,
    Note: _Page._note, EndLine: _Page._end, Boilerplate: _Page._skip, Block: _Page._block,
    Prose: _Page._prose, Verse: _Page._verse, GroupStart: _Page._group,
    GroupEnd: _Page._group_end, PageBreak: _Page._page_break, Table: _Page._table,
    ListBlock: _Page._list,
}
