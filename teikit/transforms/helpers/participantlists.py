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


def list_entry_lines(lines: list[str], lex: Lexicon) -> set[int]:
    """The indices of the lines that are entries of a participant list: each line of entry
    shape right under a participant heading or under another such entry. An entry printed
    again, or one over a sentence, is the first speaker's label over the speech (L121m)."""
    out: set[int] = set()
    listing: set[str] | None = None  # the entries of the list being read
    firsts = _first_words(lex.participant_headings)  # (looked up once, not once a line)
    for i, line in enumerate(lines):
        if _may_open_heading(line, firsts) and participant_heading(line, lex):
            listing = set()
        elif listing is not None and entry_line(line) and line.strip() not in listing \
                and not _sentence(lines[i + 1] if i + 1 < len(lines) else ""):
            out.add(i)
            listing.add(line.strip())
        else:
            listing = None
    return out


MIN_SENTENCE_WORDS = 6


def _sentence(line: str) -> bool:
    """A line of speech under an entry: words that close on a sentence's end."""
    return len(line.split()) >= MIN_SENTENCE_WORDS and line.rstrip()[-1:] in ".?!…"


def _listed(lines: list[str], lex: Lexicon) -> bool:
    """Whether the text prints a participant heading at all (most texts do not: no list read)."""
    return bool(lex.participant_headings) and any(len(line) < 40 and participant_heading(line, lex) for line in lines)


def listed_names(lines: list[str], lex: Lexicon) -> set[str]:
    """The names of a participant list's entries ("Ann Lee" of "Ann Lee - CFO")."""
    if not _listed(lines, lex):
        return set()
    return {_SEPARATOR.split(lines[i].strip(), maxsplit=1)[0] for i in list_entry_lines(lines, lex)}


def entry_candidates(lines: list[str], found: list, lex: Lexicon) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the label candidates on a participant list's entries that
    take a separator for the label's end ("Ann Lee -" saying "CFO")."""
    if not _listed(lines, lex):
        return set()
    # (a line alone is refused by its text wherever printed: "Ann Lee – CEO" over the speech
    # repeats an entry as the first label, which L300i and L121m read)
    return {(c.label, c.rest) for i in list_entry_lines(lines, lex) for c in found[i] or () if c.shape != "alone"}
