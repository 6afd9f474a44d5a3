"""A transcript heading whose phrase goes on, after a blank line, in lower case (H2406l).

`Стенограмма пресс-конференции в “МК”` / (blank line) / `главы Антидопинговой службы России
Николая Дмитриевича Дурманова`: a page prints its heading over two paragraphs, the second
opening in lower case (the genitive of whose press conference it is), so it cannot open a
heading of its own. Both lines are the title. The heading line names the transcript (the
lexicon's `transcript_words` opening it, `titlelabels.transcript_heading`); the line under it
closes no sentence, is a heading's length and names someone or something (a capitalised word
after its first), or opens with a link word ("COMPTE RENDU" / "de la première séance", H2482m); a
line of tags under the heading (`transcription conseil`) goes on with neither. `wrappedheadings` joins the lines of one
paragraph; this joins two, one blank line apart.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.titlelabels import transcript_heading

MAX_TAIL_WORDS = 12
MAX_LINES_APART = 2  # the next line, or the one after a blank line
_CLOSED = (".", ":", ";", "!", "?", "…", "：", "。")


def transcript_heading_tails(lines: list, lex: Lexicon) -> None:
    """Mark as title a transcript heading and the lower-case line that goes on with it."""
    for first, second in zip(lines, lines[1:]):
        if first.kind not in (K.UNKNOWN, K.TITLE, K.NOTE) or second.kind != K.UNKNOWN:
            continue
        tail = second.text.strip()
        if not tail[:1].islower() or tail.endswith(_CLOSED) or len(tail.split()) > MAX_TAIL_WORDS \
                or not (any(w[:1].isupper() for w in tail.split()[1:]) or _linked(tail, lex)):
            continue  # (a page's tags under its heading, "transcription conseil", name nobody)
        if lex.transcript_words and lex.pattern("transcript_words").search(tail):
            continue
        if first.line and second.line and second.line - first.line <= MAX_LINES_APART \
                and transcript_heading(first.text, lex):
            first.kind = second.kind = K.TITLE


def _linked(tail: str, lex: Lexicon) -> bool:
    """ "de la première séance" under "COMPTE RENDU": the tail opens with a link word (the
    lexicon's `occasion_links`, `office_links`) saying whose or which the record is (H2482m)."""
    first = tail.split(None, 1)[0].lower()
    return first in lex.occasion_links or first in lex.office_links
