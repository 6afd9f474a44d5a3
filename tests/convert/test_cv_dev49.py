"""Shapes of dev49 (rule ids 1820-1839 ending in `j`): page captures of a council record, an
assembly debate, news and blog interviews in Italian, French, Dutch, Spanish and German,
written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import pytest

from tests.convert.conftest import read, speaker, speech

# --- L1820j a combining long stroke overlay (U+0336) plays the dialogue dash ---------------

STROKE = "\u0336"
STROKED = {
    "es": ("Hoy visitamos el taller de una vecina que repara bicicletas desde hace veinte años en el barrio.\n"
           f"{STROKE} ¿Cómo empezó?\n"
           f"{STROKE} Con la bicicleta de mi hermano, que siempre estaba rota.\n\n"
           f"{STROKE} ¿Y el taller?\n"
           f"{STROKE}   Lo abrí en 1998, en el garaje de mis padres.\n\n"
           f"{STROKE} ¿Vienen muchos clientes?\n"
           f"{STROKE} Cada día más, sobre todo estudiantes.\n", "es"),
    "fr": ("Nous avons rencontré un luthier qui travaille depuis trente ans dans le même atelier du quartier.\n"
           f"{STROKE} Comment avez-vous commencé ?\n"
           f"{STROKE} Avec le violon de mon grand-père, tout cassé.\n"
           f"{STROKE} Et l'atelier ?\n"
           f"{STROKE} Je l'ai ouvert en 1990, près de la gare.\n", "fr"),
}


@pytest.mark.parametrize("case", sorted(STROKED))
def test_a_combining_stroke_at_the_line_start_opens_a_dashed_turn(case):
    text, lang = STROKED[case]
    doc = read(text, lang=lang)
    said = speech(doc)
    dashed = text.count(STROKE)
    assert len(said) == dashed
    assert all(turn.lstrip(STROKE + " ")[:1] not in ("", STROKE) for turn in said)
    assert all(turn.startswith(STROKE) for turn in said)  # kept: the text stays lossless


def test_a_stroke_inside_words_opens_no_turn():
    text = ("Hoy visitamos el taller de una vecina que repara bicicletas desde hace veinte años.\n"
            f"El precio era de 10{STROKE}0 pesos, dijo, y ahora es otro.\n"
            f"Nadie lo sabe{STROKE} del todo.\n")
    assert len(read(text, lang="es").turns()) <= 1


# --- H1821j "Interview with NAME" over a longer subtitle is the title ----------------------

GUEST_HEADINGS = {
    "es": ("martes, 12 de mayo de 2015\n\nEntrevista con Rosa Lemos\n\n"
           "Memorias de un barrio de talleres y de fábricas que ya no existen\n\n"
           "Hoy visitamos el taller de una vecina que repara bicicletas desde hace veinte años.\n"
           "\u2014 ¿Cómo empezó?\n\u2014 Con la bicicleta de mi hermano.\n"
           "\u2014 ¿Y el taller?\n\u2014 Lo abrí en 1998, en el garaje.\n", "es",
           "Entrevista con Rosa Lemos", "Rosa Lemos"),
    "de": ("Dienstag, 12. Mai 2015\n\nInterview mit Anna Berger\n\n"
           "Erinnerungen an ein Viertel der Werkstätten und Fabriken von damals\n\n"
           "Wir besuchen heute die Werkstatt einer Nachbarin, die seit zwanzig Jahren Fahrräder repariert.\n"
           "\u2014 Wie hat es angefangen?\n\u2014 Mit dem Fahrrad meines Bruders.\n"
           "\u2014 Und die Werkstatt?\n\u2014 Die habe ich 1998 eröffnet.\n", "de",
           "Interview mit Anna Berger", "Anna Berger"),
}


@pytest.mark.parametrize("case", sorted(GUEST_HEADINGS))
def test_an_interview_heading_naming_its_guest_is_the_title_over_a_longer_subtitle(case):
    text, lang, title, guest = GUEST_HEADINGS[case]
    doc = read(text, lang=lang)
    assert doc.setting.title == title
    assert speaker(doc, 1).name == guest


def test_an_interview_heading_by_its_author_is_no_guest_heading():
    from teikit.lexicons import load
    from teikit.transforms.helpers.leadguest import names_interview_guest
    lex = load("it")
    assert names_interview_guest("Intervista a Mario Rossi", lex)
    assert not names_interview_guest("Intervista di Bruno Vespa", lex)
    assert not names_interview_guest("Intervista a Mario Rossi sul porto di Genova", lex)


# --- P1822j a question label once, then bare questions between one answerer's labels ------

ONCE_LABELLED = {
    "de": ("Wir haben der Bürgermeisterin zehn Fragen gestellt. Heute geht es um den Hafen der Stadt.\n\n"
           "Frage: Was freut Sie in diesem Jahr besonders?\n\n"
           "Anna Berger: Dass der neue Kai endlich fertig ist und die Fähren wieder fahren.\n\n"
           "Was steht nach dem Sommer an?\n\n"
           "Berger: Die Sanierung der Schule und der Umbau des Marktplatzes.\n\n"
           "Ihr Lieblingsplatz in der Stadt?\n\n"
           "Berger: Die Bank am alten Leuchtturm.\n", "de"),
    "en": ("We asked the harbour master ten questions. Today it is about the new quay and the ferries.\n\n"
           "Q: What pleases you most this year?\n\n"
           "Ann Lee: That the new quay is finished and the ferries run again.\n\n"
           "What comes after the summer?\n\n"
           "Lee: The school's repair and the new market square.\n\n"
           "Your favourite place in town?\n\n"
           "Lee: The bench by the old lighthouse.\n", "en"),
}


@pytest.mark.parametrize("case", sorted(ONCE_LABELLED))
def test_bare_questions_after_a_question_label_printed_once_are_turns(case):
    text, lang = ONCE_LABELLED[case]
    doc = read(text, lang=lang)
    said = speech(doc)
    bare = [s for s in said if s.endswith("?")]
    assert len(bare) == 3  # the labelled question and the two bare ones, each a turn
    answers = [i for i, s in enumerate(said) if not s.endswith("?") and doc.turns()[i].label]
    assert len(answers) == 3 and all(len(doc.turns()[i].paragraphs) == 1 for i in answers)
    assert {speaker(doc, i).name for i in answers} == {"Anna Berger" if lang == "de" else "Ann Lee"}


def test_a_surname_ends_one_full_name():
    from teikit.transforms.helpers.labelledanswers import _fullest_names
    assert _fullest_names({"Anna Berger", "Berger"}) == {"Berger": "Anna Berger"}
    assert _fullest_names({"Anna Berger", "Tom Berger", "Berger"}) == {}


# --- P1823j quoted answers of two speakers, bare questions between a speaker's two turns ----

QUOTED_PAIR = ("Het duo maakt al een jaar samen een podcast over hun stad en de mensen die er wonen.\n\n"
               "Anna: \"Het begon als een grap. We hadden niets voorbereid.\"\n\n"
               "Tom: \"Maar het werd snel serieus, want mensen luisterden echt.\"\n\n"
               "Hoe kiezen jullie je gasten?\n\n"
               "Tom: \"We vragen vooral mensen die we zelf tegenkomen in de stad.\"\n\n"
               "Zijn jullie nog zenuwachtig?\n\n"
               "Tom: \"Alleen de eerste keer.\"\n\n"
               "Anna: \"Ik nog steeds een beetje.\"\n")


def test_bare_questions_between_quoted_answers_of_two_speakers_are_turns():
    doc = read(QUOTED_PAIR, lang="nl")
    said = speech(doc)
    assert "Hoe kiezen jullie je gasten?" in said and "Zijn jullie nog zenuwachtig?" in said
    for question in ("Hoe kiezen jullie je gasten?", "Zijn jullie nog zenuwachtig?"):
        assert doc.turns()[said.index(question)].label is None


def test_a_speakers_own_question_after_unquoted_speech_stays_in_the_turn():
    text = QUOTED_PAIR.replace("Tom: \"Maar het werd", "Tom: Maar het werd")
    said = speech(read(text, lang="nl"))
    assert "Hoe kiezen jullie je gasten?" not in said


# --- B1824j a newspaper's subscription appeal after the last answer ------------------------

APPEALS = {
    "es": ("Si te interesó lo que acabas de leer, recuerda que puedes suscribirte aquí a nuestro boletín.",
           "¿Qué hará primero?\nArreglar las calles del centro.\n¿Y después?\nLos parques del barrio.\n", "es"),
    "fr": ("Si cet article vous a plu, abonnez-vous à notre lettre d'information.",
           "Que ferez-vous d'abord ?\nRéparer les rues du centre.\nEt ensuite ?\nLes parcs du quartier.\n", "fr"),
    "it": ("Se ti è piaciuto l'articolo, iscriviti alla nostra newsletter.",
           "Che cosa farà per prima?\nSistemare le strade del centro.\nE poi?\nI parchi del quartiere.\n", "it"),
    "de": ("Wenn Ihnen dieser Artikel gefallen hat, abonnieren Sie unseren Newsletter.",
           "Was machen Sie zuerst?\nDie Straßen im Zentrum reparieren.\nUnd danach?\nDie Parks im Viertel.\n", "de"),
}


@pytest.mark.parametrize("case", sorted(APPEALS))
def test_a_subscription_appeal_after_the_last_answer_is_site_furniture(case):
    appeal, exchange, lang = APPEALS[case]
    said = speech(read(exchange + appeal + "\n", lang=lang))
    assert not any(appeal in turn for turn in said)
    assert said[-1] == exchange.splitlines()[-1]


def test_a_spoken_plea_to_subscribe_stays_speech():
    text = ("¿Qué hará primero?\nArreglar las calles del centro.\n¿Y después?\n"
            "Si te gustó el programa, suscríbete al canal y comparte.\n")
    assert any("suscríbete" in turn for turn in speech(read(text, lang="es")))


# --- L1825j a member's name with the surname in capitals and the group, alone, given the floor

FLOOR = ("PRESIDENTE\n\nIniziamo con la interrogazione della collega Rossi. Collega Rossi, prego.\n\n"
         "Elena ROSSI (Gruppo Misto)\n\nGrazie, Presidente. Questa è una interrogazione sulla casa.\n\n"
         "PRESIDENTE\n\nGrazie. Passiamo al punto successivo.\n")


def test_a_name_alone_with_its_group_is_a_label_when_the_chair_gave_it_the_floor():
    doc = read(FLOOR, lang="it")
    assert len(doc.turns()) == 3
    assert speaker(doc, 1).name.casefold() == "elena rossi"
    assert speech(doc)[1].startswith("Grazie, Presidente.")


def test_a_name_alone_that_the_chair_did_not_name_stays_speech():
    doc = read(FLOOR.replace("Collega Rossi, prego.", "Prego."), lang="it")
    assert len(doc.turns()) == 2
