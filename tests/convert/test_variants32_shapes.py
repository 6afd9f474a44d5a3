"""Shapes read since session 32: variants of shapes the converter already read, found where
a development set's text printed them otherwise (docs/convert-shapes.md has one section and
an example for each)."""
from __future__ import annotations

from teikit.model import HeaderLine
from tests.convert.conftest import read


def labels(doc) -> list[str]:
    return [t.label for t in doc.turns()]


def header_texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine)]


# --- T901d counsel labelled by an honorific, each once, in a record run together on one line --

_COURT = ("1 UNITED STATES DISTRICT COURT TRANSCRIPT OF STATUS CALL BEFORE THE HONORABLE ANN ROE "
          "UNITED STATES DISTRICT JUDGE APPEARANCES: For the Plaintiff: TOM POE, ESQUIRE. 3 1 "
          "P R O C E E D I N G 2 THE COURTROOM CLERK: This Honorable Court is now 3 in session. "
          "Please be seated. 4 Good morning, Your Honor. 5 THE COURT: Good morning. 6 THE "
          "COURTROOM CLERK: This is Civil Case 96-1285, 7 Lee versus Secretary of Interior. 8 "
          "Would counsel please come to the podium. 9 MR. POE: Good morning, Your Honor. Tom 10 "
          "Poe for the plaintiffs. 11 MS. KANE: Mary Kane for the plaintiffs. 12 MR. HALE: Jim "
          "Hale for the defendants.")


def test_counsel_printed_once_each_are_labels_of_a_run_on_record():
    assert labels(read(_COURT, lang="en")) == ["THE COURTROOM CLERK:", "THE COURT:", "THE COURTROOM CLERK:",
                                                "MR. POE:", "MS. KANE:", "MR. HALE:"]


def test_one_titled_name_in_run_on_prose_cuts_nothing():
    text = _COURT.split(" 11 MS. KANE:")[0].replace("THE COURT:", "the court said").replace(
        "THE COURTROOM CLERK: This is", "the clerk said this is").replace(
        "THE COURTROOM CLERK: This Honorable", "the clerk said this Honorable")
    assert len(read(text, lang="en").turns()) == 1


# --- T902d a bulleted highlights page: a list bullet before a question label without colon --

_HIGHLIGHTS = ("President’s Presser: The Highlights\n\n"
               "  • THE PRESIDENT: You’re trying to get me to be the pundit again.\n\n"
               "  • Q But first of all, are you worried about the economy? And —\n\n"
               "    THE PRESIDENT: No, I wouldn’t say that.\n\n"
               "    Q But —\n\n"
               "    THE PRESIDENT: No, next turn.\n")


def test_bulleted_question_letters_and_labels_open_turns():
    assert labels(read(_HIGHLIGHTS, lang="en")) == ["• THE PRESIDENT:", "• Q", "THE PRESIDENT:", "Q", "THE PRESIDENT:"]


def test_bulleted_show_notes_with_one_colon_stay_notes():
    text = ("Show notes\n\n• Ann Lee: her book on the harbour (2019).\n\n• Find Ann on the web.\n\n"
            "• A map of the quay.\n\nWe talked about the harbour and the ferry for an hour today.\n")
    assert labels(read(text, lang="en")) == [None]


# --- T903d a short phrase with a colon right over the first label announces the excerpts ---

def test_a_short_announcing_phrase_is_no_turn():
    doc = read(_HIGHLIGHTS.replace("Highlights\n\n", "Highlights\n\nFrom today:\n\n"), lang="en")
    assert labels(doc)[0] == "• THE PRESIDENT:"
    assert "From today:" in header_texts(doc)


def test_a_name_alone_with_its_colon_is_no_announcement():
    doc = read("Title\n\nAnn Lee:\n\nWe begin today with the harbour.\n\nTOM POE: Thank you, Ann.\n", lang="en")
    assert "Ann Lee:" not in header_texts(doc)
