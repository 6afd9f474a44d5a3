"""Word lists that lived in code now come from the lexicons (forms of address, the links of
an occupation to its organisation), and person ids are readable in every script."""
from __future__ import annotations

import pytest
from lxml import etree

from teikit import lexicons
from teikit.transforms.helpers import ownwords
from teikit.transforms.helpers.names import slug
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


@pytest.mark.parametrize("words, expected", [
    (("ганапольский",), "ganapolskii"),          # Cyrillic, after `fold` took the breve off
    (("щербаков",), "shcherbakov"),
    (("τσίπρας",), "tsipras"),                    # Greek
    (("王毅",), "王毅"),                            # ideographs kept: no table without a dictionary
    (("김정은",), "김정은"),                         # Hangul syllables, whole again after `fold`
    (("lê", "văn"), "le-van"),
    (("محمد",), ""),                               # other scripts: dropped, as before ("speaker")
])
def test_person_ids_are_readable_in_other_scripts(words, expected):
    assert slug(words) == expected


def test_a_russian_dialogue_gets_romanised_ids_that_are_valid_ncnames():
    text = "М. Ганапольский: Добрый вечер.\n\nМ. Симоньян: Добрый вечер.\n\nМ. Ганапольский: Начнём.\n"
    doc = read(text, lang="ru")
    assert [t.who for t in doc.turns()] == ["m-ganapolskii", "m-simonyan", "m-ganapolskii"]


@pytest.mark.parametrize("name", ["王毅", "김정은", "テスト"])
def test_kept_ideographs_make_ncnames(name):
    # xml:id is an NCName: lxml refuses an id that is not one when it parses it
    etree.fromstring(f'<p xml:id="{slug((name,))}"/>')


def test_a_russian_play_gets_romanised_dracor_ids():
    from teikit.transforms.play_cast import dracor_id
    assert [dracor_id(n) for n in ("Лопахин", "Анна Андреевна", "First Gravedigger")] \
        == ["lopakhin", "anna-andreevna", "first-gravedigger"]
