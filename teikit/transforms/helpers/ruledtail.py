"""A page's tail under a rule after the last answer (B956e): a Markdown copy of a web page
prints a horizontal rule (`---`) under the interview and, below it, the site's furniture: a
subscription appeal with its link, another rule, the author box (a Markdown image, the
author's name in bold, a biography).

From the first rule among the last labelled turn's paragraphs (never its first paragraph),
the paragraphs to the page's end leave the speech when the tail shows the page's furniture
twice: a site line (a link line, soft boilerplate or a Markdown image alone on its line) and
a second rule or a Markdown image. A rule between two parts of an answer, with speech and no
furniture under it, stays in the turn.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, EndLine, LineBreak, Paragraph, Turn
from teikit.transforms.helpers.footers import plain_lines
from teikit.transforms.helpers.page import is_soft, is_strong

RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_MARKDOWN_IMAGE = re.compile(r"^!\[[^\[\]\n]*\]\(\S+\)$")


def _lines(para) -> list[str] | None:
    """A paragraph's lines; a one-line paragraph with bracketed notes in it ("[網址：…](…)")
    as its text, kept whole."""
    lines = plain_lines(para)
    if lines is None and isinstance(para, Paragraph) and not any(isinstance(i, LineBreak) for i in para.content):
        return [para.text]
    return lines


def ruled_tail(turn: Turn, lex: Lexicon) -> list | None:
    """The tail's lines as end and site lines, taken out of the turn; None when there is none."""
    if turn.label is None or len(turn.paragraphs) < 3:
        return None
    texts = [_lines(p) for p in turn.paragraphs]
    start = next((k for k in range(1, len(texts)) if texts[k] and len(texts[k]) == 1 and RULE.match(texts[k][0])), None)
    if start is None or any(lines is None for lines in texts[start:]):
        return None
    tail = [line.strip() for lines in texts[start + 1:] for line in lines if line.strip()]
    images = sum(1 for line in tail if _MARKDOWN_IMAGE.match(line))
    site = images or any(is_strong(line, lex) or is_soft(line, lex) for line in tail)
    if not tail or not site or not (images or any(RULE.match(line) for line in tail)):
        return None
    out: list = []
    for para, lines in zip(turn.paragraphs[start:], texts[start:]):
        number = para.line or 0
        out.extend((EndLine if RULE.match(line) else Boilerplate)(line, number + n if number else 0)
                   for n, line in enumerate(lines) if line.strip())
    del turn.paragraphs[start:]
    return out
