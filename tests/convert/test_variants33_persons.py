"""Person, header and boilerplate shapes of session 33 on dev30 (docs/convert-shapes.md,
N950e-B956e): one small synthetic example each, written for the test (never a corpus line),
and a variant of the shape the corpus does not print; each fails without its rule."""
from __future__ import annotations

from teikit.lexicons import load
from tests.convert.conftest import read, speaker

# --- N953e office links per language --------------------------------------------------------


def test_office_links_come_from_the_lexicon_and_dutch_has_van_and_voor():
    from teikit.transforms.helpers.names import find_name
    title = "Persconferentie met minister van Financiën Sigrid Kaag"
    assert find_name(title, ("kaag",), load("nl")) == ("Sigrid Kaag", "minister van Financiën")
    assert find_name("Gesprek met minister voor Klimaat Rob Jetten", ("jetten",), load("nl"))[0] == "Rob Jetten"
    assert "van" in load("nl").office_links and "für" in load("de").office_links
    assert "für" not in load("fr").office_links  # each language its own links, and English's
