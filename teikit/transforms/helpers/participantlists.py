"""A results call's participant lists with single hyphens (L1270h).

Earnings-call transcripts print, under a heading of the lexicon (`participant_headings`:
`Corporate Participants`, `Conference Call Participants`), one participant a line as a name,
a spaced hyphen or dash and a title or company:

    Corporate Participants
    Ann Lee - Chief Executive Officer
    Bob Roe - Chief Financial Officer

A single hyphen is too common a dash to make such a line a list entry alone (L300i asks for two
of them); under the heading it is one. The entries were read as spaced-dash labels (`Ann Lee -`
a turn saying `Chief Executive Officer`), the heading as a place. `list_entry_lines` gives the
indices of such lines, which the label policy refuses (`entry_candidates`) and the header pass
reads as the participants' bylines (`headerlists.listed_participants`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.lineindex import LineIndex, for_lines

_NAME_WORD = r"[^\W\d_][\w.'’-]*"
# a name of two to four capitalised words, a spaced hyphen, dash or double hyphen, a title or
# company that opens with a capital and ends with no sentence mark
ENTRY_LINE = re.compile(rf"^\s*{_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,3}}(?:[ \u00a0]+(?:--|[-–—])[ \u00a0]+|,[ \u00a0]+)"
                        r"[^\W\d_][^?!:;\n]{0,100}$")
# (a webinar's "Speakers:" list prints a comma: "Dr. Lena Fischer, Port of Hamburg", H1281h)
_SEPARATOR = re.compile(r"[ \u00a0]+(?:--|[-–—])[ \u00a0]+|,[ \u00a0]+")


# The first word of a line, as `str.split` would give it ("" when there is none): `\s` is the
# same set of whitespace.
_FIRST_WORD = re.compile(r"\s*(\S*)")


def participant_heading(line: str, lex: Lexicon) -> bool:
    """ "Corporate Participants", "Analysts:": a heading of the lexicon alone on its line."""
    return _may_open_heading(line, _first_words(lex.participant_headings)) \
        and " ".join(line.split()).lower().rstrip(":") in lex.participant_headings


def _may_open_heading(line: str, firsts: frozenset[str]) -> bool:
    """The line's first word is a heading's first word (`firsts`), lower-cased, with or
    without its colon, or the line has none. Read first: this is asked of every line of a
    text that prints a heading, and most of them, long lines of speech, are not split and
    joined whole (nor is the first word split off: a split copies the rest of the line)."""
    word = _FIRST_WORD.match(line).group(1).lower()
    return not word or word in firsts or word.rstrip(":") in firsts


@lru_cache(maxsize=None)
def _first_words(headings: frozenset[str]) -> frozenset[str]:
    return frozenset(h.split(" ")[0] for h in headings)


def entry_line(line: str) -> bool:
    """ "Ann Lee - Chief Executive Officer": a participant list's entry shape (names capitalised)."""
    m = ENTRY_LINE.match(line)
    if m is None:
        return False
    name = _SEPARATOR.split(line.strip(), maxsplit=1)[0]
    return all(w[:1].isupper() for w in name.split())


def list_entry_lines(lines: list[str], lex: Lexicon, index: LineIndex | None = None) -> set[int]:
    """The indices of the lines that are entries of a participant list: each line of entry
    shape right under a participant heading or under another such entry. An entry printed
    again, or one over a sentence, is the first speaker's label over the speech (L121m).
    `index`: a `LineIndex` of `lines`, whose heading lines are found once for every helper."""
    index = for_lines(lines, index)
    return index.derived(("participant entries", lex), lambda: _entry_lines(lines, lex, _heading_lines(index, lex)))


def _entry_lines(lines: list[str], lex: Lexicon, headings: list[int]) -> set[int]:
    """`list_entry_lines`, read from each heading line down (`headings`: every line that may
    be one): a list ends at its first line that is no entry."""
    out: set[int] = set()
    for start in headings:
        if not participant_heading(lines[start], lex):
            continue
        listing: set[str] = set()  # the entries of the list being read
        for i in range(start + 1, len(lines)):
            line = lines[i]
            if participant_heading(line, lex):
                break  # (read from there as the next heading)
            if not entry_line(line) or line.strip() in listing \
                    or _sentence(lines[i + 1] if i + 1 < len(lines) else ""):
                break
            out.add(i)
            listing.add(line.strip())
    return out


def _heading_lines(index: LineIndex, lex: Lexicon) -> list[int]:
    """The indices of the lines whose first word may open a participant heading: every
    heading among them (`participant_heading` tells which are)."""
    pattern = _heading_opening(lex.participant_headings)
    if pattern is None:
        return [i for i, line in enumerate(index.lines) if _may_open_heading(line, _first_words(lex.participant_headings))]
    return index.matching(pattern)


@lru_cache(maxsize=None)
def _heading_opening(headings: frozenset[str]) -> re.Pattern | None:
    """A line whose first word is a heading's first word in any case, with or without colons
    (`_may_open_heading`, as one pattern that `LineIndex.matching` maps over the lines). A
    pattern ignoring case matches every word whose lower case is such a word, but for the two
    letters `str.lower` lowers by context or to two characters (the final sigma, the dotted
    capital I): headings with those are read line by line (None)."""
    firsts = _first_words(headings)
    if not firsts or any(ch in word for word in firsts for ch in "\u03c2\u0307"):
        return None
    words = "|".join(map(re.escape, sorted(firsts, key=len, reverse=True)))
    return re.compile(rf"\s*(?:{words}):*(?!\S)", re.IGNORECASE)


MIN_SENTENCE_WORDS = 6


def _sentence(line: str) -> bool:
    """A line of speech under an entry: words that close on a sentence's end."""
    return len(line.split()) >= MIN_SENTENCE_WORDS and line.rstrip()[-1:] in ".?!…"


def _listed(index: LineIndex, lex: Lexicon) -> bool:
    """Whether the text prints a participant heading at all (most texts do not: no list read)."""
    lines = index.lines
    return bool(lex.participant_headings) and any(len(lines[i]) < 40 and participant_heading(lines[i], lex)
                                                  for i in _heading_lines(index, lex))


def listed_names(lines: list[str], lex: Lexicon, index: LineIndex | None = None) -> set[str]:
    """The names of a participant list's entries ("Ann Lee" of "Ann Lee - CFO"); `index`: a
    `LineIndex` of `lines`."""
    index = for_lines(lines, index)
    if not _listed(index, lex):
        return set()
    return {_SEPARATOR.split(lines[i].strip(), maxsplit=1)[0] for i in list_entry_lines(lines, lex, index)}


def entry_candidates(lines: list[str], found: list, lex: Lexicon, index: LineIndex | None = None) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the label candidates on a participant list's entries that
    take a separator for the label's end ("Ann Lee -" saying "CFO"); `index`: a `LineIndex`
    of `lines`."""
    index = for_lines(lines, index)
    if not _listed(index, lex):
        return set()
    # (a line alone is refused by its text wherever printed: "Ann Lee – CEO" over the speech
    # repeats an entry as the first label, which L300i and L121m read)
    return {(c.label, c.rest) for i in list_entry_lines(lines, lex, index) for c in found[i] or () if c.shape != "alone"}
