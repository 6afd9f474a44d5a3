"""A delivery note that opens a turn and is wrapped at the page width (I2301l).

Stenographic versions hard-wrap their text, and a note printed right after the label's colon
is cut like any speech:

    KAMALA HARRIS, VICEPRESIDENTA ...: (Interpretación
    del inglés al español):Buenos días, señor presidente.

`split_markers` looks for markers inside one line, so the note stayed speech and the turn was
not interpreted. Here the opening of a turn's first paragraph, a bracket left open on its first
line and closed on the next, is read as one marker with the line break taken for a space; when
it is a delivery note, it becomes that note (its text kept as printed, the line break and the
separator printed after it included), and the speech after it stays."""
from __future__ import annotations

import re
from typing import Callable

from teikit.model import LineBreak, Note, Paragraph, Text
from teikit.transforms.helpers.wrappedmarkers import MAX_MARKER_CHARS

# The rest of the note on the second line, with the separator printed after it ("):", ").-").
_CLOSING = re.compile(r"([^()\[\]]*[)\]][ \t]*[:.\-–—]*[ \t]*)")
_PAIRS = {"(": ")", "[": "]"}


def join_wrapped_lead_note(paragraph: Paragraph, classify: Callable[[str], Note | None]) -> None:
    """Replace a delivery note wrapped over the paragraph's first two lines by that note."""
    content = paragraph.content
    if len(content) < 3 or type(content[0]) is not Text or type(content[1]) is not LineBreak \
            or content[1].joined or type(content[2]) is not Text:
        return
    first, second = content[0].text, content[2].text
    opener = first[:1]
    closer = _PAIRS.get(opener)
    if closer is None or ")" in first or "]" in first or len(first) + len(second) > MAX_MARKER_CHARS:
        return
    m = _CLOSING.match(second)
    if m is None or not m.group(1).rstrip(" \t:.-–—").endswith(closer):
        return
    closed = m.group(1).rstrip(" \t:.-–—")
    note = classify(" ".join(f"{first} {closed}".split()))
    if note is None or note.type != "delivery":
        return
    rest = second[m.end():]
    printed = f"{first}\n{m.group(1)}".rstrip()
    paragraph.content = [Note(type="delivery", text=printed, interpreted=note.interpreted,
                              joined=not rest[:1].isspace())] + (
        [Text(rest)] if rest else []) + content[3:]
