"""Shapes of dev41 (rule ids 1610-1629 ending in `i`): court and parliamentary records and page
captures in Russian, Dutch, Spanish and French, written for the test (never a corpus line);
each fails without its rule."""
from __future__ import annotations

import pytest

from teikit.convert_api import ConvertOptions, convert
from teikit.model import HeaderKind, HeaderLine, Note, StageNote, Turn
from tests.convert.conftest import labels, read, speaker

# --- L1610i a court record's parties as labels ----------------------------------------------

COURT_LABELS = {
    "ru": ("Судья: Продолжаем заседание. Все на месте.\n\n"
           "Прокурор: Ваша честь, прошу приобщить документы.\n\n"
           "Подсудимый Петров: Я возражаю против этого ходатайства.\n",
           "ru", ["Судья:", "Прокурор:", "Подсудимый Петров:"], "Петров", "Подсудимый"),
    "fr": ("Le juge : Nous reprenons l'audience. Tout le monde est présent.\n\n"
           "Le procureur : Je demande le renvoi de l'affaire.\n\n"
           "Le prévenu Martin : Je conteste ces faits.\n",
           "fr", ["Le juge :", "Le procureur :", "Le prévenu Martin :"], "Martin", "prévenu"),
}


@pytest.mark.parametrize("case", sorted(COURT_LABELS))
def test_a_court_records_parties_printed_once_are_labels(case):
    text, lang, printed, name, role = COURT_LABELS[case]
    doc = read(text, lang=lang)
    assert labels(doc) == printed
    accused = speaker(doc, 2)
    assert accused.name == name and role in (accused.role or accused.affiliation or "")


def test_a_clerk_named_with_his_office_after_a_comma_is_a_label():
    doc = read("Jean Roy, greffier du comité : Je vous souhaite la bienvenue. Il y a quorum.\n\n"
               "Le sénateur Dubé : Je propose le sénateur Smith.\n\n"
               "M. Roy : Y a-t-il d'autres propositions?\n", lang="fr")
    assert labels(doc)[0] == "Jean Roy, greffier du comité :"
    assert speaker(doc, 0).name == "Jean Roy" and speaker(doc, 2) is speaker(doc, 0)


# --- H1611i an institution, a full stop, the date and a remark: a court's dateline -----------

INSTITUTION_DATELINES = {
    "ru": ("Арбитражный Суд Области. 14 апреля 2015 года (среда, после перерыва).\n\n\n"
           "Судья: Продолжаем. Слово истцу.\n\nИстец: Спасибо, Ваша честь.\n\nСудья: Пожалуйста.\n",
           "ru", "2015-04-14"),
    "fr": ("Tribunal de Grande Instance. 3 mars 2021 (mardi, audience publique).\n\n"
           "Le juge : Nous reprenons.\n\nLe procureur : Merci.\n\nLe juge : Allez-y.\n", "fr", "2021-03-03"),
}


@pytest.mark.parametrize("case", sorted(INSTITUTION_DATELINES))
def test_an_institution_and_a_date_over_the_first_label_are_the_dateline(case):
    text, lang, iso = INSTITUTION_DATELINES[case]
    doc = read(text, lang=lang)
    first = doc.blocks[0]
    assert isinstance(first, HeaderLine) and first.kind == HeaderKind.DATELINE
    assert doc.setting.date_iso == iso and doc.setting.place is None
    assert all(t.label for t in doc.turns())


def test_a_sentence_before_a_date_is_no_institution():
    doc = read("Thank you all for coming. 3 March 2021.\n\nANN LEE: Welcome.\n\nBO RAY: Thanks.\n\n"
               "ANN LEE: Go on.\n", lang="en")
    assert not any(isinstance(b, HeaderLine) and b.kind == HeaderKind.DATELINE for b in doc.blocks)


# --- I1612i markers of a bilingual record on lines of their own --------------------------------

BILINGUAL = ("Le président : Bonjour à tous. La séance est ouverte.\n\n[Traduction]\n\n"
             "Nous passons au premier point.\n\n[Français]\n\n"
             "Le sénateur Roy : Je propose l'adoption.\n\n[Traduction]\n\n"
             "Le sénateur Poe : J'appuie la motion.\n\nLe président : Adopté.\n")


def test_markers_between_two_turns_belong_to_neither():
    doc = read(BILINGUAL, lang="fr")
    turns = doc.turns()
    assert [t.interpreted for t in turns] == [True, False, False, False]
    said = [[p for p in t.paragraphs if any(not isinstance(i, Note) for i in p.content)] for t in turns]
    assert [len(s) for s in said] == [2, 1, 1, 1]
    between = [b.text for b in doc.blocks if isinstance(b, Note)]
    assert between == ["[Français]", "[Traduction]"]


def test_a_language_name_alone_in_square_brackets_is_a_language_note():
    tei = convert(BILINGUAL.encode(), "t.txt", ConvertOptions(lang="fr")).tei.decode()
    assert '<note type="delivery">[Français]</note>' in tei
    assert "<supplied" not in tei
    assert isinstance(read(BILINGUAL, lang="fr").blocks[0], Turn)


# --- L1613i unnamed voices of the floor in mixed case ----------------------------------------

FLOOR_VOICES = {
    "fr": ("Le président : Plaît-il au comité d'adopter la motion?\n\nDes voix : D'accord.\n\n"
           "Le président : Adopté.\n", "fr", "Des voix :"),
    "fr-one": ("Le président : Y a-t-il des objections?\n\nUne voix : Non.\n\nLe président : Bien.\n", "fr",
               "Une voix :"),
    "en": ("The Speaker: Is it the pleasure of the House to adopt the motion?\n\nSome Hon. Members: Agreed.\n\n"
           "The Speaker: Carried.\n", "en", "Some Hon. Members:"),
}


@pytest.mark.parametrize("case", sorted(FLOOR_VOICES))
def test_voices_of_the_floor_in_mixed_case_open_a_turn(case):
    text, lang, voices = FLOOR_VOICES[case]
    doc = read(text, lang=lang)
    assert labels(doc)[1] == voices
    assert len(doc.turns()) == 3 and speaker(doc, 1) is not speaker(doc, 0)


# --- L1614i a surname in capitals alone over the speech, the lead naming its holder -----------

LEAD_NAMED = {
    "nl": ("Letterlijke tekst persconferentie 3 maart 2023\n\n"
           "Letterlijke tekst van de persconferentie van minister-president Jansen na afloop van de ministerraad "
           "op 3 maart 2023. Bekijk de persconferentie via de website.\n\nWoningbouw (1)\n\n"
           "JANSEN\nGoedemiddag. Ik begin met de woningbouw in het noorden.\n", "nl", "Jansen"),
    "en": ("Press conference, 3 March 2023\n\nTranscript of the press conference of Prime Minister Lee after "
           "the cabinet meeting on 3 March 2023.\n\nLEE\nGood afternoon. I will begin with housing in the north.\n", "en", "Lee"),
}


@pytest.mark.parametrize("case", sorted(LEAD_NAMED))
def test_a_surname_in_capitals_over_the_speech_named_by_the_lead_is_its_label(case):
    text, lang, name = LEAD_NAMED[case]
    doc = read(text, lang=lang)
    assert labels(doc) == [name.upper()]
    assert speaker(doc, 0).name == name
    assert doc.setting.place is None


def test_a_word_in_capitals_the_lead_does_not_name_stays_out_of_the_labels():
    doc = read("Press conference, 3 March 2023\n\nTranscript of the press conference of Prime Minister Lee.\n\n"
               "HOUSING\nGood afternoon. I will begin with housing in the north.\n", lang="en")
    assert "HOUSING" not in labels(doc)


# --- L1615i a record's documentary block between two turns ------------------------------------

DOCUMENTARY = ("CONCESIONES DE OBRAS PÚBLICAS\n\n\nEl señor ROJAS (Presidente).- Pasamos al proyecto de ley sobre puertos, con informe de la "
               "Comisión de Transportes.\n"
               "--Los antecedentes sobre el proyecto figuran en los Diarios de Sesiones que se indican:\n"
               "Proyecto de ley:\nEn primer trámite: sesión 12ª, en 3 de mayo de 2021.\nInforme de Comisión:\n"
               "Obras Públicas: sesión 40ª, en 9 de agosto de 2021.\n"
               "El señor ROJAS (Presidente).- Tiene la palabra el señor Secretario.\n"
               "El señor LARA (Secretario General).- El proyecto requiere mayoría absoluta.\n"
               "El señor ROJAS (Presidente).- En votación.\n")


def test_a_documentary_blocks_heading_lines_are_no_labels():
    doc = read(DOCUMENTARY, lang="es")
    assert all(label.startswith("El señor") for label in labels(doc))
    assert len(doc.turns()) == 4


def test_a_documentary_block_inside_a_turn_is_stage_notes():
    turn = read(DOCUMENTARY, lang="es").turns()[0]
    said = [p for p in turn.paragraphs if not isinstance(p.content[0], StageNote)]
    notes = [p.content[0].text for p in turn.paragraphs if isinstance(p.content[0], StageNote)]
    assert len(said) == 1 and len(notes) == 5 and notes[0].startswith("--Los antecedentes")
