"""A heading wrapped over two or three lines of one paragraph, in any language (H710b).

`headerneighbours.continued_titles` joins a line that breaks off on an English link word
(`by`, `of`, `the`) or a heading in capitals. A page in another language wraps its headline the
same way: the first line breaks off on a small word or an article of the page's language
(`Audition de la` / `ministre des Armées`, `Audizione del` / `ministro degli Esteri`), or the
next line goes on in small letters (`Entretien avec la présidente du conseil` / `régional sur
les transports`), or the lines fill one width, a PDF's title block wrapped at a fixed width
(`Senate Judiciary / Antitrust, Competition` / `Policy, and Consumer Rights on Regulatory` /
`Burdens to Innovation`, its first line then no place, H878d). The lines stand one under the other in one paragraph (no blank line between
them), none closes a sentence, and each is a heading's length: they are one title, even when
the next line alone looked like a venue or a place (`ministro degli Esteri in Senato`).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.dates import find_date, opens_with_date
from teikit.transforms.helpers.headerneighbours import ends_small, has_letter
from teikit.transforms.helpers.headerwidgets import widget_line

# A wrapped headline holds at most this many lines, each of at most this many words.
MAX_WRAPPED_LINES = 3
MAX_LINE_WORDS = 12
# A line of fewer words over a wrapped headline is a site's name or a kicker, not its first line.
MIN_HEADING_WORDS = 4

# A line closing with one of these closes a sentence or opens a field: no heading wraps past it.
_CLOSED = (".", ":", ";", "!", "?", "…", "：", "。")
# A line ending in one of these goes on in the next ("Hearings of the Subcommittee on Housing &").
_JOINING_MARKS = ("&", ",", "-", "–", "—")
# Kinds the next line may have been given alone: a line the first one breaks off into is no place.
_CONTINUING = (K.UNKNOWN, K.VENUE, K.PLACE)


def wrapped_headings(lines: list, lex: Lexicon, menus: frozenset[int] = frozenset()) -> None:
    """Mark as title the lines of each heading wrapped in its paragraph (see the module's
    docstring); one pass over the lines, each run read once."""
    links = lex.small_words | lex.label_small_words | lex.articles
    at = 0
    while at < len(lines):
        run = _wrapped_run(lines, at, links, menus, lex)
        if len(run) > 1:
            for h in run:
                h.kind = K.TITLE
        at += max(len(run), 1)


def _wrapped_run(lines: list, at: int, links: frozenset, menus: frozenset[int], lex: Lexicon) -> list:
    """The lines from `at` that are one wrapped heading (one line when there is none)."""
    first = lines[at]
    opening = first.kind in (K.UNKNOWN, K.TITLE) or at == 0 and first.kind in _CONTINUING and len(lines) > 1 \
        and first.line and lines[1].line == first.line + 1 and _full_width([first], lines[1])
    if not opening or not _heading_line(first, menus, lex) or _goes_on_above(lines, at) \
            or _dated(first.text, lex):  # "Entrevista publicada el pasado 26 de febrero": a dateline
        return [first]
    run = [first]
    for h in lines[at + 1:at + MAX_WRAPPED_LINES]:
        above = run[-1]
        if h.kind not in _CONTINUING or not h.line or h.line != above.line + 1 or not _heading_line(h, menus, lex) \
                or above.text.rstrip().endswith(_CLOSED) \
                or not (_breaks_off(above.text, links) or _goes_on(h.text, lex) or at == 0 and _full_width(run, h)):
            break
        run.append(h)
    return run if len(run) < 2 else _rest_of_paragraph(lines, at, run, menus, lex)


def _rest_of_paragraph(lines: list, at: int, run: list, menus: frozenset[int], lex: Lexicon) -> list:
    """A wrapped heading takes the rest of its paragraph when that ends within
    `MAX_WRAPPED_LINES` lines, each a heading's line (`Hearings of the` / `Subcommittee on
    Technology & the House` / `Committee on Rules`)."""
    rest = []
    for h in lines[at + len(run):at + MAX_WRAPPED_LINES]:
        above = (run + rest)[-1]
        if not h.line or h.line != above.line + 1:
            break
        if h.kind not in _CONTINUING or not _heading_line(h, menus, lex) or above.text.rstrip().endswith(_CLOSED):
            return run
        rest.append(h)
    after = lines[at + len(run) + len(rest):at + len(run) + len(rest) + 1]
    ends = not after or not after[0].line or after[0].line != (run + rest)[-1].line + 1
    return run + rest if ends else run


# A fixed-width wrap (a PDF's title block): the lines it fills are this long at least, and as long
# as each other within this many characters (H878d).
MIN_WRAP_WIDTH, WRAP_SLACK = 30, 2


def _full_width(run: list, h) -> bool:
    """The line above `h` fills the width the page's first lines wrap at: the first two lines
    are as long as each other (`Senate Judiciary / Antitrust, Competition` / `Policy, and
    Consumer Rights on Regulatory`), or the line above is as long as the first; the next line
    goes on (H878d). Asked of the page's first lines only (a title block); two headings stacked
    by chance are seldom of one length, and no line of a title opens with a number (a list of
    timed topics: `37:37 Twitteraccount …`)."""
    width = len(run[0].text.strip())
    other = len((h if len(run) == 1 else run[-1]).text.strip())
    return width >= MIN_WRAP_WIDTH and abs(width - other) <= WRAP_SLACK \
        and not any(t.text.lstrip()[:1].isdigit() for t in (run[0], h))


def _dated(text: str, lex: Lexicon) -> bool:
    """The line holds a date, with its year or without (a day and a month's name)."""
    if find_date(text, lex) is not None:
        return True
    return any(c.isdigit() for c in text) and any(w.strip(".,").casefold() in lex.months for w in text.split())


def _heading_line(h, menus: frozenset[int], lex: Lexicon) -> bool:
    text = h.text.strip()
    return bool(text) and len(text.split()) <= MAX_LINE_WORDS and has_letter(text) and h.line not in menus \
        and not widget_line(text) and not opens_with_date(text, lex)


def _breaks_off(text: str, links: frozenset) -> bool:
    """The line ends on a link word or an article of the language (not a name's initial,
    `Петров Иван И`), or on a joining mark."""
    words = text.split()
    return ends_small(text, links) or (len(words) >= 2 and (words[-1] in _JOINING_MARKS
                                                           or text.rstrip().endswith(_JOINING_MARKS[:2])))


def _goes_on(text: str, lex: Lexicon) -> bool:
    """The line goes on in small letters (a cased script): the rest of the line above; not
    an author's byline under the headline (`di Marco Bianchi`, `par Jean Dupont`)."""
    words = text.split()
    return words[0][:1].islower() and not (
        len(words) > 1 and words[1][:1].isupper() and lex.author_bylines
        and lex.pattern("author_bylines").fullmatch(words[0]) is not None)


def _goes_on_above(lines: list, at: int) -> bool:
    """The line under another unclaimed line of its paragraph that closes no sentence and is
    a heading's length: a heading begun above, whose first line gives no sign of going on, is
    left as it is (a shorter line above is the site's name or a kicker: `Stadtanzeiger`)."""
    if at == 0:
        return False
    above, h = lines[at - 1], lines[at]
    return above.kind in (K.UNKNOWN, K.TITLE) and bool(h.line) and above.line == h.line - 1 \
        and not above.text.rstrip().endswith(_CLOSED) and len(above.text.split()) >= MIN_HEADING_WORDS
