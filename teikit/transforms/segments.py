"""Pass `segments`: paragraphs of turns whose shape only shows once the turns are known.

- segments of a transcription-service export printed without blank lines: the display
  wraps of a segment are one paragraph (`helpers.timedsegments`).
"""
from __future__ import annotations

from teikit.model import Transcript
from teikit.transforms.helpers.timedsegments import join_timed_segments


class SegmentsPass:
    name = "segments"
    after = ("labels",)

    def apply(self, doc: Transcript, ctx) -> None:
        join_timed_segments(doc)


PASS = SegmentsPass()
