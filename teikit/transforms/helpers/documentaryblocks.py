"""A record's documentary block (L1615i): a line opening with a double hyphen and ending with a
colon, then the list it introduces, printed between two turns of the record ("--Los
antecedentes sobre el proyecto (12.699-07) figuran en los Diarios de Sesiones que se
indican:" over "Proyecto de ley:" / "En primer trámite: sesión 25ª, …" / "Informe de
Comisión:" …). The record's editors print it, no one says it: its "Heading: text" lines are
no speaker labels, and inside a turn the block's lines are stage notes, not paragraphs of
the speech. The block ends at a blank line or at the next label: one of another shape than a colon
label ("El señor GUZMÁN (Secretario General).-"), or a colon label printed twice or more."""
from __future__ import annotations

import re

from teikit.model import Paragraph, StageNote, Text

# "--Los antecedentes ... que se indican:": two hyphens, a word, and a colon closing the line.
_OPENING = re.compile(r"^--\s?[^\W\d_].*:$")


def documentary_opening(text: str) -> bool:
    return text[:2] == "--" and _OPENING.match(text.strip()) is not None


def documentary_candidates(lines: list[str], found: list, counts) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the candidates `found` on the lines of documentary blocks;
    `counts`: how often each candidate name is printed."""
    out: set[tuple[str, str]] = set()
    inside = False
    for line, shapes in zip(lines, found):
        if line[:2] == "--" and documentary_opening(line):
            inside = True
            continue
        if not inside:
            continue
        if not line.strip() or any(c.shape != "colon" or counts[c.name] >= 2 for c in shapes or ()):
            inside = False  # the next turn's label (of the record's shape, or printed again): the block has ended
            continue
        out.update((c.label, c.rest) for c in shapes or ())
    return out


def mark_documentary_blocks(turns) -> None:
    """The lines of a documentary block inside a turn (the opening line and each one-line
    paragraph after it to the turn's end) become stage notes."""
    for turn in turns:
        inside = False
        for item in turn.paragraphs[1:]:
            content = getattr(item, "content", None)
            if type(item) is not Paragraph or not content or len(content) != 1 or type(content[0]) is not Text:
                inside = False
                continue
            text = content[0].text
            inside = inside or documentary_opening(text)
            if inside:
                item.content = [StageNote(text=text)]
