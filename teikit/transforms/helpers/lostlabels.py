"""An answer whose label a flattened layout lost, under a labelled question (T1753j).

A PDF's text copied out of its layout can lose the answer's label with its first words (they
stood in a box or a column the copy skipped): the moderator's labelled question ends with its
question mark, and the next line goes on mid-sentence in lower case, with no label:

    Daniel Roe: … Wie schätzen Sie dieses Gesetz ein und
    gibt es in anderen Ländern ähnliche Initiativen?
    ist eine Ermächtigungsstruktur, es
    ist eine Struktur, in der Leute zusammenarbeiten können.

No speaker goes on from their own question with a sentence's middle on the next line: the
line opens another voice's turn, unlabelled and unattributed (who answers is not printed).
Only in lines printed one under the other (no blank line between: a page break's gap may
join a sentence cut anywhere), and only for a lower-case letter (a dash, an ellipsis or a
bracket opens other shapes).
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, Paragraph, Transcript, Turn
from teikit.transforms.helpers.headerblocks import rest_paragraph
from teikit.readers.wraps import SENTENCE_ENDS
from teikit.transforms.helpers.lines import line_text, lines_of

_QUESTION_ENDS = ("?", "？")


def split_lost_label_answers(doc: Transcript) -> None:
    """Each labelled turn is cut before its first line that opens in lower case right under a line
    of the turn that ends with a question mark; the rest is an unlabelled turn."""
    out: list = []
    for block in doc.blocks:
        if isinstance(block, Turn) and block.label is not None:
            out.extend(_cut(block))
        else:
            out.append(block)
    doc.blocks = out


def _cut(turn: Turn) -> list[Turn]:
    items = turn.paragraphs
    for n, item in enumerate(items):
        if not isinstance(item, Paragraph):
            continue
        lines = lines_of(item)
        # a line of the paragraph (hard-wrapped lines joined by the reader), or its first line
        # right under the paragraph above
        at = next((k for k in range(1, len(lines)) if _lost_answer(lines[k - 1], lines[k])), None) \
            if len(lines) > 1 else None  # (a paragraph of one line, most of them: no generator)
        if at is not None:
            head = rest_paragraph(item, lines[:at], 0)
            answer = [rest_paragraph(item, lines, at), *items[n + 1:]]
            turn.paragraphs = [*items[:n], head]
            return [turn, Turn(label=None, line=answer[0].line, paragraphs=answer)]
        if n and _right_under(items[n - 1], item) and _lost_answer(lines_of(items[n - 1])[-1], lines[0]):
            # the lines of a flattened layout, a paragraph each: a line that ends no sentence
            # goes on in the line under it (`Deutschland bereitet nun ein` / `Präventionsgesetz …`)
            turn.paragraphs = _wrapped(items[:n])
            return [turn, Turn(label=None, line=item.line, paragraphs=_wrapped(items[n:]))]
    return [turn]


def _wrapped(items: list) -> list:
    """Paragraphs printed one under the other joined where the one above ends no sentence."""
    out: list = []
    for item in items:
        if out and isinstance(item, Paragraph) and _right_under(out[-1], item) \
                and not line_text(lines_of(out[-1])[-1]).rstrip().endswith(SENTENCE_ENDS):
            out[-1].content.append(LineBreak())
            out[-1].content.extend(item.content)
            continue
        out.append(item)
    return out


def _right_under(above, item: Paragraph) -> bool:
    """`item` opens on the line right under `above`'s last (no blank line between: a page
    break's gap may cut a sentence anywhere)."""
    if not isinstance(above, Paragraph) or not above.line or not item.line:
        return False
    return item.line == above.line + sum(isinstance(i, LineBreak) for i in above.content) + 1


def _lost_answer(above: list, line: list) -> bool:
    """`line` goes on in lower case under a line that ends with a question mark."""
    text = line_text(line)
    return line_text(above).rstrip().endswith(_QUESTION_ENDS) and text[:1].islower() \
        and _MID_SENTENCE.match(text) is not None


# A sentence's middle: a word in lower case ("ist eine …", "es, …"), not a list's letter ("b) …").
_MID_SENTENCE = re.compile(r"[^\W\d_]+[,;]?(?:\s|$)")
