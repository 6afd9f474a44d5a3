"""How far from a line's start a label's colon may stand.

A label is at most `MAX_LABEL_CHARS` long, but an upper-case label may run longer: a name and a
long office in capitals, its acronym in brackets, as stenographic versions print officials
("ANN ROE PADILLA, TITULAR DE LA PROCURADURÍA FEDERAL DEL CONSUMIDOR (PROFECO):").
"""
from __future__ import annotations

import re

MAX_LABEL_CHARS = 80
MAX_UPPER_LABEL_CHARS = 160
_LOWER = re.compile(r"[^\W\d_A-ZÀ-ÞА-ЯЁ]")  # a lower-case letter (or a letter of a caseless script)


def label_reach(line: str) -> int:
    """How far from the line's start a label's colon may stand: further for a line whose
    first `MAX_LABEL_CHARS` characters hold no lower-case letter."""
    if len(line) > MAX_LABEL_CHARS and line[:2].isupper() and not _LOWER.search(line, 0, MAX_LABEL_CHARS):
        return MAX_UPPER_LABEL_CHARS
    return MAX_LABEL_CHARS
