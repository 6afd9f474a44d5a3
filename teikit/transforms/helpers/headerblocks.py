"""The blocks the header pass builds around the header lines: the speech paragraphs cut from
the lead (`rest_paragraph`), the turn that opens the transcript (`opening_turn`), and what a
text with no speech found keeps (`headerless`)."""
from __future__ import annotations

from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, LineBreak, Note, Paragraph, Text, Turn
from teikit.transforms.helpers.headerlines import BRACKETED
from teikit.transforms.helpers.leadlines import MAX_NOTE_CHARS


def headerless(header: list) -> tuple[list, list]:
    """No speech was found: keep the lines a shape rule claimed and a first unclaimed line
    as title (when more follow); the rest is one unlabeled turn."""
    unknown = [i for i, h in enumerate(header) if isinstance(h, HeaderLine) and h.kind == K.UNKNOWN]
    if not unknown:
        return header, []
    cut = unknown[1] if len(unknown) > 1 else unknown[0]
    speech = [Paragraph(content=[Text(h.text)], line=h.line) if isinstance(h, HeaderLine) else h
              for h in header[cut:]]
    return header[:cut], speech


def bracketed_block(block: Paragraph) -> bool:
    """The paragraph is one bracketed note over its lines, of a note's length at most."""
    if not all(isinstance(i, (Text, LineBreak)) for i in block.content):
        return False
    text = block.text.strip()
    return len(text) <= MAX_NOTE_CHARS and BRACKETED.fullmatch(text) is not None


def last_before_notes(lead: list, at: int) -> bool:
    """Block `at` is the lead's last but for bracketed notes of one line below it: a page's
    source line ("(Versiones Taquigráficas - Consejo de Estado)") between the heading sentence
    and the first labelled turn leaves the heading right over the speech (H2280l)."""
    return all(isinstance(b, Paragraph) and "\n" not in b.text.strip() and bracketed_block(b)
               for b in lead[at + 1:])


def rest_paragraph(block: Paragraph, lines: list, offset: int) -> Paragraph:
    content: list = []
    for i, items in enumerate(lines[offset:]):
        if i:
            content.append(LineBreak())
        content.extend(items)
    return Paragraph(content=content, line=block.line + offset if block.line else 0, joined=block.joined)


def opening_turn(speech: list, label: HeaderLine | None) -> list:
    paras = [b for b in speech if isinstance(b, Paragraph)]
    if label is not None:
        turn = Turn(label=label.text, line=label.line)
    elif not paras:
        return speech
    else:
        turn = Turn(label=None, line=paras[0].line)
    # a markup note set apart before the first label ("**_" of "**_C: Why?_**", L1132g) stays
    # between the turns: a turn holds paragraphs, not block notes
    cut = len(speech)
    while cut and isinstance(speech[cut - 1], Note):
        cut -= 1
    turn.paragraphs = speech[:cut]
    return [turn, *speech[cut:]]
