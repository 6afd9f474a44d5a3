"""Word lists that lived in code now come from the lexicons (forms of address, the links of
an occupation to its organisation)."""
from __future__ import annotations

import pytest
from teikit import lexicons
from teikit.transforms.helpers import ownwords
from tests.convert.conftest import read, speaker


@pytest.mark.parametrize("lang, text, role", [
    ("fr", "Bonjour. Je suis une bénévole à la Croix-Rouge Française.", "bénévole à la Croix-Rouge Française"),
    ("nl", "Goedemorgen. Ik ben een vrijwilliger bij het Rode Kruis.", "vrijwilliger bij het Rode Kruis"),
    ("it", "Buongiorno. Sono un volontario presso la Croce Rossa Italiana.", "volontario presso la Croce Rossa Italiana"),
])
def test_an_occupation_at_an_organisation_is_a_role_in_each_language(lang, text, role):
    # the French "à" was listed accented and never matched a folded word; Dutch had no links
    assert ownwords.self_named(text, lexicons.load(lang)) == (None, role)


@pytest.mark.parametrize("address", ["Signora", "Herr", "Mme", "Sra."])
def test_a_form_of_address_of_any_language_introduces_the_name_of_a_label_of_initials(address):
    text = (f"MODERATOR: It is good to see {address} Anna Rossi here tonight.\n\n"
            "AR: Thank you, it is good to be here.\n\nMODERATOR: Let us begin.\n\nAR: Gladly.\n")
    assert speaker(read(text, lang="en"), 1).name == "Anna Rossi"
