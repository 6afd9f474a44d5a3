"""Shapes of lines shared by the passes: headings versus sentences; near spellings.

A heading (a title, a site name, a featured-page link) is title-cased and has no sentence
punctuation; speech is made of sentences. Several rules ask this question, so it is
answered here once, as is whether two words are near spellings of each other (`similar`).
"""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

# Final punctuation of a sentence or clause ("Secretary Blinken," opens a speech); a
# closing bracket only after sentence punctuation ("(Laughter.)"), so that "Weapons of
# Mass Destruction (WMD)" still reads as a heading. Ideographic punctuation included.
SENTENCE_END = re.compile(r"([.?!,;:…\"”’'。？！，；：」』]|[.?!]\))$")
# Characters a line `SENTENCE_END` finds ends with ("?)" ends with "?" before its bracket): a C-level
# `endswith` settles most lines of speech before any pattern runs.
SENTENCE_END_CHARS = tuple(".?!,;:…\"”’'。？！，；：」』")


def ends_sentence(text: str) -> bool:
    """`SENTENCE_END.search(text) is not None`, read in the last three characters only (its
    longest match and a final line feed): searched in a whole long line, the pattern, which
    opens with no literal, is tried at every character."""
    return SENTENCE_END.search(text[-3:]) is not None


# Sentence punctuation inside a line, not after an initial ("J. Blinken") or "Mr.".
INNER_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr|\bMs|\bDr|\bSt)[.?!]\s")


def title_cased(text: str, small_words: frozenset, min_words: int = 2, share: float = 0.8) -> bool:
    """At least `min_words` words, no sentence punctuation, and most words that are not
    small words (the lexicon's) capitalised (or numbers)."""
    words = text.split()
    if len(words) < min_words or SENTENCE_END.search(text) or INNER_SENTENCE_END.search(text) \
            or re.search(r"[,;]\s", text):
        return False
    content = [w for w in words if w.lower() not in small_words]
    return bool(content) and sum(w[:1].isupper() or w[:1].isdigit() for w in content) >= share * len(content)


def similar(a: str, b: str, threshold: float) -> bool:
    """`SequenceMatcher(None, a, b).ratio() >= threshold`, the same answer sooner: the quick
    ratios are upper bounds of the ratio (lengths, then shared characters), and most pairs
    compared fail them, so the costly matching blocks are found only for near spellings. The
    quick ratios are `SequenceMatcher`'s own, reckoned without building one (its index of the
    second string cost more than both)."""
    total = len(a) + len(b)
    if _ratio(min(len(a), len(b)), total) < threshold:  # `real_quick_ratio`
        return False
    counts, others = _counts(a), _counts(b)
    shared = sum(min(n, others.get(c, 0)) for c, n in counts.items())  # (`Counter(a) & Counter(b)`)
    if _ratio(shared, total) < threshold:  # `quick_ratio`
        return False
    return SequenceMatcher(None, a, b).ratio() >= threshold


@lru_cache(maxsize=8192)
def _counts(text: str) -> dict[str, int]:
    """How often each character occurs in `text`: a label's key is compared with those of
    many others, so each is counted once (counting both for each pair cost half the test)."""
    return dict(Counter(text))


def _ratio(matches: int, length: int) -> float:
    """`difflib`'s ratio of `matches` characters in strings of `length` together."""
    return 2.0 * matches / length if length else 1.0
