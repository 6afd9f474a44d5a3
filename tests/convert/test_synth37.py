"""Shapes read in session 37 on synthetic transcripts of the shapes real sources print
(SDH captions, screenplays, typescripts, parliamentary headers, role descriptions)."""
from __future__ import annotations

from teikit import convert
from teikit.model import Note
from tests.convert.conftest import labels, read, speech

_SDH = ("1\n00:00:01,000 --> 00:00:03,500\n[JOHN] Where were you last night?\n\n"
        "2\n00:00:03,600 --> 00:00:05,200\n(MARIA) At my sister's place.\n\n"
        "3\n00:00:05,300 --> 00:00:08,000\n- You said you'd call.\n- My phone was dead.\n\n"
        "4\n00:00:08,100 --> 00:00:10,000\n[LAUGHS] That's not an answer.\n\n"
        "5\n00:00:10,100 --> 00:00:12,000\n- [JOHN] Fine.\n- [MARIA] Fine.\n")


def test_a_caption_s_bracketed_name_labels_the_cue():
    # "[JOHN] Where were you?" was speech with a supplied "[JOHN]", all in one unlabelled turn (L1400i)
    doc = read(_SDH)
    assert labels(doc)[:2] == ["[JOHN]", "(MARIA)"]
    assert speech(doc)[:2] == ["Where were you last night?", "At my sister's place."]
    assert doc.turns()[0].who == doc.turns()[4].who and doc.turns()[1].who == doc.turns()[5].who


def test_each_dash_line_of_a_shared_cue_is_a_turn_with_the_cue_s_timing():
    doc = read(_SDH)
    turns = doc.turns()
    assert speech(doc)[2] == "You said you'd call." and speech(doc)[3].startswith("My phone was dead. |")
    assert speech(doc)[3].endswith("[LAUGHS] That's not an answer.")  # a sound opens no turn
    assert labels(doc)[2:4] == [None, None]
    assert [(p.start, p.end) for t in turns[2:4] for p in t.paragraphs][:2] == [(5.3, 8.0), (5.3, 8.0)]
    assert labels(doc)[4:] == ["[JOHN]", "[MARIA]"] and speech(doc)[4:] == ["Fine.", "Fine."]
    tei = convert(_SDH.encode(), "t.srt").tei.decode()
    assert tei.count('<note type="markup">-</note>') == 4  # the dashes kept, apart from the speech


def test_a_sound_in_brackets_is_no_speaker():
    doc = read("1\n00:00:01,000 --> 00:00:02,000\n[JOHN] Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\n"
               "[SCREAMS] Get out!\n\n3\n00:00:03,000 --> 00:00:04,000\n[DOOR SLAMS] Who was that?\n\n"
               "4\n00:00:04,000 --> 00:00:05,000\n(RIRES) Bon.\n\n5\n00:00:05,000 --> 00:00:06,000\n[SPANISH] Hola.\n")
    assert labels(doc) == ["[JOHN]"]


def test_a_french_caption_label_with_a_space_before_its_colon():
    doc = read("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nPIERRE : Tu étais où ?\n\n"
               "00:00:03.000 --> 00:00:05.000\nCLAIRE : Chez ma sœur.\n")
    assert labels(doc) == ["PIERRE :", "CLAIRE :"]
    assert [doc.person(t.who).name for t in doc.turns()] == ["Pierre", "Claire"]


def test_one_dashed_line_after_the_first_is_the_second_speaker():
    doc = read("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nWo warst du?\n- Bei meiner Schwester.\n")
    assert speech(doc) == ["Wo warst du?", "Bei meiner Schwester."]


def test_a_dash_inside_a_single_line_cue_stays_speech():
    doc = read("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n- Wo warst du?\n\n00:00:03.000 --> 00:00:05.000\nZu Hause.\n")
    assert len(doc.turns()) == 1
