"""The TEI `timeline` of a timed transcript (subtitle cues), TEI P5 chapter 8.

The points are named after the document (`talk.T0`, `talk.T1` …), so that the ids stay
unique when documents are put together in a corpus (`teikit convert --corpus`).

Times are offsets into the recording, so the timeline has an origin `T0` at
`absolute="00:00:00"` and every other point is `when interval="12.5" since="#T0"` (seconds,
`unit="s"`), the form EXMARaLDA and TEI-CORPO write for ISO/TEI. A `u` points at its first
and last instants with @start/@end (att.timed); a `seg` is not att.timed in TEI, so each
cue's paragraph opens with `<anchor synch="#Tn"/>` at its start and closes with one at its
end. Readers that do not know timelines skip the anchors: the text is unchanged.
"""
from __future__ import annotations

from teikit.model import Paragraph, Transcript, Turn
from teikit.writers.xmlbuild import XmlBuilder

class Timeline:
    def __init__(self, doc: Transcript):
        self.origin = f"{doc.id}.T0"
        # times printed in a plain-text transcript ("[00:01:23] Name:"), named by the
        # converter's timestamps pass; cue times of subtitles join them
        printed = {p.seconds: p.id for p in doc.timeline if p.id != self.origin}
        cue_times = {t for turn in doc.turns() for p in turn.paragraphs
                     if type(p) is Paragraph and (p.start is not None or p.end is not None)
                     for t in (p.start, p.end) if t is not None}
        # False for a plain-text transcript with printed timestamps: its turns start at
        # points, its paragraphs have no cue times (asked for every turn and paragraph)
        self.cued = bool(cue_times)
        times = sorted(cue_times - set(printed))
        self.ids = {t: f"{doc.id}.T{n}" for n, t in enumerate(times, len(printed) + 1)}
        self.ids.update(printed)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def write(self, b: XmlBuilder) -> None:
        b.open("timeline", unit="s", origin=f"#{self.origin}")
        b.leaf("when", xml_id=self.origin, absolute="00:00:00")
        for t, tid in sorted(self.ids.items()):
            b.leaf("when", xml_id=tid, interval=interval_number(t), since=f"#{self.origin}")
        b.close("timeline")

    def turn_span(self, turn: Turn) -> dict:
        """@start/@end of a u: its first cue's start, its last cue's end."""
        if not self.cued:
            return {"start": f"#{turn.start}" if turn.start else None, "end": None}
        starts = [p.start for p in turn.paragraphs if getattr(p, "start", None) is not None]
        ends = [p.end for p in turn.paragraphs if getattr(p, "end", None) is not None]
        start = f"#{self.ids[min(starts)]}" if starts else (f"#{turn.start}" if turn.start else None)
        return {"start": start, "end": f"#{self.ids[max(ends)]}" if ends else None}

    def anchors(self, para: Paragraph) -> tuple[str, str]:
        """Markup to put before and after a cue's text."""
        if not self.cued:
            return "", ""
        start, end = getattr(para, "start", None), getattr(para, "end", None)
        return (f'<anchor synch="#{self.ids[start]}"/>' if start is not None else "",
                f'<anchor synch="#{self.ids[end]}"/>' if end is not None else "")


def interval_number(t: float) -> str:
    text = f"{t:.3f}".rstrip("0").rstrip(".")
    return text or "0"
