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

Over a lead (prose under it, not a label), the headline's name may be in capitals or printed
again as a label below (`headlines_over_a_lead`, L620b), and the header takes it for the title
under the site's name or menu row (`furniture_only`, H621b).
"""
from __future__ import annotations

import re

from teikit.model import Boilerplate, HeaderKind as K, HeaderLine
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


# What opens a paragraph that goes on quoting (an answer printed in quotation marks, L212x) or
# a turn printed after a dash: no lead under a headline.
_SPEECH_OPENINGS = _OPENINGS + "»-–—"


# A date line over the headline holds a number ("22.03.2015", "martes, 21 de abril de 2015").
_DIGIT = re.compile(r"\d")


def headlines_over_a_lead(lines: list[str], found: list) -> set[tuple[str, str]]:
    """(label, rest) of the colon candidates that open the text (its first colon candidate, among
    its first `TOP_LINES` lines, under the site's lines and dates only, and the lines of the same
    shape right under it) with a name, in capitals or not, printed once or again as a label, and
    one whole quotation of three words or more (`CONTE: "Questa finale è il coronamento di un'annata"`), when the line
    under them is prose without a label: a headline over its lead (L620b). A quotation
    followed by a labelled line or a quoted answer is the first turn of a dialogue."""
    seen, run = 0, []
    for at, shapes in enumerate(found):
        if not lines[at].strip():
            continue
        seen += 1
        colon = next((c for c in shapes if c.shape == "colon"), None)
        if colon is not None and _quoted(colon.rest):
            run.append(colon)
            continue
        if run:
            text = lines[at].strip()
            lead = colon is None and not any(s.shape == "colon" for s in shapes) and text[:1] not in _SPEECH_OPENINGS
            return {(c.label, c.rest) for c in run} if lead else set()
        if colon is not None or seen >= TOP_LINES or not (_furniture(lines[at]) or _DIGIT.search(lines[at])):
            break  # a title, a lead above: the quotation is a subtitle or a turn, not the headline
    return set()


# After the closing mark: the headline's own full stop, a bracketed tag ("(FOTO e VIDEO)") or a
# source's address glued to it ("…la vittoria"www.tuttojuve.com").
_AFTER_QUOTE = re.compile(r"\.?(?:\s*\([^()]{1,30}\)|\S*\.\w{2,4})?")


def _quoted(rest: str) -> bool:
    """The rest of a line after its name and colon is one quotation of three words or more."""
    rest = rest.strip()
    m = QUOTATION.match(rest) if rest[:1] in _OPENINGS else None
    return m is not None and _AFTER_QUOTE.fullmatch(rest[m.end():]) is not None


# A site's name or section word over the headline ("juveland", "NOTIZIE", "Articoli"): one or two
# words; a menu row prints its entries between bars ("Calcio | Basket | Tennis").
MAX_FURNITURE_WORDS = 2
MAX_FURNITURE_LINES = 3
# Date and site lines above the headline: a page prints a few dozen at most; the bound keeps a
# header of thousands of such lines (hostile or not) from being read again for each line (as
# `headerpositions.MAX_HEADER_LINES` bounds the position rules).
MAX_LINES_ABOVE = 500


def furniture_only(header: list, seen: int) -> bool:
    """Nothing read above but date lines, the site's lines and at most `MAX_FURNITURE_LINES`
    lines of a site's name, section word or menu row that no rule has named yet (each line read
    so far is in the header): a blog post's date line, a section word or the site's name print
    over its title (H180s, H319a, H621b)."""
    if seen > MAX_LINES_ABOVE:
        return False
    lines = unnamed = 0
    for h in header:  # (read once per header line: stops at the first line that is no furniture)
        if type(h) is Boilerplate:
            continue
        if type(h) is not HeaderLine:
            return False
        lines += 1
        if h.kind not in (K.DATE, K.BOILERPLATE):
            unnamed += 1
            if unnamed > MAX_FURNITURE_LINES or h.kind not in (K.UNKNOWN, None) or not _furniture(h.text):
                return False
    return seen == lines + 1


def _furniture(text: str) -> bool:
    text = text.strip()
    if text[-1:] in ".?!:;,…":
        return False
    items = [item.strip() for item in text.split("|")]
    return all(item and len(item.split()) <= MAX_FURNITURE_WORDS for item in items) and (len(items) >= 3 or len(items) == 1)
