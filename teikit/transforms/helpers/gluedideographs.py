"""A record in ideographs flattened to one line, each label glued to its speech (L214x).

A legislature's record pasted from a document loses its line breaks; its header fields, the
chair's turns, printed agenda items and committee opinions run together, separated by single
spaces, each label glued to its speech with no space after the colon:

    … 副秘書長 高明秋 高副秘書長明秋:報告院會,出席委員68人。 主席:現在開會。 報 告 事 項 一、…
    程序委員會意見:擬請院會將本案交內政委員會審查。 主席:請問院會,有無異議?(無)無異議,通過。

(one line in the file). `onelinedialogue` reads names followed by a colon and a space, and the
run-on rules (L8c) glued labels that make a dialogue of two names each printed twice; a record
where only the chair speaks twice is neither. On a long line that none of them cut, a colon
glued to the speech is the label's, after a space (or a sentence end and a space), when
the line holds at least `MIN_LABELS` such labels, one of them printed at least `MIN_REPEATS`
times (the chair: prose glues "他说:" to a quotation now and then, never one name again and
again after spaces), and at least two names. A quotation mark after the colon is a quoted
sentence, not speech under a label; field and opinion words (the lexicon's `label_not_words`:
`程序委員會意見`, `原標題`) are no speakers.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.runon import line_pieces, split_apart

# A long line only: a record run together (`onelinedialogue`'s length).
MIN_LINE_CHARS = 300
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff]")

MIN_LABELS = 3
MIN_REPEATS = 2
MAX_NAME_CHARS = 8
_GLUED = re.compile(r"(?:(?<=^)|(?<= ))([\u3400-\u9fff\uf900-\ufaff]{2,%d})[:：](?=[\u3400-\u9fff\uf900-\ufaff(（])"
                    % MAX_NAME_CHARS)


def glued_labels_inside(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """(start, name) of the glued ideographic labels inside the one-line `text`, or []."""
    if text.count(":") + text.count("：") < MIN_LABELS:
        return []
    found = [(m.start(1), m.group(1)) for m in _GLUED.finditer(text) if m.group(1) not in lex.label_not_words]
    counts = Counter(name for _, name in found)
    if len(found) < MIN_LABELS or len(counts) < 2 or max(counts.values()) < MIN_REPEATS:
        return []
    return found


def split_glued_ideographs(doc, lex: Lexicon, plain: list) -> set[str]:
    """Cut the long one-line paragraphs of `plain` (`runon.one_line_paragraphs`) that no
    earlier run-on rule cut before each glued label; the names cut at (the labels pass takes
    them as labels)."""
    names: set[str] = set()
    split: dict[int, tuple[int, list]] = {}
    for at, (block, text) in enumerate(plain):
        # (the colons `glued_labels_inside` needs are counted at C speed before the line is
        # searched for an ideograph: most long lines of a text in other scripts have neither)
        if len(text) < MIN_LINE_CHARS or text.count(":") + text.count("：") < MIN_LABELS or not _IDEOGRAPH.search(text):
            continue
        found = glued_labels_inside(text, lex)
        if found:
            split[id(block)] = (at, line_pieces(text, [start for start, _ in found if start], block.line))
            names.update(name for _, name in found)
    split_apart(doc, plain, split)
    return names
