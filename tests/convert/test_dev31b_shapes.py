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
