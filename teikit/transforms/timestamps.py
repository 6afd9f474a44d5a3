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

from teikit.model import Note, Paragraph, Text, TimePoint, Transcript, Turn
from teikit.transforms.helpers.labelshapes import TIMESTAMP


def seconds(printed: str) -> float:
    """ "(1:02:03.5)" -> 3723.5; "[03:04]" -> 184."""
    parts = re.sub(r"[\[\]()]", "", printed).replace(",", ".").split(":")
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
                    if isinstance(item, Paragraph) and len(item.content) == 1:  # (asked of every paragraph)
                        _mark(item, point)
            elif isinstance(block, Paragraph):
                _mark(block, point)
        if points:
            doc.timeline = [TimePoint(f"{doc.id}.T0", 0.0)] + [
                TimePoint(pid, value) for value, pid in points.items()]


def _mark(item, point) -> None:
    """A paragraph that is nothing but a timestamp becomes a timestamp note."""
    if isinstance(item, Paragraph) and len(item.content) == 1 and isinstance(item.content[0], Text):
        text = item.content[0].text
        if len(text) <= 16 and text.strip()[:1] in "[(0123456789" and TIMESTAMP.match(text.strip()):
            text = text.strip()
            item.content = [Note(type="timestamp", text=text, synch=point(text))]


PASS = TimestampsPass()
