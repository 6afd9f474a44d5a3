"""A site's appeal to its readers after an interview's last answer (B863d): "_Liebe Leser von
Publico: Medien erhalten …_", "Dear readers, this magazine lives on your support …",
"Chers lecteurs, …": a paragraph of the last labelled turn that opens by addressing the
readers (lexicon `reader_addresses`), with what follows it to the end of the page, is page
furniture. Speakers of an interview answer the interviewer; only the page turns to its
readers, and it does so below the text. The turn keeps its first paragraph."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, Turn
from teikit.transforms.helpers.footers import plain_lines

# Emphasis marks and tags before the address ("_Liebe Leser", "<em>Dear readers").
_LEADING_MARKUP = re.compile(r"^(?:[_*\s]+|<[A-Za-z][^<>\n]{0,80}>)+")
# Words between the address and its comma or colon ("Liebe Leser von Publico:").
_ADDRESS_END = re.compile(r"(?:[ \u00a0]+[^\s,:;!.?]+){0,3}[ \u00a0]*[,:!]")


def reader_appeal(turn: Turn, lex: Lexicon) -> list[Boilerplate] | None:
    """The appeal's lines, taken out of the last turn's end; None when there is none."""
    if turn.label is None or not lex.reader_addresses or len(turn.paragraphs) < 2:
        return None
    address = lex.pattern("reader_addresses")
    for k in range(1, len(turn.paragraphs)):
        lines = plain_lines(turn.paragraphs[k])
        if not lines:
            continue
        text = _LEADING_MARKUP.sub("", lines[0], count=1) if lines[0][:1] in "_*< \t" else lines[0]
        m = address.match(text)
        if m is not None and _ADDRESS_END.match(text, m.end()):
            return _taken(turn, k)
    return None


def _taken(turn: Turn, start: int) -> list[Boilerplate] | None:
    """The paragraphs from `start` on as site lines, one a line (None when one holds anything
    but text: an event, a note)."""
    out: list[Boilerplate] = []
    for para in turn.paragraphs[start:]:
        if isinstance(para, Boilerplate):
            out.append(para)
            continue
        lines = plain_lines(para)
        if lines is None:
            return None
        out.extend(Boilerplate(line, para.line + n if para.line else 0) for n, line in enumerate(lines) if line.strip())
    del turn.paragraphs[start:]
    return out
