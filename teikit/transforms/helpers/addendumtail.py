"""An author's addendum under a rule after the last answer (B1138g).

A blog interview kept online for years gets a later note from its author, printed under a
horizontal rule after the last answer and opened by a field word and a colon, often in bold:

    **Quincy:** Unsere Bandseite besuchen.

    ---

    **Nachtrag:** Der Artikel ist veraltet, die Band spielt nicht mehr zusammen.

The word (`Nachtrag`, `Update`, `Addendum`: the lexicon's `label_not_words`, never a speaker's
label) says the paragraph is the page's, not the last speaker's: from the rule to the end of
the turn, the paragraphs leave the speech as end lines (the rule) and site lines.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, EndLine, Paragraph, Turn
from teikit.transforms.helpers.footers import plain_lines
from teikit.transforms.helpers.ruledtail import RULE

# A field word and its colon opening the paragraph, maybe in bold: "**Nachtrag:**", "Update:".
_FIELD = re.compile(r"^(?:\*\*|__)?([^\W\d_]+)[:：](?:\*\*|__)?\s")


def addendum_tail(turn: Turn, lex: Lexicon) -> list | None:
    """The rule and the addendum under it as end and site lines, taken out of the turn; None
    when the turn does not end so."""
    paragraphs = turn.paragraphs
    if turn.label is None or len(paragraphs) < 3:
        return None
    start = next((k for k in range(len(paragraphs) - 2, 0, -1) if _rule_text(paragraphs[k]) is not None), None)
    if start is None:
        return None
    tail = [plain_lines(p) for p in paragraphs[start + 1:]]
    if any(lines is None for lines in tail) or not tail[0]:
        return None
    field = _FIELD.match(tail[0][0])
    if field is None or field.group(1).upper() not in lex.label_not_words:
        return None
    rule = paragraphs[start]
    out: list = [EndLine(_rule_text(rule), rule.line or 0)]
    for para, lines in zip(paragraphs[start + 1:], tail):
        number = para.line or 0
        out.extend(Boilerplate(line, number + n if number else 0) for n, line in enumerate(lines) if line.strip())
    del paragraphs[start:]
    return out


def _rule_text(para) -> str | None:
    """The rule a paragraph is wholly (`---` as text, or read as a separator note), or None."""
    if not isinstance(para, Paragraph) or len(para.content) != 1:
        return None
    text = getattr(para.content[0], "text", "").strip()
    return text if RULE.match(text) else None
