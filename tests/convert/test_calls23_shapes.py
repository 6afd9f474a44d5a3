"""L300i: a results call's `Name - Company - Title` lines with single hyphens, alone over the
speech (docs/convert-shapes.md); small synthetic examples written for the test (never a corpus
line), each failing without the rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speaker, speech

_CALL = ("Aug 03, 2023 / 07:00AM GMT\n\n"
         "Ann Lee - Acme Oyj - Head of IR\n\n\n\n"
         "Good morning, everybody, and welcome to our results call.\n\n\n\n"
         "Please go ahead, Bob.\n\n\n\n"
         "Bob Roe - Acme Oyj - President, CEO & Member of the Board\n\n\n\n"
         "Thank you, Ann, and good morning also on my behalf.\n")


def test_name_company_title_lines_with_single_hyphens_open_the_turns():
    doc = read(_CALL, lang="en")
    assert labels(doc) == ["Ann Lee - Acme Oyj - Head of IR",
                           "Bob Roe - Acme Oyj - President, CEO & Member of the Board"]
    assert speech(doc)[0].endswith("Please go ahead, Bob.")


def test_the_name_is_the_speaker_and_the_title_the_role():
    doc = read(_CALL, lang="en")
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Bob Roe", "President, CEO & Member of the Board")
    assert speaker(doc, 1).affiliation == "Acme Oyj"


def test_the_date_and_time_line_is_the_date_not_the_title():
    doc = read(_CALL, lang="en")
    assert doc.setting.date_iso == "2023-08-03"
    assert doc.setting.title is None


def test_a_name_shown_as_latin_1_mojibake_is_still_a_name():
    text = _CALL.replace("Ann Lee", "Ann HÃ¦ggstrÃ¶m")
    assert speaker(read(text, lang="en"), 0).name == "Ann HÃ¦ggstrÃ¶m"


def test_one_such_line_over_speech_is_no_label():
    text = "Ann Lee - Acme Oyj - Head of IR\n\nGood morning, everybody.\n\nWe had a good quarter.\n"
    assert labels(read(text, lang="en")) == [None]


def test_a_participants_list_stays_out_of_the_turns_and_its_headings_are_no_title():
    text = ("Q2 2023 Acme Oyj Earnings Call\n\nCorporate Participants\n\n"
            "Ann Lee - Acme Oyj - Head of IR\n\nBob Roe - Acme Oyj - CEO\n\n"
            "Conference Call Participants\n\nTom Poe - Big Bank - Analyst\n\n"
            "Operator\n\nGood day, and welcome to the call.\n\n"
            "Ann Lee - Acme Oyj - Head of IR\n\nThank you. Good morning, everyone.\n\n"
            "Bob Roe - Acme Oyj - CEO\n\nThank you, Ann. We had a good quarter.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Operator", "Ann Lee - Acme Oyj - Head of IR", "Bob Roe - Acme Oyj - CEO"]
    assert doc.setting.title == "Q2 2023 Acme Oyj Earnings Call"
    assert not any("Participants" in s or "Tom Poe" in s for s in speech(doc))
