"""How the lines of a run without blank lines make paragraphs: hard wrapping at a fixed width,
one sentence a line, Markdown's hard breaks, paragraphs opened by an indent. The plain-text
reader asks these (`plaintext.paragraphs`) and marks the lines that continue a paragraph."""
from __future__ import annotations

import re
import unicodedata


# Lines of a hard-wrapped text (or of a one-sentence-per-line export) are no longer than
# this: a run of such lines is marked as one paragraph (CONTINUED_LINE), a run with longer
# lines is one paragraph per line.
MAX_WRAPPED_LINE = 100


def short_lines(run: list[str]) -> bool:
    return all(len(line.strip()) <= MAX_WRAPPED_LINE for line in run)


# A text of one run of lines is one paragraph per line, unless its lines are hard-wrapped: at
# least this share of them breaks mid-sentence (no sentence end, the next line in lower case).
MIN_WRAPPED_SHARE = 0.5
SENTENCE_ENDS = tuple('.?!…:;"»”)')


# A run of lines printed a paragraph a line ends most of them as sentences end.
MIN_SENTENCE_LINES_SHARE = 0.7


def sentence_lines(run: list[str]) -> bool:
    return sum(1 for line in run if line.rstrip().endswith(SENTENCE_ENDS)) >= MIN_SENTENCE_LINES_SHARE * len(run)


def broken_inside(line: str, below: str, wrapped: bool = False) -> bool:
    """A line of a text printed a paragraph a line that breaks inside a sentence: it ends with a
    comma, and the line below goes on in lower case ("... ho proprio capito che, sì," / "conquisteranno
    il mondo ..."): one paragraph (P154p). In a run whose answers are `wrapped` at a fixed width,
    a wrap that stops on a word ("... ont mis leurs" / "arguments sur la table") is too (P270z)."""
    if not below.lstrip()[:1].islower():
        return False
    return line.rstrip().endswith(",") or (wrapped and word_wrap(line, below))


# A line that stops on a word is a wrap (not a heading or a name line) from this length on;
# both lines are within the width of a fixed wrap (MAX_WRAPPED_LINE).
MIN_WRAPPED_WORD_LINE = 40
# A run's lines are wrapped at a fixed width when this many of them stop on a word (one such
# break is a line break of the text, P3b).
MIN_WORD_WRAPS = 3


def word_wrap(line: str, below: str) -> bool:
    end, below = line.strip(), below.strip()
    return end[-1:].isalpha() and MIN_WRAPPED_WORD_LINE <= len(end) <= MAX_WRAPPED_LINE \
        and below[:1].islower() and len(below) <= MAX_WRAPPED_LINE


def word_wraps(run: list[str]) -> bool:
    return sum(1 for line, below in zip(run, run[1:]) if word_wrap(line, below)) >= MIN_WORD_WRAPS


# Markdown's hard line break: two spaces (or more) at a line's end, a line break inside the
# paragraph (`<br>`), as Markdown exports print the lines of one block (P923e). A run whose
# lines but the last end so at least this share is one paragraph, however long its lines.
MIN_MARKDOWN_BREAK_SHARE = 0.8


def markdown_breaks(run: list[str]) -> bool:
    ends = sum(1 for line in run[:-1] if line.endswith("  ") and not line.endswith("   ") or line.endswith("\\"))
    return ends >= MIN_MARKDOWN_BREAK_SHARE * (len(run) - 1)


# A hard-wrapped text without blank lines may mark its paragraphs by indenting their first
# line, as typescripts and official compilations print them (P1204i): an indent of at least
# this many spaces, on a line after a sentence end, on at least two lines of the run and at
# most one in this many (the others flush left: a hanging indent is no paragraph opening).
MIN_PARAGRAPH_INDENT = 2
MIN_INDENTED_PARAGRAPHS = 2
INDENTED_LINES_PER = 2


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def opens_indented_paragraph(above: str, line: str) -> bool:
    return indent_of(line) >= MIN_PARAGRAPH_INDENT and indent_of(above) < MIN_PARAGRAPH_INDENT \
        and above.rstrip().endswith(SENTENCE_ENDS)


def indent_marked(run: list[str]) -> bool:
    """The run's paragraphs open with an indented line, the wrapped lines under it flush left."""
    opened = sum(1 for above, line in zip(run, run[1:]) if opens_indented_paragraph(above, line))
    indented = sum(1 for line in run if indent_of(line) >= MIN_PARAGRAPH_INDENT)
    return opened >= MIN_INDENTED_PARAGRAPHS and indented * INDENTED_LINES_PER <= len(run)


# A hard-wrapped run may hold a few lines the wrap missed (a quotation pasted whole, a line
# joined by the page's converter): at most one line in this many longer than a wrap (P1003f).
STRAY_LONG_LINES_PER = 50


def wrapped_with_strays(run: list[str]) -> bool:
    """A run broken inside sentences as a hard wrap breaks (`hard_wrapped`) whose lines are
    all within a wrap's width but a few strays: still one hard-wrapped text (P1003f)."""
    long_lines = sum(1 for line in run if len(line.strip()) > MAX_WRAPPED_LINE)
    return 0 < long_lines and long_lines * STRAY_LONG_LINES_PER <= len(run) and hard_wrapped(run)


def hard_wrapped(run: list[str]) -> bool:
    """A book page or a typescript with no blank lines, wrapped at a fixed width: most lines
    break inside a sentence ("... во время про" / "ведения ...", "... сфе-" / "ры ...")."""
    breaks = sum(1 for line, below in zip(run, run[1:])
                 if not line.rstrip().endswith(SENTENCE_ENDS) and below.lstrip()[:1].islower())
    return len(run) > 2 and breaks >= MIN_WRAPPED_SHARE * (len(run) - 1)


# A label alone on its line ("Pavel Dotchev:", "记者："), short, ending in a colon.
MAX_LABEL_LINE = 60


def statement_under_label(run: list[str]) -> bool:
    """A label alone on its line over two or three lines each longer than any wrap and each
    ending a sentence ("Pavel Dotchev:" / "Es war heute sehr schwer ... gelungen." / "Die
    Mannschaft ... Team."): the statement's paragraphs, one a line, as a longer run's (P1672i)."""
    if len(run) < 3 or len(head := run[0].strip()) > MAX_LABEL_LINE or not head.endswith((":", "\uff1a")):
        return False
    return all(len(line.strip()) > MAX_WRAPPED_LINE and line.rstrip().endswith(SENTENCE_ENDS) for line in run[1:])


# A manuscript hard-wrapped at a fixed width (a speech's text as a portal prints it) whose
# paragraphs are not marked but by a sentence end at a line's end (P2243l). Its wraps: lines
# of at least this share of the longest line (which is at least `MIN_MANUSCRIPT_WIDTH`) that
# stop without ending a sentence; at least `MIN_WORD_WRAPS` of them, one line in
# `MANUSCRIPT_WRAPS_PER` or more.
MANUSCRIPT_WRAP_SHARE = 0.75
MIN_MANUSCRIPT_WIDTH = 60
MANUSCRIPT_WRAPS_PER = 3
NUMBERED_LINES_PER = 4  # at most one line in this many opens with a digit
_CLOSES_SENTENCE = re.compile(r"[.?!…。！？][\"'»”’)」』）]*$")  # (and a Chinese or Japanese sentence's end, P2405l)


def manuscript_width(run: list[str]) -> int | None:
    """The length from which a line of the run is a wrap, when the run is such a manuscript
    (all its lines within a wrap's width); None otherwise."""
    lengths = [columns(line.strip()) for line in run]
    width = max(lengths, default=0)
    if not MIN_MANUSCRIPT_WIDTH <= width <= MAX_WRAPPED_LINE:
        return None
    if sum(1 for line in run if line.lstrip()[:1].isdigit()) * NUMBERED_LINES_PER > len(run):
        return None  # lines opened by times or line numbers ("00:45stampa per …"): a record's layout
    wrap = int(MANUSCRIPT_WRAP_SHARE * width)
    wraps = sum(1 for line, n in zip(run[:-1], lengths) if n >= wrap and not _CLOSES_SENTENCE.search(line.rstrip()))
    return wrap if wraps >= MIN_WORD_WRAPS and wraps * MANUSCRIPT_WRAPS_PER >= len(run) else None


def manuscript_goes_on(above: str, line: str, wrap: int) -> bool:
    """In such a manuscript the line continues the paragraph of the line above unless that
    line ends a sentence: it is a wrap (as long as the wraps, "… dass es" / "auf Weihnachten …")
    or the sentence goes on in lower case ("… Franz Düring," / "sehr geehrte …"). A short line
    over a capital (a heading, a byline's name) stays a line of its own."""
    end = above.rstrip()
    return not _CLOSES_SENTENCE.search(end) and (columns(end.strip()) >= wrap or line.lstrip()[:1].islower())


# A speech-to-text export's caption lines (P2531m): the recogniser prints no punctuation, and
# the page breaks its output into long lines wherever a caption ended, mostly inside a sentence
# ("… acho que é meu dever" / "E fazer um Balanço Geral …"; a capital opens every line). A line of
# at least this many columns without a sentence's mark (one inside a number, "17.5", is none)
# is such a segment; in a run of at least `MIN_CAPTION_SEGMENTS` of them, every other line of it
# but `CAPTION_OTHER_LINES` (a notice above, a short line), a line goes on in the paragraph above
# unless that line ends a sentence (the notice does): the recogniser's pauses are no paragraphs.
MIN_CAPTION_SEGMENT = 80
MIN_CAPTION_SEGMENTS = 3
CAPTION_OTHER_LINES = 2
_SENTENCE_MARK = re.compile(r"[.?!…;:。！？；：](?!\d)")


def caption_segment(line: str) -> bool:
    """A long line that holds no sentence's mark: a recogniser's caption segment (P2531m)."""
    text = line.strip()
    return columns(text) >= MIN_CAPTION_SEGMENT and _SENTENCE_MARK.search(text) is None


def caption_segments(run: list[str]) -> bool:
    """The run is a speech-to-text export's unpunctuated caption lines (P2531m)."""
    segments = sum(1 for line in run if caption_segment(line))
    return segments >= MIN_CAPTION_SEGMENTS and len(run) - segments <= CAPTION_OTHER_LINES


def caption_goes_on(above: str) -> bool:
    """In such a run, the line under `above` goes on in its paragraph: `above` ends no sentence."""
    return _CLOSES_SENTENCE.search(above.rstrip()) is None


def columns(line: str) -> int:
    """The width of `line` as a fixed-width page prints it: a Chinese or Japanese character
    takes two columns (P2405l: a council record's e-book wraps its lines at 33 characters, 65
    columns, as a Latin text is wrapped at 65 letters)."""
    if line.isascii():
        return len(line)  # (most lines: no character is wide)
    return len(line) + sum(1 for ch in line if ch >= "\u1100" and unicodedata.east_asian_width(ch) in "WF")
