"""Header shapes of session 41's title helper (rule ids 2000-2019 ending in `k`): titles and
dates the header prints inside a page's frame, written for the test (never a corpus line);
each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import read

# --- H2000k "Transcript: <title> | <publication date>": the title between the frame ---------

FRAMED = ("Transcript: Harbour Questions: Monday, March 4, 2019 | Mar 5, 2019\n\n"
          "MAYOR LEE: The harbour board meets again next week.\n\n"
          "COUNCILLOR POE: Will the ferry timetable change before the summer?\n\n"
          "MAYOR LEE: Not before June.\n")


def test_a_transcript_pages_kind_and_its_stamp_are_no_part_of_the_title():
    doc = read(FRAMED)
    assert doc.setting.title == "Harbour Questions: Monday, March 4, 2019"
    assert doc.setting.date_iso == "2019-03-04"


def test_the_kind_without_a_stamp_is_the_titles_own():
    doc = read(FRAMED.replace(" | Mar 5, 2019", ""))
    assert doc.setting.title == "Transcript: Harbour Questions: Monday, March 4, 2019"


def test_a_colon_after_another_word_is_part_of_the_title():
    doc = read(FRAMED.replace("Transcript: ", "Budget: "))
    assert doc.setting.title.startswith("Budget: Harbour Questions")


# --- H2001k "Issues: A / B / C": a panel show's topics are no title ---------------------------

PANEL = ("The Harbour Panel\n\n"
         "Issues: Ferry Fares / The New Pier and Its Costs / Summer Tourism Plans / Fishing Quotas\n\n"
         "ANN LEE: Welcome to the panel. Our first issue is the ferry.\n\n"
         "TOM POE: Fares went up twice this year.\n\n"
         "ANN LEE: And the pier?\n")


def test_a_panel_shows_topics_field_is_no_title():
    doc = read(PANEL)
    assert doc.setting.title == "The Harbour Panel"


# --- H2002k "Date post: 06-Oct-2020": a document site's upload stamp --------------------------

UPLOADED = ("Home > Documents > HARBOUR BOARD HEARING\n\n"
            "Date post: 06-Oct-2020\n\n"
            "HARBOUR BOARD HEARING\n\n"
            "On Wednesday 30 September 2020 at 10.00 am\n\n"
            "MR LEE: The hearing is open.\n\n"
            "MS POE: Thank you, Commissioner.\n\n"
            "MR LEE: Please state your name.\n")


def test_a_document_sites_upload_stamp_is_not_the_events_date():
    doc = read(UPLOADED)
    assert doc.setting.date_iso == "2020-09-30"


# --- H2003k an oral history's narrator over "Interviewed by <name>" is the title ------------

ORAL_HISTORY = ("Harbour Oral History Project\n"
                "Edited Oral History Transcript\n\n"
                "Margaret J. Olsen\n"
                "Interviewed by Thomas Keller\n"
                "Portland, OR – 12 May 2011\n\n"
                "Keller: Today is May 12th, 2011. This session is being conducted with Margaret Olsen.\n\n"
                "Olsen: Glad to be here.\n\n"
                "Keller: Let us begin with your first years at the harbour.\n")


def test_an_oral_historys_narrator_over_the_interviewers_credit_is_the_title():
    doc = read(ORAL_HISTORY)
    assert doc.setting.title == "Margaret J. Olsen"
    assert doc.setting.date_iso == "2011-05-12"


def test_a_credit_with_more_than_names_after_it_chooses_no_title():
    doc = read(ORAL_HISTORY.replace("Interviewed by Thomas Keller", "Interviewed by Thomas Keller about the old piers"))
    assert doc.setting.title != "Margaret J. Olsen"


def test_an_interviewers_credit_in_french_names_the_narrator_over_it():
    text = ("Projet d'histoire orale du port\n\n"
            "Marguerite Olivier\n"
            "Interviewée par Claire Dubois\n"
            "Nantes, 12 mai 2011\n\n"
            "Dubois : Nous sommes le 12 mai 2011 et je suis avec Marguerite Olivier.\n\n"
            "Olivier : Bonjour.\n\n"
            "Dubois : Parlons de vos premières années au port.\n")
    assert read(text, lang="fr").setting.title == "Marguerite Olivier"


# --- H2004k the heading over "E&OE TRANSCRIPT" is the title -----------------------------------

MARKED = ("4HB Ann Lee\n"
          "E&OE TRANSCRIPT\n"
          "Interview - 4HB with Ann Lee and Tom Poe\n"
          "3 March 2016\n"
          "Ann Lee: Minister, welcome back to the programme this afternoon.\n"
          "Tom Poe: Good afternoon, Ann.\n"
          "Ann Lee: The new pier opens next week.\n")


def test_the_heading_over_an_eoe_mark_is_the_title():
    doc = read(MARKED)
    assert doc.setting.title == "4HB Ann Lee"
    assert doc.setting.date_iso == "2016-03-03"


def test_a_heading_over_another_line_is_not_chosen_so():
    doc = read(MARKED.replace("E&OE TRANSCRIPT\n", "Transcript of the interview\n"))
    assert doc.setting.title != "4HB Ann Lee"
