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


# --- E221d a bracketed event right above a page's unlabeled speech --------------------------------

_MID_SPEECH = ("Minutes of the sitting of 19 July 2007\n\n(Applause)\n\n"
               "That is a good sign for all of us, and the staff have told me so more than once this year.\n\n"
               "We thank the staff of the House for their work.\n")


def test_an_event_line_above_unlabeled_speech_opens_its_turn():
    doc = read(_MID_SPEECH, lang="en")
    assert [e.text for e in _events(doc)] == ["(Applause)"]
    assert doc.turns()[0].paragraphs[0].content[0].text == "(Applause)"


def test_a_bracketed_note_above_unlabeled_speech_stays_in_the_header():
    doc = read(_MID_SPEECH.replace("(Applause)", "(Unofficial translation)"), lang="en")
    assert _events(doc) == []
    assert "(Unofficial translation)" not in [getattr(p, "content", [None])[0].text for p in doc.turns()[0].paragraphs]


# --- E222d a Russian transcriber's unbracketed mark of an inaudible passage ------------------------

def test_an_unbracketed_nrzb_mark_is_an_inaudible_gap():
    text = ("Ведущий: Добрый вечер! Звоните нам / если будет желание / — нрзб.\n\n"
            "Гость: Спасибо (нрзб) за приглашение.\n")
    doc = read(text, lang="ru")
    assert [(e.text, e.type) for e in _events(doc)] == [("нрзб.", "inaudible"), ("(нрзб)", "inaudible")]
