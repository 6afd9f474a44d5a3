"""Shapes of dev55 (rule ids 2240-2259 ending in `l`): a club's interview under its site's
widgets, speeches printed without blank lines, a dashed TV interview, a hearing's lead; on
small texts written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import body as _body, tei as _tei


# --- T2240l A dashed interview that opens with an exchange of greetings -------------------------

GREETED = ("Гость студии – директор порта Иван Петров. Он рассказал о работе порта и о новых паромах "
           "в этом году.\n\n– Добрый день, Иван Сергеевич.\n\n– Добрый день. Спасибо за приглашение.\n\n"
           "– Начнем с главного: паромы пойдут уже весной.\n\nЭто решение принято после долгого обсуждения.\n")


def test_two_greetings_after_dashes_open_dashed_turns():
    body = _body(_tei(GREETED, lang="ru"))
    assert body.count("<u ") == 3
    assert '<seg xml:id="page.u3.2">Это решение принято' in body  # an undashed paragraph goes on


def test_one_greeting_after_a_dash_stays_one_text():
    body = _body(_tei(GREETED.replace("– Добрый день. Спасибо", "– Спасибо"), lang="ru"))
    assert body.count("<u ") == 1


# --- H2241l A lead naming the speaker at its sentence's end over a ".-" label -------------------

HEARING = ("La delegación concurrió a la Comisión de Hacienda el día 3 de mayo de 2011 para plantear la "
           "situación de los jubilados del puerto. La primera en hablar será la Sra. Marta Quintela.\n\n"
           "SEÑORA QUINTELA.- Muchas gracias por recibirnos.\n\nVenimos a hablar de las pensiones.\n")


def test_a_lead_naming_the_speaker_at_its_end_is_no_speech():
    tei = _tei(HEARING, lang="es")
    assert "<argument>\n        <p>La delegación concurrió" in tei
    assert _body(tei).count("<u ") == 1


def test_a_paragraph_naming_no_label_stays_an_opening_speech():
    tei = _tei(HEARING.replace("la Sra. Marta Quintela.", "la presidenta."), lang="es")
    assert _body(tei).count("<u ") == 2


# --- H2242l A byline over two lines: the author word and an office, then the name ----------------

SPEECH_DE = ("Ausblick auf das Hafenjahr\nVon Bürgermeisterin\nAnna Roth\n"
             "Liebe Gäste, wir haben in diesem Jahr viel erreicht und wollen im nächsten Jahr noch mehr tun.\n")


def test_an_office_byline_over_a_name_gives_the_speech_its_speaker():
    tei = _tei(SPEECH_DE, lang="de")
    assert "<byline>Von Bürgermeisterin</byline>" in tei and "<byline>Anna Roth</byline>" in tei
    assert "<persName>Anna Roth</persName>" in tei and "Bürgermeisterin" in tei.split("<persName>Anna Roth</persName>")[1][:80]
    assert '<u who="#' in tei


def test_a_byline_word_over_a_non_office_stays_a_subtitle():
    tei = _tei(SPEECH_DE.replace("Von Bürgermeisterin", "Von Herzen"), lang="de")
    assert "<byline>" not in tei


# --- P2243l A manuscript hard-wrapped at a fixed width, paragraphs ending at sentence ends ------

MANUSCRIPT = ("Liebe Gäste,\n"
              "sehr geehrte Damen und Herren!\n"
              "Wir stehen heute am Ende eines langen Jahres, und das Hafenamt hat mit großem\n"
              "Einsatz dafür gesorgt, dass die Fähren wieder pünktlich fahren.\n"
              "Die Stadt kann heute ein gutes Fazit ziehen, und wir danken allen Bürgerinnen und\n"
              "Bürgern, besonders den Mitarbeiterinnen und Mitarbeitern im Hafen und auf den\n"
              "Schiffen.\n"
              "Auch im nächsten Jahr wollen wir die Verbindungen über die Bucht mit weiteren\n"
              "Schiffen verbessern.\n")


def test_a_fixed_width_manuscript_ends_its_paragraphs_at_sentence_ends():
    body = _body(_tei(MANUSCRIPT, lang="de"))
    assert body.count("<seg ") == 4
    assert "Liebe Gäste,\n<lb/>sehr geehrte" in body


def test_lines_of_sentences_without_wraps_stay_a_paragraph_each():
    lines = "".join(f"Das ist der Satz Nummer {n} dieser Rede über den Hafen.\n" for n in range(6))
    assert _body(_tei(lines, lang="de")).count("<seg ") == 6


# --- L2244l A label glued to a photo gallery's count ---------------------------------------------

INTERVIEW_FR = ("Galerie du match (12)ABC : Bonjour, comment allez-vous après ce match ?\n\n"
                "Paul : Très bien, merci.\n\nABC : Et la suite de la saison ?\n\nPaul : On verra bien.\n")


def test_a_label_glued_to_a_photo_count_opens_its_turn():
    tei = _tei(INTERVIEW_FR, lang="fr")
    assert '<note type="speaker">ABC :</note>' in tei and _body(tei).count('<u who="#abc"') == 2


def test_a_label_after_a_bracketed_word_stays_in_its_line():
    tei = _tei(INTERVIEW_FR.replace("(12)ABC", "(match)ABC"), lang="fr")
    assert _body(tei).count('<u who="#abc"') == 1


# --- B2245l A weather widget's column of short lines -----------------------------------------------

WEATHER = ("Météo\n\nLyon\n2 mars 2015, 8 h 10 min\nNuageux\n9°C\nVents : 3 m/s N\n"
           "Prévisions 3 mars 2015\njour\nPluie\n11°C\nVents : 4 m/s O\nnuit\n\n\n"
           "Le match de la semaine\n\nAnn : Bonjour à tous.\n\nBen : Bonjour.\n")


def test_a_weather_widget_is_set_apart_whole():
    tei = _tei(WEATHER, lang="fr")
    for line in ("Météo", "Lyon", "2 mars 2015, 8 h 10 min", "Vents : 3 m/s N", "Prévisions 3 mars 2015", "Pluie"):
        assert f"<desc>{line}</desc>" in tei
    assert "<desc>Le match de la semaine</desc>" not in tei


def test_one_temperature_makes_no_widget():
    tei = _tei(WEATHER.replace("11°C\n", ""), lang="fr")
    assert "<desc>Prévisions 3 mars 2015</desc>" not in tei and "<desc>Pluie</desc>" not in tei


# --- B2246l A poll widget from its heading to its results link --------------------------------------

POLL = ("Sondage\n\nQui gagnera le championnat cette année ?\n\nRésultats\n\nLoading ... Loading ...\n\n"
        "Ann : Bonjour à tous.\n\nBen : Bonjour.\n")


def test_a_poll_widget_is_set_apart():
    tei = _tei(POLL, lang="fr")
    for line in ("Sondage", "Qui gagnera le championnat cette année ?", "Résultats", "Loading ... Loading ..."):
        assert f"<desc>{line}</desc>" in tei


def test_a_poll_heading_without_results_link_leaves_the_question():
    tei = _tei(POLL.replace("Résultats\n\n", ""), lang="fr")
    assert "<desc>Qui gagnera le championnat cette année ?</desc>" not in tei


# --- H2247l A column's name over its instalment's headline -------------------------------------------

COLUMN = ("Au bord du terrain avec ABC\n\nAU BORD DU TERRAIN AVEC PAUL DURAND\n\n"
          "Entretien avec Paul DURAND après le match du samedi 4 avril 2015\n\n"
          "ABC : Bonjour Paul.\n\nPaul : Bonjour.\n\nABC : Content du match ?\n\nPaul : Oui, très.\n")


def test_a_column_name_over_its_headline_is_the_sites():
    tei = _tei(COLUMN, lang="fr")
    assert '<title type="main">AU BORD DU TERRAIN AVEC PAUL DURAND</title>' in tei
    assert "<desc>Au bord du terrain avec ABC</desc>" in tei


def test_two_headlines_sharing_few_words_keep_the_title():
    tei = _tei(COLUMN.replace("AU BORD DU TERRAIN AVEC", "AU BORD DE LA MER AVEC"), lang="fr")
    assert "<desc>Au bord du terrain avec ABC</desc>" not in tei
    longer = _tei("Harbour Board Press Conference Transcript April 15\n\nHarbour Board April 15 Briefing\n\n"
                  "Ann: Good morning.\n\nBen: Good morning.\n")
    assert '<title type="main">Harbour Board Press Conference Transcript April 15</title>' in longer


# --- N2248l A surname in capitals after a given-name label ---------------------------------------------

def test_a_surname_in_capitals_completes_a_given_name_label():
    tei = _tei(COLUMN, lang="fr")
    assert "<persName>Paul DURAND</persName>" in tei


def test_a_given_name_before_a_small_word_in_capitals_stays_alone():
    tei = _tei(COLUMN.replace("Paul DURAND après", "Paul ET ses amis après"), lang="fr")
    assert "<persName>Paul ET" not in tei
