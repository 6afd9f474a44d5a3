"""Persons (docs/convert-shapes.md, N1-N13): the fullest name and the role the text prints.

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

import pytest

from teikit import lexicons
from teikit.transforms.helpers.labelparts import label_parts
from tests.convert.conftest import read, speaker


# --- what a label says ------------------------------------------------------------------

@pytest.mark.parametrize("label, lang, key, name, office, affiliation", [
    ("The Minister for Culture, Media and Sport (Mr Jane Doe)", "en", ("jane", "doe"), "Jane Doe",
     "Minister for Culture, Media and Sport", None),
    ("El señor PRESIDENTE (García de la Vega)", "es", ("garcia", "de", "la", "vega"), "García de la Vega",
     "PRESIDENTE", None),
    ("Ann Lee (Springfield North) (Green)", "en", ("ann", "lee"), "Ann Lee", None, "Springfield North, Green"),
    ("Mr. Doe (Freedonia) (interpretation from French)", "en", ("doe",), "Doe", None, "Freedonia"),
    ("JUAN PEREZ_MINISTRO DE HACIENDA", "es", ("juan", "perez"), "JUAN PEREZ", "MINISTRO DE HACIENDA", None),
    ("И.И.Иванов", "ru", ("иванов",), "И.И.Иванов", None, None),
    ("LE PRESIDENT", "fr", (), None, "PRESIDENT", None),
    ("El señor MINISTRO GARCÍA", "es", ("garcia",), "GARCÍA", "MINISTRO", None),
    ("Secretario de Estado de Comunicación", "es", (), None, "Secretario de Estado de Comunicación", None),
    ("President of Russia Vladimir Putin", "en", ("vladimir", "putin"), "Vladimir Putin", "President of Russia", None),
    ("FOREIGN MINISTER DI MAIO", "en", ("di", "maio"), "DI MAIO", "FOREIGN MINISTER", None),
])
def test_label_parts(label, lang, key, name, office, affiliation):
    parts = label_parts(label, lexicons.load(lang))
    assert (parts.key, parts.name, parts.office, parts.affiliation) == (key, name, office, affiliation)


def test_a_party_or_country_in_parentheses_is_the_affiliation():
    doc = read("Debate\n\nMr. Doe (Freedonia) (interpretation from French): We agree.\n\nQ: Thank you.")
    assert speaker(doc, 0).role == "Freedonia"


def test_a_name_and_office_joined_by_an_underscore():
    doc = read("JUAN PEREZ_MINISTRO DE HACIENDA: Buenos días a todos.\n\nPREGUNTA: Gracias.", lang="es")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("Juan Perez", "Ministro de Hacienda")


def test_labels_that_change_form_with_an_abbreviated_office_are_one_person():
    doc = read("SECRETARY OF DEFENSE ANN LEE: Hello.\n\nQ: Hi.\n\nSEC. LEE: Hello again.")
    lee = speaker(doc, 0)
    assert speaker(doc, 2) is lee
    assert (lee.name, lee.role) == ("Ann Lee", "Secretary of Defense")


def test_diarization_ids_are_never_merged_by_spelling():
    doc = read("spk09: Hello there.\n\nspk00: Hi there.")
    assert speaker(doc, 0) is not speaker(doc, 1)


# --- offices and their holders --------------------------------------------------------

def test_the_office_holder_named_in_the_text_before_the_first_label():
    doc = read("Entretien à Lyon\n\nLe texte de l'entretien donné par le président Jean Dupont à Lyon.\n\n"
               "LE PRESIDENT : Bonjour.\n\nQUESTION : Merci.", lang="fr")
    assert (speaker(doc, -2).name, speaker(doc, -2).role) == ("Jean Dupont", "président")


def test_the_office_holder_named_before_the_office_and_a_comma():
    doc = read("Rencontre de M. Jean Dupont, Président de la République, avec la presse\n\n"
               "LE PRESIDENT.- Bonjour.\n\nQUESTION.- Merci.", lang="fr")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("Jean Dupont", "Président de la République")


def test_the_office_holder_after_the_office_and_its_field():
    doc = read("Entrevista al presidente de la Nación, Ana Gómez, para la radio\n\n"
               "PRESIDENTE: Buenos días.\n\nPERIODISTA: Gracias.", lang="es")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("Ana Gómez", "presidente de la Nación")


def test_an_office_with_its_field_before_the_name_in_a_title():
    doc = read("Briefing by Press Secretary Ann Lee and NSC Coordinator for Strategic Communications Bob Ray\n\n"
               "MS. LEE: Hello.\n\nMR. RAY: Hi.\n\nQ: Thanks.")
    assert speaker(doc, 0).role == "Press Secretary"
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Bob Ray", "NSC Coordinator for Strategic Communications")


def test_the_role_after_a_comma_in_a_title_for_an_unlabeled_speech():
    doc = read("Stakeout by Mr. Jean Martin, Permanent Representative of Freedonia to the United Nations\n\n"
               "We made progress this morning and we will meet again soon.")
    person = speaker(doc, 0)
    assert (person.name, person.role) == ("Jean Martin",
                                          "Permanent Representative of Freedonia to the United Nations")


def test_glued_initials_keep_the_name_and_the_genitive_office():
    doc = read("Председатель Правительства Российской Федерации И.И.Иванов провёл встречу\n\n"
               "И.И.Иванов: Добрый день, коллеги.\n\nВопрос: Спасибо.\n\nИ.И.Иванов: Пожалуйста.", lang="ru")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == (
        "И.И.Иванов", "Председатель Правительства Российской Федерации")
    assert len(doc.persons) == 1


# --- names the speech introduces --------------------------------------------------------

def test_a_clause_after_the_name_is_no_role():
    doc = read("MODERATOR: My colleague, Admiral Jane Roe, is here today to answer questions about the "
               "president and his trip.\n\nMS. ROE: Thanks.")
    assert speaker(doc, 1).name == "Jane Roe" and not (speaker(doc, 1).role or "").startswith("is")


def test_an_office_that_introduces_the_next_person_is_not_the_role():
    doc = read("MODERATOR: We welcome Foreign Minister Ann Lee, Foreign Minister Bob Ray, and others.\n\n"
               "FOREIGN MINISTER LEE: Hi.")
    assert speaker(doc, 1).role == "Foreign Minister"


@pytest.mark.parametrize("intro, label, full", [
    ("I now invite His Excellency Omar bin Salim Al Harbi, minister of foreign affairs.",
     "FOREIGN MINISTER AL HARBI", "Omar bin Salim Al Harbi"),
    ("I present His Highness Sheikh Omar bin Zaid Al Harbi, minister of foreign affairs.",
     "FOREIGN MINISTER OMAR BIN ZAID", "Omar bin Zaid Al Harbi"),
])
def test_particles_inside_and_after_the_label_words(intro, label, full):
    doc = read(f"MODERATOR: {intro}\n\n{label}: Thank you.")
    assert speaker(doc, 1).name == full


def test_a_fuller_form_and_the_first_printed_role_win():
    doc = read("PARTICIPANTS:\n\nANN MARIE LEE, Director, Western Department, the Fund\n\n"
               "MR. ROE: I am pleased to introduce Ann Marie Lee, who leads the department.\n\n"
               "MS. LEE: Thank you.")
    assert (speaker(doc, -1).name, speaker(doc, -1).role) == ("Ann Marie Lee", "Director, Western Department, the Fund")


# --- what speakers say about themselves --------------------------------------------------

def test_a_diarization_id_named_by_its_own_introduction():
    doc = read("spk03: Good morning. My name is Dana, and I will be your conference operator today.\n\n"
               "spk01: Thank you, Dana.")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("Dana", "conference operator")
    assert speaker(doc, 1).name != "Dana"


def test_a_roll_call_answer_gives_the_full_name():
    doc = read("MR. ROE: Please state your name for the record.\n\nMR. DOE: John Edward Doe.\n\nMR. ROE: Thank you.")
    assert speaker(doc, 1).name == "John Edward Doe"


def test_a_contraction_is_no_roll_call_name():
    doc = read("MR. ROE: Who are you?\n\nMR. DOE: I'm John Doe.\n\nMR. ROE: Thank you.")
    assert speaker(doc, 1).name != "I'm John Doe"


def test_a_question_opening_with_name_and_outlet_names_its_asker():
    doc = read("MR. ROE: Questions, please.\n\nQUESTIONER: Dana Smith, Daily Planet. When will it launch?\n\n"
               "MR. ROE: Soon.\n\nQ: Thank you, Mr. Roe. And the cost?")
    asker = speaker(doc, 1)
    assert (asker.name, asker.role) == ("Dana Smith", "Daily Planet")
    assert doc.turns()[3].who is None


def test_an_office_in_apposition_before_the_name():
    doc = read("Fay Dunn: (00:05)\nWelcome. With us is the WHO Director General, Dr. Amos, and our chief scientist.\n\n"
               "Dr. Amos: (00:40)\nThank you, Fay.")
    assert speaker(doc, 1).role == "WHO Director General"


def test_initials_labels_are_the_introduced_name_with_those_initials():
    doc = read("Briefing\n\nKP          Hello and welcome. My name is Karin Pohl and I will moderate.\n"
               "We have with us Dr Omar Ali Haddad, Chief Scientist. Dr Omar.\n\n"
               "OAH        Thank you, Karin. Good morning.\n\nKP          Thank you.")
    assert speaker(doc, 0).name == "Karin Pohl"
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Omar Ali Haddad", "Chief Scientist")


def test_the_interviewer_of_an_interview_of_x_by_y():
    doc = read("Interview of Governor Lee by Dana Smith, Channel Nine\n\nQ: What brings you here?\n\n"
               "GOVERNOR LEE: The race.\n\nQ: Enjoy it.")
    assert speaker(doc, 0).name == "Dana Smith" and speaker(doc, 2) is speaker(doc, 0)


def test_the_witness_of_a_deposition_is_the_person_the_header_names():
    doc = read("Deposition of Carl Bright, Jr., (May 3, 2021)\n\nThe Witness. Can I ask something?\n\n"
               "Mr. Roe. Of course.\n\nThe Witness. Thank you.")
    witness = speaker(doc, 0)
    assert (witness.name, witness.role) == ("Carl Bright, Jr.", "Witness")


def test_a_name_joined_by_a_yaml_escape_in_a_title():
    doc = read('---\ntitle: "Remarks in a Town Hall with Dana\\_Smith"\n---\n\nMS. SMITH: Welcome.\n\nQ: Hi.')
    assert speaker(doc, 0).name == "Dana Smith"


def test_unlabeled_opening_speech_by_the_labeled_speaker_the_title_names():
    doc = read("2021年5月10日外交部发言人李明主持例行记者会\n\n今天我先发布一条消息。下周将举行会晤。\n\n"
               "深圳卫视记者：请问中方有何评论？\n\n李明：我们注意到有关报道。", lang="zh")
    opening, question, answer = doc.turns()
    assert opening.who is not None and opening.who == answer.who
    assert question.who is None  # a reporter of an outlet: no person


def test_the_chair_named_by_the_record_heading():
    doc = read("PRESIDENZA DEL VICEPRESIDENTE MARIO ROSSI\n\nPRESIDENTE. La seduta è aperta.\n\n"
               "LUCA BIANCHI. Chiedo di parlare.\n\nPRESIDENTE. Ne ha facoltà.", lang="it")
    assert speaker(doc, 0).name == "Mario Rossi"


def test_a_short_form_defined_at_first_mention():
    doc = read("Panel\n\nMODERATOR: Our guest is Dana Lee Smith (Dana), Chief Scientist, who will open.\n\n"
               "Dana: Thank you.\n\nMODERATOR: Thanks, Dana.\n\nDana: Gladly.")
    dana = speaker(doc, 1)
    assert (dana.name, dana.role) == ("Dana Lee Smith", "Chief Scientist")


def test_a_speaker_names_their_organisation():
    doc = read("Dana Lee: Hello. My name is Dana Lee. I am with the Coastal Heritage Society, which "
               "records oral histories.\n\nBob Ray: Thanks, Dana.\n\nDana Lee: You are welcome.")
    assert speaker(doc, 0).role == "Coastal Heritage Society"


def test_a_speaker_names_their_occupation_at_an_organisation():
    doc = read("Dana Lee: Hello. I'm Dana Lee. I'm a volunteer at the Coastal Heritage Society. We record.\n\n"
               "Bob Ray: I'm a big fan of that.\n\nDana Lee: Thanks.\n\nBob Ray: Sure.")
    assert speaker(doc, 0).role == "volunteer at the Coastal Heritage Society"
    assert speaker(doc, 1).name == "Bob Ray" and speaker(doc, 1).role is None


def test_an_initial_and_the_given_name_are_one_person():
    doc = read("ИВАН ПЕТРОВ: Добрый день.\n\nВОПРОС: Спасибо.\n\nИ. ПЕТРОВ: Пожалуйста.", lang="ru")
    assert speaker(doc, 0) is speaker(doc, 2)


def test_an_office_with_a_genitive_field_before_a_name_with_initials():
    doc = read("Председатель партии «Новая Сила» И.И.Иванов\n\nИ.Иванов: Добрый день.\n\nВопрос: Спасибо.\n\n"
               "И.Иванов: Пожалуйста.", lang="ru")
    assert speaker(doc, 0).role == "Председатель партии «Новая Сила»"


def test_the_name_index_reads_an_office_before_glued_initials_in_any_line():
    from teikit.transforms.helpers.introductions import NameIndex
    index = NameIndex(["Председатель партии «Новая Сила» И.И.Иванов", "И.Иванов: Добрый день."],
                      lexicons.load("ru"))
    assert index.introduced(("иванов",), []) == ("И.И.Иванов", "Председатель партии «Новая Сила»")


def test_the_speaker_a_turn_hands_over_to():
    doc = read("spk09: Good morning. I would now like to turn the conference over to Dana Lee, Director of "
               "Investor Relations. Please go ahead.\n\nspk00: Thank you, operator. Good morning, everyone.\n\n"
               "spk09: Thank you.")
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Dana Lee", "Director of Investor Relations")
    assert speaker(doc, 0).name == "spk09"


def test_a_role_after_the_name_in_a_title_goes_on_over_capitalised_parts():
    doc = read("Transcript of a Briefing by Jane Roe, Adviser, Communications Department, Example Fund\n\n"
               "MS. ROE: Good morning.\n\nQ: Hello.")
    assert speaker(doc, 0).role == "Adviser, Communications Department, Example Fund"


def test_a_quote_around_a_title_is_no_part_of_the_office():
    doc = read('PRESS CONFERENCE\n\n"Administrator Lee Visits Freedonia"\n\nADMINISTRATOR LEE: Thanks.\n\nQ: Hi.')
    assert speaker(doc, 0).role == "Administrator"


# --- one lookup per label, whatever the number of speakers (issue 13, throughput) ---------

def test_numbered_labels_are_distinct_people_and_spellings_still_meet():
    """The index of known people answers like a comparison with every one of them:
    "Speaker 2" is not "Speaker 12", a near spelling of a worded label is the same person,
    and a label met again goes to the person met first."""
    lines = [f"Speaker {n}: Line {n}." for n in (1, 2, 12, 21)]
    lines += ["ANN LEE: Hello.", "ANNE LEE: Again.", "Speaker 12: Back.", "LEE: Once more.", "ANN LEA: Typo."]
    doc = read("\n\n".join(lines))
    whos = [t.who for t in doc.turns()]
    assert len(set(whos[:4])) == 4
    assert whos[4] == whos[5] == whos[7] == whos[8]  # a misspelt surname too
    assert whos[6] == whos[2]


def test_an_offices_field_and_a_list_heading_are_not_given_names():
    from tests.convert.conftest import read
    turns = "\n\nANN ROE: Good morning.\n\nTOM LEE: Thank you.\n\nANN ROE: Next.\n\nTOM LEE: Yes."
    doc = read("Harbour press conference with Minister of Harbours Ann Roe and Port Town Mayor Tom Lee" + turns)
    assert ("Ann Roe", "Minister of Harbours") in [(p.name, p.role) for p in doc.persons]
    doc = read("Harbour press conference\n\nGuests: Ann Roe (Minister of Harbours) and Tom Lee (Mayor)" + turns)
    assert "Ann Roe" in [p.name for p in doc.persons]
