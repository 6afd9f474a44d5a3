"""Runs of header lines read together: a site's menu before the header, a lead-in sentence
over a list of guests, and the length that makes a line above a transcript heading show
notes. Used by the header pass (`teikit.transforms.header`)."""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, Paragraph, Text
from teikit.transforms.helpers.lines import lines_of

K = HeaderKind


# Above a transcript heading, a line of this many words that reads as speech is show notes; a
# shorter one is a heading ("Mitch Part 4: 'Not A Happy Choice'"), or a widget's line when it
# ends with a colon ("Listen in podcast apps:").
MIN_NOTES_WORDS = 10


# A site menu: a run of at least this many consecutive header lines of a few words each.
MIN_MENU_LINES = 4
# ... with bullets before two entries at least, or this many lines without them (a short
# header of name, venue and place lines is no menu)
MIN_MENU_BULLETS = 2
MIN_PLAIN_MENU_LINES = 8
_BULLETS = "•·-–—*>|"
MAX_MENU_WORDS = 3
_MENU_MARK = re.compile(r"[.?!,;…。？！，；\d]")


def _menu_entry(line: HeaderLine) -> bool:
    text = line.text.strip(" \t\u00a0•·-–—*>|:")
    return line.kind in (K.UNKNOWN, K.TITLE, K.SUBTITLE, K.BOILERPLATE, K.PLACE, K.VENUE) \
        and 0 < len(text.split()) <= MAX_MENU_WORDS and not _MENU_MARK.search(text)


def menu_runs(lines: list, lex: Lexicon) -> None:
    """A run of `MIN_MENU_LINES` or more header lines of one to three words without sentence
    punctuation or digits ("• Home", "• News", "• World", "View All Result"), bulleted, long,
    or under a contents heading ("Contents:"), is a site's menu, not a title, place or venue:
    page furniture."""
    run: list = []
    for h in lines + [None]:
        if h is not None and _menu_entry(h):
            run.append(h)
            continue
        bulleted = sum(1 for item in run if item.text.lstrip()[:1] in _BULLETS)
        contents = bool(run) and lex.pattern("contents_headings").fullmatch(run[0].text.strip().rstrip(":"))
        if len(run) >= MIN_MENU_LINES and (bulleted >= MIN_MENU_BULLETS or contents or len(run) >= MIN_PLAIN_MENU_LINES):
            for item in run:
                item.kind = K.BOILERPLATE
        run = []


def lead_lines(lead: list) -> Iterator[list]:
    """The lines (lists of inline items) of the lead's paragraphs, in order, as they are read."""
    return (items for block in lead if isinstance(block, Paragraph) for items in lines_of(block))


def line_words(items: list) -> str:
    """The text of a line's Text items (what `list_intro` and `segment_times` read)."""
    return "".join(i.text for i in items if isinstance(i, Text))


class LeadLines:
    """`read(items)` of each line of the lead's paragraphs, in order, worked out when first
    asked for and kept; indexed and sliced as a list (from the start: no negative index).

    The header pass stops at the first line of speech and looks only a few lines past it,
    but on an unlabeled transcript the whole document is the lead: reading every line of it
    up front (classifying it, above all) was most of such a conversion. A value set here
    (a front matter's kind) stands instead of the line's own."""

    def __init__(self, lead: list, read: Callable[[list], object]):
        self._lines = lead_lines(lead)
        self._read = read
        self._values: list = []

    def _reach(self, end: int) -> None:
        """Read the lines up to (not including) `end`, as far as the lead goes."""
        while len(self._values) < end:
            items = next(self._lines, None)
            if items is None:
                return
            self._values.append(self._read(items))

    def __getitem__(self, index: int | slice):
        if isinstance(index, slice):
            self._reach(sys.maxsize if index.stop is None else index.stop)
        else:
            self._reach(index + 1)
        return self._values[index]

    def __setitem__(self, index: int, value) -> None:
        self._reach(index + 1)
        self._values[index] = value

    def __iter__(self) -> Iterator:
        n = 0
        while True:
            self._reach(n + 1)
            if n == len(self._values):
                return
            yield self._values[n]
            n += 1


# A list's entry: a bullet or a dash before words.
_LIST_ENTRY = re.compile(r"^[ \t\u00a0]*[•·*▪◦‣-][ \t\u00a0]+\S")
MIN_LIST_ENTRIES = 2
MIN_LEAD_IN_WORDS = 5


def list_intro(texts: list[str], at: int) -> bool:
    """The line at `at` is a sentence that ends with a colon and at least two list entries
    follow it: a lead-in to a list of guests, not speech. (A short field name over a list,
    "Main topics:", is left to the header's other rules.)"""
    following = texts[at + 1:at + 1 + MIN_LIST_ENTRIES]
    return texts[at].rstrip().endswith((":", "：")) and len(texts[at].split()) >= MIN_LEAD_IN_WORDS \
        and len(following) == MIN_LIST_ENTRIES \
        and all(_LIST_ENTRY.match(t) for t in following)
