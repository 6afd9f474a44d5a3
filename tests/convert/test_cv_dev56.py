"""Shapes of dev56 (rule ids 2260-2279 ending in `l`): English pages of other kinds (an event
page's bracketed labels and tabs, a think-tank's speaker block, a court repost's photo caption
and clerk's address), on small texts written for the test (never a corpus line); each fails
without its rule."""
from __future__ import annotations

from tests.convert.conftest import body as _body, tei as _tei


# --- L2260l A name in square brackets alone on its line, the speech on the next --------------

EVENT_PAGE = ("Harbour Forum Press Briefing\n- ABOUT\n- VIDEO\n- TRANSCRIPT\n"
              "The harbour master will brief the press on the new ferry timetable and the works.\n"
              "[ANN LEE]\nGood morning. I'm Ann Lee, the Port's Press Officer, and thank you for coming.\n"
              "[BEN KAY]\nThank you, Ann. The ferries have been running well this winter.\n")


def test_bracketed_names_alone_over_the_speech_are_labels():
    body = _body(_tei(EVENT_PAGE))
    assert '<note type="speaker">[ANN LEE]</note>\n        <u who="#ann-lee"' in body
    assert '<note type="speaker">[BEN KAY]</note>\n        <u who="#ben-kay"' in body
    assert '">Thank you, Ann. The ferries' in body.split('who="#ben-kay"', 1)[1]


def test_one_bracketed_name_alone_or_bracketed_events_stay_text():
    one = _body(_tei("[ANN LEE]\nGood morning. Thank you all for coming.\n\nThe ferries run well.\n"))
    assert '<note type="speaker">' not in one
    events = _body(_tei("Ann: Good morning.\n[Applause]\nThank you all for coming.\n[Laughter]\nYes.\n"))
    assert '<note type="speaker">[Applause]</note>' not in events and '<note type="speaker">[Laughter]</note>' not in events


# --- B2261l A page's tab bar: dashes and capitals, one a transcript tab ----------------------

def test_a_pages_tabs_are_site_lines_and_leave_the_title_alone():
    tei = _tei(EVENT_PAGE)
    for tab in ("- ABOUT", "- VIDEO", "- TRANSCRIPT"):
        assert f"<desc>{tab}</desc>" in tei
    assert '<title type="main">Harbour Forum Press Briefing</title>' in tei


def test_capitalised_list_lines_without_a_transcript_tab_stay_as_they_were():
    tei = _tei(EVENT_PAGE.replace("- TRANSCRIPT\n", "- PHOTOS\n"))
    assert "<desc>- ABOUT</desc>" not in tei and "<desc>- VIDEO</desc>" not in tei


# --- N2262l An event page's speaker block: heading, name, office line -----------------------

BLOCK_PAGE = ("Ann B. Lee\n\nMonday, October 16, 2006\nSpeaker\nAnn B. Lee\n"
              "Director of Harbour Studies, Port Institute; and Fellow, Sea Council\n"
              "Presider\nTom G. Roe\nPresident, Roe Associates LLC; and Senior Advisor, Acme Bank\n\n"
              "TOM ROE: Good afternoon. It is a pleasure to introduce Ann Lee to you today.\n\n"
              "ANN LEE: Thank you, Tom, very much.\n")


def test_the_office_line_under_a_name_in_a_speaker_block_is_the_role_whole():
    tei = _tei(BLOCK_PAGE)
    assert "<persName>Ann B. Lee</persName>\n            <affiliation>Director of Harbour Studies, Port Institute; " \
           "and Fellow, Sea Council</affiliation>" in tei
    assert "<affiliation>President, Roe Associates LLC; and Senior Advisor, Acme Bank</affiliation>" in tei


def test_a_name_and_office_line_under_another_heading_give_no_whole_line():
    tei = _tei(BLOCK_PAGE.replace("Presider\n", "Notes\n"))
    assert "<affiliation>President, Roe Associates LLC; and Senior Advisor, Acme Bank</affiliation>" not in tei


# --- B2263l A wire photo's caption between turns ---------------------------------------------

CAPTION = ("Mayor Ann Lee speaks at a meeting of the harbour board on the new ferry timetable, "
           "Apr. 4, 2023 in Port Town.")
HEARING = ("CLERK: Ann Lee, how do you answer the charge?\n\nANN LEE: Not guilty.\n\n" + CAPTION + "\n\n"
           "JUDGE: Thank you. We will adjourn now.\n")


def test_a_wire_caption_between_turns_is_set_apart():
    body = _body(_tei(HEARING))
    assert f"<desc>{CAPTION}</desc>" in body
    assert '<seg xml:id="page.u2.2">' not in body


def test_speech_that_ends_with_a_date_without_the_captions_comma_stays_speech():
    spoken = "We met the harbour board to talk about the new ferry timetable on Apr. 4, 2023 in Port Town."
    body = _body(_tei(HEARING.replace(CAPTION, spoken)))
    assert f"<desc>{spoken}</desc>" not in body and f'<seg xml:id="page.u2.2">{spoken}</seg>' in body


# --- N2264l A full-name label completed by middle initials in the address before it ----------

def test_the_middle_initials_of_the_address_before_a_first_turn_complete_the_name():
    tei = _tei("CLERK: Ann B. Lee, the board has filed a complaint against you. How do you answer?\n\n"
               "ANN LEE: Not guilty.\n\nCLERK: Thank you.\n")
    assert "<persName>Ann B. Lee</persName>" in tei


def test_an_address_that_does_not_ask_leaves_the_name():
    tei = _tei("CLERK: Ann B. Lee, the board has filed a complaint against you.\n\n"
               "ANN LEE: I know.\n\nCLERK: Thank you.\n")
    assert "<persName>Ann B. Lee</persName>" not in tei and "<persName>Ann Lee</persName>" in tei
