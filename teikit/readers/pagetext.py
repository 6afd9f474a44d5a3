"""The text a browser shows of a page, as lines (`page_text`): what `readers/html.py` gives
the plain-text pipeline. A target of `teikit.xmlparse.html_parser`: it gets tags and text
as the parser reads them and keeps only the lines, a few counters and the title, so its
cost is one step per tag or text and its memory the text, however deep the page nests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from teikit.model.nonxml import NON_XML, count, hold, stand_ins

# Elements that start and end a paragraph (HTML's block-level and table-row elements).
BLOCKS = frozenset("""
    address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html
    legend li listing main menu nav ol p plaintext pre section summary table tbody tfoot
    thead tr ul xmp""".split())
CELLS = frozenset(("td", "th"))
# Whitespace kept as printed inside these (their line ends are line ends).
PREFORMATTED = frozenset(("pre", "listing", "plaintext", "xmp"))
# Not shown by a browser (running scripts): their content is not read.
HIDDEN = frozenset(("script", "style", "template", "noscript"))
# HTML's white space, collapsed to one space outside `pre`; with the line ends the plain-text
# reader knows besides (VT, NEL, LINE and PARAGRAPH SEPARATOR), which a page shows as spaces.
_SPACES = re.compile("[ \t\n\r\f\v\x85\u2028\u2029]+")
_LINE_ENDS = re.compile("\r\n|[\n\r\f\v\x85\u2028\u2029]")


@dataclass
class PageText:
    lines: list[str] = field(default_factory=list)
    title: str | None = None
    controls: int = 0  # characters XML cannot hold, each held by a stand-in (`model.nonxml`)
    non_xml: dict[str, str] = field(default_factory=dict)  # those met -> their stand-ins


def page_text(text: str) -> PageText:
    """The lines a browser shows of the page `text` (a blank line between paragraphs)."""
    from teikit.xmlparse import html_parser

    target = _Target(text)
    parser = html_parser(target)
    parser.feed(text)
    parser.close()
    return target.result


class _Target:
    """The parser's target: one line at a time in `parts`, finished lines in `lines`."""

    def __init__(self, page: str):
        self.page = page  # (the stand-ins of characters XML cannot hold are chosen from it)
        self.non_xml: dict[str, str] = {}
        self.stand_ins: dict[str, str] = {}
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.shown = False  # the current line holds more than white space
        self.hidden = 0     # depth inside HIDDEN elements
        self.pre = 0        # depth inside PREFORMATTED elements
        self.in_title = 0
        self.title: list[str] = []  # the first <title>'s text (an SVG's later ones: tooltips)
        self.titled = False
        self.controls = 0
        self.result = PageText()

    def start(self, tag, attrib):
        if tag in HIDDEN:
            self.hidden += 1
        elif self.hidden:
            return
        elif tag == "title":
            self.in_title += 1
        elif tag == "br":
            self._end_line()
        elif tag in BLOCKS:
            self._paragraph_break()
            self.pre += tag in PREFORMATTED
        elif tag in CELLS and self.shown:
            self.parts.append("\t")

    def end(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif self.hidden:
            return
        elif tag == "title":
            self.in_title = max(0, self.in_title - 1)
            self.titled = self.titled or not self.in_title
        elif tag in BLOCKS:
            self._paragraph_break()
            if tag in PREFORMATTED:
                self.pre = max(0, self.pre - 1)

    def data(self, text):
        if self.hidden:
            return
        if NON_XML.search(text) is not None:  # (seldom: a stand-in for each, chosen once a page)
            self.stand_ins = self.stand_ins or stand_ins(self.page)
            self.controls += count(text)
            text = hold(text, self.non_xml, self.stand_ins)
        if self.in_title:
            if not self.titled:
                self.title.append(text)
        elif self.pre:
            for n, piece in enumerate(_LINE_ENDS.split(text)):
                if n:
                    self._end_line()
                self._add(piece)
        else:
            self._add(_SPACES.sub(" ", text))

    def close(self):
        self._paragraph_break()
        title = _SPACES.sub(" ", "".join(self.title)).strip()
        self.result = PageText(self.lines, title or None, self.controls, self.non_xml)
        return self.result

    def _add(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.shown = self.shown or not text.isspace()

    def _end_line(self) -> None:
        """The current line ends (`<br>`, a line end in `pre`); an empty one is a blank line,
        never two in a row (a thousand `<br>` make one paragraph break)."""
        line = "".join(self.parts) if self.shown else ""
        if not self.pre:
            line = line.strip(" \t")
        if line or (self.lines and self.lines[-1]):
            self.lines.append(line)
        self.parts = []
        self.shown = False

    def _paragraph_break(self) -> None:
        if self.shown:
            self._end_line()
        self.parts = []
        self.shown = False
        if self.lines and self.lines[-1]:
            self.lines.append("")
