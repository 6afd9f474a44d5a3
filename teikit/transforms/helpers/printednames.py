"""Where a speaker's name or surname is printed in a text, found without compiling a pattern
for the name. The roles rules compiled one per speaker and text set ("(?i:Roe)"): hundreds a
corpus pass, a pattern each a tenth of a millisecond, and each one pushed a pattern the other
rules keep asking for out of `re`'s cache of 512.

The answers are those the patterns give, for ASCII names only, in texts where matching them
regardless of case is comparing lower cases character for character (`comparable`). Elsewhere
("Журавлев", "Ömer") the callers compile their pattern as before; `None` tells them so.
"""
from __future__ import annotations

from collections.abc import Iterator


def word_char(ch: str) -> bool:
    """A character `re` reads as `\\w` in a text: a letter, a digit or "_"."""
    return ch.isalnum() or ch == "_"


def word_boundary(text: str, at: int) -> bool:
    """`re`'s `\\b` at `at`: a word character on one side of it only."""
    before = at > 0 and word_char(text[at - 1])
    after = at < len(text) and word_char(text[at])
    return before != after


def comparable(text: str, low: str) -> bool:
    """An ASCII phrase matches `text` regardless of case, in `re`, exactly where `low`
    (`text.lower()`) prints the phrase in lower case. So it is unless the text holds one of
    the three letters that break it: "İ", whose lower case has two characters (the indexes
    would shift), and "ı" and "ſ", which `re` takes for "i" and "s" though their lower cases
    differ (the Kelvin sign lowers to "k", as `re` reads it)."""
    return text.isascii() or (len(low) == len(text) and "ı" not in low and "ſ" not in low)


def standalone(text: str, low: str, word: str) -> Iterator[tuple[int, int]] | None:
    """(start, end) of each printing of `word` in `text` regardless of case, with neither a
    word character nor a hyphen right before or after it, as `re.finditer(rf"(?<![\\w-])
    (?i:{re.escape(word)})(?![\\w-])", text)` finds them (left to right, none overlapping);
    `low` is `text.lower()`. None unless `word` is ASCII and the text `comparable`."""
    if not word or not word.isascii() or not comparable(text, low):
        return None
    return _standalone(text, low, word.lower())


def _standalone(text: str, low: str, needle: str) -> Iterator[tuple[int, int]]:
    at = low.find(needle)
    while at >= 0:
        end = at + len(needle)
        if not (at and (word_char(text[at - 1]) or text[at - 1] == "-")) \
                and not (end < len(text) and (word_char(text[end]) or text[end] == "-")):
            yield at, end
            at = low.find(needle, end)
        else:
            at = low.find(needle, at + 1)
