"""Lines of label shape near the top that are no labels: a title printed twice, and a
heading over the speech that names its speaker.

- A captured page prints its title more than once (the page title, then the headline):
  "PRESS CONFERENCE: The minister answers questions" twice among the first lines is the
  title, not two turns of a speaker "PRESS CONFERENCE". A label with its speech is never
  printed twice word for word at the top of a transcript.
- "所以我们认为：": ideographs before a colon that open with a word opening sentences
  (lexicon `discourse_words`), speech, not a speaker.
- "INTRODUCTION BY THE PRESIDENT:", "INTRODUZIONE DEL PRESIDENTE MELONI:" alone on a line:
  a speech heading (lexicon `speech_headings`, `helpers.speechheadings`) printed with a
  colon over an unlabeled speech; the speech is the person's it names.
- "Ann Roe (PSOE): “The port cannot wait”" on the first line: a headline quoting the person it
  names (`quoted_headline`); "Releases: Transcripts of ..." names the page's contents
  (`transcript_heading`).
- "PHIL 176: Death" on the first line: a course's or a catalogue's code (a few capitals and a
  number of two digits or more) and its name, a heading (`catalogue_code`, L1803j).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.shapes import ends_sentence
from teikit.transforms.helpers.speechheadings import speech_heading

TOP_LINES = 8

# A news headline that quotes the person it names: "Ann Roe (PSOE): “The port cannot wait”",
# "Roe: «Nous verrons»": a name (a party or office in brackets at most), a colon, and one
# quotation of three words or more with nothing after it (L123m, H121m). Its words are runs
# without spaces: a word that may hold spaces made the match try every split of a long
# unclosed quotation, minutes on one line of 400 characters (H316a).
QUOTATION = re.compile(r"[“\"«„‘]\s*[^“”\"«»„\s]+(?:\s+[^“”\"«»„\s]+){2,}\s*[”\"»“’]")
# A full stop after the closing quote is the headline's own ("Rafa, coach: \"always to win\".", H180s).
_QUOTED_HEADLINE = re.compile(r"[^\W\d_][^:：“”\"«»„.?!]{0,60}[:：]\s*(" + QUOTATION.pattern + r")\.?")


# A course's or a catalogue's code: two to five capitals and a number of two to four digits
# ("PHIL 176", "CS50", "HIST 101A"); a speaker numbered by a recogniser ("SPEAKER 12") is none.
_CATALOGUE_CODE = re.compile(r"([A-Z]{2,5}) ?\d{2,4}[A-Z]?")


def catalogue_code(name: str, lex: Lexicon) -> bool:
    """`name` is a course's or a catalogue's code, no speaker (L1803j)."""
    m = _CATALOGUE_CODE.fullmatch(name.strip())
    return m is not None and m.group(1).lower() not in lex.label_role_words | lex.anonymous_words


def quoted_headline(text: str) -> bool:
    """The line is a headline quoting the person it names (`QUOTATION` after a name and a colon)."""
    return _QUOTED_HEADLINE.fullmatch(text.strip()) is not None


def repeated_top_lines(lines: list[str]) -> frozenset[str]:
    """The lines printed twice or more among the first `TOP_LINES` (mostly none), and the
    field lines there that print another of those lines after a short field name and a
    colon ("摘要: <the title>", "Summary: <the title>": a page's abstract widget repeating
    the title is no speaker's label)."""
    top = [line.strip() for line in lines[:TOP_LINES]]
    found = {line for line in top if line and top.count(line) >= 2}
    if found:  # a label's short reply printed twice ("MR. LEE: Yes, your Honor.") is no title:
        found = {line for line in found if not _answered(line, top)}  # another label speaks between
    for line in top:
        head, colon, rest = line.partition(":") if ":" in line else line.partition("：")
        if colon and 0 < len(head) <= MAX_FIELD_CHARS and rest.strip() in top and rest.strip() != line:
            found.add(line)
    if found:
        found |= {line for line in top if _longer_headline(line, found)}
    return frozenset(found)


def headings_printed_twice(lines: list[str]) -> frozenset[str]:
    """Lines among the first `TOP_LINES` printed again on the next line of text, with only site
    lines (a share widget) between: a page's title bar and its heading, "The Great American Story,
    Part I" / "Share" / "The Great American Story, Part I ". A label alone is followed by its
    speech, never by itself: such a line is no label alone on its line (L2129k)."""
    top = [line.strip() for line in lines[:TOP_LINES]]
    return frozenset(line for line, below in zip(top, top[1:]) if line and line == below)


def _longer_headline(line: str, titles: set[str]) -> bool:
    """ "Programme:Topic—Question:Names" over "Programme:Topic—Question" printed twice by the
    page's video player: the headline that goes on after a repeated title line, no sentence
    ended, is the title's long form, no speech (L1551i)."""
    return line not in titles and not ends_sentence(line) and any(
        line.startswith(title) and line[len(title):len(title) + 1] in _GOING_ON for title in titles if ":" in title or "：" in title)


# What a headline's long form goes on with after its short form: a colon, a dash, a comma, a space.
_GOING_ON = frozenset(":：—–-,， ")


def titles_line(c, top_titles: frozenset[str]) -> bool:
    """The colon candidate `c` opens a line of `top_titles`, its colon spaced or glued to the
    rest as Chinese pages print it ("美国万花筒:我来说两句", L1551i)."""
    return bool(top_titles) and bool(c.rest) and (f"{c.label} {c.rest}" in top_titles or c.label + c.rest in top_titles)


MAX_FIELD_CHARS = 16
MAX_HEAD_CHARS = 40


def _answered(line: str, top: list[str]) -> bool:
    """Between two printings of `line`, a line opens with another colon label: the line is
    a turn of a dialogue printed twice, not a title printed again."""
    first = top.index(line)
    last = len(top) - 1 - top[::-1].index(line)
    head = line.partition(":")[0]
    return any(0 < other.find(":") <= MAX_HEAD_CHARS and other.partition(":")[0] != head
               for other in top[first + 1:last])


def not_a_label(c, top_titles: frozenset[str], lex: Lexicon) -> bool:
    """The colon candidate `c` (labelshapes.Candidate) opens a repeated title line, opens a
    sentence in ideographs, or is a speech heading alone on its line."""
    if titles_line(c, top_titles):
        return True
    name = c.name
    if name[:1] >= "\u3400" and any(name[:n] in lex.discourse_words for n in (2, 3)):
        return True  # "所以我们认为：": a sentence's opening words (ideographs have no case)
    return not c.rest and bool(lex.speech_headings) and speech_heading(c.name, lex) is not None


def named_in_header(name: str, header_lines: list, lex: Lexicon) -> bool:
    """ "Alain Roe - Mesdames ...": the whole name printed in a header line before it (a
    dateline listing the participants), so a name printed once before a dash is a label;
    an office ("The Prime Minister - facing ...", a caption) is no name. `header_lines`:
    (words, line) pairs of the first lines."""
    words = [w.lower().strip(".") for w in name.split()]
    if words[0] in lex.articles or any(w in lex.title_words for w in words):
        return False
    return any(name in line and not line.startswith(name) for _, line in header_lines)


def heading_over_first_turn(doc, lex: Lexicon) -> None:
    """The first paragraph of an unlabeled opening turn that is such a speech heading becomes
    a heading before the turn (the persons pass gives the turn to the person it names)."""
    from teikit.model import Heading, Paragraph, Turn  # (only documents with speech headings)

    at = next((i for i, b in enumerate(doc.blocks) if type(b) is Turn), None)
    if at is None or not lex.speech_headings:
        return
    turn = doc.blocks[at]
    items = turn.paragraphs
    first = items[0] if items else None
    if turn.label is not None or len(items) < 2 or type(first) is not Paragraph or len(first.content) != 1 \
            or not first.text.rstrip().endswith((":", "：")) or speech_heading(first.text.rstrip()[:-1], lex) is None:
        return  # (a heading without its colon at the top is the title: the header pass's)
    turn.paragraphs = items[1:]
    turn.line = items[1].line or turn.line
    doc.blocks.insert(at, Heading(first.text.strip(), level=2))


# A short section name and its colon before a heading ("Releases: ", "News: ").
_SECTION = re.compile(r"(?:[^\W\d_][\w-]{0,20}[ \u00a0]*:[ \u00a0]*)?")
# A heading is one sentence: no sentence end followed by another sentence inside it.
_INNER_SENTENCE = re.compile(r"[.!?][\"”’)]?\s+[^\W\d_a-z]")


def transcript_heading(text: str, lex: Lexicon) -> bool:
    """ "Transcripts of the mayor on WNYC radio on Friday, July 19 2019.", "Releases:
    Transcript of ...": a one-sentence line that opens with the transcript word (after a
    section's name at most) names the page's contents, a heading; a notice names the
    transcript later in its sentence ("This is a rush transcript.") (H123m)."""
    text = text.strip()
    if any(mark in text for mark in _WIDGET_MARKS):
        return False  # "Transcript of <title> · 2016-10-22 · <site>...": a document site's widget
    start = _SECTION.match(text).end()
    return lex.pattern("transcript_words").match(text, start) is not None and len(text.split()) <= MAX_HEADING_WORDS \
        and _INNER_SENTENCE.search(text) is None


MAX_HEADING_WORDS = 30
_WIDGET_MARKS = ("·", "|", "…", "...")
