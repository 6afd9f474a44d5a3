"""Shapes read in session 36 on synthetic transcripts of the shapes real sources print
(TV transcripts, parliamentary records, transcription services)."""
from __future__ import annotations

from teikit import read_transcript


def test_cue_timings_with_unpadded_seconds_are_read_as_cues():
    # Microsoft Teams: "0:0:3.350 --> 0:0:7.130" (P1187h)
    vtt = ("WEBVTT\n\n0:0:3.350 --> 0:0:7.130\n<v Anna Berg>Good morning, everyone.</v>\n\n"
           "0:0:7.980 --> 0:0:9.210\n<v Tom Fischer>Yes, loud and clear.</v>\n\n"
           "0:1:2.0 --> 0:1:5.5\n<v Anna Berg>Great.</v>\n")
    doc = read_transcript(vtt.encode(), "t.vtt")
    assert [t.name for t in doc.turns()] == ["Anna Berg", "Tom Fischer", "Anna Berg"]
    assert [t.paragraphs[0].text.removesuffix("</v>") for t in doc.turns()] == [
        "Good morning, everyone.", "Yes, loud and clear.", "Great."]
