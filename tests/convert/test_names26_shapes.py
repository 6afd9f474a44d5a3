"""Name and role shapes of the twenty-sixth round on unseen pages' persons
(docs/convert-shapes.md, N360a-N369a).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from tests.convert.conftest import labels, read, speaker, speech


# --- N360a a label line "Name (PARTY) — Role" -----------------------------------------------------

_PARTY_ROLE = ("M. Marc Roe (PLR) — Rapporteur-trice\n\nLa commission s'est réunie deux fois.\n\n"
               "Mme Anne Vidal (SOC) — Président-e\n\nLa discussion est ouverte.\n")


def test_a_party_between_name_and_dash_keeps_the_role_in_the_label():
    doc = read(_PARTY_ROLE, lang="fr")
    assert labels(doc) == ["M. Marc Roe (PLR) — Rapporteur-trice", "Mme Anne Vidal (SOC) — Président-e"]
    assert speech(doc)[0] == "La commission s'est réunie deux fois."


def test_the_party_is_the_affiliation_and_the_function_the_role():
    person = speaker(read(_PARTY_ROLE, lang="fr"), 0)
    assert person.name == "Marc Roe"
    assert (person.role, person.affiliation) == ("Rapporteur-trice", "PLR")
