"""A record's labels inside one flattened line, each after an office, an honorific or before
a party (L280x).

A record pasted from a PDF or an OCR'd page loses its line breaks: a page's running head,
agenda items and every intervention run into one line, the labels inside it, not always
after a sentence end:

    … receveur de la commune de Laudun-L'Ardoise Monsieur PRIVAT : il s'agit … 45,73 euros .
    Monsieur le Maire: Des observations?
    … Wahlperiode 1 Erster Vizepräsident Reinhold Bocklet: Ich rufe … das Wort. Harry
    Scheuenstuhl (SPD): Sehr geehrter Herr Präsident …

(each one line in the file). The run-on rules (L18, L29b, L213x) want labels that take turns
or follow sentence ends; a record's labels say who speaks by their own shape instead: an
office or honorific of the lexicon (`title_words`, an ordinal before it allowed) and one to
three capitalised words, or a name of two to four capitalised words with a party in
brackets. Prose quoting someone ("He said: …", "Mr. Smith said: …") has a lower-case word
before its colon; a label inside brackets is a heckle's (`(Karl Freller (CSU): Wie bitte?!)`),
and a quotation mark after the colon a quoted sentence. A long line is cut before each such
label when it holds at least `MIN_LABELS`, one of them after a sentence end; or before its one
such label after a sentence end whose surname the line printed before (an OCR'd newspaper's
council report: `… Von den Stadtvv. Friedemann und Genossen … betrauen. Antragsteller
Friedemann: Der …`, L496a).

Once a title-led label in capitals is found (`COMMISSIONER SANKEY:`), the record prints its
labels in capitals, so two to four words in capitals before a colon are a label of it too
(`COACH SABAN:`, L281a): a sports body's or a court's transcript names its coaches and
witnesses by no office of the lexicon.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.runon import line_pieces, run_on_key, split_apart

MIN_LINE_CHARS = 300
MIN_LABELS = 2
MAX_WORDS_BEFORE = 5  # an ordinal, an office and three words of a name
# a colon after a word (French records space it: "PRIVAT : "), then a word that is no quotation
_COLON = re.compile(r"(?<=[^\W\d_]|\))[ \u00a0]?:[ \u00a0]+(?=[^\W\d_])")
# `_COLON` found from its colon (`_colons`): a pattern that opens with a look-behind is tried at
# every character of a long line, one that opens with the colon only at the colons.
_COLON_SPEECH = re.compile(r":[ \u00a0]+(?=[^\W\d_])")
_WORD_END = re.compile(r"[^\W\d_]|\)")
_CAPITALISED = re.compile(r"[^\W\d_a-z][\w'’\-]*\.?$")
_PARTY = re.compile(r"(?:^|(?<=\s))((?:[^\W\d_a-z][\w'’\-]+\s){1,3}[^\W\d_a-z][\w'’\-]+)\s\(([^()]{1,40})\)$")
_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.?!…]\s*$")  # (the plain form of `_after_sentence_end`)
_SENTENCE_ENDS = ".?!…"
_CAPITALS_LABEL = re.compile(r"(?:^|(?<=\s))((?:[^\W\d_a-z][^\W\d_a-z'’.\-]+\s){1,3}[^\W\d_a-z][^\W\d_a-z'’.\-]+)$")


@lru_cache(maxsize=None)
def _lead_words(lex: Lexicon) -> frozenset:
    """Offices and honorifics that open a record's label; articles and small words ("der",
    "die" among the German titles) open phrases, not labels."""
    return frozenset(w for w in lex.title_words | lex.honorifics
                     if w not in lex.articles and w not in lex.small_words)


def _titled(words: list[str], lex: Lexicon) -> bool:
    """`Monsieur PRIVAT`, `Monsieur le Maire`, `Erster Vizepräsident Reinhold Bocklet`."""
    if words and words[0].lower() in lex.ordinals:
        words = words[1:]
    if len(words) < 2 or words[0].lower() not in _lead_words(lex) or not words[0][:1].isupper():
        return False
    rest = words[1:]
    if rest[0].lower() in lex.articles and len(rest) > 1:  # "le Maire"
        rest = rest[1:]
    return len(rest) <= 3 and all(_CAPITALISED.match(w) for w in rest)


def _label_start(text: str, colon: int, lex: Lexicon) -> int | None:
    """Where the label ending at `colon` starts, or None: a name with its party in brackets,
    or the longest title-led run of words before it."""
    base = max(0, colon - 120)
    before = text[base:colon].rstrip()
    party = _PARTY.search(before)
    if party is not None and not _acronym(party.group(1), party.group(2)):
        return base + party.start(1)
    words = list(_WORD.finditer(before))[-MAX_WORDS_BEFORE:]
    for n in range(len(words)):  # the farthest start first: the longest label
        if _titled([w.group() for w in words[n:]], lex):
            return base + words[n].start()
    return None


def _acronym(name: str, bracket: str) -> bool:
    """`Gross Domestic Product (GDP)`: the bracket abbreviates the words, no party."""
    return "".join(w[0] for w in name.split()).upper() == bracket.replace(" ", "").upper()


def _in_brackets(text: str, at: int) -> bool:
    return text.count("(", 0, at) > text.count(")", 0, at)


def _capitals_start(text: str, colon: int) -> int | None:
    """Where two to four words in capitals ending at `colon` start (`COACH SABAN`), or None."""
    base = max(0, colon - 80)
    match = _CAPITALS_LABEL.search(text[base:colon].rstrip())
    return None if match is None else base + match.start(1)


class _BracketDepth:
    """`_in_brackets(text, at)` for positions asked mostly left to right: the brackets are
    counted on from the last position asked, not from the line's start each time (a long
    line of many colons made that quadratic)."""

    def __init__(self, text: str):
        self.text, self.at, self.opened, self.closed = text, 0, 0, 0

    def __call__(self, at: int) -> bool:
        if at < self.at:  # (a label starting before the last one asked: counted afresh)
            self.at, self.opened, self.closed = 0, 0, 0
        self.opened += self.text.count("(", self.at, at)
        self.closed += self.text.count(")", self.at, at)
        self.at = at
        return self.opened > self.closed


def _colons(text: str):
    """(start, end) of each match of `_COLON` in `text`, as its `finditer` gives them: a
    colon with speech after it, the optional space before it after a word or a bracket."""
    for m in _COLON_SPEECH.finditer(text):
        colon = m.start()
        if colon >= 2 and text[colon - 1] in " \u00a0" and _WORD_END.match(text, colon - 2):
            yield colon - 1, m.end()
        elif colon >= 1 and _WORD_END.match(text, colon - 1):
            yield colon, m.end()


def record_labels_inside(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """(start, label) of each record label inside the one-line `text`, or []."""
    if ":" not in text:  # (one label is enough when the line named its member before, L496a)
        return []
    found, capitals = [], []
    in_brackets = _BracketDepth(text)
    for at, end in _colons(text):
        if text[end:end + 1] in "\"“«„'‘":
            continue
        start = _label_start(text, at, lex)
        if start is None:
            capitals.append((_capitals_start(text, at), at))
        if start is None or in_brackets(start):
            continue
        found.append((start, text[start:at].strip()))
    if any(label.isupper() for _, label in found):  # L281a: the record's labels are in capitals
        capitals_in_brackets = _BracketDepth(text)  # (asked left to right, as the loop's)
        found = sorted(found + [(start, text[start:colon].strip()) for start, colon in capitals
                                if start is not None and text[start:colon].isupper()
                                and not capitals_in_brackets(start)])
    if len(found) == 1 and found[0][0] and _after_sentence_end(text, found[0][0]) and _named_before(text, *found[0]):
        return found  # "… betrauen. Antragsteller Friedemann: Der …" after "Stadtvv. Friedemann und Genossen" (L496a)
    if len(found) < MIN_LABELS or not any(start and _after_sentence_end(text, start) for start, _ in found):
        return []
    return found


def _named_before(text: str, start: int, label: str) -> bool:
    """The label's last word (the member's surname, of three letters or more) is printed as a
    word of its own earlier in the line, not before a colon: the record named the member before
    giving the floor (L496a)."""
    surname = label.split()[-1]
    if len(surname) < 3 or not surname[:1].isupper():
        return False
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])(?![ \u00a0]?:)", text[:start]) is not None


def _after_sentence_end(text: str, at: int) -> bool:
    """`_SENTENCE_END` finds a match in `text[:at]`: read back from `at` over the spaces,
    without copying and searching all the line before each label (quadratic in its labels)."""
    while at and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] in _SENTENCE_ENDS


def split_record_run_on(doc, lex: Lexicon, plain: list) -> set[str]:
    """Cut the long one-line paragraphs of `plain` (`runon.one_line_paragraphs`) before each
    record label inside them; the labels cut at (the labels pass takes them as labels)."""
    labels: set[str] = set()
    split: dict[int, tuple[int, list]] = {}
    for at, (block, text) in enumerate(plain):
        if len(text) < MIN_LINE_CHARS:
            continue
        found = record_labels_inside(text, lex)
        if found:
            split[id(block)] = (at, line_pieces(text, [start for start, _ in found if start], block.line))
            labels.update(run_on_key(label) for _, label in found)
    split_apart(doc, plain, split)
    return labels
