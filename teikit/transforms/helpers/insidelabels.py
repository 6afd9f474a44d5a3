"""Labels printed inside a paragraph, a turn's question and the next speaker's answer run
into one line, in texts whose other labels open their lines (cv-dev36).

* L1450i: a newspaper's print of an interview labels its speakers at paragraph starts
  ("Ann Roe: …", "AR: …") but runs an answer into the question's paragraph ("… going on? Tom
  Lee: Nothing …", "… up? TL: No …"). A label after a sentence end inside a line is cut
  there when the same label opens a line elsewhere, or when it is a name of two to four
  capitalised words whose initials are such a label ("Tom Lee" for "TL").
* L1451i: a repost that lost its paragraphs runs a whole radio interview into one line,
  each speaker labelled by an initial and a surname in capitals ("… Автор: ИВАН ПЕТРОВ
  И.ПЕТРОВ: Добрый вечер. … А.СИДОРОВА: Здравствуйте."). Two different such labels in the
  text are its dialogue: every one inside a line is cut, after any space (the byline or a
  headline may run into the first label), and the text before it stays a paragraph of its
  own (header text).
* L2244l: a photo gallery's caption and its count run into the first label without a space
  ("ALM-Poitiers (4)MHD : …"): cut after the count's bracket, as L1450i cuts (cv-dev55).

Both return the labels cut at, which the labels pass takes as confirmed.
"""
from __future__ import annotations

import re
from itertools import chain

from teikit.lexicons import Lexicon
from teikit.model import Paragraph
from teikit.transforms.helpers.namedrunon import _INNER, _LABEL, _OPENING
from teikit.transforms.helpers.runon import line_pieces, run_on_key, split_apart

# A label opening a line, as L1450i reads it: one to four capitalised words, not a field or
# discourse word ("Note:", "Well:").
MAX_OPENER_WORDS = 4
# L2244l: a photo gallery's caption and its count of pictures run into the first label, no
# space between ("ALM-Poitiers (4)MHD : Je commencerai …"): a label glued to a closing bracket
# right after a number is cut there too when it opens other lines.
_AFTER_COUNT = re.compile(rf"(?:(?<=\(\d\))|(?<=\(\d\d\))){_LABEL}")
# A name whose initials are a label: two to four words.
_NAME_WORDS = (2, 3, 4)

# "И.ПЕТРОВ:", "J. DOE:": an initial, its stop, a surname in capitals (hyphened parts too),
# after a space or the line's start; the speech after a space (L1451i).
_INITIALLED = re.compile(r"(?:(?<=\s)|^)([^\W\d_]\.[ \u00a0]?[^\W\d_]{2,}(?:-[^\W\d_]{2,})?)[ \u00a0]?:(?=\s)")
# `_INITIALLED` from its stop on: a line it finds nothing in is not scanned by it (a pattern
# that opens with a lookbehind is tried at every character; this one at each full stop only)
_INITIALLED_FROM_STOP = re.compile(r"\.[ \u00a0]?[^\W\d_]{2,}(?:-[^\W\d_]{2,})?[ \u00a0]?:(?=\s)")


def split_known_labels_inside(doc, lex: Lexicon, plain: list[tuple[Paragraph, str]]) -> set[str]:
    """Cut one-line paragraphs before labels that open other lines (L1450i)."""
    openers = _line_openers(plain, lex)
    if len(openers) < 2:  # no dialogue of labels at line starts
        return set()
    labels: set[str] = set()
    split: dict[int, tuple[int, list]] = {}
    for at, (block, text) in enumerate(plain):
        if ": " not in text[1:]:
            continue
        cuts = []
        for m in chain(_INNER.finditer(text, 1), _AFTER_COUNT.finditer(text, 1) if ")" in text else ()):
            key = run_on_key(m.group(1))
            if key in openers or _initials(key) in openers:
                cuts.append(m.start(1))
                labels.add(key)
        if cuts:
            split[id(block)] = (at, line_pieces(text, cuts, block.line))
    split_apart(doc, plain, split)
    return labels


def _line_openers(plain: list[tuple[Paragraph, str]], lex: Lexicon) -> set[str]:
    """The name labels that open a line of the text ("Ann Roe", "AR")."""
    found = set()
    for _, text in plain:
        m = _OPENING.match(text)
        if m is None:
            continue
        words = m.group(1).split(",")[0].split()
        if len(words) <= MAX_OPENER_WORDS and not any(w.lower() in lex.small_words or w.lower() in lex.label_not_words
                                                      for w in words):
            found.add(run_on_key(m.group(1)))
    return found


def _initials(name: str) -> str | None:
    """ "Tom Lee" -> "TL"; None unless two to four capitalised words."""
    words = name.split()
    if len(words) not in _NAME_WORDS or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return None
    return "".join(w[0] for w in words)


def split_initialled_labels_inside(doc, plain: list[tuple[Paragraph, str]]) -> set[str]:
    """Cut one-line paragraphs before every initialled label in capitals inside them, when the
    text prints two different ones (L1451i)."""
    found = {at: hits for at, (_, text) in enumerate(plain) if ":" in text and _INITIALLED_FROM_STOP.search(text)
             and (hits := [m for m in _INITIALLED.finditer(text) if _upper_label(m.group(1))])}
    keys = {run_on_key(m.group(1)) for hits in found.values() for m in hits}
    if len(keys) < 2:
        return set()
    split: dict[int, tuple[int, list]] = {}
    for at, hits in found.items():
        block, text = plain[at]
        cuts = [m.start(1) for m in hits if m.start(1) > 0]
        if cuts:
            split[id(block)] = (at, line_pieces(text, cuts, block.line))
    split_apart(doc, plain, split)
    return keys


def _upper_label(label: str) -> bool:
    letters = [c for c in label if c.isalpha()]
    return all(c.isupper() for c in letters)
