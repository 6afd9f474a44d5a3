"""Shapes read in session 37 on synthetic transcripts of the shapes real sources print
(SDH captions, screenplays, typescripts, parliamentary headers, role descriptions)."""
from __future__ import annotations

from teikit import convert
from teikit.model import Event, Note, StageNote, Text
from tests.convert.conftest import labels, read, speech

def spoken(doc, index: int) -> str:
    """The words of a turn's paragraphs, notes and events aside."""
    return " ".join("".join(i.text for i in p.content if type(i) is Text).strip()
                    for p in doc.turns()[index].paragraphs if hasattr(p, "content"))


_SDH = ("1\n00:00:01,000 --> 00:00:03,500\n[JOHN] Where were you last night?\n\n"
        "2\n00:00:03,600 --> 00:00:05,200\n(MARIA) At my sister's place.\n\n"
        "3\n00:00:05,300 --> 00:00:08,000\n- You said you'd call.\n- My phone was dead.\n\n"
        "4\n00:00:08,100 --> 00:00:10,000\n[LAUGHS] That's not an answer.\n\n"
        "5\n00:00:10,100 --> 00:00:12,000\n- [JOHN] Fine.\n- [MARIA] Fine.\n")


def test_a_caption_s_bracketed_name_labels_the_cue():
    # "[JOHN] Where were you?" was speech with a supplied "[JOHN]", all in one unlabelled turn (L1400i)
    doc = read(_SDH)
    assert labels(doc)[:2] == ["[JOHN]", "(MARIA)"]
    assert speech(doc)[:2] == ["Where were you last night?", "At my sister's place."]
    assert doc.turns()[0].who == doc.turns()[4].who and doc.turns()[1].who == doc.turns()[5].who


def test_each_dash_line_of_a_shared_cue_is_a_turn_with_the_cue_s_timing():
    doc = read(_SDH)
    turns = doc.turns()
    assert speech(doc)[2] == "You said you'd call." and speech(doc)[3].startswith("My phone was dead. |")
    assert speech(doc)[3].endswith("[LAUGHS] That's not an answer.")  # a sound opens no turn
    assert labels(doc)[2:4] == [None, None]
    assert [(p.start, p.end) for t in turns[2:4] for p in t.paragraphs][:2] == [(5.3, 8.0), (5.3, 8.0)]
    assert labels(doc)[4:] == ["[JOHN]", "[MARIA]"] and speech(doc)[4:] == ["Fine.", "Fine."]
    tei = convert(_SDH.encode(), "t.srt").tei.decode()
    assert tei.count('<note type="markup">-</note>') == 4  # the dashes kept, apart from the speech


def test_a_sound_in_brackets_is_no_speaker():
    doc = read("1\n00:00:01,000 --> 00:00:02,000\n[JOHN] Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\n"
               "[SCREAMS] Get out!\n\n3\n00:00:03,000 --> 00:00:04,000\n[DOOR SLAMS] Who was that?\n\n"
               "4\n00:00:04,000 --> 00:00:05,000\n(RIRES) Bon.\n\n5\n00:00:05,000 --> 00:00:06,000\n[SPANISH] Hola.\n")
    assert labels(doc) == ["[JOHN]"]


def test_a_french_caption_label_with_a_space_before_its_colon():
    doc = read("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nPIERRE : Tu étais où ?\n\n"
               "00:00:03.000 --> 00:00:05.000\nCLAIRE : Chez ma sœur.\n")
    assert labels(doc) == ["PIERRE :", "CLAIRE :"]
    assert [doc.person(t.who).name for t in doc.turns()] == ["Pierre", "Claire"]


def test_one_dashed_line_after_the_first_is_the_second_speaker():
    doc = read("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nWo warst du?\n- Bei meiner Schwester.\n")
    assert speech(doc) == ["Wo warst du?", "Bei meiner Schwester."]


def test_a_dash_inside_a_single_line_cue_stays_speech():
    doc = read("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n- Wo warst du?\n\n00:00:03.000 --> 00:00:05.000\nZu Hause.\n")
    assert len(doc.turns()) == 1


_SCRIPT = ("MARTHA\nYou're late again.\n\n"
           "David drops his bag by the door and sits without a word.\n\n"
           "DAVID\n(beat)\nThe ferry didn't run.\n\n"
           "MARTHA\n(quietly)\nIt never runs on Sundays.\n\n"
           "She turns back to the window.\n\n"
           "DAVID (O.S.)\nThen I'll walk.\n")


def test_a_screenplay_s_action_lines_are_no_speech():
    # the action between two speeches was a paragraph of the speech before it (L1401i)
    doc = read(_SCRIPT, lang="en")
    assert labels(doc) == ["MARTHA", "DAVID", "MARTHA", "DAVID (O.S.)"]
    action = doc.turns()[0].paragraphs[1]
    assert [type(i).__name__ for i in action.content] == ["StageNote"]
    assert action.content[0].text == "David drops his bag by the door and sits without a word."
    tei = convert(_SCRIPT.encode(), "t.txt", lang="en").tei.decode()
    assert '<note type="stage">She turns back to the window.</note>' in tei


def test_a_parenthetical_under_the_name_is_a_stage_event():
    doc = read(_SCRIPT, lang="en")
    first = doc.turns()[1].paragraphs[0].content[0]
    assert isinstance(first, Event) and first.type == "stage" and first.text == "(beat)"
    assert speech(doc)[1].endswith("The ferry didn't run.")


def test_a_voice_extension_is_the_character_s_label():
    doc = read(_SCRIPT, lang="en")
    assert doc.turns()[3].who == doc.turns()[1].who == "david"


def test_screenplays_in_french_and_german():
    fr = read("HÉLÈNE\nTu es en retard.\n\nPaul pose son sac.\n\nPAUL\n(un temps)\nLe bac ne partait pas.\n\n"
              "HÉLÈNE\n(doucement)\nIl ne part jamais.\n\nElle se tourne vers la fenêtre.\n\nPAUL\nAlors je marcherai.\n", lang="fr")
    assert isinstance(fr.turns()[2].paragraphs[1].content[0], StageNote)
    de = read("KATRIN\nDu bist zu spät.\n\nJonas setzt sich.\n\nJONAS (OFF)\nDie Fähre fuhr nicht.\n\n"
              "KATRIN\nSonntags nie.\n\nSie dreht sich um.\n\nJONAS\nDann laufe ich.\n", lang="de")
    assert [type(p.content[0]).__name__ for p in de.turns()[0].paragraphs] == ["Text", "StageNote"]
    assert de.turns()[1].who == de.turns()[3].who


def test_names_alone_over_paragraphs_without_remarks_stay_speech():
    # a radio transcript prints names alone over several paragraphs of speech
    doc = read("ANNA ROTH\nGood morning.\n\nWe start with the harbour.\n\nBEN LEE\nThanks, Anna.\n\n"
               "It was a long night.\n\nANNA ROTH\nIndeed.\n", lang="en")
    assert all(isinstance(p.content[0], Text) for t in doc.turns() for p in t.paragraphs)


def test_labels_after_a_typescript_s_line_numbers_on_a_run_on_line():
    # "14 MR. SMITH:" printed once was no label, and the numbers ended the speech before (L1402i)
    text = ("12 MR. JONES: Your Honor, we are ready. 13 THE COURT: Very well. 14 MR. JONES: That is all. "
            "15 MR. SMITH: Thank you. 16 THE COURT: Proceed.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["MR. JONES:", "THE COURT:", "MR. JONES:", "MR. SMITH:", "THE COURT:"]
    assert spoken(doc, 2) == "That is all." and spoken(doc, 3) == "Thank you."
    last = doc.turns()[2].paragraphs[-1].content[-1]
    assert isinstance(last, Note) and last.type == "line" and last.text == "15"
    tei = convert(text.encode(), "t.txt", lang="en").tei.decode()
    assert 'That is all. <note type="line">15</note></seg>' in tei


def test_numbered_labels_in_french_and_german_typescripts():
    fr = read("M. DUPONT : Nous sommes prêts. C'est tout. 14 M. MARTIN : Merci. 15 LE PRÉSIDENT : Poursuivez. "
              "16 M. DUPONT : Merci.\n", lang="fr")
    assert labels(fr) == ["M. DUPONT :", "M. MARTIN :", "LE PRÉSIDENT :", "M. DUPONT :"]
    de = read("HERR MÜLLER: Wir sind bereit. 14 FRAU SCHMIDT: Danke. 15 DER VORSITZENDE: Weiter.\n", lang="de")
    assert labels(de) == ["HERR MÜLLER:", "FRAU SCHMIDT:", "DER VORSITZENDE:"]
    assert spoken(de, 1) == "Danke."


def test_numbers_that_do_not_count_up_confirm_nothing():
    doc = read("ANN LEE: We sold 40 boats. 12 NOTE: prices rose. 3 RULE: none.\n", lang="en")
    assert labels(doc) == ["ANN LEE:"]


def test_a_role_in_an_introduction_runs_over_an_abbreviation_in_a_name():
    # "an emergency physician at St. Mary's Hospital" was cut at "St." (N1403i)
    doc = read("HOST: My guest is Ruth Alvarez, an emergency physician at St. Mary's Hospital in Boston. Welcome.\n\n"
               "RUTH ALVAREZ: Thanks.\n\nHOST: How are the nights?\n\nRUTH ALVAREZ: Long.\n", lang="en")
    assert doc.person("ruth-alvarez").role.endswith("physician at St. Mary's Hospital in Boston")


def test_a_role_ends_at_an_abbreviation_that_closes_the_sentence():
    doc = read("HOST: My guest is Tom Baker, an engineer at Acme Co. John, welcome.\n\nTOM BAKER: Thanks.\n\n"
               "HOST: So?\n\nTOM BAKER: Yes.\n", lang="en")
    assert doc.person("tom-baker").role.endswith("engineer at Acme Co")


def test_occupations_in_italian_and_german_titles():
    it = read("Intervista a Marco Rossi, insegnante al liceo Galilei di Firenze\n\nD: Come va?\n\nMarco Rossi: Bene.\n\n"
              "D: E le classi?\n\nMarco Rossi: Numerose.\n", lang="it")
    assert it.person("marco-rossi").role == "insegnante al liceo Galilei di Firenze"
    de = read("Interview mit Eva Roth, Krankenschwester am Klinikum Kassel\n\nFrage: Wie geht es?\n\nEva Roth: Gut.\n\n"
              "Frage: Und sonst?\n\nEva Roth: Auch.\n", lang="de")
    assert de.person("eva-roth").role == "Krankenschwester am Klinikum Kassel"


def _setting(text: str, lang: str) -> str:
    return convert(text.encode(), "t.txt", lang=lang).tei.decode().split("<settingDesc>")[-1].split("</settingDesc>")[0]


def test_a_parliament_s_term_line_is_no_place():
    # "XVIe législature" under the house's name was the place (H1404i)
    fr = ("ASSEMBLÉE NATIONALE\nXVIe législature\nSéance du mardi 12 mars 2024\n\n"
          "M. le président. La séance est ouverte.\n\nM. Jean Dupont. Merci.\n\nM. le président. Merci.\n")
    assert "législature" not in _setting(fr, "fr")
    assert '<note type="metadata">XVIe législature</note>' in convert(fr.encode(), "t.txt", lang="fr").tei.decode()
    it = ("CAMERA DEI DEPUTATI\nXIX LEGISLATURA\nSeduta di martedì 5 marzo 2024\n\nPRESIDENTE. La seduta è aperta.\n\n"
          "MARIO ROSSI. Grazie.\n\nPRESIDENTE. Grazie.\n")
    assert "LEGISLATURA" not in _setting(it, "it")


def test_a_numbered_congress_is_no_place_but_a_house_s_building_is_the_venue():
    hearing = ("Hearing on Harbour Safety\n118th Congress\nMarch 5, 2024\n\nCHAIRMAN ROE: We come to order.\n\n"
               "MR. POE: Thank you.\n\nCHAIRMAN ROE: Thanks.\n")
    assert "Congress" not in _setting(hearing, "en")
    building = ("Press conference\nParliament House\nMarch 5, 2024\n\nMINISTER: Good morning.\n\nQUESTION: Why?\n\n"
                "MINISTER: Because.\n")
    assert "Parliament House" in _setting(building, "en")


_LAVROV = ("Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на пресс-конференции, "
           "Москва, 12 марта 2024 года\n\nС.В.Лавров: Добрый день.\n\nВопрос: Как итоги?\n\nС.В.Лавров: Полезные.\n")


def test_a_russian_role_is_kept_as_printed_in_the_genitive():
    # "Министра …" was put back to "Министр …", a form the text never prints (N1405i)
    doc = read(_LAVROV, lang="ru")
    assert (doc.person("lavrov").name, doc.person("lavrov").role) == \
        ("С.В.Лавров", "Министра иностранных дел Российской Федерации")


def test_a_russian_office_s_complement_is_no_part_of_the_name():
    # "России Марии Захаровой" was the name "Россия Мария Захарова" (N1405i)
    doc = read("Брифинг официального представителя МИД России Марии Захаровой, Москва, 5 марта 2024 года\n\n"
               "М.В.Захарова: Добрый день.\n\nВопрос: Можно?\n\nМ.В.Захарова: Да.\n", lang="ru")
    assert doc.person("zakharova").name == "Мария Захарова"
    doc = read("Выступление Председателя Правительства Российской Федерации Михаила Мишустина\n\n"
               "М.МИШУСТИН: Добрый день.\n\nВопрос: Что дальше?\n\nМ.МИШУСТИН: Работа.\n", lang="ru")
    person = doc.person(doc.turns()[0].who)
    assert (person.name, person.role) == ("Михаил Мишустин", "Председателя Правительства Российской Федерации")
    doc = read("Интервью Сергея Викторовича Лаврова газете «Известия»\n\nВопрос: Как дела?\n\n"
               "С.ЛАВРОВ: Хорошо.\n\nВопрос: А дальше?\n\nС.ЛАВРОВ: Работаем.\n", lang="ru")
    assert doc.person(doc.turns()[1].who).name == "Сергей Викторович Лавров"


def test_a_short_dutch_interview_is_dutch_not_spanish():
    # the Spanish "de" and "en" outvoted Dutch words in a short text (D1406i)
    doc = read("Gesprek met Eva de Vries, docent aan het Erasmus College in Zoetermeer\n\nVraag: Hoe gaat het schooljaar?\n\n"
               "Eva de Vries: Prima, dank je.\n\nVraag: En de klassen?\n\nEva de Vries: Steeds groter.\n")
    assert doc.lang == "nl"
    record = read("Tweede Kamer der Staten-Generaal\nVergaderjaar 2023-2024\n\nDe voorzitter: Ik open de vergadering.\n\n"
                  "Mevrouw De Vries (VVD): Dank u wel, voorzitter.\n\nDe voorzitter: Dank u.\n")
    assert record.lang == "nl"
    assert read("Entrevista con Ana de la Torre\n\nP: ¿Cómo empieza el curso?\n\nAna de la Torre: Bien, gracias.\n\n"
                "P: ¿Y en casa?\n\nAna de la Torre: También.\n").lang == "es"


def test_a_term_line_is_no_title_either():
    tei = convert("Tweede Kamer der Staten-Generaal\nVergaderjaar 2023-2024\nVergadering nr. 45, dinsdag 5 maart 2024\n\n"
                  "De voorzitter: Ik open de vergadering.\n\nMevrouw De Vries (VVD): Dank u wel.\n\n"
                  "De voorzitter: Dank u.\n".encode(), "t.txt", lang="nl").tei.decode()
    assert "<title>Vergaderjaar" not in tei


def test_a_broadcaster_after_the_occasion_s_preposition_is_no_place():
    # "Entrevista en Radio Nacional" gave the place "Radio Nacional" (H1407i)
    text = ("Entrevista en Radio Nacional\n\n00:01 Lucía Gómez\nBuenos días.\n\n00:09 Pablo Ruiz\nBuenos días, Lucía.\n\n"
            "00:13 Lucía Gómez\n¿Cómo fue la cosecha?\n\n00:20 Pablo Ruiz\nMejor.\n")
    assert "Radio Nacional" not in _setting(text, "es")
    assert "Geneva" in _setting("Press conference in Geneva\n\nQUESTION: Why?\n\nMINISTER: Because.\n\n"
                                "QUESTION: When?\n\nMINISTER: Now.\n", "en")
