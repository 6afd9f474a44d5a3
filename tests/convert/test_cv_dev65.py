"""Shapes of dev65 (rule ids 2540-2559 ending in `m`): printed interviews on newspaper, magazine
and blog pages (a site's domain as the interviewer's label, a dash interview under its lead, a
blog post's title under its date, a page's teaser cut from its body, a photo caption between two
turns, leads naming the guest), on small texts written for the test (never a corpus line); each
fails without its rule."""
from __future__ import annotations

import re

from tests.convert.conftest import body as _body, tei as _tei, person as _person, persons as _persons, site_lines as _site_lines


def _title(tei: str) -> str:
    return re.search(r'<title type="main">(.*?)</title>', tei).group(1)


def _summaries(tei: str) -> list[str]:
    return re.findall(r"<argument>\s*<p>(.*?)</p>", tei, re.S)


# --- L2540m A capitalised site domain as the interviewer's label --------------------------------

PORT = ("Port : « Nous avons tenu bon » (maire Anne Morel)\n"
        "Dans cet entretien accordé à notre rédaction, la maire Anne Morel revient sur la saison "
        "et sur les travaux du port.\n"
        "Portinfo.net : Comment s’est passée la saison ?\n"
        "Anne Morel : Très bien, merci. Les bateaux sont revenus.\n"
        "Nous avons encore des travaux devant nous.\n")


def test_a_capitalised_site_domain_is_the_interviewers_label():
    body = _body(_tei(PORT))
    assert '<note type="speaker">Portinfo.net :</note>' in body
    assert body.count("<u ") == 2


def test_a_capitalised_domain_without_another_label_stays_text():
    tei = _tei("Portinfo.net : tout sur le port, chaque jour, depuis dix ans.\n"
               "Le port a rouvert hier après de longs travaux sur les quais.\n")
    assert '<note type="speaker">' not in tei


# --- T2541m A short dash exchange under a lead that names who answers ----------------------------
# --- N2542m The office and name closing the answering sentence answer the dashes ----------------

PLANT = ("Газета: «Мы не спешим»\n"
         "В этом году компания открыла новый завод в Северске. Как идут дела, \"Ъ\" рассказал "
         "гендиректор «Ромашки» Иван Петров.\n"
         "— Почему завод открыли так поздно?\n"
         "— Мы долго выбирали место. Теперь всё готово.\n")


def test_a_short_dash_exchange_under_a_lead_naming_who_answers_is_two_turns():
    tei = _tei(PLANT)
    assert _body(tei).count("<u ") == 2
    assert any("рассказал" in s for s in _summaries(tei))


def test_a_lead_that_names_no_one_leaves_a_short_dash_exchange_unsplit():
    tei = _tei(PLANT.replace("рассказал гендиректор «Ромашки» Иван Петров", "рассказали в компании"))
    assert _body(tei).count("<u ") == 1


INTERVIEW_PLANT = PLANT.replace("Как идут дела, \"Ъ\" рассказал", "В интервью \"Ъ\" о заводе рассказал")


def test_the_office_and_name_after_the_answering_verb_answer_the_dashes():
    tei = _tei(INTERVIEW_PLANT)
    petrov = _person(tei, "petrov")
    assert "<persName>Иван Петров</persName>" in petrov and "гендиректор «Ромашки»" in petrov
    assert re.search(r'<u who="#petrov"[^>]*>\s*<seg[^>]*>— Мы долго', _body(tei))


def test_a_name_told_of_after_the_answering_verb_answers_nothing():
    tei = _tei(INTERVIEW_PLANT.replace("рассказал гендиректор «Ромашки» Иван Петров",
                                       "рассказал о планах директора «Ромашки» Ивана Петрова"))
    assert _body(tei).count("<u ") == 2
    assert "<u who=" not in _body(tei)


# --- H2543m A blog post's title under its date header -------------------------------------------
# --- N2544m A comma after a given name ends the name -------------------------------------------

POST = ("Monday, March 3, 2014\n\n"
        "And then a chat with Ann, Ann Roe.\n\n\n"
        "The Harbour Gazette has a chat with Harbour Master Ann Roe.\n\n"
        "Tom Poe: Why the harbour, of all places?\n\n"
        "Ann Roe: Because of the sea, and the boats.\n\n\n"
        "TP: And what comes next?\n\n"
        "AR: Then the ferries, I hope.\n")


def test_a_short_sentence_under_a_blogs_date_header_is_the_posts_title():
    tei = _tei(POST)
    assert _title(tei) == "And then a chat with Ann, Ann Roe."
    assert 'when="2014-03-03"' in tei


def test_a_long_sentence_under_a_blogs_date_header_stays_the_lead():
    long = "And then, after a long winter of storms, repairs and delays, we sat down with Ann, Ann Roe."
    tei = _tei(POST.replace("And then a chat with Ann, Ann Roe.", long))
    assert _title(tei) != long


def test_a_given_name_closed_by_a_comma_opens_no_longer_name():
    assert "<persName>Ann Roe</persName>" in _person(_tei(POST), "ann-roe")


def test_a_middle_name_between_given_name_and_surname_is_still_read():
    tei = _tei("Interview with Marc Perrin Roe\n\nTom Poe: Why the harbour?\n\nMarc Roe: Because of the sea.\n")
    assert "<persName>Marc Perrin Roe</persName>" in _person(tei, "marc-roe")


# --- H2545m A page's teaser cut from its body; B2546m an attachment viewer's notice --------------
# --- N2547m "Full transcript of <name> interview" introduces the name -----------------------------

NOTICE = "If there are images in this attachment, they will not be displayed. Download the original attachment"
ATTACHED = ("Full transcript of Ann Roe interview\n\n"
            f"{NOTICE} Transcript of Interview with Mayor Ann Roe Q: How is the harbour doing, how are\n\n"
            f"{NOTICE}\n\n"
            "Transcript of Interview with Mayor Ann Roe\n\n"
            "Q: How is the harbour doing, how are the boats?\n\n"
            "A: Very well. The boats are back.\n\n"
            "Q: And the ferries?\n\n"
            "A: They run again.\n")


def test_a_teaser_cut_from_the_body_is_a_summary_and_the_pages_first_line_the_title():
    tei = _tei(ATTACHED)
    assert _title(tei) == "Full transcript of Ann Roe interview"
    assert any(s.startswith(NOTICE + " Transcript of Interview") for s in _summaries(tei))


def test_a_line_around_a_heading_that_is_no_excerpt_of_the_body_stays_its_wrapper():
    tei = _tei(ATTACHED.replace(f"{NOTICE} Transcript of Interview with Mayor Ann Roe Q: How is the harbour doing, how are",
                                "Harbour News | Transcript of Interview with Mayor Ann Roe | Town Hall"))
    assert _title(tei) == "Transcript of Interview with Mayor Ann Roe"


def test_an_attachment_viewers_notice_is_a_site_line():
    assert NOTICE in _site_lines(_tei(ATTACHED))


def test_speech_about_images_in_an_attachment_stays_speech():
    tei = _tei(ATTACHED.replace("A: They run again.", "A: If there are images in this attachment, they "
                                "will not be displayed, as I told the clerk."))
    assert "as I told the clerk" not in " ".join(_site_lines(tei))


def test_a_full_transcript_of_a_persons_interview_names_who_answers():
    tei = _tei("Full transcript of Ann Roe interview\n\nQ: How is the harbour?\n\nA: Very well.\n\n"
               "Q: And the boats?\n\nA: They are back.\n")
    assert "<persName>Ann Roe</persName>" in _person(tei, "roe")
    assert '<u who="#roe"' in tei


def test_a_full_transcript_of_the_boards_meeting_names_no_one():
    tei = _tei("Full transcript of the Harbour Board meeting\n\nQ: How is the harbour?\n\nA: Very well.\n\n"
               "Q: And the boats?\n\nA: They are back.\n")
    assert _persons(tei) == []


# --- P2548m A credited photo caption between two turns; R2549m "representante" -------------------

CAPTION = "Ana Ruiz, representante a la Cámara del Partido Verde. - Foto: Ana Ruiz en Twitter"
GACETA = ("GACETA: ¿Por qué apoya la reforma del puerto?\n\n"
          "Ana Ruiz (A.R.): Es coherente con mis principios.\n\n"
          "GACETA: Es decir, el partido no lo sabía.\n\n"
          "A.R.: Así es. Nadie nos consultó sobre eso.\n\n"
          f"{CAPTION}\n\n"
          "GACETA: ¿Y ahora qué?\n\n"
          "A.R.: Ahora votaremos.\n")


def test_a_credited_caption_between_two_turns_is_a_note_of_its_own():
    body = _body(_tei(GACETA))
    assert f'<note type="note">{CAPTION}</note>' in body
    assert re.search(r"Nadie nos consultó sobre eso\.</seg>\s*</u>", body)


def test_a_last_paragraph_that_speaks_of_a_photo_stays_speech():
    body = _body(_tei(GACETA.replace(CAPTION, "Vimos la foto del puerto: Ana Ruiz en Twitter, sonriendo a todos.")))
    assert '<note type="note">' not in body


def test_a_representative_named_in_a_caption_has_that_office():
    ruiz = _person(_tei(GACETA), "ana-ruiz")
    assert "representante a la Cámara del Partido Verde" in ruiz


def test_a_neighbour_named_in_a_caption_has_no_office():
    ruiz = _person(_tei(GACETA.replace("representante a la Cámara del Partido Verde", "vecina de Cali")), "ana-ruiz")
    assert "vecina" not in ruiz


# --- R2550m A German predicate noun after the name the verb stands before ------------------------

NORDLAND = ("Hafenchef Roe: „Wir bleiben“\n\n"
            "Seit zehn Jahren ist Anna Roe SPD-Landeshauptfrau von Nordland – und möchte es bleiben.\n\n"
            "KURIER: Schlafen Sie schon schlecht?\n\n"
            "Anna Roe: Nein. Die Dinge sind so, wie sie sind.\n")


def test_the_office_after_a_name_the_copula_stands_before_is_the_role():
    roe = _person(_tei(NORDLAND), "anna-roe")
    assert "SPD-Landeshauptfrau von Nordland" in roe


def test_words_after_a_name_the_copula_stands_before_that_are_no_office_give_no_role():
    roe = _person(_tei(NORDLAND.replace("SPD-Landeshauptfrau von Nordland", "in Nordland zu Hause")), "anna-roe")
    assert "Nordland" not in roe


# --- T2551m A magazine's lead over the first question -------------------------------------------

MAGAZINE = ("«Heredamos una deuda enorme»\n\n"
            "Entrevista exclusiva con el alcalde del puerto. Carlos Mora habla de todo y sobre todo "
            "de la deuda de la ciudad.\n\n"
            "Revista Puerto - ¿Cuáles son los principales desafíos?\n\n"
            "Carlos Mora - El mayor desafío es la mentalidad.\n\n"
            "Esa mentalidad viene de lejos.\n")


def test_a_lead_naming_a_speaker_labelled_with_a_spaced_dash_is_no_turn():
    tei = _tei(MAGAZINE)
    assert _body(tei).count("<u ") == 2
    assert any(s.startswith("Entrevista exclusiva") for s in _summaries(tei))


_MORE = ("La crisis política en el ayuntamiento, la herencia de la gestión anterior, los desafíos que "
         "tiene por delante y las cuentas del puerto ocupan la primera parte de esta larga conversación. ")
LONG_LEAD = MAGAZINE.replace(" - ", ": ").replace("de la deuda de la ciudad.", "de la deuda de la ciudad. " + _MORE * 4)


def test_a_long_lead_naming_the_speaker_over_the_first_question_is_no_turn():
    tei = _tei(LONG_LEAD)
    assert len(_summaries(tei)[-1].split()) > 120
    assert _body(tei).count("<u ") == 2


def test_a_long_paragraph_over_a_first_turn_that_does_not_ask_stays_speech():
    tei = _tei(LONG_LEAD.replace("¿Cuáles son los principales desafíos?", "Buenos días y bienvenidos."))
    assert _body(tei).count("<u ") == 3


# --- R2552m An office without the bracket or the elided article before it ------------------------

def test_an_office_opening_a_bracket_and_one_with_an_elided_article_are_the_office_alone():
    tei = _tei(PORT.replace("la maire Anne Morel", "l’ambassadrice Anne Morel")
               .replace("(maire Anne Morel)", "(ambassadrice Anne Morel)"))
    morel = _person(tei, "anne-morel")
    assert "<affiliation>ambassadrice</affiliation>" in morel
    assert "(ambassadrice" not in morel and "l’ambassadrice" not in morel
