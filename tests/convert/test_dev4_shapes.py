"""Shapes that corpus/dev4 showed missing (issue 13): one small synthetic example each,
written for the test (docs/convert-shapes.md has the section named in each test)."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech


# --- L35 a guest's name in capitals with a mixed-case role -------------------------------

def test_a_name_in_capitals_with_a_mixed_case_role_is_a_label():
    doc = read("ANN HOST: Our guest tonight is the minister.\n"
               "PAUL GRANT, Head of the Northern Fisheries Council: Thank you for having me.\n"
               "ANN HOST: Why now?\nPAUL GRANT: Because the season opens.\n")
    assert labels(doc) == ["ANN HOST:", "PAUL GRANT, Head of the Northern Fisheries Council:", "ANN HOST:", "PAUL GRANT:"]
    assert speech(doc)[1] == "Thank you for having me."
    grant = doc.person(doc.turns()[1].who)
    assert grant.name == "Paul Grant" and grant.role == "Head of the Northern Fisheries Council"


def test_a_place_in_capitals_before_a_comma_is_no_label():
    doc = read("ANN HOST: Good evening.\nGENEVA, Switzerland: the talks resumed today.\n")
    assert labels(doc) == ["ANN HOST:"]
