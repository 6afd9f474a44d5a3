"""Session 33 (lead): question letters of other languages, persons no turn speaks, and name
particles that are also articles. Small texts written for the tests, one per language."""
from __future__ import annotations

import pytest

from tests.convert.conftest import read

INTERVIEWS = {
    "es": ("Entrevista con Ana García, ministra de Sanidad", "P", "R", "Ana García", "ministra de Sanidad"),
    "it": ("Intervista a Marco Rossi, sindaco di Bologna", "D", "R", "Marco Rossi", "sindaco di Bologna"),
    "de": ("Interview mit Anna Schmidt, Bürgermeisterin von Kassel", "F", "A", "Anna Schmidt",
           "Bürgermeisterin von Kassel"),
    "nl": ("Interview met Jan de Vries, burgemeester van Utrecht", "V", "A", "Jan de Vries", "burgemeester van Utrecht"),
    "en": ("Interview with Ana de la Fuente, Minister of Health", "Q", "A", "Ana de la Fuente", "Minister of Health"),
}
SPEECH = {"es": ("¿Cuándo llegarán las vacunas?", "Esperamos que lleguen la próxima semana.",
                 "¿Y qué pasa con los mayores?", "Serán los primeros, como siempre hemos dicho."),
          "it": ("Come giudica la situazione del traffico?", "È una situazione difficile, ma stiamo lavorando.",
                 "E i cittadini cosa dicono?", "Molti sono d'accordo con noi, altri meno."),
          "de": ("Wie beurteilen Sie die Lage in der Stadt?", "Die Lage ist schwierig, aber wir arbeiten daran.",
                 "Und was sagen die Bürger?", "Viele sind einverstanden, andere weniger."),
          "nl": ("Hoe beoordeelt u de situatie in de stad?", "De situatie is moeilijk, maar we werken eraan.",
                 "En wat zeggen de inwoners?", "Velen zijn het met ons eens, anderen minder."),
          "en": ("When will the vaccines arrive?", "We expect them next week, we are working on it.",
                 "And the elderly?", "They will be first, as we have always said.")}


def interview(lang: str) -> str:
    title, asks, answers, _, _ = INTERVIEWS[lang]
    q1, a1, q2, a2 = SPEECH[lang]
    return f"{title}\n\n{asks}: {q1}\n\n{answers}: {a1}\n\n{asks}: {q2}\n\n{answers}: {a2}\n"


@pytest.mark.parametrize("lang", sorted(INTERVIEWS))
def test_a_question_letter_is_an_unnamed_voice_and_the_answers_are_the_titled_guests(lang):
    doc = read(interview(lang), lang=lang)
    _, _, _, name, role = INTERVIEWS[lang]
    assert [t.who is None for t in doc.turns()] == [True, False, True, False]  # N993e: "D:" is nobody
    assert [(p.name, p.role) for p in doc.persons] == [(name, role)]  # N994e: no person "R" left over


@pytest.mark.parametrize("lang, line, name", [
    ("nl", "Interview met Jan de Vries, burgemeester van Utrecht", "Jan de Vries"),
    ("es", "Entrevista con Ana de la Fuente, ministra de Sanidad", "Ana de la Fuente"),
    ("fr", "Entretien avec Anne de la Tour, ministre de la Culture", "Anne de la Tour"),
])
def test_a_particle_that_is_also_an_article_stays_in_a_titles_name(lang, line, name):
    from teikit.lexicons import load
    from teikit.transforms.helpers.titlenames import names_in
    assert names_in(line, load(lang)) == [name]  # N995e


@pytest.mark.parametrize("lang, line", [("nl", "Interview met de minister van Financiën"),
                                        ("fr", "Entretien avec le ministre de la Culture"),
                                        ("es", "Entrevista con la ministra de Sanidad")])
def test_an_article_before_an_office_is_no_name(lang, line):
    from teikit.lexicons import load
    from teikit.transforms.helpers.titlenames import names_in
    assert names_in(line, load(lang)) == []


# --- L996e: role fields over a transcript labelled by their names -------------------------

PODCAST = ("The Harbour Podcast, Episode 12\n\nHost: Tom Baker\nGuest: Sarah Chen, urban planner at MIT\n\n"
           "Tom Baker: Welcome to the show.\n\nSarah Chen: Thanks for having me, Tom.\n\n"
           "Tom Baker: What does the city of the future look like?\n\nSarah Chen: Greener and denser.\n")
ORAL_HISTORY = ("Entrevista: la vivienda en Sevilla\n\nEntrevistador: Luis Pérez (LP)\nEntrevistada: Ana Ruiz (AR)\n\n"
                "LP: Gracias por venir.\n\nAR: Un placer.\n\nLP: ¿Cuál es su trabajo?\n\nAR: Soy arquitecta.\n")


@pytest.mark.parametrize("text, lang, labels, people", [
    (PODCAST, "en", ["Tom Baker:", "Sarah Chen:"] * 2, [("Tom Baker", "Host"), ("Sarah Chen", "urban planner at MIT")]),
    (ORAL_HISTORY, "es", ["LP:", "AR:"] * 2, [("Luis Pérez", "Entrevistador"), ("Ana Ruiz", "Entrevistada")]),
])
def test_role_fields_are_header_lines_that_name_the_labels(text, lang, labels, people):
    doc = read(text, lang=lang)
    assert [t.label for t in doc.turns()] == labels  # the fields are no turns of "Host" or "Entrevistador"
    assert [(p.name, p.role) for p in doc.persons] == people


def test_role_fields_whose_names_no_label_prints_stay_as_they_were():
    text = "Host: Tom Baker\nProducer: Ann Lee\n\nQ: Where were you?\n\nA: At sea.\n\nQ: And then?\n\nA: Home.\n"
    doc = read(text, lang="en")
    assert doc.turns()[0].label == "Host:"  # (N49: a field read as the first turn of the office's voice)


def test_a_second_name_after_the_comma_is_a_list_not_a_role():
    from teikit.lexicons import load
    from teikit.transforms.helpers.rolefields import role_field
    assert role_field("Guest", "Sarah Chen, urban planner at MIT", load("en")) == ("Sarah Chen", "urban planner at MIT", None)
    assert role_field("Guests", "Ann Lee, Tom Poe", load("en")) is None
    assert role_field("Topic", "Tom Baker", load("en")) is None  # no role: no role field


@pytest.mark.parametrize("lang, introduction, label, name", [
    ("es", "Pregunta del diputado don Pablo Casado Blanco.", "El señor CASADO BLANCO", "Pablo Casado Blanco"),
    ("it", "Ha facoltà di parlare il senatore dott. Marco Rossi Bianchi.", "ROSSI BIANCHI", "Marco Rossi Bianchi"),
])
def test_an_honorific_before_the_full_name_of_a_surname_label_introduces_it(lang, introduction, label, name):
    text = (f"Sesión\n\nPRESIDENTE: {introduction}\n\n{label}: Gracias.\n\nPRESIDENTE: Bien.\n\n"
            f"{label}: Nada más.\n")
    doc = read(text, lang=lang)
    assert doc.person(doc.turns()[1].who).name == name  # N997e
