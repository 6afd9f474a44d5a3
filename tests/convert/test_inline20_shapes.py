"""Labels inside a record flattened to one line (docs/convert-shapes.md L280x, dev20): small
synthetic examples written for the test (never a corpus line); each fails without the rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech

_FRENCH = ("Conseil municipal du 3 mars 2020\n\n"
           "Point 4 : Tarifs de la cantine scolaire pour la rentrée et convention avec le collège de la commune "
           "Monsieur DURAND : il s'agit de fixer les tarifs de la cantine pour la rentrée prochaine, qui restent "
           "les mêmes que l'an dernier pour les familles de la commune et augmentent un peu pour les autres, "
           "comme la commission l'a proposé en février. Monsieur le Maire: Des observations ? Pas d'observations ? "
           "Qui s'oppose ?\n")

_LANDTAG = ("3 12. Plenum, Landtag 4 Erster Vizepräsident Hans Roth: Ich eröffne die Aussprache über den Antrag "
            "der Fraktion zum Ausbau der Radwege im ländlichen Raum. Die Redezeit beträgt zwölf Minuten für jede "
            "Fraktion. Erste Rednerin ist die Kollegin Berg. Bitte schön. Anna Berg (SPD): Herr Präsident, liebe "
            "Kolleginnen und Kollegen! Die Radwege auf dem Land sind zu schmal und zu selten. "
            "(Otto Lang (CSU): Das stimmt nicht!) Doch, das stimmt.\n")

_PROSE = ("The council met on Tuesday for three hours and talked about the budget, the school and the new "
          "road to the harbour, which has been closed since the storm in March. The mayor said: we will open "
          "it again in May. Mr Durand said: the road costs too much and the school needs a roof first, before "
          "the winter comes and the rain with it. Nobody answered him, and the meeting went on to the next item "
          "of the day, the harbour fees for the summer.\n")


def test_an_honorific_and_a_surname_inside_a_flattened_french_record_open_turns():
    doc = read(_FRENCH, lang="fr")
    assert [lab for lab in labels(doc) if lab] == ["Monsieur DURAND :", "Monsieur le Maire:"]
    assert speech(doc)[-1].startswith("Des observations ?")


def test_an_office_and_a_name_with_a_party_inside_a_flattened_landtag_page_open_turns():
    doc = read(_LANDTAG, lang="de")
    assert [lab for lab in labels(doc) if lab] == ["Erster Vizepräsident Hans Roth:", "Anna Berg (SPD):"]
    assert any("(Otto Lang (CSU): Das stimmt nicht!)" in line for line in speech(doc))


def test_prose_reporting_what_people_said_is_not_cut():
    doc = read(_PROSE, lang="en")
    assert labels(doc) == [None] * len(doc.turns())


# L281a (dev21): a flattened transcript whose first label is an office in capitals
_MEDIA_DAY = ("2 Big Valley Conference Football Media Days Tuesday July 9, 2019 Ann Reyes Lakeside COMMISSIONER "
              "HOLT: Good afternoon. Welcome back to the second day of our media days. Our next coach is Ann Reyes, "
              "the head coach of the Lakeside Herons, who won the title last year. COACH REYES: Thank you. It is "
              "good to be back in this room with all of you, and I want to thank the conference for the work it "
              "does for our players every single week of the season.\n")
_CAPITALS_UNTITLED = _MEDIA_DAY.replace("COMMISSIONER HOLT", "MODERATOR HOLT")


def test_a_capitals_label_without_an_office_follows_an_office_label_in_capitals():
    doc = read(_MEDIA_DAY, lang="en")
    assert [lab for lab in labels(doc) if lab] == ["COMMISSIONER HOLT:", "COACH REYES:"]
    assert speech(doc)[-1].startswith("Thank you.")


def test_capitals_labels_need_an_office_label_in_capitals_first():
    doc = read(_CAPITALS_UNTITLED, lang="en")
    assert "COACH REYES:" not in labels(doc)


# H283a (dev21): the running head cut off before the first label is no title
_VIEWER = ("Ann Reyes. Big Valley Conference Football Media Days Tuesday July 9, Lakeside\n\n"
           "Size: px\nStart display at page:\n\nTranscription\n\n" + _MEDIA_DAY.replace(
               "2 Big Valley Conference Football Media Days Tuesday July 9, 2019 Ann Reyes Lakeside",
               "1 Big Valley Conference Football Media Days Tuesday July 9, 2019 Ann Reyes Lakeside"))


def test_the_running_head_before_a_flattened_record_is_the_date_line_not_the_title():
    doc = read(_VIEWER, lang="en")
    assert doc.setting.title == "Ann Reyes. Big Valley Conference Football Media Days Tuesday July 9, Lakeside"
    assert doc.setting.date_iso == "2019-07-09"
