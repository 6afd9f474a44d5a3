"""Titles printed as sentences. On the first line: "Press conference of the President
Ann Lee. Wednesday 10 May 2023. Transcript." (the occasion, the date, the kind of text).

The header pass takes a line with sentence ends for speech; over a labelled transcript,
a first line that opens with an occasion phrase (lexicon `occasions`) and holds a date, in
sentences of at most `MAX_SENTENCE_WORDS` words, is the title; and the one line right over
the first labelled turn can be a heading though it ends with a full stop
(`heading_sentence`).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.headerlines import header_shapes, occasion
from teikit.transforms.helpers.leadlines import lead_kind
from teikit.transforms.helpers.shapes import INNER_SENTENCE_END

MAX_TITLE_CHARS = 250
MAX_SENTENCE_WORDS = 14
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def title_from_first_line(doc: Transcript, lex: Lexicon) -> None:
    at = next((i for i, b in enumerate(doc.blocks) if type(b) in (Turn, Paragraph)), None)
    turn = doc.blocks[at] if at is not None else None
    if type(turn) is not Turn or turn.label is not None or not turn.paragraphs:
        return  # (most documents open with a title line or a label)
    if any(type(b) is HeaderLine and b.kind == HeaderKind.TITLE for b in doc.blocks[:at]):
        return
    first = turn.paragraphs[0]
    if type(first) is not Paragraph or len(first.content) != 1 or type(first.content[0]) is not Text:
        return
    text = first.content[0].text.strip()
    if len(text) > MAX_TITLE_CHARS or not _sentence_title(text, lex) or \
            not any(type(b) is Turn and b.label for b in doc.blocks[at + 1:]):
        return
    doc.blocks.insert(at, HeaderLine(HeaderKind.TITLE, text, first.line))
    turn.paragraphs.pop(0)
    if not turn.paragraphs:
        doc.blocks.remove(turn)


def _sentence_title(text: str, lex: Lexicon) -> bool:
    m = header_shapes(lex).occasion.match(text)
    return m is not None and find_date(text, lex) is not None and all(
        len(s.split()) <= MAX_SENTENCE_WORDS for s in _SENTENCES.split(text))


# A word in capitals before a colon inside a line: a label glued into speech ("… trade
# PRESIDENT: Good morning."), which no heading holds.
_GLUED_LABEL = re.compile(r"\b[^\W\d_a-zà-ÿ]{2,}[:：]")
# A heading over the first turn in capitals has at least this many words.
MIN_CAPITAL_HEADING_WORDS = 5


def heading_sentence(text: str, lex: Lexicon) -> bool:
    """The one line right over the first labelled turn is a heading, though it ends with a
    full stop, when it is one sentence printed in capitals ("INTERPELLATION OF THE GROUP
    ... ON THE TRAINING COURSES."), opens with the occasion and no lead rule claims it
    ("Entrevista al presidente …, en el programa “El Mañana”.") or names an occasion and
    ends with its date ("Meeting of the President with the press at the airport, Friday 14
    October 1983.")."""
    if INNER_SENTENCE_END.search(text.rstrip(" .")):
        return False
    if _in_capitals(text):
        return True
    if header_shapes(lex).occasion.match(text.strip()) and lead_kind(text, lex) is None \
            and not _GLUED_LABEL.search(text):
        return True  # "Entrevista al presidente …, en el programa “El Mañana”.": it opens with the occasion
    found = find_date(text, lex)
    return found is not None and not text[found[1]:].strip(" .") and occasion(text, lex) is not None


def _in_capitals(text: str) -> bool:
    """Five words or more, nine letters in ten or more in capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= MIN_CAPITAL_HEADING_WORDS and bool(letters) \
        and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def first_line_in_capitals(text: str, rest: list) -> bool:
    """The page's first line, one sentence in capitals ("COMPARECENCIA DEL PRESIDENTE …, EL 1º
    DE NOVIEMBRE DE 1999."), over labelled turns whose speech is not in capitals: the page's
    heading, though it ends with a full stop and other lines stand between it and the first
    turn (H2307l). Over speech in capitals (a caption file) it may be speech."""
    if INNER_SENTENCE_END.search(text.rstrip(" .")) or not _in_capitals(text):
        return False
    return not _speech_in_capitals(rest)


def heading_over_notes(text: str, rest: list) -> bool:
    """A heading sentence with bracketed notes between it and the first labelled turn
    (H2280l) is the heading, but for a line in capitals over speech in capitals: a caption
    file's first words, which the notes do not make a heading (H2307l)."""
    return not (_in_capitals(text) and _speech_in_capitals(rest))


def _speech_in_capitals(rest: list) -> bool:
    """The first labelled turn's first paragraph holds no lower-case letter (or there is none)."""
    first = next((t for t in rest if type(t) is Turn and t.label), None)
    speech = first.paragraphs[0] if first is not None and first.paragraphs else None
    return not (type(speech) is Paragraph and any(c.islower() for c in speech.text))
