"""Site lines that close a turn, before the next label, stand between the turns (B2491m).

A site line right above a label already stands between two turns (the labels pass keeps it
out of the turn above). A record page may print more between its parts: its navigation links
(`Al inicio de esta página` / ` A Dirección de Taquígrafos`, B2490m) and then the next agenda
heading (`IZAMIENTO DE LA BANDERA NACIONAL`, T2486m) before the next label. Read line by line,
all of it closed the turn above. From the first site line on, a turn's last items that hold no
speech (site lines, headings and other notes) leave the turn when a labelled turn follows:
they are the page's and the record's, not the speaker's. A site line followed by speech of the
same turn (a caption inside an answer) stays where it is.
"""
from __future__ import annotations

from teikit.model import Boilerplate, Event, Note, Paragraph, Transcript, Turn


def set_site_tails_apart(doc: Transcript) -> None:
    blocks = doc.blocks
    if not any(type(item) is Boilerplate for b in blocks if type(b) is Turn for item in b.paragraphs[1:]):
        return  # (most documents: no site line inside a turn)
    out: list = []
    for n, block in enumerate(blocks):
        out.append(block)
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        if type(block) is not Turn or type(after) is not Turn or after.label is None:
            continue
        start = _tail_start(block.paragraphs)
        if start is not None:
            tail = block.paragraphs[start:]
            del block.paragraphs[start:]
            out.extend(item if type(item) is Boilerplate else item.content[0] for item in tail)
    doc.blocks = out


def _tail_start(items: list) -> int | None:
    """Where the turn's closing run of site lines and notes starts (at a site line, after the
    turn's first item), or None."""
    start = None
    for k in range(len(items) - 1, 0, -1):
        item = items[k]
        if type(item) is Boilerplate:
            start = k
        elif not (type(item) is Paragraph and len(item.content) == 1 and type(item.content[0]) in (Note, Event)):
            break
    return start
