"""Shapes read in session 36 on synthetic transcripts of the shapes real sources print
(TV transcripts, parliamentary records, transcription services)."""
from __future__ import annotations

from teikit import read_transcript
from teikit.model import Event, Paragraph
from tests.convert.conftest import labels, read, speaker, speech


def _events(doc):
    return [(i.type, i.text) for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)
            for i in p.content if isinstance(i, Event)]


def test_reactions_a_spanish_record_joins_with_a_stop_and_a_dash_are_one_event():
    # "(Aplausos.—Rumores)." (E1183h)
    doc = read("La señora PRESIDENTA: Tiene la palabra.\n\nEl señor ROE POE: Gracias.\n\n(Aplausos.—Rumores).\n\n"
               "No va a dimitir.\n\n(Rumores.—Protestas).\n", lang="es")
    assert _events(doc) == [("applause", "(Aplausos.—Rumores)"), ("crosstalk", "(Rumores.—Protestas)")]


def test_a_stop_and_a_dash_inside_speech_in_brackets_is_no_event():
    doc = read("La señora PRESIDENTA: Tiene la palabra.\n\nEl señor ROE POE: Gracias (lo digo.—de verdad).\n", lang="es")
    assert _events(doc) == []


def test_an_italian_record_event_from_a_group_after_dal():
    # "(Applausi dal Gruppo FdI)." (E1184h)
    doc = read("PRESIDENTE. Ne ha facoltà.\n\nROSSI (PD). Signor Presidente, grazie.\n\n(Applausi dal Gruppo PD).\n\n"
               "Lo chiediamo da settimane.\n\n(Commenti dalla maggioranza).\n", lang="it")
    assert _events(doc) == [("applause", "(Applausi dal Gruppo PD)"), ("crosstalk", "(Commenti dalla maggioranza)")]


def test_cue_timings_with_unpadded_seconds_are_read_as_cues():
    # Microsoft Teams: "0:0:3.350 --> 0:0:7.130" (P1187h)
    vtt = ("WEBVTT\n\n0:0:3.350 --> 0:0:7.130\n<v Anna Berg>Good morning, everyone.</v>\n\n"
           "0:0:7.980 --> 0:0:9.210\n<v Tom Fischer>Yes, loud and clear.</v>\n\n"
           "0:1:2.0 --> 0:1:5.5\n<v Anna Berg>Great.</v>\n")
    doc = read_transcript(vtt.encode(), "t.vtt")
    assert [t.name for t in doc.turns()] == ["Anna Berg", "Tom Fischer", "Anna Berg"]
    assert [t.paragraphs[0].text.removesuffix("</v>") for t in doc.turns()] == [
        "Good morning, everyone.", "Yes, loud and clear.", "Great."]
