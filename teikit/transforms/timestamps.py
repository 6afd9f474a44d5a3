"""Pass `timestamps`: printed recording times as a TEI timeline (TEI P5 ch. 8.4.2).

Transcription services print times with labels ("Speaker 1: (00:00)", "[00:01:23] Name:")
and on lines of their own ("00:01:00"). Each distinct time becomes a `when` point of one
`timeline` (unit "s", @interval seconds since the origin point `DOC.T0`); a turn whose
label carries a time starts there (`u/@start`); the printed form is kept verbatim in a
`note[@type='timestamp']` whose @synch points at the same `when`. So the time is encoded,
never read as speech, and nothing printed is lost. Why not `anchor` alone: an anchor is
empty, and the printed time must stay in the text (lossless).
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, Note, Paragraph, Text, TimePoint, Transcript, Turn
from teikit.transforms.helpers.labelshapes import TIMESTAMP
from teikit.transforms.helpers.lines import joined, lines_of


def seconds(printed: str) -> float:
    """ "(1:02:03.5)" -> 3723.5; "[03:04]" -> 184."""
    parts = re.sub(r"[\\\[\]()]", "", printed).replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


class TimestampsPass:
    name = "timestamps"
    after = ("ids", "events")

    def apply(self, doc: Transcript, ctx) -> None:
        points: dict[float, str] = {}

        def point(printed: str) -> str:
            value = seconds(printed)
            if value not in points:
                points[value] = f"{doc.id}.T{len(points) + 1}"
            return points[value]

        for block in doc.blocks:
            if isinstance(block, Turn):
                if block.time:
                    block.start = point(block.time)
                for item in block.paragraphs:
                    if isinstance(item, Paragraph) and (len(item.content) == 1  # (asked of every paragraph)
                                                        or type(item.content[1]) is LineBreak):
                        _mark(item, point)
            elif isinstance(block, Paragraph):
                _mark(block, point)
        if points:
            doc.timeline = [TimePoint(f"{doc.id}.T0", 0.0)] + [
                TimePoint(pid, value) for value, pid in points.items()]


def _mark(item, point) -> None:
    """A paragraph that is nothing but a timestamp becomes a timestamp note; so do the
    number and timing lines of caption cues pasted into the text."""
    if not isinstance(item, Paragraph):
        return
    if len(item.content) == 1 and isinstance(item.content[0], Text):
        text = item.content[0].text
        if len(text) <= 16 and text.strip()[:1] in "[(0123456789" and TIMESTAMP.match(text.strip()):
            text = text.strip()
            item.content = [Note(type="timestamp", text=text, synch=point(text))]
    elif any(type(i) is Text and "-->" in i.text for i in item.content):
        _mark_cues(item, point)


# A caption cue's timing line: "00:00:01,000 --> 00:00:02,200".
CUE_TIMING = re.compile(r"^((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}")


def _mark_cues(paragraph: Paragraph, point) -> None:
    """Cue numbers ("12", the line before a timing line) become `note[@type='cue']`, timing
    lines timestamp notes synchronised with the cue's start; a paragraph left with notes
    only loses its line breaks (it is written as notes between paragraphs)."""
    lines = lines_of(paragraph)
    texts = [items[0].text.strip() if len(items) == 1 and isinstance(items[0], Text) else None
             for items in lines]
    changed = False
    for i, text in enumerate(texts):
        m = CUE_TIMING.match(text) if text and text[:1].isdigit() else None
        if m:
            lines[i] = [Note(type="timestamp", text=text, synch=point(m.group(1)))]
            if i and texts[i - 1] and texts[i - 1].isdigit():
                lines[i - 1] = [Note(type="cue", text=texts[i - 1])]
            changed = True
    if changed:
        if all(isinstance(i, Note) for items in lines for i in items):
            paragraph.content = [i for items in lines for i in items]
        else:
            paragraph.content = joined(lines, paragraph.line).content


PASS = TimestampsPass()
