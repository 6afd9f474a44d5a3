"""The transcript shapes of docs/convert-shapes.md, one small synthetic example each.

Every rule is tested on text written for the test (never a corpus file), so that a rule
that only fits one document cannot pass here.
"""
from __future__ import annotations

import pytest
from lxml import etree

from teikit import TeikitError, convert
from teikit.model import Boilerplate, Event, HeaderKind, HeaderLine, Note
from tests.convert.conftest import labels, read, speech

TEI = "{http://www.tei-c.org/ns/1.0}"


def tei(text: str, **options):
    return etree.fromstring(convert(text, name="t.txt", **options).tei)


# --- labels ---------------------------------------------------------------------------

def test_upper_case_label_alone_on_its_line_with_the_speech_below():
    doc = read("Interview\n\nANN LEE\nGood morning to you all.\n\nBOB RAY\nGood morning.\n\n"
               "ANN LEE\nLet us begin.\n\nBOB RAY\nYes.")
    assert labels(doc) == ["ANN LEE", "BOB RAY", "ANN LEE", "BOB RAY"]
    assert speech(doc)[0] == "Good morning to you all."


def test_a_heading_in_capitals_printed_once_is_not_a_label():
    doc = read("PRESS CONFERENCE\n\nMR. SMITH: Welcome.\n\nQ: Why?")
    assert labels(doc) == ["MR. SMITH:", "Q:"]


def test_markdown_bold_and_underscore_labels():
    doc = read("**Ann Lee:** Hello there.\n\n__Bob Ray__: Hi.\n\n**Ann Lee:** Good.\n\n__Bob Ray__: Yes.")
    assert labels(doc) == ["**Ann Lee:**", "__Bob Ray__:", "**Ann Lee:**", "__Bob Ray__:"]
    assert [p.name for p in doc.persons] == ["Ann Lee", "Bob Ray"]


def test_markdown_escaped_brackets_are_events():
    doc = read("**Ann Lee:** That was funny. \\[laughter\\] Anyway.\n\n**Bob Ray:** Right.\n\n**Ann Lee:** Yes.")
    (event,) = [i for p in doc.turns()[0].paragraphs for i in p.content if isinstance(i, Event)]
    assert (event.type, event.text) == ("laughter", "\\[laughter\\]")


@pytest.mark.parametrize("text, time, first", [
    ("Speaker 1: (00:00)\nHello there.\n\nSpeaker 2: (00:05)\nHi.", "(00:00)", False),
    ("Ann Lee (00:01:23): Hello there.\n\nBob Ray (00:01:30): Hi.", "(00:01:23)", False),
    ("[00:01:23] Ann Lee: Hello there.\n\n[00:01:30] Bob Ray: Hi.", "[00:01:23]", True),
])
def test_timestamps_with_labels_are_kept_out_of_the_speech(text, time, first):
    doc = read(text)
    turn = doc.turns()[0]
    assert (turn.time, turn.time_first) == (time, first)
    assert "00" not in speech(doc)[0]


def test_timestamps_are_a_timeline_with_turns_starting_on_its_points():
    root = tei("[00:01:23] Ann Lee: Hello there.\n\n00:02:00\n\nMore words.\n\n[00:02:30] Bob Ray: Hi.")
    whens = root.findall(f".//{TEI}timeline/{TEI}when")
    assert [w.get("interval") for w in whens] == [None, "83", "120", "150"]
    u = root.find(f".//{TEI}u")
    assert u.get("start") == "#" + whens[1].get("{http://www.w3.org/XML/1998/namespace}id")
    notes = root.findall(f".//{TEI}note[@type='timestamp']")
    assert [n.text for n in notes] == ["[00:01:23]", "00:02:00", "[00:02:30]"]
    assert all(n.get("synch", "").startswith("#t.T") for n in notes)


@pytest.mark.parametrize("label", ["SPEAKER_01:", "spk_0:", "spk09:", "Speaker 2:"])
def test_diarization_ids_are_labels(label):
    doc = read(f"{label} Hello there.\n\nQ: And you?")
    assert labels(doc)[0] == label


def test_question_and_answer_labels_with_a_full_stop_or_without_a_colon():
    doc = read("Q. Where were you?\n\nA. At home.\n\nQ What time?\n\nA.  Noon.")
    assert labels(doc) == ["Q.", "A.", "Q", "A."]


def test_french_space_before_colon_and_full_width_colon():
    assert labels(read("QUESTION : Bonjour.\n\nM. DUPONT : Bonjour.")) == ["QUESTION :", "M. DUPONT :"]
    assert labels(read("记者：你好。\n\n汪文斌：你好。")) == ["记者：", "汪文斌："]


@pytest.mark.parametrize("text, expected", [
    ("Presidente.- Buenos días.\n\nPregunta.- Gracias.\n\nPresidente.- De nada.", ["Presidente.-", "Pregunta.-"]),
    ("M. le président.  - La séance est ouverte.\n\nM. Paul Martin.  - Merci.", ["M. le président.  -", "M. Paul Martin.  -"]),
    ("ROBERTO ROSSI. Chiedo di parlare.\n\nPRESIDENTE. Ne ha facoltà.\n\nROBERTO ROSSI. Grazie.\n\nPRESIDENTE. Prego.",
     ["ROBERTO ROSSI.", "PRESIDENTE."]),
])
def test_labels_with_a_full_stop_or_a_dash_instead_of_a_colon(text, expected):
    assert labels(read(text))[:2] == expected


def test_a_sentence_with_a_full_stop_is_not_a_label():
    doc = read("MR. SMITH: I agree. Thank you.\n\nOkay. Go ahead.\n\nQ: One more.\n\nOkay. Go ahead.")
    assert labels(doc) == ["MR. SMITH:", "Q:"]


def test_wide_spaced_initials_are_labels_when_the_document_prints_several():
    doc = read("Press conference\n\nCL          Hello and welcome.\n\nTAG        Thank you, Christian.")
    assert labels(doc) == ["CL", "TAG"]


def test_party_in_parentheses_or_brackets_after_the_name():
    doc = read("Jane Roe (Green): We disagree.\n\nJohn Doe [SPD]: We do not.\n\nJane Roe (Green): Still.\n\n"
               "John Doe [SPD]: No.")
    assert labels(doc) == ["Jane Roe (Green):", "John Doe [SPD]:", "Jane Roe (Green):", "John Doe [SPD]:"]
    assert doc.turns()[0].who == doc.turns()[2].who


def test_participant_list_lines_are_not_labels():
    doc = read("Briefing\n\nPARTICIPANTS:\n\nMR. SMITH: Welcome.")
    assert labels(doc) == ["MR. SMITH:"]


def test_several_spellings_of_one_speaker_are_one_person():
    doc = read("SECRETARY BLINKEN: Hello.\n\nQUESTION: Hi.\n\nSECRETAR BLINKEN: Yes.")
    assert doc.turns()[0].who == doc.turns()[2].who == "blinken"


# --- interpreting and events ------------------------------------------------------------

@pytest.mark.parametrize("note", ["(Via interpreter)", "(through interpreter)", "(interpretation)",
                                  "(Interpreting.)", "(As interpreted)"])
def test_interpreter_notes_make_the_turn_interpreted(note):
    doc = read(f"MR. A: {note} Good morning.\n\nQ: Thanks.")
    assert doc.turns()[0].interpreted and doc.turns()[0].lead_notes[0].text == note


def test_interpreter_note_inside_a_label_with_another_parenthetical():
    doc = read("Mr. Kay (Kuwait) (interpretation from Arabic): Thank you.\n\nThe President: Thanks.\n\n"
               "Mr. Kay (Kuwait) (interpretation from Arabic): Again.")
    assert doc.turns()[0].interpreted and not doc.turns()[1].interpreted


def test_interpreter_notes_in_other_languages():
    assert read("QUESTION (Comme traduit) : Bonsoir.\n\nM. X : Bonsoir.", lang="fr").turns()[0].interpreted
    assert read("Вопрос (как переведено): Добрый вечер.\n\nОтвет: Вечер.", lang="ru").turns()[0].interpreted


@pytest.mark.parametrize("marker, kind", [("(LAUGHTER)", "laughter"), ("[CROSSTALK]", "crosstalk"),
                                          ("[inaudible 00:03:12]", "inaudible"), ("(LAUGHS)", "laughter"),
                                          ("[music]", "recording")])
def test_upper_case_and_bracketed_events(marker, kind):
    doc = read(f"MR. A: Well {marker} yes.\n\nQ: Ok.")
    events = [i for i in doc.turns()[0].paragraphs[0].content if isinstance(i, Event)]
    assert [e.type for e in events] == [kind]


@pytest.mark.parametrize("text, lang", [("M. X : Merci. (Rires)", "fr"), ("SR. X: Gracias. (Aplausos)", "es"),
                                        ("В.Путин: Спасибо. (Смех.)", "ru"), ("汪文斌：谢谢。（笑声）", "zh"),
                                        ("ON. X: Grazie. (Applausi)", "it")])
def test_event_words_of_each_lexicon(text, lang):
    doc = read(text + "\n\nQ: Ok.", lang=lang)
    assert any(isinstance(i, Event) for i in doc.turns()[0].paragraphs[0].content)


def test_events_in_other_languages_and_record_notes_that_go_on():
    doc = read("Präsident Dr. Max Muster: Ich eröffne die Sitzung. (Beifall bei der CDU – Zustimmung bei der SPD)"
               "\n\nAbg. Eva Frau (AfD): Danke. (Lachen)\n\nPräsident Dr. Max Muster: Bitte.", lang="de")
    events = [i for t in doc.turns() for p in t.paragraphs for i in p.content if isinstance(i, Event)]
    assert [e.type for e in events] == ["applause", "laughter"]


def test_parliamentary_interjection_is_an_event_inside_the_turn():
    doc = read("Jane Roe (Green): We must act. (John Doe [SPD]: Nonsense!) We will.\n\n"
               "John Doe (SPD): No.\n\nJane Roe (Green): Yes.")
    (event,) = [i for i in doc.turns()[0].paragraphs[0].content if isinstance(i, Event)]
    assert (event.element, event.type) == ("incident", "interjection")
    assert len(doc.turns()) == 3


# --- headers ----------------------------------------------------------------------------

def test_yaml_front_matter_is_header_not_speech():
    doc = read('---\ntitle: "Episode 4: Tea"\ndate: \'2024-07-07\'\nguest: Ann Lee\n---\n\n'
               "**Ann Lee:** Hello.\n\n**Bob Ray:** Hi.\n\n**Ann Lee:** Bye.")
    kinds = [b.kind for b in doc.blocks if isinstance(b, HeaderLine)]
    assert kinds == [HeaderKind.SEPARATOR, HeaderKind.TITLE, HeaderKind.DATE, HeaderKind.METADATA,
                     HeaderKind.SEPARATOR]
    assert (doc.setting.title, doc.setting.date_iso) == ("Episode 4: Tea", "2024-07-07")


def test_a_heading_printed_twice_is_the_title_and_its_repeat_is_furniture():
    doc = read("Coronavirus Briefing Transcript May 4\n\nHomeBlogTranscriptsCoronavirus Briefing Transcript May 4\n\n"
               "Coronavirus Briefing Transcript May 4\n\nDR. A: Hello.\n\nQ: Hi.")
    assert doc.setting.title == "Coronavirus Briefing Transcript May 4"
    assert sum(isinstance(b, Boilerplate) for b in doc.blocks) == 2


@pytest.mark.parametrize("line, iso, lang", [
    ("6 September 2022", "2022-09-06", "en"), ("06.09.2022", "2022-09-06", "de"),
    ("5/7/2024", "2024-05-07", "en"), ("5/7/2024", "2024-07-05", "fr"), ("25/7/2024", "2024-07-25", "en"),
    ("06.09.202214:30", "2022-09-06", "de"), ("lunes 2 de diciembre de 2019", "2019-12-02", "es"),
    ("3 novembre 2015", "2015-11-03", "fr"), ("6 сентября 2022 г.", "2022-09-06", "ru"),
    ("2023年7月17日", "2023-07-17", "zh"), ("Mardi 3 novembre 2015", "2015-11-03", "fr"),
])
def test_dates_in_the_forms_of_other_countries(line, iso, lang):
    from teikit import lexicons
    from teikit.transforms.helpers.dates import date_line
    assert date_line(line, lexicons.load(lang)) == iso


def test_title_naming_several_people_is_not_a_byline():
    doc = read("Secretary Smith, Foreign Minister Jones, and Minister Lee at a Press Availability\n\n"
               "SECRETARY SMITH: Hello.\n\nFOREIGN MINISTER JONES: Hi.")
    smith = doc.person(doc.turns()[0].who)
    assert smith.role in (None, "Secretary")
    assert doc.setting.title.startswith("Secretary Smith, Foreign Minister Jones")


def test_full_name_introduced_in_the_speech_reaches_the_person():
    doc = read("MODERATOR: I now invite His Excellency Sameh Shoukry to speak.\n\n"
               "FOREIGN MINISTER SHOUKRY: Thank you.\n\nMODERATOR: And now Prime Minister Kishida Fumio.\n\n"
               "PRIME MINISTER KISHIDA: Thank you.")
    names = {p.id: p.name for p in doc.persons}
    assert names["shoukry"] == "Sameh Shoukry" and names["kishida"] == "Kishida Fumio"


def test_a_name_in_a_sentence_without_an_introduction_is_not_taken():
    doc = read("PRESIDENT BIDEN: My son Hunter Biden is here.\n\nQ: Hello.")
    assert doc.person("biden").name == "Biden"


# --- languages --------------------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("QUESTION : Est-ce que vous pensez que la France est prête ? M. X : Oui, nous sommes prêts.", "fr"),
    ("FRAGE: Ist das nicht ein Problem für die Regierung? SPRECHER: Nein, das ist es nicht.", "de"),
    ("PREGUNTA: ¿Qué opina el Gobierno de la propuesta? PORTAVOZ: El Gobierno no la comparte.", "es"),
    ("DOMANDA: Che cosa pensa il governo della proposta? RISPOSTA: Il governo non è d'accordo.", "it"),
    ("Вопрос: Как вы оцениваете эти переговоры? Ответ: Это был очень хороший разговор.", "ru"),
    ("记者：请问中方对此有何评论？汪文斌：中方的立场是一贯的。", "zh"),
    ("Q: What do you think of the proposal? A: It is not one that we can support.", "en"),
])
def test_language_is_detected_from_the_lexicons_and_written_to_xml_lang(text, lang):
    root = tei(text)
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang


def test_lang_option_is_a_bcp47_tag_and_is_written_as_given():
    root = tei("Q: Hello.", lang="de-CH")
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "de-CH"
    with pytest.raises(TeikitError, match="BCP 47"):
        convert("Q: Hello.", lang="english please")


def test_labels_and_events_of_other_languages():
    doc = read("FRAGE: Wann kommt das Gesetz? (Heiterkeit)\n\nSTS SEIBERT: Bald.", lang="de")
    assert labels(doc) == ["FRAGE:", "STS SEIBERT:"]
    assert doc.turns()[0].who is None  # a generic voice: no person
    assert any(isinstance(i, Event) for i in doc.turns()[0].paragraphs[0].content)
    assert not any(isinstance(i, Note) and i.interpreted for i in doc.turns()[0].paragraphs[0].content)


def test_several_turns_run_together_on_one_line_are_split_at_their_labels():
    line = ("LE PRESIDENT.- Vous avez déjà assisté à la conférence hier, je pense, et vous savez tout ce que nous avons dit. "
            + "QUESTION.- Etes-vous déçu ou satisfait de ce résultat ? LE PRESIDENT.- Il y a d'autres questions ? "
            + "QUESTION.- Vous avez rencontré pour la première fois le président de la République ? "
            + "LE PRESIDENT.- Oui, et nous avons beaucoup parlé.")
    doc = read(line, lang="fr")
    assert labels(doc) == ["LE PRESIDENT.-", "QUESTION.-", "LE PRESIDENT.-", "QUESTION.-", "LE PRESIDENT.-"]


def test_a_name_after_a_sentence_end_printed_once_does_not_split_a_line():
    line = "MR. A: " + "We met the minister. Mr. Smith. He was there. " * 8
    assert labels(read(line)) == ["MR. A:"]


def test_chinese_label_with_an_ascii_colon_and_no_space():
    assert labels(read("记者:请问中方有何评论？\n\n汪文斌:中方的立场是一贯的。")) == ["记者:", "汪文斌:"]


def test_short_lines_a_page_repeats_are_boilerplate_but_repeated_labels_are_not():
    doc = read("speaker\nOperator\nWelcome to the call everyone.\nspeaker\nSteve Filton\nThank you, operator.\n"
               "speaker\nOperator\nNext question please.\nspeaker\nSteve Filton\nGladly.\n\nBookmark and Share\n\n"
               "Bookmark and Share")
    assert labels(doc) == ["Operator", "Steve Filton", "Operator", "Steve Filton"]
    assert sum(isinstance(b, Boilerplate) for b in doc.blocks) + sum(
        isinstance(p, Boilerplate) for t in doc.turns() for p in t.paragraphs) == 6


def test_self_introduction_and_name_role_lines_give_name_and_role():
    doc = read("Press Briefing\n\nMR. MURRAY: Good day. I'm Bill Murray, Chief of Media Relations at the IMF, "
               "and this is our briefing.\n\nQ: Thank you.")
    murray = doc.person("murray")
    assert (murray.name, murray.role) == ("Bill Murray", "Chief of Media Relations at the IMF")
    doc = read("SPEAKERS:\n\nMICHAEL GRIFFIN, Administrator, NASA SHANNON LUCID, NASA Astronaut\n\n"
               "ADMINISTRATOR GRIFFIN: Thank you.\n\nQ: Hello.")
    griffin = doc.person(doc.turns()[0].who)
    assert (griffin.name, griffin.role) == ("MICHAEL GRIFFIN", "Administrator, NASA")


def test_byline_office_after_a_second_name_is_not_the_first_persons():
    doc = read("Press Conference\n\nBy First Deputy Managing Director John Lipsky with Anoop Singh, Director, "
               "Western Hemisphere Department\n\nJune 20, 2008\n\nMR. LIPSKY: Thanks.\n\nQ: Hello.")
    assert doc.person("lipsky").role == "First Deputy Managing Director"


def test_family_name_first_is_not_read_into_a_headline():
    doc = read("Administrator Griffin Visits China\n\nADMINISTRATOR GRIFFIN: Hello.\n\nQ: Hi.")
    assert doc.person(doc.turns()[0].who).name != "Griffin Visits"
