"""Shapes of dev57 (rule ids 2280-2299 ending in `l`): government and foreign-ministry
transcript pages whose header carries title, date, place and speakers, on small texts written
for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import re

from tests.convert.conftest import tei as _tei, persons as _persons


# --- H2280l A bracketed source line between the heading sentence and the first label ---------

SHORTHAND = ("Ministerio de Puertos. Portal oficial\n\n"
             "  English   RSS Recomendar esta página\n \n\n"
             "Conferencia de prensa de Ana Ruiz Vega, Ministra de Puertos, con ocasión de la visita "
             "de Juan Prado, el 18 de marzo de 2009.\n\n"
             "(Versiones Taquigráficas - Oficina de Prensa)\n\n"
             "Carina Soto (Moderadora).- Buenos días.\nBienvenidos al encuentro con la ministra.\n\n"
             "Gracias.\nAna Ruiz.- Quiero excusarme con ustedes por el tiempo.\n\n"
             "Hemos recibido con placer al comisario.\n")


def test_a_source_line_in_brackets_leaves_the_heading_sentence_over_the_first_label():
    tei = _tei(SHORTHAND)
    assert '<title type="main">Conferencia de prensa de Ana Ruiz Vega, Ministra de Puertos' in tei
    body = tei.split("<body>", 1)[1]
    assert "Conferencia de prensa" not in body and "Versiones" not in body
    assert body.count("<u ") == 2


def test_a_sentence_over_a_line_that_is_no_bracketed_note_stays_speech():
    tei = _tei(SHORTHAND.replace("(Versiones Taquigráficas - Oficina de Prensa)",
                                 "Versiones taquigráficas de la oficina de prensa."))
    body = tei.split("<body>", 1)[1]
    assert "Conferencia de prensa de Ana Ruiz Vega" in body


# --- L2281l A journalist's name, outlet and its initials, then the initials alone --------------

DOORSTOP = ("Transcript of Minister for Trade Dr Ann Lee’s Media Doorstop in Oslo, 5 June 2018\n\n"
            "06 June 2018\n\n"
            "Tom Vale, Harbour News Service (HNS): Thanks very much for speaking with us, Minister.\n\n\n"
            "Minister: Most welcome.\n\n\n"
            "HNS: Just to kick off. You met the trade secretary today. Can you brief us?\n\n\n"
            "Minister: Well this has been a real whirlwind tour. I just arrived this morning.\n")


def test_the_outlets_initials_alone_name_the_journalist_of_the_first_label():
    tei = _tei(DOORSTOP)
    assert '<note type="speaker">Tom Vale, Harbour News Service (HNS):</note>' in tei
    assert tei.count('<u who="#tom-vale"') == 2
    assert not any("<persName>HNS</persName>" in p for p in _persons(tei))


def test_initials_that_are_not_the_outlets_define_no_short_form():
    tei = _tei(DOORSTOP.replace("(HNS)", "(XYZ)"))
    assert '<note type="speaker">Tom Vale, Harbour News Service (XYZ):</note>' not in tei


# --- N2282l An honorific after an office's field opens the holder's name ----------------------

def test_the_holder_after_the_fields_honorific_names_the_office_label():
    tei = _tei(DOORSTOP)
    minister = next(p for p in _persons(tei) if 'xml:id="minister"' in p)
    assert "<persName>Ann Lee</persName>" in minister
    assert "<affiliation>Minister for Trade</affiliation>" in minister


def test_a_field_with_no_honorific_names_no_holder_inside_the_title():
    tei = _tei(DOORSTOP.replace("Dr Ann Lee’s Media Doorstop", "Media Doorstop"))
    minister = next(p for p in _persons(tei) if 'xml:id="minister"' in p)
    assert "Ann Lee" not in minister


# --- L2283l Two names alone over their speech, once each, one with an office word -------------

FLIGHT = ("Index   Back Top Print\n\n"
          "SALUTO DEL PRESIDENTE AI GIORNALISTI\nDURANTE IL VOLO DIRETTO A OSLO\n\n"
          " Volo Presidenziale\nGiovedì, 2 dicembre 2021\n\n"
          "_______________________________________\n\n"
          "Marco Neri\n\n"
          "Buongiorno a tutti, ben trovati. Oggi siamo 77 giornalisti che La accompagnano. Buona giornata!\n\n"
          "Presidente Rossi\n\n"
          "Grazie! Buongiorno e grazie tante per la vostra compagnia. È un viaggio bello.\n\n\n\n"
          "Copyright © Ufficio Stampa - Presidenza\n")


def test_two_names_alone_once_each_one_with_an_office_are_the_labels():
    tei = _tei(FLIGHT)
    assert '<note type="speaker">Marco Neri</note>' in tei
    assert '<note type="speaker">Presidente Rossi</note>' in tei
    assert tei.split("<body>", 1)[1].count("<u ") == 2


def test_two_headings_alone_once_each_without_an_office_stay_text():
    tei = _tei(FLIGHT.replace("Presidente Rossi", "Viaggio Breve"))
    assert '<note type="speaker">' not in tei


# --- B2284l "Copyright © holder" with no year is a site line ----------------------------------

def test_a_copyright_line_without_a_year_is_set_apart():
    tei = _tei(FLIGHT)
    assert "<desc>Copyright © Ufficio Stampa - Presidenza</desc>" in tei


def test_a_sentence_about_copyright_stays_speech():
    tei = _tei("Ann Lee: Hello.\n\nTom Poe: Copyright law is what we came to talk about today.\n\n"
               "Ann Lee: Indeed.\n")
    assert "<desc>Copyright law" not in tei


# --- T2285l A topic heading closing a turn, like the one over the first question --------------

BRIEFING = ("Erklärungen des Hafenamts in der Pressekonferenz vom 28.09.2022\n\n"
            "28.09.2022 - Artikel\n\n"
            "Neue Regeln für die Fähren im Nordhafen\n\n"
            "FRAGE: Was ändert sich für die Fähren?\n\n"
            "WAGNER (HA): Vielen Dank für die Frage. Die Fähren fahren künftig halbstündlich.\n\n"
            "ZUSATZFRAGE: Ab wann?\n\n"
            "WAGNER: Ab dem ersten Oktober.\n\n"
            "Bauarbeiten an der Brücke über den Südkanal\n\n"
            "FRAGE: Wie lange dauern die Arbeiten an der Brücke?\n")


def test_a_topic_heading_before_the_next_question_is_a_heading_note():
    tei = _tei(BRIEFING)
    assert '<note type="heading">Bauarbeiten an der Brücke über den Südkanal</note>' in tei
    assert re.search(r"<seg[^>]*>Bauarbeiten", tei) is None


def test_a_closing_line_before_another_label_stays_speech():
    tei = _tei(BRIEFING.replace("Bauarbeiten an der Brücke über den Südkanal\n\nFRAGE:",
                                "Bauarbeiten an der Brücke über den Südkanal\n\nZUSATZFRAGE:"))
    assert '<note type="heading">Bauarbeiten' not in tei


# --- D2286l A title closing with the event's date over a later date line ----------------------

def test_the_titles_closing_date_is_the_events_over_a_later_page_date():
    tei = _tei(DOORSTOP)
    setting = tei.split("<setting>", 1)[1].split("</setting>", 1)[0]
    assert '<date when="2018-06-05">5 June 2018</date>' in setting


def test_a_date_line_on_the_titles_day_or_before_it_stays():
    tei = _tei(DOORSTOP.replace("06 June 2018", "01 June 2018"))
    setting = tei.split("<setting>", 1)[1].split("</setting>", 1)[0]
    assert 'when="2018-06-01"' in setting


# --- H2287l Italian "durante" goes on with a heading in capitals ------------------------------

def test_a_heading_in_capitals_wrapped_before_durante_is_one_title():
    tei = _tei(FLIGHT)
    assert '<title type="main">SALUTO DEL PRESIDENTE AI GIORNALISTI DURANTE IL VOLO DIRETTO A OSLO</title>' in tei


def test_a_capitals_line_over_another_that_opens_with_a_noun_is_not_joined():
    tei = _tei(FLIGHT.replace("DURANTE IL VOLO", "VOLO"))
    assert "GIORNALISTI VOLO" not in tei


# --- H2288l The site's name on the page's first line, over the title, is no venue -------------

def test_the_pages_first_line_with_a_venue_word_over_the_title_is_the_masthead():
    tei = _tei("Media Center Media Center\n\n"
               "Transcript of Media Statements by the Prime Ministers at the Harbour Summit 2013\n\n"
               "February 19, 2013\n\n"
               "Official Spokesperson (Mr Tom Poe): Good evening.\n\n"
               "Prime Minister (Dr Ann Lee): Thank you.\n")
    assert "<desc>Media Center Media Center</desc>" in tei
    assert 'type="venue"' not in tei


def test_a_first_line_with_the_date_under_it_keeps_its_reading():
    tei = _tei("Harbour Conference Center\n\nFebruary 19, 2013\n\n"
               "Transcript of Media Statements by the Prime Ministers at the Harbour Summit 2013\n\n"
               "Official Spokesperson (Mr Tom Poe): Good evening.\n\n"
               "Prime Minister (Dr Ann Lee): Thank you.\n")
    assert "<desc>Harbour Conference Center</desc>" not in tei


# --- B2289l "No results found." with its full stop is an empty search notice --------------------

def test_an_empty_search_notice_with_its_full_stop_is_set_apart():
    tei = _tei("Harbour Government\nFont size\n\nNo results found.\n\n" + DOORSTOP)
    assert "<desc>No results found.</desc>" in tei


def test_a_sentence_that_goes_on_after_no_results_stays_speech():
    tei = _tei("Ann Lee: No results found yet, but we keep looking.\n\nTom Poe: Good.\n")
    assert "<desc>No results" not in tei
