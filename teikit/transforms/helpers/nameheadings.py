"""A heading `Full Name, role:` alone on its line over a speaker's unlabeled speech (L194u).

A club's site prints a press conference per speaker under a heading that names them, then
the speech and the questions as paragraphs opened by dialogue dashes, without labels:

    Anna Petrova, head coach of the Harbour club:
    - We played well in the first half.
    - Why did you change the keeper?
    - He was hurt.
    Ivan Sokolov, head coach of the Rovers:
    - We lost the midfield.

The heading is no speech and no label: a name of two to four capitalised words, a comma,
the role, and a colon that ends the line. Under it, the dashed lines are turns (the dash
rule of `unnamedturns` takes the heading above the first dashed line as the lead its
exchange needs); a heading between two turns is set apart from the turn above it; and the
turns under a heading that do not ask are its speaker's, until the next heading or label.
"""
from __future__ import annotations

import re

from teikit.model import HeaderLine, Heading, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.kickerheadings import kicker_names
from teikit.transforms.helpers.lines import joined, lines_of

_HEADING = re.compile(r"^([^\W\d_][\w'’.-]*(?:[ \u00a0][^\W\d_][\w'’.-]*){1,3}),[ \u00a0]+([^:：]{2,100})[:：]$")
MIN_DASHED_UNDER = 3


def name_role_heading(text: str) -> tuple[str, str] | None:
    """(name, role) of a heading line ("Anna Petrova, head coach:" -> ("Anna Petrova",
    "head coach")), or None."""
    text = text.strip()
    if not text.endswith((":", "：")) or len(text) > 160:
        return None
    m = _HEADING.match(text)
    if m is None or not all(w[:1].isupper() for w in m.group(1).split()) or QUESTION_END.search(m.group(2)):
        return None
    return m.group(1), m.group(2).strip()


def heading_over_dashes(lines: list[str], is_dashed) -> bool:
    """The line right above the first dashed line is a speaker's heading, and at least
    `MIN_DASHED_UNDER` dashed lines follow, one of them asking: an exchange without a news
    lead. `lines`: the first text of every line, in reading order."""
    first = next((i for i, text in enumerate(lines) if is_dashed(text)), None)
    if not first or name_role_heading(lines[first - 1]) is None:
        return False
    dashed = [text for text in lines[first:] if is_dashed(text)]
    return len(dashed) >= MIN_DASHED_UNDER and any(QUESTION_END.search(t.rstrip()) for t in dashed)


def _heading_line(item) -> tuple[list, list] | None:
    """(lines before, heading line) when the paragraph's last line is a heading."""
    if type(item) is not Paragraph:
        return None
    lines = lines_of(item)
    last = lines[-1]
    if len(last) != 1 or type(last[0]) is not Text or name_role_heading(last[0].text) is None:
        return None
    return lines[:-1], last


def set_name_headings_apart(doc: Transcript) -> None:
    """A heading that ends an unlabeled turn (its last paragraph, or that paragraph's last
    line), right above another unlabeled turn, is a Heading between them."""
    blocks = doc.blocks
    out: list = []
    for k, turn in enumerate(blocks):  # (one pass, each heading placed after its turn)
        out.append(turn)
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        if type(turn) is not Turn or type(after) is not Turn or turn.label is not None or after.label is not None:
            continue
        found = _heading_line(turn.paragraphs[-1]) if turn.paragraphs else None
        if found is None or not (found[0] or len(turn.paragraphs) >= 2):
            continue
        before, heading = found
        item = turn.paragraphs.pop()
        if before:
            turn.paragraphs.append(joined(before, item.line))
        out.append(Heading(heading[0].text.strip(), level=2))
    doc.blocks = out


def heading_speakers(doc: Transcript) -> list[tuple[tuple[str, str], list[Turn]]]:
    """Each heading over unlabeled turns (no other header line between), with the turns
    under it that do not ask, up to the next heading or label."""
    found: list[tuple[tuple[str, str | None], list[Turn]]] = []
    current: list[Turn] | None = None
    kickers = kicker_names([b.text for b in doc.blocks if type(b) is Heading])  # "PARLA ALESSIO —" (L197u)
    for block in doc.blocks:
        kind = type(block)
        if kind is Heading or kind is HeaderLine:
            named = name_role_heading(block.text) or ((kickers[block.text], None) if block.text in kickers else None)
            current = None
            if named is not None:
                found.append((named, []))
                current = found[-1][1]
        elif kind is Turn:
            if block.label is not None:
                current = None
            elif current is not None and block.who is None and not _asks(block):
                current.append(block)
    return [(named, turns) for named, turns in found if turns]


def _asks(turn: Turn) -> bool:
    last = next((p for p in reversed(turn.paragraphs) if type(p) is Paragraph), None)
    return last is not None and QUESTION_END.search(last.text) is not None
