"""Speaker blocks of a parliamentary record as a site renders it, one line each.

Record sites (Hansard on a third-party site) print before each speech a block of short
lines: the section heading, the time of day, the member's riding and party, and then the
label alone on its line, often with party and office fused to the name:

    Harbour WeekRoutine Proceedings
    3:05 p.m.
    North Hill Ontario
    Liberal
    Ann Roe LiberalMinister of Harbours
    Mr. Speaker, the harbour opens today.

A line holding only a time of day (`3:05 p.m.`, `15.05 Uhr`) opens such a block. In a
document with at least `MIN_BLOCKS` of them, the short lines after the time (no sentence
punctuation at their end) up to the first line of speech are the block: the last is the
label (a turn opens there), the others the member's details (notes); the short lines just
before the time, after a speech, are the section heading. Nothing is taken when a block
has no label line, or a last line that reads as an agenda item rather than a member (no
detail fused in it, no form of address, office or role word).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Heading, HeaderKind, HeaderLine, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.shapes import SENTENCE_END

# A time of day alone on a line, with its unit: "3:05 p.m.", "10.30 am", "15.05 Uhr", "9h30".
CLOCK_LINE = re.compile(r"^\d{1,2}(?:[:.]\d{2}[ \u00a0]?(?:[ap]\.?[ \u00a0]?m\.?|uhr|h)|h\d{2})$", re.IGNORECASE)
MIN_BLOCKS = 2
MAX_BLOCK_LINES = 4      # lines between the time and the speech (details and the label)
MAX_HEADING_LINES = 2    # section heading lines before the time
MAX_SHORT_CHARS = 80
MAX_SHORT_WORDS = 10


def split_record_blocks(doc: Transcript, lex: Lexicon, timed: list) -> set[int]:
    """Rebuild the blocks of such a record; the ids of the turns opened at its labels.
    `timed`: (paragraph, text) of the one-line paragraphs that open with a digit."""
    blocks = doc.blocks
    clocks = [b for b, text in timed if len(text) <= 12 and CLOCK_LINE.match(text.strip())]
    if len(clocks) < MIN_BLOCKS:
        return set()  # most documents: no time-of-day lines
    clocks = positions(blocks, clocks)
    found = [(t, _block_after(blocks, t)) for t in clocks]
    found = [(t, end) for t, end in found if end is not None and _member_label(blocks, t, end, lex)]
    if len(found) < MIN_BLOCKS:
        return set()
    replace: dict[int, object] = {}
    opened: set[int] = set()
    for n, (t, end) in enumerate(found):
        if n:  # (before the first label, the header pass reads the lines)
            replace[t] = HeaderLine(HeaderKind.TIME, _text(blocks[t]).strip(), blocks[t].line)
            for i in range(t + 1, end):
                replace[i] = HeaderLine(HeaderKind.NOTE, _text(blocks[i]).strip(), blocks[i].line)
        label = _text(blocks[end]).strip()
        details = [_text(blocks[i]).strip() for i in range(t + 1, end)]
        turn = Turn(label=label, name=_speaker_part(label, details, lex), line=blocks[end].line)
        replace[end] = turn
        opened.add(id(turn))
        if n:  # a heading over the time, after the speech before it (the first is the header's)
            i = t - 1
            while i > t - 1 - MAX_HEADING_LINES and i not in replace and _short(blocks[i]):
                replace[i] = Heading(_text(blocks[i]).strip(), level=2)
                i -= 1
    doc.blocks = [replace.get(i, b) for i, b in enumerate(blocks)]
    return opened


def _member_label(blocks: list, t: int, end: int, lex: Lexicon) -> bool:
    """The block's last line reads as a member's label, not an agenda item ("10:30 a.m." /
    "Opening Remarks"): it prints a detail line of the block fused inside it (the party), or
    a form of address, an office or a role word ("The Speaker", "Some hon. members")."""
    label = _text(blocks[end])
    if any(_text(blocks[i]).strip() in label for i in range(t + 1, end)):
        return True
    words = {w.lower().strip(".,") for w in label.split()} | {w.lower().strip(",") for w in label.split()}
    return bool(words & (lex.honorifics | lex.title_words | lex.chair_words | lex.label_role_words) - lex.articles)


def _speaker_part(label: str, details: list[str], lex: Lexicon) -> str:
    """The label read as "Name, Office (Party)" when a detail line of the block (the party)
    is fused inside it between a name and an office ("The Speaker Liberal Ann Roe", "Ann Roe
    LiberalMinister of Harbours"); otherwise the label as printed."""
    for party in details:
        at = label.find(party, 1)
        before, after = label[:at].strip(), label[at + len(party):].strip()
        if at < 0 or not before or not after:
            continue
        offices = [part for part in (before, after) if _office(part, lex)]
        if len(offices) == 1:
            name = after if offices[0] is before else before
            return f"{name}, {offices[0]} ({party})"
    return label


def _office(part: str, lex: Lexicon) -> bool:
    """ "Minister of Harbours", "The Speaker": an office word, or an article before it (a
    name has none)."""
    words = [w.lower().strip(".,") for w in part.split()]
    return words[0] in lex.articles or any(
        w not in lex.articles and (w in lex.title_words or w in lex.chair_words) for w in words)


def positions(blocks: list, found: list) -> list[int]:
    """The indices in `blocks` of the blocks `found`, in order (asked only of the few
    documents that show a shape)."""
    wanted = {id(b) for b in found}
    return [i for i, b in enumerate(blocks) if id(b) in wanted]


def _block_after(blocks: list, t: int) -> int | None:
    """The index of the label line of the block opened by the time at `t`, or None."""
    i = t + 1
    while i < len(blocks) and i - t <= MAX_BLOCK_LINES and _short(blocks[i]):
        i += 1
    if i == t + 1 or i >= len(blocks) or not _one_line(blocks[i]):
        return None  # no label line, or no speech after it
    return i - 1


def _one_line(block) -> bool:
    return type(block) is Paragraph and len(block.content) == 1 and type(block.content[0]) is Text


def _text(block) -> str:
    return block.content[0].text


def _short(block) -> bool:
    """A short line of words that does not end like a sentence and is no bracketed note."""
    if not _one_line(block):
        return False
    text = _text(block).strip()
    return 0 < len(text) <= MAX_SHORT_CHARS and len(text.split()) <= MAX_SHORT_WORDS \
        and text[:1].isupper() and SENTENCE_END.search(text) is None and not CLOCK_LINE.match(text)
