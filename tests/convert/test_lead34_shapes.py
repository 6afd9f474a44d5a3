"""Shapes the lead read in session 34 (dev30html)."""
from __future__ import annotations

import pytest

from teikit import lexicons
from teikit.transforms.helpers.holders import same_office
from tests.convert.conftest import labels, read, speaker

_DATELINE = "(Lyon, 3 mars 2019) - Conférence de presse de la ministre des ports, Anne Roux, et du maire.\n\n"


def test_a_name_of_the_dateline_before_a_dash_and_speech_is_a_label():
    doc = read(_DATELINE + "Anne Roux - Mesdames et Messieurs, bonjour.\n", lang="fr")
    assert labels(doc) == ["Anne Roux -"]


def test_a_name_of_the_dateline_before_a_dash_and_a_lower_case_apposition_is_no_label():
    # "Ann Roe – actress of the theatre …": who she is, the lead of an interview, not her speech
    doc = read(_DATELINE + "Anne Roux - ministre des ports depuis 2017, a répondu à nos questions.\n\n"
               "ANNE ROUX: Bonjour.\n", lang="fr")
    assert labels(doc) == ["ANNE ROUX:"]


def test_an_interview_titled_with_a_mayors_name_gives_the_answer_letter_that_name():
    # "sindaco" was missing from the Italian offices, so the title named no one
    text = ("Intervista a Marco Bianchi, sindaco di Torino\n\nD: Sindaco, come sta andando la stagione?\n\n"
            "R: Molto bene, i turisti sono tornati.\n\nD: E i cantieri?\n\nR: Finiranno entro l'estate.\n")
    person = speaker(read(text, lang="it"), 1)
    assert (person.id, person.name, person.role) == ("bianchi", "Marco Bianchi", "sindaco di Torino")


def test_the_office_a_label_prints_wins_over_another_office_of_the_title():
    text = ("Hearing chaired by Senator Ann Lee\n\nCHAIRWOMAN LEE: The committee will come to order.\n\n"
            "MR. POE: Thank you, Madam Chair.\n\nCHAIRWOMAN LEE: Please begin.\n")
    person = speaker(read(text, lang="en"), 0)
    assert (person.name, person.role) == ("Ann Lee", "Chairwoman")


def test_the_office_a_byline_writes_out_wins_over_the_labels_short_form():
    text = ("Remarks by Antony J. Blinken, Secretary of State\n\nSECRETARY BLINKEN: Good morning.\n\n"
            "QUESTION: Thank you.\n\nSEC. BLINKEN: Next.\n")
    doc = read(text, lang="en")
    assert {speaker(doc, k).role for k in (0, 2)} == {"Secretary of State"}


@pytest.mark.parametrize("fuller, printed, same", [
    ("Secretary of State", "SECRETARY", True),
    ("Secretary of State", "SEC.", True),
    ("Bundesministerin der Finanzen", "MINISTERIN", True),
    ("Président de la République", "LE PRÉSIDENT", True),
    ("Senator", "CHAIRWOMAN", False),
    ("CIUDADANO SENADOR", "PRESIDENTE", False),
])
def test_an_office_of_the_header_is_the_labels_written_out_or_another(fuller, printed, same):
    lex = lexicons.load("de" if "Bundes" in fuller else "fr" if "Prés" in fuller else "en")
    assert same_office(fuller, printed, lex) is same
