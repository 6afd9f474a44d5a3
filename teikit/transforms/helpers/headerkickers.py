"""A kicker over the headline: a topic of a few words printed right above the headline, which
names the same topic again in a sentence (H711b).

    Festival de Cannes
    Le jury du Festival de Cannes raconte ses choix

    100 Jahre Elbphilharmonie
    Die Elbphilharmonie ist „ein Haus für alle geworden“

The kicker is a short line (at most `MAX_KICKER_WORDS` words of letters; a number, as a
jubilee's `100`, is not counted) of one phrase (no comma: `Show, 19 September` is a programme
and its date) that closes no sentence; the
line under it is longer, of a heading's length, closes no sentence with a full stop, and
repeats a word of the kicker. The headline is the title: the kicker is neither a title held
inside it (`headerneighbours.held_title`) nor a headline over its standfirst
(`headerneighbours.headline_over_standfirst`).
"""
from __future__ import annotations

import re

MAX_KICKER_WORDS = 3
# The headline under a kicker: words at least, at most.
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_WORDS = 20

_WORD = re.compile(r"[^\W\d_]{2,}")
# A kicker closes no sentence and introduces nothing.
_KICKER_CLOSE = (".", ":", "!", "?", "…", ";")
# A kicker is one phrase: a comma in it parts a name from a date or a place ("Show, 19 September").
_PARTED = (",", "|", "，")


def kicker_over(kicker: str, headline: str) -> bool:
    """`kicker` is a kicker printed right over `headline` (see the module's docstring)."""
    kicker, headline = kicker.strip(), headline.strip()
    words, below = [w for w in kicker.split() if _WORD.search(w)], headline.split()
    if not 1 <= len(words) <= MAX_KICKER_WORDS or kicker.endswith(_KICKER_CLOSE) or any(m in kicker for m in _PARTED):
        return False
    if not MIN_HEADLINE_WORDS <= len(below) <= MAX_HEADLINE_WORDS or headline.endswith("."):
        return False
    own = {w.casefold() for w in _WORD.findall(kicker)}
    return bool(own & {w.casefold() for w in _WORD.findall(headline)})
