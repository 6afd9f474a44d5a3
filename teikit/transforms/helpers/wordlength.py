"""How long a paragraph is in words, for scripts written without spaces (T535a).

Chinese and Japanese print a sentence without spaces between words: `text.split()` counts a
whole question (`港口有多少年历史？`) or a whole answer as one word, so a rule that compares the
length of questions and answers sees them all alike. Here a run of ideographs or kana counts
one word per `CHARS_PER_WORD` characters (a Chinese word is one to three characters, two on
average), the rest of the text as `split()` counts it (punctuation alone left out).
"""
from __future__ import annotations

import re

CHARS_PER_WORD = 2
# ideographs (CJK unified, extension A, compatibility), hiragana and katakana
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def words_in(text: str) -> int:
    """The words of `text`: `len(text.split())` for spaced scripts (at C speed when the text
    holds no ideograph or kana), the unspaced runs counted by their characters."""
    if text.isascii():
        return len(text.split())
    runs = _UNSPACED.findall(text)
    if not runs:
        return len(text.split())
    rest = _UNSPACED.sub(" ", text).split()  # (a full-width mark left alone is no word)
    return sum(any(c.isalnum() for c in w) for w in rest) + sum(-(-len(run) // CHARS_PER_WORD) for run in runs)
