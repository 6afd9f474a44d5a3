"""OCR debris of a typescript's margin before a bare question or answer letter (T2313l).

The raw OCR of a typed deposition reads the margin's line numbers, its rule and stray marks
as short tokens before the letters that open the questions and answers:

    4 Q What year were you put on that detail?
    H A Cuban operations, economic warfare.
    3 12 | Q Between 1964 and 1973?

In a text that prints its bare question letters at line starts (lexicon `bare_labels`), a
line that opens with one to three such tokens (three characters at most each, one at least
holding a digit, a capital or a mark: no run of small words), then the question or answer
letter, a space and a capital (or an opening bracket: "A (Nods in affirmative.)"), has its
tokens set apart as a margin note (`note[@type='line']`, as margin numbers are) on a line of
their own, so that the letter opens its line; `MIN_DEBRIS_LINES` such lines at least. Lines
of speech that open with small words ("so do A ...") and a list's bullet before the letter ("• Q
But …", T902d) stay as they were.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Note, Paragraph, Text, Transcript
from teikit.transforms.helpers.labelblocks import LINE_NUMBER_NOTE
from teikit.transforms.helpers.labelshapes import list_bullet
from teikit.transforms.helpers.lines import joined, lines_of

MIN_DEBRIS_LINES = 3
MIN_BARE_QUESTIONS = 2


@lru_cache(maxsize=None)
def _patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern] | None:
    """(a line opened by debris and a letter, a line opened by the bare question letter)."""
    questions = [w for w in lex.bare_labels if w in lex.question_labels and len(w) == 1]
    answers = [w for w in lex.answer_labels if len(w) == 1]
    if not questions or not answers:
        return None
    letters = "|".join(map(re.escape, questions + answers[:1]))
    debris = re.compile(rf"((?:\S{{1,3}}[ \t]+){{1,3}})(?=(?:{letters}) (?:[^\W\d_a-z]|\())")
    bare = re.compile(rf"(?:{'|'.join(map(re.escape, questions))}) [^\W\d_a-z]")
    return debris, bare


def _debris(text: str, pattern: re.Pattern) -> int:
    """End of the debris before the letter on this line, or 0."""
    m = pattern.match(text)
    if m is None or not any(not t.isalpha() or not t.islower() for t in m.group(1).split()) or list_bullet(text):
        return 0  # (a list's bullet before the letter is the label's: "• Q But …", T902d)
    return m.end()


def set_letter_debris_apart(doc: Transcript, lex: Lexicon) -> None:
    """Set the margin debris before the bare letters apart (see the module), in place."""
    patterns = _patterns(lex)
    if patterns is None:
        return
    debris, bare = patterns
    paragraphs = [b for b in doc.blocks if type(b) is Paragraph]
    split = [lines_of(p) for p in paragraphs]  # (split once: read again below when debris is found)
    texts = [items[0].text for lines in split for items in lines if items and type(items[0]) is Text]
    if sum(1 for t in texts if bare.match(t)) < MIN_BARE_QUESTIONS \
            or sum(1 for t in texts if _debris(t, debris)) < MIN_DEBRIS_LINES:
        return
    for paragraph, lines in zip(paragraphs, split):
        out: list = []
        for items in lines:
            end = _debris(items[0].text, debris) if items and type(items[0]) is Text else 0
            if not end:
                out.append(items)
                continue
            text = items[0].text
            out.append([Note(type=LINE_NUMBER_NOTE, text=text[:end].rstrip())])
            out.append([Text(text[end:])] + list(items[1:]))
        if len(out) != len(lines):
            paragraph.content = joined(out, paragraph.line).content
