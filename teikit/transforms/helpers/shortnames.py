"""A short capitalised phrase that could name a place or a venue ("New York", "北京"): the
header's position rules ask it of the lines next to a date, place or venue line."""
from __future__ import annotations

import re

from teikit.transforms.helpers.shapes import SENTENCE_END

MAX_IDEOGRAPHIC_NAME = 8
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")


def short_name(text: str) -> bool:
    """A short capitalised phrase that could be a place or a venue ("New York"); in
    ideographs, at most a few characters ("北京", not a headline written without spaces),
    counted over the whole line: a mirror's conversion may put a reading in brackets after
    some ideographs ("總理和網(wǎng)民互動…"), which breaks their run but makes no name (H313a)."""
    if len(_IDEOGRAPH.findall(text)) > MAX_IDEOGRAPHIC_NAME:
        return False
    words = text.split()
    return (1 <= len(words) <= 4 and not SENTENCE_END.search(text) and not any(c.isdigit() for c in text)
            and sum(w[:1].isupper() for w in words) >= len(words) - 1
            and not any(_ROMAN.fullmatch(w) for w in words))  # "CCCLXII Seduta": a sitting's number


# A number in Roman numerals of three letters or more ("XIV", "CCCLXII"; "DC" may be a place's).
_ROMAN = re.compile(r"(?=[MDCLXVI]{3,}$)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
