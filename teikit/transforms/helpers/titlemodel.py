"""The title among unclaimed header lines, by a small score (H160g).

When no shape rule claimed the title (no `title:` field, no "Transcript: ..." heading, no
heading under a breadcrumb), every candidate heading gets a score: the sum of the weights of
the features it has. The features are positional (the heading nearest above the first dated
line; the first of the candidates; the longest), shape (a sentence's closing stop; words in
title case or capitals; a length outside a headline's range) and agreement (a headline over a
longer standfirst repeating its words; the same words printed again in another header line).
The highest score wins; of equal scores the earliest line (source order: deterministic).

The weights are few integers, chosen by leave-one-set-out over the development sets (each
set's figure measured with weights chosen on the other sets): see docs/convert-shapes.md H160g.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.headerdates import above_date
from teikit.transforms.helpers.headerneighbours import headline_over_standfirst


class Weights(NamedTuple):
    before_date: int = 8   # nearest heading above the first dated line (date/byline under the title)
    standfirst: int = 4    # a headline over a longer line that repeats its words
    longest: int = 2       # the longest candidate
    first: int = 0         # the first candidate after the furniture
    headline_case: int = 0  # most words capitalised or in capitals
    sentence_end: int = 0  # closes like a sentence ("."/"!"/"?"): a lead, not a headline (subtracted)
    off_length: int = 0    # fewer than MIN_WORDS or more than MAX_WORDS words (subtracted)
    repeated: int = 0      # its words printed again in another header line


WEIGHTS = Weights()

# A headline's length in words (ideographic lines count one word per two ideographs).
MIN_WORDS, MAX_WORDS = 3, 30
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"(?<!\.\.)[.!?。！？]\s*$")


def word_count(text: str) -> int:
    return len(text.split()) + len(_IDEOGRAPH.findall(text)) // 2


def headline_case(text: str) -> bool:
    """At least two words and most of the words of four letters or more open with a capital
    (title case, or capitals): a heading's typography, not a sentence's."""
    long = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(long) >= 2 and 2 * sum(w[0].isupper() for w in long) > len(long)


def pool(lines: list, candidates: list, lex: Lexicon) -> tuple[list, list[dict]]:
    """The candidates (with a first line whose tail is its date, which `above_date` may name)
    and each one's features (0/1), in source order."""
    dated = above_date(lines, candidates, lex)
    if dated is not None and all(h is not dated for h in candidates):
        at = {id(h): i for i, h in enumerate(lines)}
        candidates = sorted([*candidates, dated], key=lambda h: at[id(h)])
    stand = headline_over_standfirst(lines, candidates)
    longest = max(candidates, key=lambda h: len(h.text), default=None)
    texts = [h.text.strip() for h in lines]
    out = []
    for k, h in enumerate(candidates):
        text = h.text.strip()
        words = word_count(text)
        out.append({
            "before_date": h is dated,
            "standfirst": h is stand,
            "longest": h is longest,
            "first": k == 0,
            "headline_case": headline_case(text),
            "sentence_end": bool(_SENTENCE_END.search(text)),
            "off_length": not MIN_WORDS <= words <= MAX_WORDS,
            "repeated": len(text) >= 8 and any(t != text and text in t for t in texts),
        })
    return candidates, out


_SIGN = {"sentence_end": -1, "off_length": -1}


def score(feats: dict, weights: Weights) -> int:
    return sum(_SIGN.get(name, 1) * w for name, w in weights._asdict().items() if feats[name])


def choose_title(lines: list, candidates: list, lex: Lexicon, weights: Weights = WEIGHTS):
    """The candidate of the highest score, the earliest of equals; None without candidates."""
    if not candidates:
        return None
    candidates, feats = pool(lines, candidates, lex)
    scores = [score(f, weights) for f in feats]
    best = max(scores)
    return candidates[scores.index(best)]
