"""A speaker's office printed on the line right above the label line (R2528m).

A repost of a Chinese press conference that lost the colons prints the host's designation over
three lines: the function (`主持人`), the office (`国家卫生健康委新闻发言人、宣传司副司长`), then the
name alone over the speech (`米锋`), which the labels pass takes for the label (L2527m). The
office line is no title nor part of the name: it is the role of the person the label names, as
an office glued before the name is (`外交部发言人毛宁`, N1556i). Only a line of ideographs that
ends with an office of the lexicon (`office_suffixes`) and ends no sentence counts, right above
a label of a caseless script, and only for a speaker with no role yet.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import HeaderLine, Paragraph, Transcript, Turn
from teikit.transforms.helpers.labeltext import caseless_name

# An office line is short, of ideographs, their list marks and middle dots only.
_OFFICE_LINE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff、·]{2,40}")


def office_lines_over_labels(doc: Transcript, lex: Lexicon) -> None:
    """Give the person of a caseless label the office printed on the line right above it."""
    if not lex.office_suffixes:
        return
    office = compiled_once(rf"(?:{lex.alternation('office_suffixes')})$")
    above = None
    for block in doc.blocks:
        if isinstance(block, Turn) and block.label and block.who and above is not None \
                and caseless_name(block.label.strip()):
            person = doc.person(block.who)
            if person is not None and person.role is None and office.search(above):
                person.role = above
        text = block.text if isinstance(block, HeaderLine) else \
            block.paragraphs[-1].text if isinstance(block, Turn) and block.paragraphs \
            and isinstance(block.paragraphs[-1], Paragraph) else None
        above = text.strip() if text and _OFFICE_LINE.fullmatch(text.strip()) else None
