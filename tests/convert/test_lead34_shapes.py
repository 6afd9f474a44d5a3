"""Shapes the lead read in session 34 (dev30html)."""
from __future__ import annotations

import pytest

from teikit import lexicons
from teikit.transforms.helpers.holders import same_office
from tests.convert.conftest import labels, read, speaker

_DATELINE = "(Lyon, 3 mars 2019) - Conférence de presse de la ministre des ports, Anne Roux, et du maire.\n\n"


def test_a_name_of_the_dateline_before_a_dash_and_speech_is_a_label():
    doc = read(_DATELINE + "Anne Roux - Mesdames et Messieurs, bonjour.\n", lang="fr")
    assert labels(doc) == ["Anne Roux -"]


def test_a_name_of_the_dateline_before_a_dash_and_a_lower_case_apposition_is_no_label():
    # "Ann Roe – actress of the theatre …": who she is, the lead of an interview, not her speech
    doc = read(_DATELINE + "Anne Roux - ministre des ports depuis 2017, a répondu à nos questions.\n\n"
               "ANNE ROUX: Bonjour.\n", lang="fr")
    assert labels(doc) == ["ANNE ROUX:"]


def test_an_interview_titled_with_a_mayors_name_gives_the_answer_letter_that_name():
    # "sindaco" was missing from the Italian offices, so the title named no one
    text = ("Intervista a Marco Bianchi, sindaco di Torino\n\nD: Sindaco, come sta andando la stagione?\n\n"
            "R: Molto bene, i turisti sono tornati.\n\nD: E i cantieri?\n\nR: Finiranno entro l'estate.\n")
    person = speaker(read(text, lang="it"), 1)
    assert (person.id, person.name, person.role) == ("bianchi", "Marco Bianchi", "sindaco di Torino")


def test_the_office_a_label_prints_wins_over_another_office_of_the_title():
    text = ("Hearing chaired by Senator Ann Lee\n\nCHAIRWOMAN LEE: The committee will come to order.\n\n"
            "MR. POE: Thank you, Madam Chair.\n\nCHAIRWOMAN LEE: Please begin.\n")
    person = speaker(read(text, lang="en"), 0)
    assert (person.name, person.role) == ("Ann Lee", "Chairwoman")


def test_the_office_a_byline_writes_out_wins_over_the_labels_short_form():
    text = ("Remarks by Antony J. Blinken, Secretary of State\n\nSECRETARY BLINKEN: Good morning.\n\n"
            "QUESTION: Thank you.\n\nSEC. BLINKEN: Next.\n")
    doc = read(text, lang="en")
    assert {speaker(doc, k).role for k in (0, 2)} == {"Secretary of State"}


@pytest.mark.parametrize("fuller, printed, same", [
    ("Secretary of State", "SECRETARY", True),
    ("Secretary of State", "SEC.", True),
    ("Bundesministerin der Finanzen", "MINISTERIN", True),
    ("Président de la République", "LE PRÉSIDENT", True),
    ("Senator", "CHAIRWOMAN", False),
    ("CIUDADANO SENADOR", "PRESIDENTE", False),
])
def test_an_office_of_the_header_is_the_labels_written_out_or_another(fuller, printed, same):
    lex = lexicons.load("de" if "Bundes" in fuller else "fr" if "Prés" in fuller else "en")
    assert same_office(fuller, printed, lex) is same


def test_an_article_before_a_labels_surname_is_its_particle():
    text = ("Conférence de presse de M. Jean-Yves Le Drian, ministre de l'Europe et des affaires étrangères\n\n"
            "M. LE DRIAN : Bonjour.\n\nQUESTION : Merci.\n\nLE MINISTRE : Suivante.\n")
    person = speaker(read(text, lang="fr"), 0)
    assert (person.id, person.name) == ("le-drian", "Jean-Yves Le Drian")


@pytest.mark.parametrize("label, lang, key", [
    ("M. LE DRIAN", "fr", ("le", "drian")), ("LA RUSSA", "it", ("la", "russa")),
    ("M. LE MINISTRE", "fr", ()), ("LE MAIRE", "fr", ()), ("EL SEÑOR CASADO", "es", ("casado",)),
])
def test_an_article_is_a_particle_only_before_a_surname(label, lang, key):
    from teikit.transforms.helpers.names import name_key
    assert name_key(label, lexicons.load(lang)) == key


def test_a_middle_initial_after_an_offices_field_stays_in_the_name():
    text = ("Remarks by Secretary of State Antony J. Blinken\n\nSECRETARY BLINKEN: Good morning.\n\n"
            "QUESTION: Thank you.\n\nSECRETARY BLINKEN: Next.\n")
    person = speaker(read(text, lang="en"), 0)
    assert (person.name, person.role) == ("Antony J. Blinken", "Secretary of State")


_DASHED = ("Entretien avec Paul Martin, maire de Lyon\n\n"
           "Le maire de Lyon a répondu à nos questions sur le nouveau pont et sur les travaux de l'été.\n\n"
           "— Monsieur le maire, le pont sera-t-il prêt ?\n\n— Oui, en juin.\n\n"
           "— Parlez-nous des travaux de l'été.\n\n— Ils commencent lundi.\n\n— Et le budget ?\n\n"
           "— Il est tenu.\n\n— Merci, monsieur le maire.\n")


def test_each_dash_of_an_interview_changes_the_speaker_so_a_request_and_thanks_are_asked():
    doc = read(_DASHED, lang="fr")
    assert [t.who for t in doc.turns()] == [None, "martin"] * 3 + [None]


def test_questions_in_both_places_of_the_alternation_leave_the_others_to_the_guest():
    text = _DASHED.replace("— Ils commencent lundi.", "— Vous voulez dire cet été ?")
    assert [t.who for t in read(text, lang="fr").turns()][2] == "martin"  # no alternation to go by


_RECORD = ("Assemblée nationale\nCompte rendu intégral\nSéance du mardi 14 mars 2023\n\n"
           "Mme la présidente. La séance est ouverte.\n\nMme la présidente. La parole est à M. Jean Dupont.\n\n"
           "M. Jean Dupont. Madame la présidente, ce texte est nécessaire.\n\nM. Paul Durand. C'est faux !\n\n"
           "Mme la présidente. La parole est à Mme Claire Petit.\n\nMme Claire Petit. Nous voterons contre.\n")


def test_members_with_an_honorific_before_a_full_stop_are_a_records_labels_under_its_chair():
    assert labels(read(_RECORD, lang="fr")) == ["Mme la présidente.", "Mme la présidente.", "M. Jean Dupont.",
                                                "M. Paul Durand.", "Mme la présidente.", "Mme Claire Petit."]


def test_without_a_chairs_label_an_honorific_and_a_name_before_a_full_stop_stay_prose():
    text = ("Le conseil s'est réuni hier.\n\nM. Jean Dupont. Il a présidé la séance sans incident.\n\n"
            "M. Paul Durand. Il a voté contre, comme prévu.\n")
    assert labels(read(text, lang="fr")) == [None]


_NEWSCAST = ("EVENING NEWS\nChannel 2, 12 January 2023\n\nANNE DUPONT, ANCHOR\nGood evening. Tonight, the strike.\n\n"
             "PIERRE MARTIN, CORRESPONDENT\nGood evening Anne. No metro is running here.\n\n"
             "ANNE DUPONT\nThank you Pierre.\n")


def test_a_name_and_role_alone_over_the_speech_then_the_name_alone_are_labels():
    doc = read(_NEWSCAST, lang="en")
    assert labels(doc) == ["ANNE DUPONT, ANCHOR", "PIERRE MARTIN, CORRESPONDENT", "ANNE DUPONT"]
    assert [(speaker(doc, k).id, speaker(doc, k).role) for k in (0, 1, 2)] \
        == [("anne-dupont", "Anchor"), ("pierre-martin", "Correspondent"), ("anne-dupont", "Anchor")]


def test_a_place_and_country_line_is_no_name_and_role():
    from teikit.transforms.helpers.namerolelines import comma_role_line
    assert comma_role_line("NEW YORK, USA", lexicons.load("en")) is None
    assert comma_role_line("PIERRE MARTIN, CORRESPONDANT À LYON", lexicons.load("fr")).groups() \
        == ("PIERRE MARTIN", "CORRESPONDANT À LYON")


@pytest.mark.parametrize("mark", ["：", "｜", "丨", " "])
def test_a_chinese_interview_headline_names_its_guest_after_a_mark(mark):
    text = (f"专访{mark}国家发展改革委主任郑栅洁\n\n问：今年的目标？\n\n答：百分之五。\n\n"
            "问：如何实现？\n\n答：扩大内需。\n")
    guest = speaker(read(text, lang="zh"), 1)
    assert (guest.name, guest.role) == ("郑栅洁", "国家发展改革委主任")


def test_a_records_own_name_is_no_place_and_a_weekday_after_the_place_is_the_dates():
    record = ("SENATO DELLA REPUBBLICA\nXIX LEGISLATURA\n125a SEDUTA PUBBLICA\nRESOCONTO STENOGRAFICO\n"
              "MARTEDÌ 12 DICEMBRE 2023\n\nPRESIDENTE. La seduta è aperta.\n\nROSSI (PD-IDP). Grazie.\n\n"
              "MALAN (FdI). Non è vero!\n\nPRESIDENTE. Senatore Malan, la prego.\n")
    assert read(record, lang="it").setting.place is None
    bundestag = ("Deutscher Bundestag\nStenografischer Bericht\n134. Sitzung\nBerlin, Donnerstag, den 9. November 2023\n\n"
                 "Präsidentin Bärbel Bas: Die Sitzung ist eröffnet.\n\nJan Weber (SPD): Vielen Dank.\n")
    setting = read(bundestag, lang="de").setting
    assert (setting.place, setting.date_iso) == ("Berlin", "2023-11-09")


@pytest.mark.parametrize("line, lang, place", [
    ("06.09.2022, 11:00 Uhr, Berlin", "de", "Berlin"), ("3 May 2021, 10:00, Geneva", "en", "Geneva"),
    ("3 May 2021, Geneva", "en", "Geneva"),
])
def test_a_time_between_the_date_and_the_place_is_passed_over(line, lang, place):
    from teikit.transforms.helpers.dates import placed_date
    assert placed_date(line, lexicons.load(lang))[0] == place


@pytest.mark.parametrize("note, lang", [("Seul le prononcé fait foi.", "fr"), ("Check against delivery.", "en")])
def test_an_editorial_note_under_the_speech_leaves_the_last_turn(note, lang):
    text = f"Discours du Premier ministre\n\nLe Premier ministre : Mesdames et messieurs, bonjour.\n\n{note}\n"
    from tests.convert.conftest import speech
    doc = read(text, lang=lang)
    assert note not in " ".join(speech(doc)) and note in [b.text for b in doc.blocks if hasattr(b, "text")]


@pytest.mark.parametrize("text, lang", [
    ("Conférence de presse conjointe\n\nM. MACRON : Bonjour à tous.\n\nM. SCHOLZ (interprétation) : Merci, cher "
     "Emmanuel.\n\nQUESTION : [En anglais] Mr. Chancellor, a question.\n\nM. SCHOLZ : (traduction) Oui.\n", "fr"),
    ("Пресс-конференция Министра иностранных дел России\n\n12 марта 2024 года, Москва\n\n"
     "МИНИСТР: Добрый день.\n\nВОПРОС: Спасибо.\n", "ru"),
])
def test_the_language_of_a_short_text_is_detected(text, lang):
    assert read(text).lang == lang  # (detected: no --lang given)


def test_short_forms_defined_in_a_lead_name_their_labels_without_crossing_a_sentence():
    text = ("INTERVIEW\n\nAnn Lee (AL) is the director of the Harbour Museum. Tom Poe (TP) spoke with her.\n\n"
            "TP: How did it start?\n\nAL: With a boat.\n\nTP: And now?\n\nAL: Many boats.\n")
    doc = read(text, lang="en")
    assert [(speaker(doc, k).name, speaker(doc, k).role) for k in (0, 1)] \
        == [("Tom Poe", None), ("Ann Lee", "director of the Harbour Museum")]


@pytest.mark.parametrize("text, lang, guest", [
    ("Intervista a Giulia Neri, scrittrice\n\nINTERVISTATORE: Come è nato il libro?\n\nINTERVISTATA: Per caso.\n\n"
     "INTERVISTATORE: E adesso?\n\nINTERVISTATA: Un altro libro.\n", "it", "Giulia Neri"),
    ("Entretien avec Claire Dubois, chercheuse au CNRS\n\nINTERVIEWEUR : Comment avez-vous commencé ?\n\n"
     "INTERVIEWÉE : Par hasard.\n\nINTERVIEWEUR : Et ensuite ?\n\nINTERVIEWÉE : Beaucoup de travail.\n", "fr", "Claire Dubois"),
    ("Interview mit Jonas Weber, Professor für Physik\n\nInterviewer: Herr Weber, wie kam es dazu?\n\n"
     "Befragter: Durch Zufall.\n\nInterviewer: Und dann?\n\nBefragter: Viel Arbeit.\n", "de", "Jonas Weber"),
])
def test_the_interviewees_label_is_the_answer_voice_the_title_names(text, lang, guest):
    doc = read(text, lang=lang)
    asker, answerer = speaker(doc, 0), speaker(doc, 1)
    assert answerer.name == guest and (asker is None or asker.id != answerer.id)


def test_an_interviewers_initial_is_no_question_letter_where_interviewer_is_a_question_word():
    # "I:" is the interviewer a text names, "F:" the German question letter (N993e); the
    # lexicon's INTERVIEWER among the question words makes no unnamed voice of "I"
    from teikit.transforms.persons import voices
    generic = voices(lexicons.load("de")).generic
    assert generic.match("F") and generic.match("Q") and not generic.match("I")
