"""Site furniture shapes seen in several tuned sets (docs/convert-shapes.md, B550a-B551a): one
small synthetic example each, written for the test (never a corpus line); each fails without
its rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read


def _boilerplate(doc) -> list[str]:
    """Every boilerplate line, between the turns or inside one."""
    from teikit.model import Boilerplate, Turn
    found = []
    for block in doc.blocks:
        if isinstance(block, Boilerplate):
            found.append(block.text)
        elif isinstance(block, Turn):
            found += [p.text for p in block.paragraphs if isinstance(p, Boilerplate)]
    return found


# --- B550a a related-links box, a tag archive's heading ---------------------------------------

def test_a_related_links_heading_is_furniture():
    doc = read("Q: Are the talks over?\n\nMINISTER: They are.\n\nRelated Information (Harbour Talks)\n\n"
               "Q: And the quay?\n\nMINISTER: It opens soon.\n")
    assert "Related Information (Harbour Talks)" in _boilerplate(doc)
    assert labels(doc) == ["Q:", "MINISTER:", "Q:", "MINISTER:"]
    it = read("ANNA: Buonasera.\n\nLUCA: Buonasera a lei.\n\nPotrebbero interessarti anche»\n")
    assert "Potrebbero interessarti anche»" in _boilerplate(it)


def test_a_tag_archive_heading_is_furniture():
    doc = read("Posts tagged speeches.\n\nANN LEE: Good evening.\n\nJOHN ROE: Good evening, Ann.\n")
    assert "Posts tagged speeches." in _boilerplate(doc)
    assert doc.setting.title != "Posts tagged speeches."


def test_related_words_in_a_sentence_stay_speech():
    doc = read("ANN LEE: Related information was sent to the harbour office.\n\nJOHN ROE: Thank you.\n")
    assert _boilerplate(doc) == []


# --- B551a a broadcaster's funder and distributor credits --------------------------------------

_CREDITS = ("Harbour Talk\n\nHarbour Talk is a local public television program presented by Quay TV\n\n"
            "Support for Harbour Talk is provided by: Ann Lee and the Roe Family. Harbour Talk is produced "
            "by Quay TV and distributed by NTA.\n\nHow to Watch Harbour Talk\n\nBuy Now\n\n"
            "Providing Support for Quay.org\n\nANN LEE: Good evening.\n\nJOHN ROE: Good evening, Ann.\n")


def test_a_broadcasters_credits_are_furniture():
    found = _boilerplate(read(_CREDITS))
    assert "Harbour Talk is a local public television program presented by Quay TV" in found
    assert any(b.startswith("Support for Harbour Talk is provided by:") for b in found)
    assert {"How to Watch Harbour Talk", "Buy Now", "Providing Support for Quay.org"} <= set(found)


def test_support_in_a_sentence_stays_speech():
    doc = read("ANN LEE: Support for the quay was provided by the town.\n\nJOHN ROE: Thank you.\n")
    assert _boilerplate(doc) == []



# --- B552a a copyright notice inside the last turn closes the speech --------------------------

def test_the_comments_under_a_copyright_notice_are_furniture():
    doc = read("ANNA: Buonasera.\n\nLUCA: Porterò un abito del mio paese.\n©RIPRODUZIONE RISERVATA\n"
               "  1. Marco\n    Febbraio 15, 2013 alle 19:36\n\n    ha detto:\n\n    Brava Luca ;)\n")
    assert labels(doc) == ["ANNA:", "LUCA:"]
    assert doc.turns()[-1].paragraphs[-1].content[0].text.endswith("paese.")
    assert {"©RIPRODUZIONE RISERVATA", "1. Marco", "ha detto:", "Brava Luca ;)"} <= set(_boilerplate(doc))


def test_a_notice_over_a_long_tail_stays_in_the_turn():
    from teikit.model import Boilerplate
    speech = "\n\n".join(f"Part {n} of the speech goes on here." for n in range(12))
    doc = read(f"ANN LEE: Good evening.\n© 2013 Harbour Post\n\n{speech}\n")
    assert len(doc.turns()) == 1
    assert isinstance(doc.turns()[0].paragraphs[1], Boilerplate)
    assert len(doc.turns()[0].paragraphs) == 14


# --- B553a a video archive's clip widget ------------------------------------------------------

def test_a_clip_widget_is_furniture_and_the_heading_above_it_the_title():
    doc = read("Harbour Speeches Volume 2\n\n• Add to My List\nSuccessfully saved clip\n"
               "Find all your clips in My Lists\nFailed to save clip\nAuto-Scroll: ONOFF\n\n"
               "ANN LEE: We open the quay today.\n\nJOHN ROE: And we close the old one.\n")
    assert doc.setting.title == "Harbour Speeches Volume 2"
    assert {"Successfully saved clip", "Find all your clips in My Lists", "Failed to save clip"} <= set(_boilerplate(doc))


# --- B554a a call to write to the newsroom ----------------------------------------------------

def test_a_call_to_write_to_the_newsroom_is_no_title():
    doc = read("Wie finden Sie die Hafenmeisterin?\n\nSeit zwei Jahren ist Ann Lee nun Hafenmeisterin. Die Redaktion "
               "freut sich über Leser-Meinungen zum Thema.\n\nJetzt E-Mail an die Redaktion schicken: Meine Meinung über "
               "Ann Lee\n\n„Wir sind noch nicht am Ziel.“\n\nSie kam aus dem Nichts und gewann die Wahl. Ein Interview "
               "über das erste Jahr.\n\nHAZ: Frau Lee, wie war das erste Jahr?\n\nLee: Gut, danke.\n\n"
               "HAZ: Und jetzt?\n\nLee: Weiter so.\n")
    assert "Jetzt E-Mail an die Redaktion schicken: Meine Meinung über Ann Lee" in _boilerplate(doc)
    assert doc.setting.title == "„Wir sind noch nicht am Ziel.“"


# --- B555a "Text of the speech:" over an unlabeled speech; N556a the title's "<Name> delivers ..." --

_DELIVERED = ("May 2, 1901: Dana Whitfield delivers the Harbour Address.\n\n"
              "A hundred years ago today, Dana Whitfield opened the new quay with a short speech that every "
              "pupil in the town still learns by heart.\n\n"
              "Text of the speech (of which two versions exist):\n\n"
              "Friends, we open this quay for the ships of every nation.\n\n"
              "May it stand as long as the harbour itself.\n")


def test_a_text_of_the_speech_heading_ends_the_header():
    doc = read(_DELIVERED)
    assert doc.setting.title == "May 2, 1901: Dana Whitfield delivers the Harbour Address."
    assert doc.turns()[0].paragraphs[0].content[0].text.startswith("Friends, we open")
    assert "Text of the speech (of which two versions exist):" in _boilerplate(doc)


def test_the_name_before_delivers_names_the_unlabeled_speaker():
    doc = read(_DELIVERED)
    person = doc.person(doc.turns()[0].who)
    assert person is not None and person.name == "Dana Whitfield"


def test_a_delivery_verb_after_a_comma_names_no_one():
    from teikit.lexicons import load
    from teikit.transforms.helpers.titlenames import introduced_names
    en = load("en")
    assert introduced_names("Dana Whitfield delivers the Harbour Address", en) == ["Dana Whitfield"]
    assert introduced_names("Dana Whitfield, delivers the Harbour Address", en) == []
    assert introduced_names("Dana Whitfield opens the Harbour", en) == []
