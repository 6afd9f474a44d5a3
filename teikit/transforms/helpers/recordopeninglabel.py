"""A Record's one speech: its titled surname in capitals printed once, at the top (L1304h), or
an office alone (L1200i).

The Congressional Record prints a speaker as an honorific and a surname in capitals before a
full stop (`Ms. PELOSI. Thank you, ...`, L1218h). A page that extracts one speech prints that
label once: no second speaker makes the style (L1218h asks for two). The label is still
evidence enough when it opens the page's first line of prose, under header lines only
(headings, fences, a byline, a dateline, source notes in brackets), and no label of a stronger shape is printed twice.
Compilations of official records and short captures of a sitting print an office the same way,
once, before the speech begins: `The President. Good morning.`, `Председательствующий.
Уважаемые члены Совета Федерации, ...` (L1200i).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon

# The header lines a Record extract prints above the speech: a title, a hash, a byline, fences.
MAX_HEADER_LINES = 8
# ... each a short line.
MAX_HEADER_WORDS = 12
# A line this short is a heading or a dateline even when it ends in a full stop
# ("20 мая 2015 года. 10 часов.", "Зал заседаний Совета Федерации."), not prose (L1200i).
MAX_DATELINE_WORDS = 6
_SENTENCE_ENDS = (".", "?", "!", "…")


def opens_the_speech(lines: list[str], label: str) -> bool:
    """`label` opens the first line of prose of `lines`, under at most `MAX_HEADER_LINES` short
    lines that end no sentence."""
    header = 0
    for line in lines:
        text = line.strip()
        if not text:
            continue
        if text.startswith(label):
            return True
        header += 1
        if text[:1] == "[" and text[-1:] == "]":
            continue  # "[Weekly Compilation of Presidential Documents Volume 44, ...]": a source note
        words = len(text.split())
        if header > MAX_HEADER_LINES or words > MAX_HEADER_WORDS or (
                text.endswith(_SENTENCE_ENDS) and words > MAX_DATELINE_WORDS):
            return False
    return False


def office_alone(base: str, lex: Lexicon) -> bool:
    """ "The President", "Председательствующий", "Der Präsident": an office (a label role word
    or the chair's), alone or after articles, no name (L1200i)."""
    words = base.split()
    if not 1 <= len(words) <= 3 or words[0][:1].islower():  # (an ideograph has no case)
        return False
    office = words[-1].lower()
    if office not in lex.label_role_words and office not in lex.chair_words:
        return False
    # (after an honorific the office is an address opening a question: "Herr Bundeskanzler. Vor
    # einer Woche ...", "Mr. President. ...")
    return all(w.lower() in lex.articles for w in words[:-1])
