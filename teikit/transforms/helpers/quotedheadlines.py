"""A news headline that quotes the person it names, near the top of the page (L210x).

Magazines and papers title an interview with what the guest said, `Name: "quotation"` or
`Name: «quotation»`, and print the questions and answers below without labels. L123m reads
that headline when it is the page's first line and the quotation is whole on it; pages also
print a section word above it (`Articoli`, `Interview`) or wrap the quotation over two lines:

    Ludwig: "Ich bin
    da sehr alarmiert"

The first colon candidate of the text, among its first `TOP_LINES` lines, is such a headline
when its name is in mixed case and its rest is one quotation of three words or more, whole on
its line or closed at the end of the next line. The policy refuses it only when the name is
printed once as a label (`LabelPolicy`, as for L123m): a transcript repeats its speakers.
"""
from __future__ import annotations

from teikit.transforms.helpers.titlelabels import QUOTATION

# The headline stands above the lead: a section word, a kicker or a date line may come first.
TOP_LINES = 4
_OPENINGS = "\"“«„‘"
_CLOSINGS = "\"”»“’"


def quoted_headlines(lines: list[str], found: list) -> set[int]:
    """The ids of the colon candidates of `lines` (`found`: the candidates of each line) that
    are such a headline: at most one, the text's first colon candidate."""
    seen = 0
    for at, shapes in enumerate(found):
        if not lines[at].strip():
            continue
        seen += 1
        colon = next((c for c in shapes if c.shape == "colon"), None)
        if colon is not None:
            return {id(colon)} if _quoted_headline(colon, lines[at + 1:at + 2]) else set()
        if seen >= TOP_LINES:
            break
    return set()


def _quoted_headline(colon, below: list[str]) -> bool:
    rest = colon.rest.strip()
    if not rest or rest[:1] not in _OPENINGS or colon.name == colon.name.upper():
        return False
    if QUOTATION.fullmatch(rest.rstrip(".")):
        return True
    # the quotation wrapped: no closing mark on the line, the next line ends with it
    if any(mark in rest[1:] for mark in _CLOSINGS) or not below:
        return False
    joined = f"{rest} {below[0].strip()}"
    return joined.rstrip(".")[-1:] in _CLOSINGS and QUOTATION.fullmatch(joined.rstrip(".")) is not None


# The second line of a wrapped headline is short.
MAX_CLOSING_WORDS = 12


def wrapped_headline(above: str, text: str) -> bool:
    """`text` closes the quotation that the headline line `above` opened after its name and
    colon (`Ludwig: "Ich bin` / `da sehr alarmiert"`): one title over two lines, not speech."""
    name, colon, rest = above.strip().partition(":")
    rest = rest.strip()
    text = text.strip().rstrip(".")
    if not colon or not name or not rest or rest[:1] not in _OPENINGS or any(m in rest[1:] for m in _CLOSINGS):
        return False
    if not text or text[-1:] not in _CLOSINGS or any(m in text[:-1] for m in _OPENINGS + _CLOSINGS):
        return False
    return len(text.split()) <= MAX_CLOSING_WORDS and QUOTATION.fullmatch(f"{rest} {text}") is not None
