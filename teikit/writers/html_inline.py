"""Inline rendering of the HTML view: one rule per inline model item (`InlineWriter.write`),
and the footnotes they collect.

- text escaped; `<lb/>` a `<br>` (nothing inside a word); verse line numbers, every fifth
  shown; events and printed notes as styled spans;
- styled and editorial stretches (`hi`, `emph`, `title`, `foreign`, `supplied`, `del` …)
  as `<span class="tei-TAG r-STYLE">`: @rend is mapped onto a small fixed set of styles
  (`_RENDS`), never copied into the page; editorial signs come from the stylesheet;
- `choice`: the chosen reading, the other(s) on hover (title), on focus and in print
  (the stylesheet shows `data-alt`); `app`: the lemma and a numbered apparatus note;
- notes: numbered footnote references, linked both ways with the list at the end of `main`;
- page breaks: a page marker, linked to the page image only where `safe_href` allows it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.model import (
    Choice, Event, Footnote, LineBreak, LineNumber, Note, PageBreak, SpanEnd, SpanStart, Text,
)
from teikit.writers.html_escape import attr, esc, link
from teikit.writers.text import SIGNS, prints_own_signs

_TAG = re.compile(r"<[^>]*>")  # markup inside a span, left out when its text is checked

# @rend tokens -> the style classes of transform.css (anything else is ignored).
_RENDS = {"italic": "i", "italics": "i", "i": "i", "it": "i", "bold": "b", "b": "b",
          "underline": "u", "ul": "u", "u": "u", "smallcaps": "sc", "small-caps": "sc",
          "sc": "sc", "sup": "sup", "superscript": "sup", "sub": "sub", "subscript": "sub",
          "strikethrough": "s", "overstrike": "s", "uppercase": "uc", "allcaps": "uc",
          "caps": "uc", "spaced": "sp", "letterspace": "sp", "center": "c", "right": "rt"}


class InlineWriter:
    """Writes paragraphs' inline content; keeps the page's footnotes (`notes`: HTML of
    each note's body, in reference order)."""

    def __init__(self, prefer: tuple):
        self.esc, self.attr = esc, attr
        self.prefer = prefer
        self.notes: list[str] = []

    def write(self, content: list, out: list) -> None:
        esc = self.esc
        opened: list[int] = []  # where open spans start in `out`
        for item in content:
            kind = item.__class__
            if kind is Text:
                out.append(esc(item.text))
            elif kind is LineBreak:
                if not item.joined:
                    out.append("<br>")
            elif kind is SpanStart:
                opened.append(len(out))
                out.append(self._span_open(item))
            elif kind is SpanEnd:
                start = opened.pop() if opened else None
                if start is not None and item.tag in SIGNS and prints_own_signs(
                        _TAG.sub("", "".join(out[start + 1:])), item.tag):
                    out[start] = out[start].replace('class="', 'class="printed ', 1)
                out.append("</span>")
            elif kind is Event:
                text = item.text or f"[{item.type or item.element}]"
                out.append(f'<span class="event">{esc(text)}</span>')
            elif kind is Note:
                if item.type == "markup":  # a caption file's tags: source view only
                    continue
                out.append(f"{_note_open(item.type, self.attr)}{esc(item.text or '')}</span>")
            elif kind is LineNumber:
                out.append(_line_number(item.n, esc))
            elif kind is Choice:
                self._choice(item, out)
            elif kind is Footnote:
                self._footnote(item, out)
            elif kind is PageBreak:  # between words, a word of its own ("for p. 8 paying",
                # not "8paying" to a screen reader); inside a word (`sape<pb/>re`) no space
                out.append(page_marker(item) if item.joined else f" {page_marker(item)} ")

    def _span_open(self, item: SpanStart) -> str:
        classes = [f"tei-{item.tag}"]
        for token in (item.rend or "").replace("(", " ").replace(")", " ").split():
            style = _RENDS.get(token.lower())
            if style and f"r-{style}" not in classes:
                classes.append(f"r-{style}")
        lang = self.attr("lang", item.lang) if item.lang else ""
        return f"<span{self.attr('class', ' '.join(classes))}{lang}>"

    def _choice(self, item: Choice, out: list) -> None:
        chosen = item.pick(self.prefer)
        others = [r for r in item.readings if r is not chosen]
        if item.element == "app":
            if chosen is not None:
                out.append('<span class="lem">')
                self.write(chosen.content, out)
                out.append("</span>")
            if others:
                parts = []
                for r in others:
                    body: list[str] = []
                    self.write(r.content, body)
                    wit = f' <span class="wit">{self.esc(r.wit)}</span>' if r.wit else ""
                    parts.append(f'<span class="alt rdg">{"".join(body) or "om."}</span>{wit}')
                lemma = self.esc(chosen.text.strip()) if chosen else ""
                self._note_ref(f'<span class="app">{lemma}]</span> ' + "; ".join(parts), out, "app")
            return
        alt = "; ".join(f"{r.kind}: {r.text.strip()}" for r in others)
        title = self.attr("title", alt)  # ` title="…"`: data-alt takes the same value
        out.append(f'<span class="choice" tabindex="0"{title} data-alt{title[6:]}>')
        if chosen is not None:
            self.write(chosen.content, out)
        out.append("</span>")

    def _footnote(self, item: Footnote, out: list) -> None:
        body: list[str] = []
        for para in item.paragraphs:
            body.append('<p class="verse">' if para.kind == "verse" else "<p>")
            self.write(para.content, body)
            body.append("</p>")
        self._note_ref("".join(body), out, "note")

    def _note_ref(self, body: str, out: list, kind: str) -> None:
        self.notes.append(body if kind == "note" else f"<p>{body}</p>")
        n = len(self.notes)
        out.append(f'<a class="fnref" id="fnref-{n}" href="#fn-{n}" '
                   f'role="doc-noteref">{n}</a>')

    def footnotes(self, ui: str) -> str:
        """The list of notes at the end of `main`, each linked back to its reference."""
        if not self.notes:
            return ""
        items = "".join(
            f'<li id="fn-{n}">{body}<p class="fnback"><a href="#fnref-{n}"{ui}>'
            f'Back to the text ({n})</a></p></li>' for n, body in enumerate(self.notes, 1))
        return (f'<section class="footnotes" aria-labelledby="teikit-notes">'
                f'<h2 id="teikit-notes"{ui}>Notes</h2><ol>{items}</ol></section>')


def page_marker(pb: PageBreak) -> str:
    label = f"p. {pb.n}" if pb.n else "page"
    marker = f'<span class="pb-n">{esc(label)}</span>'
    return f'<span class="pb">{link(pb.facs, marker) if pb.facs else marker}</span>'


def _line_number(n: str, esc) -> str:
    """Every fifth line is numbered (the number's last part: "1.2.15" is line 15)."""
    last = n.rsplit(".", 1)[-1]
    if last.isdigit() and int(last) % 5 == 0:
        return f'<span class="lineno" aria-hidden="true">{esc(last)}</span>'
    return ""


@lru_cache(maxsize=64)
def _note_open(note_type: str, attr) -> str:
    return f"<span{attr('class', f'note {note_type}')}>"
