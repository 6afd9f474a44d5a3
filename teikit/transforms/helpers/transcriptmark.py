"""A page's heading or link that announces the transcript ("Transcript", "Read the full
transcript", "• Transcript"): everything above it is the page's header, show notes and
widgets, never speech or a label; the heading itself is page furniture.

Podcast and video pages print the episode title, a description and player widgets first,
then such a line, then the transcript; the line may print the page's headline again after the
heading and a colon ("Transkript: <the first line>", H350a), or, lower on the page, a short
title ("Transcript: Episode 12 – The harbour", H348a). Only the first one near the top
counts, and only when something follows it, and not when it is printed again inside a sentence
below (a PDF's running head, H867d).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, Paragraph, Turn
from teikit.transforms.helpers.labeltimes import TIMESTAMP
from teikit.transforms.helpers.lines import first_texts

# The heading is looked for among this many first lines of the page.
MAX_MARK_LINE = 40
# A heading that names the episode and then the transcript ("What is Bitcoin? Transcription",
# "Episode 12 transcript") has at most this many words (H161q).
MAX_TITLED_MARK_WORDS = 12
# ... and it stands under the page's title and show notes: more lines than this above it (a
# page's first line "Acme Q4 2008 Earnings Call Transcript" is its title).
MIN_LINES_OVER_TITLED_MARK = 3
# A menu's line has at most this many words ("Skip to main content" has four: set apart already).
MAX_MENU_WORDS = 3
_TITLE_ENDS = tuple('?!.:»”"')
# Marks a page prints before a link or heading: bullets, a colon after it.
_STRIP = " \t\u00a0•·-–—*>:#"  # (and a Markdown heading's marks: "# Transcript", H882d)


def transcript_mark(blocks: list, lex: Lexicon) -> int | None:
    """Index in `blocks` of the one-line paragraph that announces the transcript, when a
    paragraph follows it and it stands among the page's first lines."""
    pattern = lex.pattern("transcript_headings")
    if pattern.pattern == "(?!)":
        return None
    seen = 0
    # lines the boilerplate pass set apart, and a menu's short lines ("Menu", "Search", "NEWS"),
    # are no title or show notes: above a titled mark, one longer line at least (H1215h)
    furniture = 0
    worded = False
    first = None  # the page's first line
    for i, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Boilerplate)):
            continue  # (a line the boilerplate pass set apart may be the heading)
        texts = first_texts(block) if isinstance(block, Paragraph) else [block.text]
        first = texts[0].strip() if first is None and texts else first
        seen += len(texts)
        furniture += len(texts) if isinstance(block, Boilerplate) else 0
        above, worded = worded, worded or isinstance(block, Paragraph) and any(
            len(t.split()) > MAX_MENU_WORDS for t in texts)
        if seen > MAX_MARK_LINE:
            return None
        if len(texts) == 1 and (pattern.fullmatch(texts[0].strip(_STRIP)) or (
                seen - furniture > MIN_LINES_OVER_TITLED_MARK and above and (_titled_mark(texts[0], lex) or _mark_before_title(texts[0], lex)))
                or (i and _headline_mark(texts[0], first, pattern))):
            if _running_head(blocks, i, texts[0].strip()):
                return None  # "Transcript" printed again inside a sentence: a PDF's running head (H867d)
            return i if any(isinstance(b, (Paragraph, Turn)) for b in blocks[i + 1:]) else None
    return None


def _running_head(blocks: list, at: int, mark: str) -> bool:
    """The mark's line printed again below it, between the lines of a sentence (after a line
    that does not end one): a copied PDF's running head on every page, not a heading (H867d)."""
    previous = ""
    for block in blocks[at + 1:]:
        texts = first_texts(block) if isinstance(block, Paragraph) else [block.text] if isinstance(block, Boilerplate) else []
        for text in texts:
            if text.strip() == mark and previous and not previous.rstrip().endswith(_SENTENCE_ENDS):
                return True
            previous = text
    return False


_SENTENCE_ENDS = tuple('.?!:;…"”’»。？！')


def _headline_mark(text: str, first: str | None, pattern) -> bool:
    """ "Transkript: <the page's first line>": the transcript heading, a colon and the page's
    headline printed again (H350a)."""
    head, colon, rest = text.strip().partition(":")
    return bool(colon and first) and rest.strip() == first and pattern.fullmatch(head.strip(_STRIP)) is not None


def _titled_mark(text: str, lex: Lexicon) -> bool:
    """A short line that ends with the transcript heading after the episode's title ("What is
    Bitcoin? Transcription", "Episode 12: Transcript"): the page's heading over the transcript;
    the title ends before it as a title ends ("BREAK IN TRANSCRIPT" is an archive's marker,
    "Acme Earnings Call Transcript" a title; H161q)."""
    text = text.strip(_STRIP)
    head, _, last = text.rpartition(" ")
    return head.rstrip()[-1:] in _TITLE_ENDS and len(text.split()) <= MAX_TITLED_MARK_WORDS \
        and lex.pattern("transcript_headings").fullmatch(last) is not None


def _mark_before_title(text: str, lex: Lexicon) -> bool:
    """The transcript heading, a colon, then the episode's title ("Transkript: Carola Rackete:
    Wie radikal …?", "Transcript: Episode 12 – The harbour"), a short line under the page's
    title and show notes (H348a): the heading the other way round from `_titled_mark`."""
    head, colon, title = text.strip(_STRIP[:-1]).partition(":")
    return bool(colon and title.strip()) and len(text.split()) <= MAX_TITLED_MARK_WORDS \
        and lex.pattern("transcript_headings").fullmatch(head.strip()) is not None


def time_alone(text: str) -> bool:
    """A recording time alone on its line ("0:14", "[00:01:02]"): under the transcript's
    heading, a podcast directory's machine transcript prints one above each caption, whose
    words are cut anywhere (no sentence to tell speech by), so the first time opens the
    speech (T2161k)."""
    return TIMESTAMP.fullmatch(text.strip()) is not None
