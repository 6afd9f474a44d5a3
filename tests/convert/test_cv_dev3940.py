"""Shapes of dev39 and dev40 (rule ids 1600-1649 ending in `i`): transcription-service exports,
Q./A. transcripts, page captures of interviews and speeches, written for the test (never a
corpus line); each fails without its rule."""
from __future__ import annotations

import pytest

from teikit.convert_api import ConvertOptions, convert
from tests.convert.conftest import labels, read, speech

# --- L1600i a bold run holding a bracketed time before the label ---------------------------

TIME_FIRST_BOLD = {
    "ids": ("**[00:03] SPEAKER_00:** Welcome back to the harbour show, everyone.\n\n"
            "**[00:41] SPEAKER_01:** Thanks for having me, it is good to be here.\n\n"
            "**[01:02] SPEAKER_00:** Let us start with the ferries.\n"),
    "names": ("__(0:00:05) Ann Lee:__ Bonjour à toutes et à tous.\n\n"
              "__(0:00:12) Bo Ray:__ Merci pour l'invitation.\n\n"
              "__(0:00:20) Ann Lee:__ Commençons par le port.\n"),
}


@pytest.mark.parametrize("case", sorted(TIME_FIRST_BOLD))
def test_a_bold_run_with_the_time_before_the_label_opens_turns(case):
    doc = read(TIME_FIRST_BOLD[case])
    turns = doc.turns()
    assert len(turns) == 3
    assert [t.time for t in turns][0] in ("[00:03]", "(0:00:05)")
    assert all(t.time_first for t in turns)
    assert not any(s.startswith(("*", "_", "[", "(")) for s in speech(doc))
    assert turns[0].who == turns[2].who != turns[1].who


def test_the_time_of_a_bold_run_goes_to_its_own_timestamp_note():
    tei = convert(TIME_FIRST_BOLD["ids"].encode(), "t.txt", ConvertOptions()).tei.decode()
    assert '<note type="timestamp"' in tei and ">**[00:03]</note>" in tei
    assert ">SPEAKER_00:**</note>" in tei
