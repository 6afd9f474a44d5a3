"""A weather widget printed with the page (B2245l).

A club's or a town's site shows the local weather beside its articles, and a page capture
prints it as a column of short lines: the widget's heading and place, the reading's time,
the sky, the temperature, the wind, then the forecast of the next days:

    Météo
    Evreux
    3 septembre 2014, 4 h 06 min
    Clair
    13°C
    Vents : 2 m/s NNE
    Prévisions 3 septembre 2014
    jour
    …

A temperature line alone ("13°C") is a strong site line already (`page`), but the lines
around it were read as header lines, labels ("Vents : 2 m/s NNE") and speech. Two
temperature lines or more among short lines make a widget: every short line of that
column (no sentence end, at most one blank line between two of them) is its line. The
column stops at a sentence, a longer line, or a wider gap, so the article's title and
standfirst below it stay.
"""
from __future__ import annotations

import re

_TEMPERATURE = re.compile(r"^[-−]?\d{1,3}\s?°\s?[CF]$")
MIN_TEMPERATURES = 2
MAX_WIDGET_CHARS = 30
MAX_WIDGET_GAP = 1  # blank lines between two lines of the column
_SENTENCE_END = re.compile(r"[.?!…][\"”’)]*$")


def weather_lines(texts: list[str], owners: list[int], blocks: list) -> set[int]:
    """Indexes (into `texts`, the document's lines; `owners`: the block of each) of the lines
    of weather widgets."""
    temperatures = [n for n, text in enumerate(texts) if "°" in text and _TEMPERATURE.match(text.strip())]
    if len(temperatures) < MIN_TEMPERATURES:
        return set()
    numbers = _line_numbers(owners, blocks)
    found: set[int] = set()
    for n in temperatures:
        if n in found:
            continue
        column = _column(texts, numbers, n)
        if sum(1 for k in column if k in temperatures) >= MIN_TEMPERATURES:
            found.update(column)
    return found


def _column(texts: list[str], numbers: list[int], at: int) -> list[int]:
    """The run of short widget lines around line `at`."""
    first = last = at
    while first > 0 and _near(numbers, first - 1, first) and _widget_line(texts[first - 1]):
        first -= 1
    while last + 1 < len(texts) and _near(numbers, last, last + 1) and _widget_line(texts[last + 1]):
        last += 1
    return list(range(first, last + 1))


def _widget_line(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= MAX_WIDGET_CHARS and not _SENTENCE_END.search(text)


def _near(numbers: list[int], above: int, below: int) -> bool:
    return 0 < numbers[below] - numbers[above] <= MAX_WIDGET_GAP + 1


def _line_numbers(owners: list[int], blocks: list) -> list[int]:
    """The source line of each text line: its paragraph's first line, and one more for each
    line of the same paragraph before it."""
    numbers: list[int] = []
    for k, owner in enumerate(owners):
        same = k > 0 and owners[k - 1] == owner
        numbers.append(numbers[-1] + 1 if same else blocks[owner].line or 0)
    return numbers
