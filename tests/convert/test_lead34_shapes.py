"""Shapes the lead read in session 34 (dev30html)."""
from __future__ import annotations

from tests.convert.conftest import labels, read

_DATELINE = "(Lyon, 3 mars 2019) - Conférence de presse de la ministre des ports, Anne Roux, et du maire.\n\n"


def test_a_name_of_the_dateline_before_a_dash_and_speech_is_a_label():
    doc = read(_DATELINE + "Anne Roux - Mesdames et Messieurs, bonjour.\n", lang="fr")
    assert labels(doc) == ["Anne Roux -"]


def test_a_name_of_the_dateline_before_a_dash_and_a_lower_case_apposition_is_no_label():
    # "Ann Roe – actress of the theatre …": who she is, the lead of an interview, not her speech
    doc = read(_DATELINE + "Anne Roux - ministre des ports depuis 2017, a répondu à nos questions.\n\n"
               "ANNE ROUX: Bonjour.\n", lang="fr")
    assert labels(doc) == ["ANNE ROUX:"]
