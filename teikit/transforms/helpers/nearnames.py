"""A label's name words spelt nearly as the text prints them (see `names.find_name`)."""
from __future__ import annotations

from teikit.transforms.helpers.shapes import similar

# A label of this many name words may misspell one of them and still name the printed person.
MIN_MISSPELT_KEY = 3


def misspelt(folds: list[str], key: tuple[str, ...]) -> bool:
    """ "Gbamanan Djidan Félicien" for the printed "Gbamnan Djidan Félicien": a key of three
    words or more whose words are those printed but one, spelt nearly alike (same first
    letter), as transcribers misspell one word of a long name."""
    if len(key) < MIN_MISSPELT_KEY or len(folds) != len(key):
        return False
    differ = [(a, b) for a, b in zip(folds, key) if a != b]
    return len(differ) == 1 and differ[0][0][:1] == differ[0][1][:1] and min(len(x) for x in differ[0]) >= 4 \
        and similar(*differ[0], 0.8)
