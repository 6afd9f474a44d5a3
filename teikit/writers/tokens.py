"""Words and tokens of a turn, shared by the corpus-linguistics writers (tsv, vert).

Annotated TEI (ParlaMint `-ana`) brings its own tokens; for everything else a plain rule
splits the printed text: a word is a run of letters, digits and inner apostrophes, hyphens
or dots ("don't", "well-known", "3.5"), any other non-space character is a punctuation
token. No lemma or part of speech is invented.
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, Paragraph, Text, Turn

_TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]")


def split(text: str) -> list[tuple[str, bool]]:
    """(token, space_after) pairs of a text; space_after is False when the next token
    follows without a space."""
    out = []
    for match in _TOKEN.finditer(text):
        out.append((match.group(), True))
        if len(out) > 1 and match.start() == previous_end:
            out[-2] = (out[-2][0], False)
        previous_end = match.end()
    return out


def is_word(token: str) -> bool:
    return any(c.isalnum() for c in token)


def paragraph_text(para: Paragraph) -> str:
    """What the paragraph says: its sentences (annotated TEI) or its printed text."""
    if para.sentences:
        return " ".join(s.text for s in para.sentences)
    return " ".join(para.text.split())


def speech_text(para: Paragraph) -> str:
    """The words of a paragraph without its events and notes ("(Laughter.)")."""
    if para.sentences:
        return paragraph_text(para)
    parts = [i.text if isinstance(i, Text) else " " for i in para.content
             if isinstance(i, (Text, LineBreak))]
    return " ".join("".join(parts).split())


def word_count(turn: Turn) -> int:
    """Words spoken in a turn: annotated words (`w`), or the words of the printed text
    with events and notes left out."""
    total = 0
    for para in turn.paragraphs:
        if not isinstance(para, Paragraph):
            continue  # site lines inside a turn (Boilerplate) are not speech
        if para.sentences:
            total += sum(not t.punct for s in para.sentences for t in s.tokens)
        else:
            total += sum(is_word(tok) for tok, _ in split(speech_text(para)))
    return total
