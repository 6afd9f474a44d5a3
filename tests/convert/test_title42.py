"""Title shapes of session 42 (rule ids 2220-2239 ending in `l`): which header line is the
title, on small texts written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import read

# --- H2220l The page's dated headline over the record's heading that dates it again ----------

DATED_PAGE = ("Verslagen\n\nVergadering van de gemeenteraad van 04/03/2021 nr. 18\n\n"
              "Verslag nr. 18 - elfde zittingsperiode\nVerslag 18 openbare vergadering\nDonderdag 4 maart 2021\n\n"
              "De VOORZITTER: Ik open de vergadering. Wij bespreken vandaag de dienstregeling van de veerpont.\n\n"
              "Mevrouw LEE: Dank u wel, voorzitter. De dienstregeling verandert in juni.\n")


def test_the_pages_dated_headline_restated_by_the_record_is_the_title():
    doc = read(DATED_PAGE)
    assert doc.setting.title == "Vergadering van de gemeenteraad van 04/03/2021 nr. 18"


def test_a_headline_naming_another_day_leaves_the_choice_alone():
    doc = read(DATED_PAGE.replace("04/03/2021", "05/03/2021"))
    assert doc.setting.title == "Verslag 18 openbare vergadering"


# --- H2221l A heading in the document's script over its translation --------------------------

TRANSLATED = ("2021年3月4日港务局发言人李安主持例行记者会\n"
              "Harbour Office Spokesperson Li An’s Regular Press Conference on March 4, 2021\n\n"
              "记者:今天的渡轮时刻表有变化吗?我们听说夏天会有新的航线。\n\n"
              "李安:没有变化。新的航线要到明年才会开通,我们会及时发布消息。\n")


def test_the_heading_over_its_translation_is_the_title():
    doc = read(TRANSLATED, lang="zh")
    assert doc.setting.title == "2021年3月4日港务局发言人李安主持例行记者会"


def test_a_line_in_another_script_naming_another_day_is_no_translation():
    doc = read(TRANSLATED.replace("March 4, 2021", "March 5, 2021"), lang="zh")
    assert doc.setting.title == "Harbour Office Spokesperson Li An’s Regular Press Conference on March 5, 2021"


# --- H2222l A show-more link with its object, a file's link with its size ---------------------

SHOW_MORE = ("Rechercher un texte\nAccueil > Journal officiel > Débats > Rapports\n\nVoir plus d’informations\n\n"
             "Rapport n° 12-2024 relatif au port de plaisance de la commune\n\n"
             "Paru au journal du 16/12/2024 à la page 12\n\n"
             "Le PRÉSIDENT : La séance est ouverte. Nous examinons le rapport sur le port.\n\n"
             "Mme Anne LEE : Merci, monsieur le président.\n")

DOWNLOADS = ("Raadsinformatie\n\nCommissievergadering 4 maart 2021\n\n"
             "Download het geluidsbestand van de vergadering (12,07 MB)\n"
             "Download de vergaderstukken in pdf (114,37 KB)\n\n"
             "Voorzitter: Welkom bij deze vergadering over de veerpont.\n\n"
             "Mevrouw Lee: Dank u wel, voorzitter.\n")


def test_a_show_more_link_is_no_title():
    doc = read(SHOW_MORE)
    assert doc.setting.title == "Rapport n° 12-2024 relatif au port de plaisance de la commune"


def test_a_heading_that_goes_on_after_show_more_stays_a_heading():
    doc = read(SHOW_MORE.replace("Voir plus d’informations", "Voir plus d’informations sur le port de plaisance"
                                 " et la marina de la commune"))
    assert doc.setting.title.startswith("Voir plus d’informations sur le port")


def test_a_files_download_link_with_its_size_is_no_title():
    doc = read(DOWNLOADS)
    assert doc.setting.title == "Commissievergadering 4 maart 2021"


# --- H2223l The page's first line over the record's title field that restates it ------------

FIELD_PAGE = ("Parlons port ! Radio Port - Émission du 4 mars 2021\n\n"
              "De Port MediaWiki\n\n"
              "Titre : Émission Parlons port ! diffusée jeudi 4 mars 2021 sur Radio Port\n\n"
              "Date : 4 mars 2021\n\n"
              "Anne Lee : Bonjour à toutes et à tous, ce soir nous parlons des bacs du port.\n\n"
              "Tom Poe : Merci de m'avoir invité.\n")

GLUED_CELLS = ("Item: Harbour Act, second amendment\n\nOverview\nNumber22.17.04\n"
               "TitleSecond amendment to the Harbour Act\nOpened4.6.2017\n\n"
               "ANN LEE: The committee met twice on the amendment.\n\nTOM POE: And it passed.\n")


def test_the_pages_first_line_over_a_title_field_restating_it_is_the_title():
    doc = read(FIELD_PAGE)
    assert doc.setting.title == "Parlons port ! Radio Port - Émission du 4 mars 2021"


def test_a_title_cell_glued_to_its_value_restating_the_first_line_gives_way_to_it():
    doc = read(GLUED_CELLS)
    assert doc.setting.title == "Item: Harbour Act, second amendment"


def test_a_title_field_that_does_not_restate_the_first_line_stays_the_title():
    doc = read(FIELD_PAGE.replace("Émission Parlons port ! diffusée jeudi 4 mars 2021 sur Radio Port",
                                  "Les bacs de la baie"))
    assert doc.setting.title == "Les bacs de la baie"
