"""Event shapes first met in corpus/dev21 (docs/convert-shapes.md, sections marked with the
suffix d), one small synthetic example each, written for the test (never a corpus line): each
fails without its rule."""
from __future__ import annotations

from teikit.model import Event, Note
from tests.convert.conftest import read


def _events(doc):
    """The events of `doc`'s turns, in order: inline ones and paragraphs that are one event."""
    found = []
    for turn in doc.turns():
        for item in turn.paragraphs:
            found += [i for i in getattr(item, "content", [item]) if isinstance(i, Event)]
    return found


def _notes(doc):
    return [i for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", []) if isinstance(i, Note)]


# --- E220d a sound or production cue in capitals -------------------------------------------------

_SCRIPT = ("ANN: Harbour Radio began on the quay with a microphone. (GULLS, WIND, SHIP HORNS) It took time.\n\n"
           "[HARBOUR RADIO INTRO]\n\n"
           "BEN: Where did you buy that coat? (PASSING TRUCK) Look out!\n\n"
           "ANN: The mayor (SPD) and [THE MINISTER] spoke to NATO (UNITED NATIONS) today.\n")


def test_a_cue_in_capitals_with_a_cue_word_is_an_event():
    doc = read(_SCRIPT, lang="en")
    assert [e.text for e in _events(doc)] == ["(GULLS, WIND, SHIP HORNS)", "[HARBOUR RADIO INTRO]", "(PASSING TRUCK)"]
    assert {e.type for e in _events(doc)} == {"cue"}


def test_acronyms_and_names_in_capitals_stay_text():
    doc = read(_SCRIPT, lang="en")
    assert "[THE MINISTER]" in [n.text for n in _notes(doc)]  # the editor's supplied words
    assert not any(e.text in ("(SPD)", "(UNITED NATIONS)") for e in _events(doc))


def test_a_cue_word_in_lower_case_or_with_a_full_stop_is_no_capitals_cue():
    doc = read("ANN: We heard (the traffic) and (TRAFFIC.) and (Traffic) all day.\n", lang="en")
    assert _events(doc) == []
