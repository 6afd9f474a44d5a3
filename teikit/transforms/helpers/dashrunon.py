"""Dialogue dashes run on inside lines: an interview printed without names, each turn after a
dash, whose line breaks were lost where one turn ends and the next begins, so that a dash
follows the end of a sentence on the same line, glued to it or after a space:

    – Good evening, Anna.– Good evening.– Thank you for coming. I wanted to ask you …
    You know it well. – I do, and I will say why.

When a line opens with a dialogue dash and at least `MIN_RUN_ON_DASHES` dashes follow a
sentence's end inside lines (a dash, a space, then a word that does not open in lower case),
each of them opens a paragraph of its own, and so, in a text without speaker labels, an
unnamed turn (`unnamedturns.opens_unnamed_turn`). A dash after a sentence inside a line of a
text that opens no line with a dash is a pause of prose, and so is one before a lower-case
word (`– said he`).
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Text, Transcript
from teikit.transforms.helpers.gluedhyphen import glued_hyphens
from teikit.transforms.helpers.gluedlabels import cut_paragraphs
from teikit.transforms.helpers.labellike import drop_label_stops
from teikit.transforms.helpers.unnamedturns import DASH_TURN

MIN_RUN_ON_DASHES = 2
# A sentence's end (after a word in lower case), then a dialogue dash after spaces, or an en or
# em dash glued to it (`QUESTION.- `, a hyphen glued to a word's stop, is a label's separator),
# a space and a word.
_RUN_ON_DASH = re.compile(r"[.!?…][\"»”’)]?(?:[ \u00a0]+([-–—])|([–—]))[ \u00a0]+(?=[^\W\d_])")


# A question's end, a space, then a dash glued to the answer's first word ("… esperaba?
# -Se va a moderar …"), in a text whose lines open with dashes glued so (P151p).
_GLUED_ANSWER = re.compile(r"[?？][\"»”’)]?[ \u00a0]+([-–—])(?=[¿¡«\"“]?[^\W\d_])")
_GLUED_OPENING = re.compile(r"[-–—](?=[¿¡«\"“]?[^\W\d_])")
MIN_GLUED_OPENINGS = 3


def _glued_after_questions(texts: list) -> list[tuple[Text, int]]:
    """(line, offset of the dash) of each answer run on after its question on a line, when
    at least `MIN_GLUED_OPENINGS` lines open with a dash glued to a word."""
    # (the first character tested before the pattern is called: most lines open otherwise)
    if sum(1 for item, opening in texts if opening and item.text[:1] in "-–—"
           and _GLUED_OPENING.match(item.text)) < MIN_GLUED_OPENINGS:
        return []
    return [(item, m.start(1)) for item, _ in texts if ("?" in item.text or "？" in item.text) and _has_dash(item.text)
            for m in _GLUED_ANSWER.finditer(item.text) if not item.text[m.end(1):m.end(1) + 1].islower()]


def _has_dash(text: str) -> bool:
    return "-" in text or "–" in text or "—" in text


def _texts(blocks: list) -> list[tuple[Text, bool]]:
    """Each Text item of the paragraphs, and whether it opens its line (no Text item
    before it); a paragraph that is one line of words (most of a transcript) read at once."""
    texts: list[tuple[Text, bool]] = []
    for block in blocks:
        if type(block) is not Paragraph:
            continue
        content = block.content
        if len(content) == 1:
            if type(content[0]) is Text:
                texts.append((content[0], True))
            continue
        texts += [(item, n == 0 or type(content[n - 1]) is not Text) for n, item in enumerate(content) if type(item) is Text]
    return texts


def split_run_on_dashes(doc: Transcript) -> bool:
    """Cut paragraphs before dialogue dashes run on inside their lines; True when the text
    has that shape (and so its dashed lines open unnamed turns)."""
    texts = _texts(doc.blocks)
    if not any(opening and item.text[:1] in "-–—" for item, opening in texts):
        return False  # (most texts: no line opens with a dash, and no line is scanned)
    glued = _glued_after_questions(texts) + glued_hyphens(texts)  # "… команды.- Что …?" (P193u)
    if not glued and not any(opening and item.text[:1] in "-–—" and DASH_TURN.match(item.text) for item, opening in texts):
        return False
    found: dict[int, list[int]] = {}
    count = 0
    for item, _ in texts:
        text = item.text
        if not _has_dash(text):
            continue  # (a C-level test: the pattern, which opens with no literal, scans slowly)
        for m in _RUN_ON_DASH.finditer(text):
            # after a word's last letter in lower case ("…здравствуйте.– "; not "PRESIDENT. - ")
            if m.start() and text[m.start() - 1].islower() and not text[m.end()].islower():
                found.setdefault(id(item), []).append(m.start(1) if m.group(1) else m.start(2))
                count += 1
    count -= drop_label_stops(texts, found)  # "M. le président. - ": a label's dash, not a turn's (L193u)
    for item, at in glued:
        found.setdefault(id(item), []).append(at)
    if count < MIN_RUN_ON_DASHES and not glued:
        return False
    cut_paragraphs(doc, found)
    return True
