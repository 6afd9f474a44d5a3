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


# --- T904d a typescript's line numbers followed by one space -------------------------------

_NUMBERED = ("COUNTY BOARD OF SUPERVISORS\n\n1 CHAIR WILSON: The meeting will come to order.\n"
             "2 Will the clerk call the roll?\n3 CLERK: Supervisor Adams?\n4 SUPERVISOR ADAMS: Here.\n"
             "5 CHAIR WILSON: Thank you. First item, the road budget.\n")


def test_line_numbers_with_one_space_are_set_apart_from_labels_and_speech():
    doc = read(_NUMBERED, lang="en")
    assert labels(doc) == ["CHAIR WILSON:", "CLERK:", "SUPERVISOR ADAMS:", "CHAIR WILSON:"]
    assert "2 Will" not in " ".join(t.paragraphs[0].content[0].text for t in doc.turns())


def test_a_numbered_list_with_one_space_keeps_its_numbers():
    text = ("Agenda\n\nCHAIR: Welcome.\n\n1 Opening of the meeting\n2 Minutes of the last meeting\n"
            "3 Road budget\n4 Any other business\n5 Close\n")
    doc = read(text, lang="en")
    assert "1 Opening of the meeting" in str(doc.blocks)


def test_numbers_that_do_not_count_up_line_by_line_stay_speech():
    text = _NUMBERED.replace("3 CLERK", "13 CLERK").replace("4 SUPERVISOR", "9 SUPERVISOR")
    assert "13 CLERK" in str(read(text, lang="en").blocks)


# --- T905d surname-first labels without a colon, a paragraph each ---------------------------

_COUNCIL = ("Consiglio comunale, seduta del 3 aprile\n\n"
            "BIANCHI Marco (Presidente) Apriamo la seduta. Invito il segretario all'appello.\n\n"
            "VERDI Anna Chiedo la parola sull'ordine dei lavori.\n\n"
            "BIANCHI Marco (Presidente) Prego, consigliera.\n\nVERDI Anna Grazie, presidente.\n")


def test_surname_first_labels_a_paragraph_each_open_turns():
    assert labels(read(_COUNCIL, lang="it")) == ["BIANCHI Marco (Presidente)", "VERDI Anna",
                                                 "BIANCHI Marco (Presidente)", "VERDI Anna"]


def test_one_surname_printed_twice_is_no_dialogue():
    text = _COUNCIL.replace("VERDI Anna Chiedo", "Chiedo").replace("VERDI Anna Grazie", "Grazie")
    assert labels(read(text, lang="it")) == [None]


# --- T906d a slash inside a mixed-case label ------------------------------------------------

def test_a_label_with_a_slash_takes_turns_with_a_name():
    text = ("Der neue Intendant im Gespräch\n\nModerator/in: Herr Berg, was haben Sie vor?\n\n"
            "Jan Berg: Ich will das Theater öffnen.\n\nModerator/in: Wie soll das gehen?\n\n"
            "Jan Berg: Mit günstigen Karten.\n")
    assert labels(read(text, lang="de")) == ["Moderator/in:", "Jan Berg:", "Moderator/in:", "Jan Berg:"]


def test_a_slashed_field_printed_once_is_no_label():
    text = ("The new port\n\nInput/Output: the ports of the board are on its left side, as the manual says. "
            "They were moved in the last version of the board, as the users had asked.\n")
    assert labels(read(text, lang="en")) == [None]


# --- N908d a surname label completed from a list of appearances in capitals ----------------

def _names(doc) -> dict[str, str]:
    return {p.id: p.name for p in doc.persons}


def test_counsel_get_the_full_names_their_appearances_print_in_capitals():
    text = ("TRANSCRIPT OF STATUS CALL\n\nAPPEARANCES: For the Plaintiff: DENNIS GINGOLD, ESQUIRE. "
            "For the Defendant: MARK BROWN, ESQUIRE.\n\nMR. GINGOLD: Good morning, Your Honor.\n\n"
            "MR. BROWN: Good morning.\n\nMR. GINGOLD: We are ready.\n")
    names = _names(read(text, lang="en"))
    assert names["gingold"] == "DENNIS GINGOLD" and names["brown"] == "MARK BROWN"


def test_a_heading_in_capitals_gives_no_given_name():
    text = ("PRESIDENT BROWN ON THE HARBOUR\n\nMR. BROWN: Good morning.\n\nMS. LEE: Good morning.\n\n"
            "MR. BROWN: We are ready.\n")
    assert _names(read(text, lang="en"))["brown"] != "PRESIDENT BROWN"


# --- N909d a first-name or surname label completed by the speaker's own introduction -------

def test_a_first_name_label_takes_the_full_name_its_speaker_introduces():
    text = ("Podcast\n\nMichael: I’m Michael Stevens, and this week we talk about transcription.\n\n"
            "Sam: Thanks for having me, it is great to be here.\n\nMichael: So tell me about it.\n")
    assert _names(read(text, lang="en"))["michael"] == "Michael Stevens"


def test_another_name_in_the_introduction_is_not_taken():
    text = ("Podcast\n\nMichael: I’m Ann Lee’s producer, and this week we talk about transcription.\n\n"
            "Sam: Thanks for having me.\n\nMichael: So tell me about it.\n")
    assert _names(read(text, lang="en"))["michael"] == "Michael"


# --- N910d an office with its field right before the name -----------------------------------

def _roles(doc) -> dict[str, str | None]:
    return {p.id: p.role for p in doc.persons}


def test_an_office_and_its_field_before_the_name_is_the_role():
    text = ("Interview with Ben Fordham and Anthony Albanese\n\nBen Fordham: Well, we bring together the "
            "Shadow Minister for Infrastructure Anthony Albanese. Good afternoon.\n\n"
            "Anthony Albanese: G’day.\n\nBen Fordham: How are you?\n\nAnthony Albanese: Fine.\n")
    assert _roles(read(text, lang="en"))["anthony-albanese"] == "Shadow Minister for Infrastructure"


def test_an_office_with_an_article_before_its_field_in_french():
    text = ("Entretien\n\nJean Roe : Nous recevons la ministre de la Culture Ann Lee. Bonjour.\n\n"
            "Ann Lee : Bonjour.\n\nJean Roe : Merci.\n\nAnn Lee : Merci à vous.\n")
    assert _roles(read(text, lang="fr"))["ann-lee"] == "ministre de la Culture"


def test_a_place_after_of_without_an_office_gives_no_role():
    text = ("Interview\n\nBen Roe: We welcome the people of Sydney Anthony Albanese. Good afternoon.\n\n"
            "Anthony Albanese: G’day.\n\nBen Roe: How are you?\n\nAnthony Albanese: Fine.\n")
    assert _roles(read(text, lang="en"))["anthony-albanese"] is None


# --- T911d a time alone continues the turn where the export labels with colons --------------

_TIMED_BOLD = ("# Entrevista\n\n(0:02) **Ana:** Empezamos con su nombre.  \n(0:05) **Luis:** Me llamo Luis Roe.  \n"
               "(0:09) **Ana:** ¿Por qué el teléfono?  \n(0:12) **Luis:** Es más rápido.  \n"
               "(0:15) Porque el correo es insoportable.  \n(0:19) **Ana:** Ya.  \n(0:21) Pero hay apps que no se usan.  \n"
               "(0:25) **Luis:** Claro.  \n(0:28) Porque uno se olvida de las claves.  \n(0:31) **Ana:** Ya.  \n"
               "(0:33) Pero eso es otra cosa.  \n")


def test_a_time_without_a_label_continues_the_turn_of_a_colon_labelled_export():
    doc = read(_TIMED_BOLD.replace("  \n", "\n\n"), lang="es")  # (each time a paragraph of its own)
    assert {t.name for t in doc.turns()} == {"Ana", "Luis"}
    assert not any(p.name in ("Porque", "Pero") for p in doc.persons)


def _stamped(line_words: list[str]) -> str:
    return " ".join(f"{k // 60}:{k % 60:02d} {words}" for k, words in enumerate(line_words, start=1))


def test_a_sentence_word_after_times_in_a_run_on_export_is_no_name():
    text = "Kunst des Interviews\n\n" + _stamped([
        "Anja Roe Moin und hallo, und willkommen.", "Und dann ging es los, und wir sprachen.",
        "Peter Lee Hallo, Anja, und danke.", "Und dann und dann, und so weiter.",
        "Anja Roe Gut, und weiter.", "Peter Lee Ja, und gern."])
    names = {t.name for t in read(text, lang="de").turns()}
    assert "Und" not in names and {"Anja Roe", "Peter Lee"} <= names
