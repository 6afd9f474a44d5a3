"""A question or answer letter glued to the end of the turn before it (L1601i).

A transcript printed from a PDF (a court's, an inquiry's) loses a line break now and then, and
the witness's answer runs on from the question with no space: `… your full name, please?A.
Grant James McKay.`. `gluedlabels` cuts a label glued so when a colon follows it; the letters
of a Q./A. transcript carry a full stop instead. When the text opens a line with a question or
answer letter and its stop (`Q. Just when …`, lexicon `question_labels` / `answer_labels`, one
letter long), such a letter glued to a sentence's end (after a word of two letters or more, so
not an initial of `U.S.A.`), followed by a space and speech that does not open in lower case,
starts a turn: the paragraph is cut before the letter, and the labels pass reads it at a line
start.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Text, Transcript
from teikit.transforms.helpers.gluedlabels import cut_paragraphs


def _letters(lex: Lexicon) -> list[str]:
    return sorted({w for w in lex.question_labels + lex.answer_labels if len(w) == 1 and w.isalpha()})


def split_glued_letters(doc: Transcript, lex: Lexicon) -> bool:
    """Cut paragraphs before Q./A. letters glued to the sentence before them; True when one was."""
    letters = _letters(lex)
    if not letters:
        return False
    alternatives = "|".join(map(re.escape, letters))
    opening = re.compile(rf"^(?:{alternatives})\.[ \t\u00a0]+\S")
    texts = [item for block in doc.blocks if type(block) is Paragraph
             for item in block.content if type(item) is Text]
    if not any(opening.match(item.text) for item in texts):
        return False  # the text prints no letter with its stop at a line start: no Q./A. transcript
    # the stop first, the two letters before it looked behind from there: a pattern that opens
    # with a character set is scanned for it at C speed, one that opens with a lookbehind is
    # tried at every character of the text (six times slower on a long transcript)
    glued = re.compile(rf"[.?!…](?<=[^\W\d_]{{2}}.)[\"»”’)]?(?=(?:{alternatives})\.[ \u00a0]+[^\s])")
    found: dict[int, list[int]] = {}
    for start in range(0, len(texts), _BATCH_TEXTS):
        _find_glued(glued, texts[start:start + _BATCH_TEXTS], found)
    if not found:
        return False
    cut_paragraphs(doc, found)
    return True


# Texts scanned together (bounds the memory of their joined copy: a long transcript's whole
# text joined was a tenth of its conversion's peak).
_BATCH_TEXTS = 2048


def _find_glued(glued: re.Pattern, texts: list[Text], found: dict[int, list[int]]) -> None:
    """Add where `glued` finds a letter in each text, before speech not in lower case, to
    `found` (the text's id -> positions). One scan of the texts joined by line feeds, not one
    per text (a long transcript's lines: the calls cost more than the scan). No match crosses a
    feed: the letters and the stop before the letter, and the spaces after its stop, are none."""
    joined = "\n".join(item.text for item in texts)
    ends = list(accumulate(len(item.text) + 1 for item in texts))  # (each text's end, and its feed)
    for m in glued.finditer(joined):
        k = bisect_right(ends, m.end())  # the text holding the letter
        item, at = texts[k], m.end() - (ends[k - 1] if k else 0)
        speech = item.text[at + 2:].lstrip(" \u00a0")
        if not speech[:1].islower():
            found.setdefault(id(item), []).append(at)
