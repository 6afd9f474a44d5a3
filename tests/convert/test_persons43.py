"""Persons of round 43 (N2440m-R2453m): names and roles a record prints for its speakers in
presiding lines, attendance tables, cast credits, rounds of introductions, fields and lists, on
small texts written for the tests (each rule with a near miss it must leave alone)."""
from __future__ import annotations

import re

from tests.convert.conftest import body, tei


def person(text: str, pid: str, name: str = "page.txt") -> str:
    """The words of the person `pid` in the TEI written for `text` (its name and roles), or ""."""
    m = re.search(rf'<person xml:id="{re.escape(pid)}">(.*?)</person>', tei(text, name), re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", m.group(1)).split()) if m else ""


# --- N2440m: "Before NAME, OFFICE" names the office label ----------------------------------

_INQUIRY = ("HARBOUR INQUIRY\n\nHeld at the Town Hall, Portby\n\n{before}\n\n"
            "THE COMMISSIONER: Are we ready to begin?\n\nMR BELL: Yes, Commissioner.\n\n"
            "THE COMMISSIONER: Then let us start.\n")


def test_before_a_name_and_the_label_s_office_names_the_office_label():
    assert person(_INQUIRY.format(before="Before Mr Tom Ashdown SC, Commissioner"), "commissioner") \
        == "Tom Ashdown Commissioner"


def test_before_a_judge_s_title_and_a_name_in_capitals():
    text = _INQUIRY.format(before="BEFORE MR. JUSTICE TOM ASHDOWN COMMISSIONER OF THE INQUIRY")
    assert person(text, "commissioner") == "Tom Ashdown Commissioner"


def test_before_a_name_and_another_office_names_no_one():
    text = _INQUIRY.format(before="Before Mr Tom Ashdown SC, Counsel Assisting")
    assert person(text, "commissioner") == "Commissioner"
    text = _INQUIRY.format(before="Before lunch Mr Tom Ashdown spoke to the Commissioner")
    assert person(text, "commissioner") == "Commissioner"


# --- N2441m: "NAME (office) in the chair" before the chair's first turn --------------------

_ELECTED = ("COMMITTEE ON HARBOURS\n\nOTTAWA, Tuesday, March 16, 2010\n\n"
            "CLERK: I invite Senator Roux to take the chair.\n\n{line}\n\n"
            "THE CHAIR: Thank you, colleagues.\n\nSENATOR BELL: Congratulations.\n\n"
            "THE CHAIR: Let us begin.\n")


def test_the_senator_in_the_chair_is_the_chair():
    text = _ELECTED.format(line="Senator Paul K. Roux (Chair) in the chair.")
    assert person(text, "chair") == "Paul K. Roux Chair"


def test_a_french_record_s_chair_taking_the_seat():
    text = ("Comité permanent des ports\n\nOTTAWA, le mardi 16 mars 2010\n\n"
            "Le greffier : J'invite le sénateur Roux à occuper le fauteuil.\n\n"
            "Le sénateur Paul K. Roux (président) occupe le fauteuil.\n\n"
            "Le président : Merci, chers collègues.\n\nLe sénateur Bell : Félicitations.\n\n"
            "Le président : Commençons.\n")
    assert person(text, "president") == "Paul K. Roux président"


def test_another_office_in_the_chair_or_a_chair_named_after_the_first_turn_names_no_one():
    text = _ELECTED.format(line="Senator Paul K. Roux (Deputy Chair) in the chair.")
    assert person(text, "chair") == "Chair"
    late = _ELECTED.format(line="Welcome.").replace("THE CHAIR: Let us begin.",
                                                    "CLERK: Senator Paul K. Roux (Chair) in the chair.\n\nTHE CHAIR: Let us begin.")
    assert person(late, "chair") == "Chair"


# --- N2442m: a presiding phrase alone, the office and the name on the lines under it ------

def test_the_presiding_block_names_the_chair_and_gives_the_office():
    text = ("Заседание Совета\n\nЗал заседаний Совета.\n\n20 мая 2015 года.\n\nПредседательствует\n"
            "Председатель Совета Портов\nА.Б. ИВАНОВА\n\n"
            "Председательствующий. Уважаемые коллеги, доброе утро! Начинаем заседание.\n\n"
            "Петров П.П. Спасибо. У меня вопрос по повестке.\n\n"
            "Председательствующий. Пожалуйста, задавайте.\n")
    found = person(text, "predsedatelstvuyushchii")
    assert found == "А.Б. Иванова Председатель Совета Портов"


def test_a_presiding_phrase_over_no_name_names_no_one():
    text = ("Заседание Совета\n\nЗал заседаний Совета.\n\n20 мая 2015 года.\n\nПредседательствует\n"
            "Председатель Совета Портов\n\n"
            "Председательствующий. Уважаемые коллеги, доброе утро! Начинаем заседание.\n\n"
            "Петров П.П. Спасибо. У меня вопрос по повестке.\n\n"
            "Председательствующий. Пожалуйста, задавайте.\n")
    assert "Иванова" not in person(text, "predsedatelstvuyushchii")


# --- N2443m: an attendance table names its short forms --------------------------------------

_NOTES = ("# 4 March Meeting Notes\n\n**Attendees:**\n\n"
          "| Name            | Abbreviation | Organization |\n"
          "|-----------------|--------------|--------------|\n"
          "| Ann Lee Roe     | ALR          | Harbour Corp |\n"
          "| Tom Bell        | TBL          | Dock Works   |\n\n"
          "## Item one\n\n"
          "ALR: I would like to present the new quay rules today.\n\n"
          "{second}: I support this.\n\nALR: Thank you for that.\n")


def test_a_label_in_an_attendance_row_gets_the_row_s_name():
    text = _NOTES.format(second="TBL")
    assert person(text, "alr") == "Ann Lee Roe" and person(text, "tbl") == "Tom Bell"


def test_a_label_no_row_holds_keeps_its_letters():
    assert person(_NOTES.format(second="JPK"), "jpk") == "JPK"


# --- N2444m: a cast credit names the players of the labelled parts -------------------------

_SKETCH = ("HARBOUR TV TRANSCRIPT\n\nThe Minister for Quays\n\n"
           "HOST: And now our comedy duo on a rather eventful week.\n\n{credit}\n\n"
           "INTERVIEWER: Prime Minister, thanks for your time.\n\nJOHN SMITH: Good to be here.\n\n"
           "INTERVIEWER: Who runs the quays?\n\nJOHN SMITH: An excellent minister.\n")


def test_a_cast_credit_names_the_players():
    text = _SKETCH.format(credit="ANN LEE AS THE INTERVIEWER, TOM ROE AS PRIME MINISTER JOHN SMITH.")
    assert person(text, "interviewer") == "Ann Lee Interviewer"
    assert person(text, "john-smith") == "Tom Roe Prime Minister John Smith"
    assert "ANN LEE AS THE INTERVIEWER" in body(tei(text))  # the credit line stays where it is printed


def test_a_sentence_saying_someone_acts_as_a_part_names_no_one():
    text = _SKETCH.format(credit="Ann Lee served as the interviewer for many years, and we thank her.")
    assert person(text, "interviewer") == "Interviewer"
    assert person(text, "john-smith") == "John Smith"


# --- N2445m: a title word that closes a name after "my name is" -----------------------------

def test_a_surname_that_is_a_title_word_after_my_name_is():
    text = ("SPEAKER_00: Welcome to the harbour show.\n\n"
            "SPEAKER_01: Um, my name is Jason King and I'm very excited to be here.\n\n"
            "SPEAKER_00: Thank you, Jason.\n")
    assert person(text, "speaker-01") == "Jason King"


def test_a_title_word_with_its_field_after_the_given_name_is_no_surname():
    text = ("SPEAKER_00: Welcome to the harbour show.\n\n"
            "SPEAKER_01: Um, my name is Jason King of the Harbour and I'm very excited.\n\n"
            "SPEAKER_00: Thank you, Jason.\n")
    assert person(text, "speaker-01") == "Jason"


# --- N2446m: a name alone in a round of self-introductions ---------------------------------

_ROUND = ("SPEAKER_01: Let's go down the line and introduce ourselves.\n\n"
          "SPEAKER_02: My name is Ann Lee. I'm CEO of Harbour Works.\n\n"
          "SPEAKER_03: {opening} Uh, I serve as the executive director of the Port Trust.\n\n"
          "SPEAKER_04: I'm Jo Poe. I'm the director of the Dock Project.\n\n"
          "SPEAKER_01: Thank you all.\n")


def test_a_bare_name_among_self_introductions_is_the_speaker_s():
    assert person(_ROUND.format(opening="Tom Roe."), "speaker-03") == "Tom Roe executive director of the Port Trust"


def test_a_bare_name_outside_a_round_is_a_greeting():
    text = ("SPEAKER_01: Let's begin.\n\nSPEAKER_02: The harbour is busy today.\n\n"
            "SPEAKER_03: Tom Roe. Welcome to the show, Tom.\n\nSPEAKER_04: The boats are in.\n")
    assert "Tom Roe" not in person(text, "speaker-03")


# --- N2447m: "Name, occupation." answering who one is: a musician is an occupation ---------

_ASKED = ("Славно поговорили\n\nВ.В.Петров: Пожалуйста, спрашивайте.\n\n"
          "Ю.Ю.Шевцов: Можно вопрос?\n\nВ.В.Петров: А как Вас зовут?\n\n"
          "Ю.Ю.Шевцов: {answer}\n\nВ.В.Петров: Юра, спасибо.\n")


def test_the_answer_name_and_occupation_gives_the_role():
    assert person(_ASKED.format(answer="Юра Шевцов, музыкант."), "shevtsov") == "Юра Шевцов музыкант"


def test_a_name_and_no_occupation_gives_no_role():
    assert person(_ASKED.format(answer="Юра Шевцов, москвич."), "shevtsov") == "Юра Шевцов"


# --- R2448m: a field's value lists several roles after the name -----------------------------

_GUEST = ("ПОРТОВЫЙ ЧАС\n\n31 января 2004:\n\nГость: Николай Морозов, {roles}\n\n"
          "Сева: Добрый вечер! У нас сегодня в гостях Николай Морозов - поющий химик.\n\n"
          "Николай Морозов: Добрый вечер.\n\nСева: Как всё началось?\n\nНиколай Морозов: С музыки.\n")


def test_the_guest_field_s_roles_whole_over_a_description_in_the_speech():
    assert person(_GUEST.format(roles="химик, оперный певец"), "nikolai-morozov") \
        == "Николай Морозов химик, оперный певец"


def test_a_field_listing_a_second_name_gives_no_role():
    text = ("HARBOUR HOUR\n\nGuests: Ann Lee, Tom Roe, Jo Poe\n\n"
            "Ann Lee: Good evening.\n\nTom Roe: Hello.\n\nAnn Lee: Let us start.\n")
    assert person(text, "ann-lee") == "Ann Lee"


# --- N2449m: a degree printed as a title is no part of the name -----------------------------

_CONVENTION = ("Versión estenográfica, 17 de mayo de 2012\n\n"
               "- PRESENTADOR: Les presento a nuestro Comité. Este Comité lo encabeza nuestro Presidente, "
               "Jaime Ruiz Soto y Luis Robles, Presidente Ejecutivo.\n\n"
               "- {label}: Buenos días.\n\n- PRESENTADOR: Gracias.\n")


def test_a_degree_title_before_the_name_is_left_out_and_the_possessive_role_read():
    text = _CONVENTION.format(label="LIC. JAIME RUIZ SOTO")
    assert person(text, "jaime-ruiz-soto") == "Jaime Ruiz Soto Presidente"


def test_a_name_without_the_degree_title_reads_as_before():
    text = _CONVENTION.format(label="JAIME RUIZ SOTO")
    assert person(text, "jaime-ruiz-soto") == "Jaime Ruiz Soto Presidente"


# --- N2450m: "NAME: The OFFICE's …" titles the office holder's document --------------------

def test_a_title_opening_with_the_holder_names_the_office_label():
    text = ("Ann B. Lee: The President's News Conference\n\nNovember 14, 1963\n\n"
            "THE PRESIDENT. Good morning.\n\nQ. Mr. President, will you run again?\n\n"
            "THE PRESIDENT. I will.\n")
    assert person(text, "president") == "Ann B. Lee President"


def test_a_title_with_another_office_names_no_one():
    text = ("Ann B. Lee: The Governor's News Conference\n\nNovember 14, 1963\n\n"
            "THE PRESIDENT. Good morning.\n\nQ. Mr. President, will you run again?\n\n"
            "THE PRESIDENT. I will.\n")
    assert person(text, "president") == "President"


# --- R2451m: a commune's mayor and aldermen are offices -------------------------------------

def test_a_bourgmestre_label_gives_the_office_beside_the_party():
    text = ("Séance du conseil communal du 3 mars 2020\n\n"
            "Bourgmestre ROUX Jean (CSV) : Je déclare la séance ouverte.\n\n"
            "Conseiller BELL Paul (DP) : Merci, Monsieur le Bourgmestre.\n\n"
            "Bourgmestre ROUX Jean (CSV) : Le point suivant.\n")
    found = person(text, "roux-jean")
    assert "Bourgmestre" in found and "CSV" in found


def test_an_unknown_word_before_the_name_stays_part_of_the_name():
    text = ("Séance du conseil communal du 3 mars 2020\n\n"
            "Portier ROUX Jean (CSV) : Je déclare la séance ouverte.\n\n"
            "Conseiller BELL Paul (DP) : Merci.\n\nPortier ROUX Jean (CSV) : Le point suivant.\n")
    assert "Bourgmestre" not in person(text, "portier-roux-jean")


# --- R2452m: a role ends where the next entry of a run-together list begins ----------------

_CALL = ("Harbour Corp (HBR) Q4 2008 Earnings Call Transcript\n\n"
         "Ann Lee Roe - IR Tom Bell - President and CEO Jo Poe - CFO\n\n"
         "Operator: Good day and welcome. I would now like to turn the conference over to Ann Lee Roe. "
         "Please go ahead.\n\n"
         "Ann Lee Roe: Thank you. Good morning, everyone. I will now turn the call over to Tom Bell.\n\n"
         "Tom Bell: Welcome. It was a good year for the harbour.\n")


def test_each_entry_of_a_run_together_participants_line_gets_its_own_role():
    assert person(_CALL, "ann-lee-roe") == "Ann Lee Roe IR"
    assert person(_CALL, "tom-bell") == "Tom Bell President and CEO"


def test_the_entries_of_a_call_without_labels_get_their_own_roles():
    text = ("Harbour Corp (HBR) Q4 2008 Earnings Call Transcript\n\n"
            "Ann Lee Roe - IR Tom Bell - President and CEO Jo Poe - CFO\n\n"
            "Ladies and gentlemen, thank you for standing by. Today's call is being recorded.\n\n"
            "I would now like to turn your conference over to Ms. Ann Lee Roe.\n\n"
            "Thank you. Good morning. I will now turn the call over to Tom Bell.\n\n"
            "Welcome. It was a good year for the harbour.\n")
    assert person(text, "ann-lee-roe") == "Ann Lee Roe IR"
    assert person(text, "tom-bell") == "Tom Bell President and CEO"


def test_a_name_inside_a_role_after_a_comma_stays_in_it():
    text = _CALL.replace("Ann Lee Roe - IR Tom Bell - President and CEO Jo Poe - CFO",
                         "Tom Bell, President of Jo Poe Holdings")
    assert person(text, "tom-bell") == "Tom Bell President of Jo Poe Holdings"


# --- R2453m: an office before a name closed by a comma in a title --------------------------

def test_the_office_before_an_apposed_name_in_a_title():
    text = ("Respuestas del Ministro de Asuntos Portuarios de Eslandia, Juan Pérez, a preguntas de los medios\n\n"
            "Pregunta: ¿Qué opina del puerto?\n\nJuan Pérez: El puerto funciona bien.\n\n"
            "Pregunta: ¿Y el futuro?\n\nJuan Pérez: Será mejor.\n")
    assert person(text, "juan-perez") == "Juan Pérez Ministro de Asuntos Portuarios de Eslandia"


def test_a_title_without_an_office_before_the_apposed_name_gives_no_role():
    text = ("Respuestas del puerto de Eslandia, Juan Pérez, a preguntas de los medios\n\n"
            "Pregunta: ¿Qué opina del puerto?\n\nJuan Pérez: El puerto funciona bien.\n\n"
            "Pregunta: ¿Y el futuro?\n\nJuan Pérez: Será mejor.\n")
    assert person(text, "juan-perez") == "Juan Pérez"
