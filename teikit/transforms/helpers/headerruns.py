"""Runs of header lines read together: a site's menu before the header, a lead-in sentence
over a list of guests, and the length that makes a line above a transcript heading show
notes. Used by the header pass (`teikit.transforms.header`)."""
from __future__ import annotations

import re

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


def lead_texts(lead: list) -> list[str]:
    """The text of every line of the lead paragraphs, in order (as `_upcoming_kinds` counts them)."""
    return ["".join(i.text for i in items if isinstance(i, Text)) for block in lead if isinstance(block, Paragraph)
            for items in lines_of(block)]


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
