"""Shapes read on dev31 by cv-dev31b (rule ids 1030-1059 ending in `f`): small synthetic
variants written for the test (other words, other languages, other punctuation; never a corpus
line), each positive one failing without its rule."""
from __future__ import annotations

import pytest

from tests.convert.conftest import read, speaker

# --- H1030f a static site's TOML front matter ---------------------------------------------------


@pytest.mark.parametrize("gap", ["", "\n"])
def test_a_toml_front_matter_is_header_fields(gap):
    doc = read(f'+++\nautor = "hafen.example"\ndate = 2024-03-01T08:00:00Z\n'
               'bild = "https://hafen.example/bilder/2024/kai.jpg"\n'
               'beschreibung = "Der Hafen im Frühjahr, seine Boote und was die Stadt jetzt plant."\n'
               f'title = "Hafengespräch mit Ann Lee"\n{gap}+++\n\n'
               "**Tom Roe:** Willkommen, Frau Lee.\n\n**Ann Lee:** Danke für die Einladung.\n\n"
               "**Tom Roe:** Wie geht es dem Hafen?\n\n**Ann Lee:** Gut, danke.\n", lang="de")
    assert doc.setting.title == "Hafengespräch mit Ann Lee"
    assert doc.setting.date_iso == "2024-03-01"
    assert [t.name for t in doc.turns()] == ["Tom Roe", "Ann Lee"] * 2


# --- N1031f a questioner in brackets before the question ------------------------------------------


@pytest.mark.parametrize("bracket, name, outlet", [
    ("(Ana Ruiz, elpais.com)", "Ana Ruiz", "elpais.com"),
    ("(Marc Roux - Le Monde)", "Marc Roux", "Le Monde"),
    ("(Luisa Pérez — Cadena SER)", "Luisa Pérez", "Cadena SER"),
])
def test_a_bracketed_questioner_names_the_question(bracket, name, outlet):
    doc = read(f"P: Buenos días a todos. ¿Qué tal el viaje?\n\nLuis Gómez: Muy bien, gracias.\n\n"
               f"P: {bracket} ¿Cómo ve usted el puerto este año?\n\nLuis Gómez: Mejor que el año pasado.\n",
               lang="es")
    asked = doc.turns()[2]
    assert doc.person(asked.who).name == name and doc.person(asked.who).role == outlet
    assert [n.text for n in asked.lead_notes] == [bracket]
    assert asked.paragraphs[0].text.startswith("¿Cómo")
    assert doc.turns()[0].who is None


def test_a_bracketed_aside_is_no_questioner():
    doc = read("Q: (laughs, then pauses) And the harbour?\n\nAnn Lee: Fine.\n\nQ: (Tom, please) More?\n\n"
               "Ann Lee: No.\n", lang="en")
    assert all(t.who is None for t in doc.turns() if t.name == "Q")


# --- N1032f initials in Markdown bold after the full name ------------------------------------------


def test_initials_in_bold_are_the_full_name_printed_before():
    doc = read("**Giulia Neri:** Come sta il porto quest'anno, secondo lei?\n\n**Marco Bruni:** Molto meglio, direi.\n\n"
               "**GN:** E le barche?\n\n**MB:** Tante, grazie.\n\n**GN:** Grazie.\n", lang="it")
    assert [speaker(doc, k).name for k in range(4)] == ["Giulia Neri", "Marco Bruni"] * 2


# --- N1033f a list of names with their roles in brackets under any heading --------------------------


def test_a_bracketed_list_under_a_part_heading_gives_roles():
    doc = read("**Teil eins: Ana RUIZ (Hafenamt), Tom ROE (Stadtrat Kiel)**\n\n**F: Wie geht es dem Hafen?**\n\n"
               "**Ana Ruiz:** Gut.\n\n**F: Und der Stadt?**\n\n**Tom Roe:** Auch gut.\n", lang="de")
    ana, tom = speaker(doc, 1), speaker(doc, 3)
    assert (ana.name, ana.role) == ("Ana Ruiz", "Hafenamt")
    assert (tom.name, tom.role) == ("Tom Roe", "Stadtrat Kiel")


def test_one_bracketed_name_under_a_heading_is_no_list():
    doc = read("Hinweis: Ana RUIZ (Hafenamt)\n\nAna Ruiz: Gut.\n\nTom Roe: Auch gut.\n\nAna Ruiz: Ja.\n", lang="de")
    assert speaker(doc, 0).role is None


# --- D1034f the day the lead says the occasion took place ---------------------------------------------


@pytest.mark.parametrize("lang, lead, iso, place", [
    ("it", "L'intervista è stata registrata il 3 marzo 2022 a Bologna, nello studio della radio.", "2022-03-03",
     "Bologna"),
    ("fr", "L'entretien a été enregistré le 5 mai 2021 à Lyon.", "2021-05-05", "Lyon"),
    ("es", "La entrevista fue realizada el 7 de junio de 2020 en Quito y revisada después.", "2020-06-07", "Quito"),
])
def test_the_lead_tells_the_day_of_the_interview_over_the_page_date(lang, lead, iso, place):
    doc = read(f"---\ntitle: Porto e città\ndate: 2024-01-15\n---\n\n{lead}\n\n"
               "Anna Neri: Buongiorno, benvenuto.\n\nLuca Bruni: Grazie, buongiorno.\n\n"
               "Anna Neri: Come va il porto?\n\nLuca Bruni: Bene.\n", lang=lang)
    assert doc.setting.date_iso == iso
    assert doc.setting.place == place


def test_a_sentence_on_the_transcript_or_without_the_occasion_keeps_the_page_date():
    for lead in ("This transcript was published on 3 March 2022.", "The harbour was built on 3 March 1922."):
        doc = read(f"---\ntitle: Harbour talk\ndate: 2024-01-15\n---\n\n{lead}\n\nAnn Lee: Welcome, Tom.\n\n"
                   "Tom Roe: Thanks, Ann.\n\nAnn Lee: How is the harbour?\n\nTom Roe: Fine.\n", lang="en")
        assert doc.setting.date_iso == "2024-01-15"


# --- N1036f a title names who asks in brackets ----------------------------------------------------


@pytest.mark.parametrize("lang, title, role", [
    ("de", "Der neue Kai (Fragen: Tom)", "Fragen"),
    ("ru", "Разговор о порте (Интервью: Tom)", "Интервью"),
    ("zh", "港口訪談（採訪：Tom）", "採訪"),
])
def test_a_bracketed_asking_field_in_the_title_gives_the_role(lang, title, role):
    doc = read(f"# {title}\n\nTom: Wie geht es?\nAnn: Gut.\nTom: Und dem Kai?\nAnn: Auch gut.\n", lang=lang)
    tom = next(p for p in doc.persons if p.name == "Tom")
    assert tom.role == role


def test_a_bracketed_field_of_no_asking_word_gives_no_role():
    doc = read("# Der neue Kai (Teil: Tom)\n\nTom: Wie geht es?\nAnn: Gut.\nTom: Und dem Kai?\nAnn: Auch gut.\n",
               lang="de")
    assert next(p for p in doc.persons if p.name == "Tom").role is None


# --- N1037f letter labels named by the host's roll call ---------------------------------------------


def test_the_roll_call_names_the_letter_labels():
    doc = read("M: Bienvenidos al programa. Hoy estoy yo, soy Marta, y me acompaña Lucas.\n\nL: Hola a todos.\n\n"
               "M: ¿Empezamos con el puerto?\n\nL: Claro, empecemos.\n", lang="es")
    assert [speaker(doc, k).name for k in range(4)] == ["Marta", "Lucas"] * 2


def test_two_names_of_one_initial_name_neither():
    doc = read("M: Bienvenidos. Soy Marta y me acompaña Mario.\n\nL: Hola a todos.\n\n"
               "M: ¿Empezamos con el puerto?\n\nL: Claro, empecemos.\n", lang="es")
    assert speaker(doc, 0).name in (None, "M") and speaker(doc, 1).name in (None, "L")


# --- N1038f a news headline quoting the one who answers, without a colon ---------------------------

_BOLD_QA = "".join(f"**Frage Nummer {k} zum Hafen und zu den Booten am Kai?**\n\nAntwort Nummer {k}, mit vielen "
                   f"Einzelheiten über den Hafen und die Stadt.\n\n" for k in range(5))


@pytest.mark.parametrize("title, name", [("Brandt, Hafenpläne „ein Ruf nach Hilfe“", "Brandt"),
                                         ("Zola, le port « un cri »", "Zola")])
def test_a_quoting_headline_names_the_answers_of_bold_questions(title, name):
    doc = read(f"---\ntitle: {title}\ndate: 2023-04-02\n---\n\nDer neue Kai hat im April eröffnet.\n\n{_BOLD_QA}", lang="de")
    assert [doc.person(t.who).name for t in doc.turns()[1::2]] == [name] * 5
    assert all(t.who is None for t in doc.turns()[0::2])


def test_a_headline_without_a_quote_names_no_one():
    doc = read(f"---\ntitle: Brandt, Hafenpläne\ndate: 2023-04-02\n---\n\nDer neue Kai hat im April eröffnet.\n\n{_BOLD_QA}",
               lang="de")
    assert all(t.who is None for t in doc.turns())


def test_an_answer_letter_the_roll_call_names_is_an_initial():
    doc = read("S: Willkommen zur Sendung. Ich bin Sara, und mit mir Anton.\n\nA: Hallo.\n\n"
               "S: Wie war die Woche?\n\nA: Lang.\n", lang="de")
    assert [speaker(doc, k).name for k in range(4)] == ["Sara", "Anton"] * 2


def test_an_answer_letter_under_question_labels_stays_a_voice():
    doc = read("S: Willkommen. Ich bin Sara, und mit mir Anton.\n\nQ: Wie war die Woche?\n\nA: Lang.\n\n"
               "Q: Und jetzt?\n\nA: Ruhe.\n", lang="de")
    assert all(t.who is None for t in doc.turns() if t.name in ("Q", "A"))


# --- N1040f a round of introductions: one's own name, then one's organisation -----------------------


@pytest.mark.parametrize("lang, opening, org", [
    ("es", "Ana Ruiz, de la Autoridad Portuaria. Gracias por invitarnos.", "Autoridad Portuaria"),
    ("de", "Ana Ruiz, vom Hafenamt Kiel. Danke für die Einladung.", "Hafenamt Kiel"),
])
def test_ones_own_name_and_organisation_give_the_role(lang, opening, org):
    doc = read(f"Tom Roe: Bienvenidos. Empecemos la ronda.\n\nAna Ruiz: {opening}\n\n"
               "Tom Roe: Gracias.\n\nAna Ruiz: De nada.\n", lang=lang)
    ruiz = speaker(doc, 1)
    assert ruiz.name == "Ana Ruiz" and org in (ruiz.role, ruiz.affiliation)


def test_another_name_or_a_number_gives_no_organisation():
    for opening in ("Tom Roe, de la Autoridad Portuaria, me pidió venir.", "Ana Ruiz, de 3 puertos."):
        doc = read(f"Tom Roe: Bienvenidos.\n\nAna Ruiz: {opening}\n\nTom Roe: Gracias.\n\n"
                   "Ana Ruiz: De nada.\n", lang="es")
        assert speaker(doc, 1).role is None and speaker(doc, 1).affiliation is None
