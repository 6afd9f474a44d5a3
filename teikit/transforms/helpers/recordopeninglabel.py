"""A Record's one speech: its titled surname in capitals printed once, at the top (L1304h).

The Congressional Record prints a speaker as an honorific and a surname in capitals before a
full stop (`Ms. PELOSI. Thank you, ...`, L1218h). A page that extracts one speech prints that
label once: no second speaker makes the style (L1218h asks for two). The label is still
evidence enough when it opens the page's first line of prose, under header lines only
(headings, fences, a byline), and no label of a stronger shape is printed twice.
"""
from __future__ import annotations

# The header lines a Record extract prints above the speech: a title, a hash, a byline, fences.
MAX_HEADER_LINES = 8
# ... each a short line.
MAX_HEADER_WORDS = 12
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
        if header > MAX_HEADER_LINES or len(text.split()) > MAX_HEADER_WORDS or text.endswith(_SENTENCE_ENDS):
            return False
    return False
