"""Shapes read in session 36 on synthetic transcripts of the shapes real sources print
(TV transcripts, parliamentary records, transcription services)."""
from __future__ import annotations

import pytest

from teikit import read_transcript
from teikit.model import Event, Paragraph
from tests.convert.conftest import labels, read, speaker, speech


def test_a_bracket_of_party_and_state_before_a_comma_and_role_stays_in_the_label():
    # "SEN. JOHN THUNE (R-SD), MINORITY WHIP:" was cut at "SEN." (L1180h)
    doc = read("DANA BASH, CNN HOST: Welcome to the show.\n\n"
               "SEN. JOHN THUNE (R-SD), MINORITY WHIP: We need a vote this week.\n\n"
               "LT. GEN. MARK HERTLING (RET.), CNN MILITARY ANALYST: It is different.\n\n"
               "BASH: Thank you both.\n", lang="en")
    assert labels(doc) == ["DANA BASH, CNN HOST:", "SEN. JOHN THUNE (R-SD), MINORITY WHIP:",
                           "LT. GEN. MARK HERTLING (RET.), CNN MILITARY ANALYST:", "BASH:"]
    assert speech(doc)[1] == "We need a vote this week."
    thune = speaker(doc, 1)
    assert (thune.name, thune.role) == ("John Thune", "Minority Whip")


_EUROPARL = ("President. – The next item is the Council and Commission statements.\n\n"
             "Ann Roe, President-in-Office of the Council. – Madam President, the situation is dire.\n\n"
             "Manfred Weber, on behalf of the PPE Group. – Madam President, we need a ceasefire.\n\n"
             "(Applause)\n\n"
             "Iratxe García Pérez, en nombre del Grupo S&D. – Señora presidenta, gracias.\n\n"
             "President. – The debate is closed.\n")


def test_a_member_speaking_for_a_group_opens_a_turn_in_any_language_of_the_record():
    # the European Parliament's "Name, on behalf of the X Group. –" (L1181h)
    doc = read(_EUROPARL, lang="en")
    assert labels(doc) == ["President. –", "Ann Roe, President-in-Office of the Council. –",
                           "Manfred Weber, on behalf of the PPE Group. –",
                           "Iratxe García Pérez, en nombre del Grupo S&D. –", "President. –"]
    assert speaker(doc, 2).name == "Manfred Weber"
    assert speaker(doc, 3).name == "Iratxe García Pérez"


def test_a_sentence_with_a_comma_and_on_behalf_of_is_no_label():
    doc = read("MODERATOR: Welcome.\n\n"
               "SPEAKER: I thank you, on behalf of the whole team. – And now the figures.\n", lang="en")
    assert labels(doc) == ["MODERATOR:", "SPEAKER:"]


_DUMA = ("Председательствующий. Коллеги, переходим к вопросу 5. Слово предоставляется Гартунгу.\n\n"
         "Гартунг В. К., фракция «СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ». Уважаемые коллеги! Вопрос о тарифах.\n\n"
         "Председательствующий. Спасибо. Нилов Ярослав Евгеньевич.\n\n"
         "Нилов Я. Е., председатель Комитета Государственной Думы по труду, социальной политике и делам "
         "ветеранов, фракция ЛДПР. Спасибо. Мы поддерживаем.\n\n"
         "Председательствующий. Коломейцев Николай Васильевич.\n\n"
         "Коломейцев Н. В., фракция КПРФ.\n\nУважаемые коллеги, это неправильно.\n\n"
         "Председательствующий. Спасибо.\n")


def test_a_duma_member_with_initials_offices_and_faction_opens_a_turn():
    # "Фамилия И. О., фракция X. Speech" on one line, or the label alone over the speech (L1182h)
    doc = read(_DUMA, lang="ru")
    assert len(doc.turns()) == 7
    assert labels(doc)[1] == "Гартунг В. К., фракция «СПРАВЕДЛИВАЯ РОССИЯ – ЗА ПРАВДУ»."
    assert speech(doc)[3] == "Спасибо. Мы поддерживаем."
    assert speech(doc)[5] == "Уважаемые коллеги, это неправильно."


def test_the_duma_member_is_named_by_surname_and_initials_and_the_offices_are_the_role():
    doc = read(_DUMA, lang="ru")
    gartung, kolomeitsev = speaker(doc, 1), speaker(doc, 5)
    assert gartung.name == "Гартунг В. К."
    assert "ЗА ПРАВДУ" in gartung.role
    assert kolomeitsev.name == "Коломейцев Н. В."


def test_a_duma_member_with_glued_initials_alone_over_the_speech_opens_a_turn():
    doc = read("Председательствующий. Слово предоставляется Нилову.\n\nНилов Я.Е., фракция ЛДПР.\n\n"
               "Спасибо. Мы поддерживаем.\n\nПредседательствующий. Спасибо.\n\nИванов И.И., фракция КПРФ.\n\n"
               "Мы против.\n", lang="ru")
    assert labels(doc) == ["Председательствующий.", "Нилов Я.Е., фракция ЛДПР.", "Председательствующий.",
                           "Иванов И.И., фракция КПРФ."]


def test_one_initial_after_a_given_name_and_a_comma_is_no_member():
    doc = read("ANN ROE: He said it, John F., and more. Quite so.\n\nBO POE: Yes.\n", lang="en")
    assert labels(doc) == ["ANN ROE:", "BO POE:"]


_HANSARD = ("Jane Roe (Bristol East) (Lab)\nWhat steps is he taking to help households?\n\n"
            "The Chancellor of the Exchequer (Jeremy Hunt)\nWe have provided support worth billions.\n\n"
            "Jane Roe\nThat is not what my constituents are telling me.\n\n"
            "Tom Poe (Leeds West) (Lab)\nThe Chancellor is living in a different world.\n\n"
            "The Chancellor of the Exchequer\nI think the hon. Gentleman should look at the figures.\n")


def test_a_members_short_label_alone_follows_the_label_with_constituency_and_party():
    # Hansard's web page: "Jane Roe (Bristol East) (Lab)", later "Jane Roe" alone (L1185h)
    doc = read(_HANSARD, lang="en")
    assert labels(doc) == ["Jane Roe (Bristol East) (Lab)", "The Chancellor of the Exchequer (Jeremy Hunt)",
                           "Jane Roe", "Tom Poe (Leeds West) (Lab)", "The Chancellor of the Exchequer"]
    assert doc.turns()[2].who == doc.turns()[0].who
    assert doc.turns()[4].who == doc.turns()[1].who


def test_a_name_alone_that_no_bracketed_label_prints_stays_speech():
    doc = read("Jane Roe (Bristol East) (Lab)\nWhat steps is he taking?\n\n"
               "Tom Poe (Leeds West) (Lab)\nNone at all.\n\nSeveral Things\nThat is not what they say.\n", lang="en")
    assert labels(doc) == ["Jane Roe (Bristol East) (Lab)", "Tom Poe (Leeds West) (Lab)"]


def test_the_speaker_of_the_house_is_an_office_and_an_address_to_him_no_role():
    # "Mr Speaker", "Madam Deputy Speaker": the chair's office, no one named Speaker (N1186h)
    doc = read("Mr Speaker: Order. I call Ann Roe.\n\n"
               "Ann Roe (Leeds West) (Lab): Mr Speaker, the Chancellor is living in another world.\n\n"
               "Madam Deputy Speaker: Order.\n\nMr Speaker: Order.\n", lang="en")
    chair, deputy = speaker(doc, 0), speaker(doc, 2)
    assert (chair.name, chair.role) == (None, "Speaker")
    assert (deputy.name, deputy.role) == (None, "Deputy Speaker")


def test_a_recognisers_numbered_speaker_keeps_its_id_as_name():
    doc = read("Speaker 1 (00:00):\nWelcome back.\n\nSpeaker 2 (00:05):\nThanks.\n", lang="en")
    assert [speaker(doc, i).name for i in (0, 1)] == ["Speaker 1", "Speaker 2"]


def test_a_ministers_office_with_its_field_is_the_ministers_short_label():
    # "The Chancellor of the Exchequer" is an office, not a person named "Exchequer" (N1188h)
    doc = read("The Chancellor of the Exchequer (Jeremy Hunt): We have provided support.\n\n"
               "Ann Roe (Leeds West) (Lab): Not enough.\n\n"
               "The Chancellor of the Exchequer: I disagree.\n\n"
               "The Secretary of State for Health and Social Care (Bo Lee): Waiting lists are falling.\n\n"
               "Ann Roe: They are not.\n\n"
               "The Secretary of State for Health and Social Care: They are.\n", lang="en")
    assert doc.turns()[2].who == doc.turns()[0].who
    assert speaker(doc, 2).name == "Jeremy Hunt"
    assert doc.turns()[5].who == doc.turns()[3].who
    assert (speaker(doc, 5).name, speaker(doc, 5).role) == ("Bo Lee", "Secretary of State for Health and Social Care")


def test_an_office_of_a_place_followed_by_a_full_name_keeps_the_name():
    doc = read("The Mayor of London Sadiq Khan: Good morning.\n\nANN ROE: Thank you.\n", lang="en")
    assert speaker(doc, 0).name == "Sadiq Khan"


def _events(doc):
    return [(i.type, i.text) for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)
            for i in p.content if isinstance(i, Event)]


def test_reactions_a_spanish_record_joins_with_a_stop_and_a_dash_are_one_event():
    # "(Aplausos.—Rumores)." (E1183h)
    doc = read("La señora PRESIDENTA: Tiene la palabra.\n\nEl señor ROE POE: Gracias.\n\n(Aplausos.—Rumores).\n\n"
               "No va a dimitir.\n\n(Rumores.—Protestas).\n", lang="es")
    assert _events(doc) == [("applause", "(Aplausos.—Rumores)"), ("crosstalk", "(Rumores.—Protestas)")]


def test_a_stop_and_a_dash_inside_speech_in_brackets_is_no_event():
    doc = read("La señora PRESIDENTA: Tiene la palabra.\n\nEl señor ROE POE: Gracias (lo digo.—de verdad).\n", lang="es")
    assert _events(doc) == []


def test_an_italian_record_event_from_a_group_after_dal():
    # "(Applausi dal Gruppo FdI)." (E1184h)
    doc = read("PRESIDENTE. Ne ha facoltà.\n\nROSSI (PD). Signor Presidente, grazie.\n\n(Applausi dal Gruppo PD).\n\n"
               "Lo chiediamo da settimane.\n\n(Commenti dalla maggioranza).\n", lang="it")
    assert _events(doc) == [("applause", "(Applausi dal Gruppo PD)"), ("crosstalk", "(Commenti dalla maggioranza)")]


def test_cue_timings_with_unpadded_seconds_are_read_as_cues():
    # Microsoft Teams: "0:0:3.350 --> 0:0:7.130" (P1187h)
    vtt = ("WEBVTT\n\n0:0:3.350 --> 0:0:7.130\n<v Anna Berg>Good morning, everyone.</v>\n\n"
           "0:0:7.980 --> 0:0:9.210\n<v Tom Fischer>Yes, loud and clear.</v>\n\n"
           "0:1:2.0 --> 0:1:5.5\n<v Anna Berg>Great.</v>\n")
    doc = read_transcript(vtt.encode(), "t.vtt")
    assert [t.name for t in doc.turns()] == ["Anna Berg", "Tom Fischer", "Anna Berg"]
    assert [t.paragraphs[0].text.removesuffix("</v>") for t in doc.turns()] == [
        "Good morning, everyone.", "Yes, loud and clear.", "Great."]


def test_an_office_whose_field_is_glued_to_an_elided_link_is_the_role():
    # "ministro dell'Economia", "ministre d'État" (N1189h)
    it = read("Porta a Porta\n\nIntervista al ministro dell'Economia Giancarlo Giorgetti\n\n"
              "VESPA: Ministro, la manovra regge?\n\nGIORGETTI: Regge.\n\nVESPA: Grazie.\n\nGIORGETTI: Grazie a lei.\n",
              lang="it")
    assert (speaker(it, 1).name, speaker(it, 1).role) == ("Giancarlo Giorgetti", "ministro dell'Economia")
    fr = read("Le Grand Rendez-vous\n\nEntretien avec la ministre d'État Paule Dupont\n\n"
              "JOURNALISTE : Bonjour ?\n\nDUPONT : Bonjour.\n\nJOURNALISTE : Merci.\n\nDUPONT : Merci à vous.\n", lang="fr")
    assert (speaker(fr, 1).name, speaker(fr, 1).role) == ("Paule Dupont", "ministre d'État")


@pytest.mark.parametrize("lang,byline,dateline,place", [
    ("es", "Por Jorge Martín", "Madrid, 4 de marzo de 2024", "Madrid"),
    ("de", "Von Tom Berger", "Berlin, 4. März 2024", "Berlin"),
    ("fr", "Par Jean Martin", "Paris, le 4 mars 2024", "Paris"),
    ("it", "di Luca Bianchi", "Roma, 4 marzo 2024", "Roma"),
])
def test_an_authors_byline_over_the_dateline_is_no_place(lang, byline, dateline, place):
    # the author's name over "City, date" was read as the place (H1190h)
    doc = read(f"Entrevista con Ana Roe\n\n{byline}\n{dateline}\n\nP: ¿Cómo empezó?\n\nR: Por casualidad.\n", lang=lang)
    assert doc.setting.place == place


_LEX = ("Transcript for Ann Roe: Farming and the Future | The Long Podcast #12\n\n"
        "Introduction\n\n"
        "Ann Roe (00:00:00) I think soil is going to be the currency of the future.\n\n"
        "Tom Poe (00:00:12) The following is a conversation with Ann Roe.\n\n"
        "Tom Poe (00:01:05) Take me through the first year.\n\n"
        "Ann Roe (00:01:12) That was the hardest year of my life.\n")


def test_a_name_and_its_time_in_brackets_before_the_speech_is_a_label():
    # the podcast site's "Name (hh:mm:ss) speech", no separator (L1191h)
    doc = read(_LEX, lang="en")
    assert labels(doc) == ["Ann Roe (00:00:00)", "Tom Poe (00:00:12)", "Tom Poe (00:01:05)", "Ann Roe (00:01:12)"]
    assert speech(doc)[0] == "I think soil is going to be the currency of the future."
    assert [t.time for t in doc.turns()][:2] == ["(00:00:00)", "(00:00:12)"]
    assert speaker(doc, 3).name == "Ann Roe"


def test_a_single_time_in_brackets_inside_speech_is_no_label():
    doc = read("ANN ROE: Hello.\n\nThe meeting (10:30) was short and we left.\n\nTOM POE: Yes.\n", lang="en")
    assert labels(doc) == ["ANN ROE:", "TOM POE:"]


def test_a_time_before_a_name_alone_over_the_speech_is_a_label_beside_another_so():
    # "00:00:08 John Roe" printed once, beside "00:00:05 Jane Doe" (L1191h)
    doc = read("Meeting notes\n\n00:00:05 Jane Doe\nHi, thanks for coming.\n\n00:00:08 John Roe\nGlad to be here.\n\n"
               "00:00:12 Jane Doe\nLet us start.\n", lang="en")
    assert [speaker(doc, i).name for i in range(3)] == ["Jane Doe", "John Roe", "Jane Doe"]


def test_a_captions_time_before_a_short_sentence_is_no_label():
    doc = read("00:00:00 How many layers are there?\n\n00:00:05 Yeah.\n\n00:00:08 That would be amazing.\n\n"
               "00:00:10 Okay.\n\n00:00:13 This is show number 17.\n", lang="en")
    assert all(t.label is None for t in doc.turns())
