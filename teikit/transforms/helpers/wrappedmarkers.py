"""A bracketed event printed over several lines of its own paragraph (E1160g).

Parliamentary records and typescripts wrap long stage notes at the page width:

    (Beifall bei der CDU/CSU sowie bei Abgeordneten
    der FDP)

`split_markers` looks for markers inside one line, so such a note stayed speech. Here a
paragraph whose lines together are one bracketed marker, and nothing else, is read as that
marker with its line breaks taken for spaces; when it is an event, the paragraph becomes
that event, its text kept as printed (line breaks included).

A record printed line by line, with no blank line between speech and note, holds the same
wrapped note between lines of speech (E1724j): whole lines, the first opening the bracket and
the last closing it, become that event inside the paragraph, the speech lines around it kept."""
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
    `classify` reads as an event becomes that event, its printed text kept; in a paragraph of
    more lines, each run of whole lines that is one such marker becomes that event (E1724j)."""
    for paragraph in paragraphs:
        found = wrapped_marker(paragraph)
        if found is None:
            _mark_wrapped_lines(paragraph, classify)
            continue
        event = classify(found[1])
        if isinstance(event, Event):
            paragraph.content = [Event(element=event.element, type=event.type, text=found[0])]


def _mark_wrapped_lines(paragraph: Paragraph, classify: Callable[[str], object]) -> None:
    """Replace each run of two to MAX_MARKER_LINES whole lines of the paragraph that is one
    bracketed event by that event (the line breaks inside it kept in its text)."""
    content = paragraph.content
    lines = _line_spans(content)
    if len(lines) < 3:
        return  # two lines are the whole paragraph's case, or a marker and speech on one line
    texts = [content[a].text if b - a == 1 and type(content[a]) is Text else None for a, b in lines]
    found = []
    i = 0
    while i < len(lines):
        j = _closing_line(texts, i)
        event = classify(" ".join("\n".join(texts[i:j + 1]).split())) if j is not None else None
        if isinstance(event, Event):
            found.append((lines[i][0], lines[j][1], Event(element=event.element, type=event.type,
                                                          text="\n".join(texts[i:j + 1]))))
            i = j + 1
        else:
            i += 1
    for start, end, event in reversed(found):
        content[start:end] = [event]


def _line_spans(content: list) -> list[tuple[int, int]] | list:
    """(first item, end) of each line of a paragraph's content, between its line breaks; none
    when a break falls inside a word (a joined break: the line is no whole line)."""
    spans, start = [], 0
    for k, item in enumerate(content):
        if type(item) is LineBreak:
            if item.joined:
                return []
            spans.append((start, k))
            start = k + 1
    spans.append((start, len(content)))
    return spans


def _closing_line(texts: list, i: int) -> int | None:
    """The line that closes the bracket line `i` opens, two to MAX_MARKER_LINES lines on, with
    no other bracket of the pair inside; None when there is none."""
    opener = (texts[i] or "")[:1]
    closer = _PAIRS.get(opener)
    if closer is None:
        return None
    for j in range(i + 1, min(i + MAX_MARKER_LINES, len(texts))):
        if texts[j] is None:
            return None
        printed = "\n".join(texts[i:j + 1]).rstrip()
        inside = printed[1:-1] if printed.endswith(closer) else printed[1:]
        if opener in inside or closer in inside or len(printed) > MAX_MARKER_CHARS:
            return None
        if printed.endswith(closer):
            return j
    return None
