"""Name and role shapes of the twenty-eighth persons round (docs/convert-shapes.md, N440a-N459a).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers.labelparts import label_parts
from tests.convert.conftest import read, speaker


# --- N440a an office written as one compound word before a label's name -----------------------

def test_a_compound_office_before_the_name_is_the_role():
    doc = read("Landtagspräsident Arthur Brunhart: Wir setzen unsere Beratungen fort.\n\n"
               "Abg. Wendelin Lampert: Besten Dank, Herr Präsident.\n\n"
               "Landtagspräsident Arthur Brunhart: Danke.\n", lang="de")
    first = speaker(doc, 0)
    assert (first.name, first.role) == ("Arthur Brunhart", "Landtagspräsident")


def test_a_compound_needs_a_field_of_four_letters_and_a_language_that_compounds():
    de = load("de")
    assert label_parts("Bundestagsvizepräsidentin Ann Roe", de).office == "Bundestagsvizepräsidentin"
    assert label_parts("Präsident Heinz Zimminister", de).key == ("heinz", "zimminister")
    assert label_parts("Landtagspräsident Arthur Brunhart", load("en")).key[0] == "landtagsprasident"
