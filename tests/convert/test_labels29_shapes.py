"""Label shapes first met in corpus/dev25 (docs/convert-shapes.md, sections with ids 490a-499a),
one small synthetic example each, written for the test (never a corpus line): each fails
without its rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speaker, speech


def _printed(doc) -> list[str]:
    """The labels of the labelled turns (an unlabeled turn's is None)."""
    return [label for label in labels(doc) if label]


# --- L490a labels in square brackets before a colon ----------------------------------------------

_BRACKETED = ("[Ann Lee]: Welcome to the show. I am Ann Lee.\n\n"
              "[Tom Poe]: Hello from Quito.\n\n"
              "[Ann]: Tom is working on a story about a football player.\n\n"
              "[Tom]: He never touched a ball in twenty years.\n\n"
              "[Bo Ray Silva]: I do not mind being known for that.\n")


def test_bracketed_colon_labels_printed_once_each_are_a_style():
    doc = read(_BRACKETED, lang="en")
    assert labels(doc) == ["[Ann Lee]:", "[Tom Poe]:", "[Ann]:", "[Tom]:", "[Bo Ray Silva]:"]


def test_a_bracketed_label_names_its_person_without_the_brackets():
    doc = read(_BRACKETED, lang="en")
    assert [speaker(doc, i).name for i in range(5)] == ["Ann Lee", "Tom Poe", "Ann Lee", "Tom Poe", "Bo Ray Silva"]


def test_one_bracketed_name_printed_once_makes_no_style():
    doc = read("Notes from the week.\n\n[Ann Lee]: see the page for the programme.\n", lang="en")
    assert _printed(doc) == []


# --- L491a a label glued after a sentence's end and a run of spaces ---------------------------------

_PADDED = ("ANN LEE: Thank you for coming.\n\n"
           "TOM POE: Pleasure to be here.\n\n"
           "ANN LEE: Your book is sad.  Why is that?    TOM POE: Well, it is not sad at all.\n")


def test_a_capitals_label_after_a_run_of_spaces_opens_a_turn():
    doc = read(_PADDED, lang="en")
    assert labels(doc) == ["ANN LEE:", "TOM POE:", "ANN LEE:", "TOM POE:"]
    assert speech(doc)[2:] == ["Your book is sad.  Why is that?", "Well, it is not sad at all."]


def test_a_one_word_mixed_case_heading_after_spaces_stays_speech():
    doc = read("ANN LEE: Costs rose.    Reason: the war went on.\n\nTOM POE: I see.\n", lang="en")
    assert labels(doc) == ["ANN LEE:", "TOM POE:"]


# --- L492a a transcription service's id alone on its line, bulleted ---------------------------------

_BULLETED = ("Episode 1\n\nTranscription\n\n  • Speaker #0\n\n"
             "    Welcome to the first episode of our podcast. Today we talk about fans.\n")


def test_a_bulleted_diarization_id_alone_over_speech_is_a_label():
    doc = read(_BULLETED, lang="en")
    assert [t.name for t in doc.turns()] == ["Speaker #0"]
    assert speech(doc) == ["Welcome to the first episode of our podcast. Today we talk about fans."]


def test_a_bulleted_menu_entry_is_no_label():
    doc = read("  • About\n\n  • Donate\n\nWelcome to the first episode of our podcast.\n", lang="en")
    assert _printed(doc) == []


# --- L493a field lines with a spaced dash are no speaker labels -------------------------------------

_FIELDS = ("Pre-Match Press Conference\n\n"
           "TOURNAMENT – Premier League\n\n"
           "MATCH – Rovers (Away) at St. Mary’s Stadium\n\n"
           "Q. How is the team after the long trip?\n\n"
           "Roe: Fine, thank you. Everyone is fit.\n\n"
           "Q. And the keeper, is he ready?\n\n"
           "Roe: He is fit too.\n")


def test_field_lines_next_to_each_other_are_no_labels():
    doc = read(_FIELDS, lang="en")
    assert labels(doc) == ["Q.", "Roe:", "Q.", "Roe:"]


def test_a_spaced_dash_dialogue_in_capitals_is_still_read():
    doc = read("ЛАРРИ КИНГ – Добрый вечер. Как вы?\n\nВЛАДИМИР ПУТИН – Хорошо, спасибо.\n\n"
               "ЛАРРИ КИНГ – Начнём.\n", lang="ru")
    assert labels(doc) == ["ЛАРРИ КИНГ –", "ВЛАДИМИР ПУТИН –", "ЛАРРИ КИНГ –"]


# --- L494a a publication's lower-case name as the interviewers' label -------------------------------

_OUTLET = ("„Die Sorge ist groß“\n\n"
           "Die Leiterin des Büros in Frankfurt, Ann Roe, warnt davor.\n\n"
           "„Ich muss sie sehen“: Ann Roe im Interview mit dem prmagazin.\n\n"
           "prmagazin: Wie sehen Sie diese Entwicklung?\n\n"
           "Ann Roe: Es war bemerkenswert, wie gut es gelungen ist.\n")


def test_a_lower_case_outlet_named_on_the_page_asks():
    doc = read(_OUTLET, lang="de")
    assert labels(doc) == ["prmagazin:", "Ann Roe:"]


def test_a_lower_case_word_the_page_prints_nowhere_else_is_no_label():
    doc = read(_OUTLET.replace("im Interview mit dem prmagazin", "im Interview"), lang="de")
    assert _printed(doc) == ["Ann Roe:"]


# --- L495a a name with its role in brackets, printed once --------------------------------------------

_ROLE_IN_BRACKETS = ("Отчёт о пресс-конференции\n\n"
                     "Тренеры обменялись рукопожатием.\n\n"
                     "Смирнов (пресс-атташе клуба): Добрый вечер. Начинаем пресс-конференцию.\n\n"
                     "Иванов (главный тренер): Спасибо. Игра была трудной.\n")


def test_a_surname_with_a_role_in_brackets_is_a_label_printed_once():
    doc = read(_ROLE_IN_BRACKETS, lang="ru")
    assert _printed(doc) == ["Смирнов (пресс-атташе клуба):", "Иванов (главный тренер):"]


def test_a_bracket_of_no_role_makes_no_label():
    doc = read("Bildquelle (Header): tvthek.orf.at\n\nDer Bericht folgt unten.\n", lang="de")
    assert _printed(doc) == []


# --- L496a a record's one titled label inside a flattened line, the member named before -------------

_COUNCIL = ("Stadtverordneten-Versammlung. Sitzung vom 26. April. Von den Stadtvv. Roth und Genossen ist "
            "vor drei Wochen der Antrag eingereicht worden, die Vorlage des Etats zu beschleunigen. Der Antrag "
            "hat schon vor 14 Tagen zur Berathung gestanden, war aber nicht verhandelt worden. Ein weiterer "
            "Antrag will die Frage der Steuern mit ihm betrauen. Antragsteller Roth: Der Unterantrag ist uns "
            "sympathisch; wir haben ihn nicht selbst gestellt. Das ist in den letzten Jahren nicht der Fall "
            "gewesen.\n")


def test_a_titled_label_inside_a_one_line_record_naming_the_member_before_opens_a_turn():
    doc = read(_COUNCIL, lang="de")
    assert _printed(doc) == ["Antragsteller Roth:"]
    assert speech(doc)[-1].startswith("Der Unterantrag ist uns sympathisch")


def test_a_titled_label_whose_member_the_line_never_named_stays_inside():
    doc = read(_COUNCIL.replace("Stadtvv. Roth und Genossen", "Stadtverordneten"), lang="de")
    assert _printed(doc) == []
