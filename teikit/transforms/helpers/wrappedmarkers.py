"""A bracketed event printed over several lines of its own paragraph (E1160g).

Parliamentary records and typescripts wrap long stage notes at the page width:

    (Beifall bei der CDU/CSU sowie bei Abgeordneten
    der FDP)

`split_markers` looks for markers inside one line, so such a note stayed speech. Here a
paragraph whose lines together are one bracketed marker, and nothing else, is read as that
marker with its line breaks taken for spaces; when it is an event, the paragraph becomes
that event, its text kept as printed (line breaks included)."""
from __future__ import annotations

from typing import Callable

from teikit.model import Event, LineBreak, Paragraph, Text

# A wrapped note is short: a few lines, a few hundred characters (the markers of one line
# are capped alike in `markers.BRACKETED`).
MAX_MARKER_LINES = 4
MAX_MARKER_CHARS = 400
_PAIRS = {"(": ")", "[": "]", "（": "）"}


def wrapped_marker(paragraph: Paragraph) -> tuple[str, str] | None:
    """(the marker as printed, the marker on one line) when the paragraph's lines are one
    bracketed marker of two lines or more, else None."""
    lines = plain_lines(paragraph, MAX_MARKER_LINES)
    if lines is None or len(lines) < 2:
        return None
    printed = "\n".join(lines)
    opener = printed[:1]
    closer = _PAIRS.get(opener)
    if closer is None or len(printed) > MAX_MARKER_CHARS or not printed.rstrip().endswith(closer):
        return None
    inside = printed.rstrip()[1:-1]
    if opener in inside or closer in inside:  # two markers, or a marker and speech
        return None
    return printed, " ".join(printed.split())


def plain_lines(paragraph: Paragraph, most: int) -> list[str] | None:
    """The texts of the paragraph's lines when it is at most `most` lines of plain text, each
    one text item, apart by line breaks with whitespace (not joined); else None."""
    content = paragraph.content
    if not content or len(content) > 2 * most - 1:
        return None
    lines = []
    for k, item in enumerate(content):
        expected = Text if k % 2 == 0 else LineBreak
        if type(item) is not expected or (expected is LineBreak and item.joined):
            return None
        if expected is Text:
            lines.append(item.text)
    return lines


def mark_wrapped_events(paragraphs, classify: Callable[[str], object]) -> None:
    """Each paragraph of `paragraphs` that is one wrapped marker (`wrapped_marker`) which
    `classify` reads as an event becomes that event, its printed text kept."""
    for paragraph in paragraphs:
        found = wrapped_marker(paragraph)
        if found is None:
            continue
        event = classify(found[1])
        if isinstance(event, Event):
            paragraph.content = [Event(element=event.element, type=event.type, text=found[0])]
