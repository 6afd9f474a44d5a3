"""Name and role shapes of the round on unseen pages' persons (docs/convert-shapes.md,
N330c-N339c).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.lexicons import load as get_lexicon
from teikit.transforms.helpers.labelparts import label_parts
from teikit.transforms.helpers.titlenames import names_in
from tests.convert.conftest import read, speaker


# --- N330c a letter label abbreviates the label printed in full before ------------------------

_ABBREVIATED = ("Dana Whitfield's interview with the harbour master\n\n"
                "Whitfield: Good morning.\n\nPoe: Good morning.\n\n"
                "Whitfield: Were the ferries late this week?\n\nPoe: Twice, because of the fog.\n\n"
                "W: And next week?\n\nPoe: On time, I hope.\n")


def test_a_letter_label_is_the_speaker_whose_label_it_abbreviates():
    doc = read(_ABBREVIATED, lang="en")
    assert speaker(doc, 4) is speaker(doc, 0)
    assert speaker(doc, 0).name == "Dana Whitfield"


def test_a_letter_two_labels_begin_with_stays_apart():
    doc = read(_ABBREVIATED.replace("Poe:", "Wade:"), lang="en")
    assert speaker(doc, 4) is not speaker(doc, 0)


# --- N331c the one longer form of a particle surname, given names as initials -----------------

_PARTICLE = ("Conferenza stampa\n\nIn sala stampa Marco Ferri e Luca Del Vecchio rispondono ai giornalisti.\n\n"
             "FERRI: Buongiorno a tutti.\n\nDEL VECCHIO: Siamo pronti per domani.\n")


def test_a_particle_surname_label_gets_the_full_name_the_lead_prints():
    doc = read(_PARTICLE, lang="it")
    assert speaker(doc, 1).name == "Luca Del Vecchio"


_INITIALLED = ("Oral history interview\nwith Ann Lee\nby J.T. Rowe\n\n"
               "ROWE: When did you join the harbour board?\n\nLEE: In 1961, after the flood.\n")


def test_given_names_printed_as_initials_complete_a_surname_label():
    doc = read(_INITIALLED, lang="en")
    assert speaker(doc, 0).name == "J.T. Rowe"


def test_an_honorific_is_no_initial():
    text = "Séance du conseil\n\nLa parole est à M. Roux pour son interpellation.\n\nROUX: Merci.\n\nLEE: Je vous en prie.\n"
    assert "M." not in speaker(read(text, lang="fr"), 1).name


def test_a_sentence_stop_is_no_initial():
    doc = read(_INITIALLED.replace("by J.T. Rowe", "It ended. Rowe asked"), lang="en")
    assert speaker(doc, 0).name == "Rowe"


# --- N332c a calling or rank before the surname in a label ------------------------------------

def test_a_calling_before_the_surname_is_the_label_office():
    en, it = get_lexicon("en"), get_lexicon("it")
    assert label_parts("COACH SABAN", en).office == "COACH" and label_parts("COACH SABAN", en).key == ("saban",)
    assert label_parts("HEAD COACH ROE", en).office == "HEAD COACH"
    assert label_parts("CAPTAIN ROE", en).key == ("roe",)
    assert label_parts("ALLENATORE ROSSI", it).key == ("rossi",)


def test_a_given_name_is_no_calling():
    en = get_lexicon("en")
    assert label_parts("DANA ROE", en).key == ("dana", "roe")


_COACH = ("Harbour Cup media day\n\nMODERATOR: Our next guest is Dana Whitfield, the head coach of the Harbour "
          "Rovers.\n\nCOACH WHITFIELD: Good morning, everybody.\n")


def test_a_coach_label_gets_the_full_name_and_role_the_moderator_prints():
    whitfield = speaker(read(_COACH, lang="en"), 1)
    assert whitfield.name == "Dana Whitfield"
    assert "head coach of the Harbour Rovers" in whitfield.role


# --- N333c the one person the lead introduces by office answers a Q/A page --------------------

_READERS = ("Harbour news\n\nThis week Harbour Commissioner Tom Poe answered the questions our readers sent "
            "about the new quay.\n\nQ: When will the ferries run again?\n\nA: On Monday, once the quay is "
            "repaired.\n\nQ: And the fares?\n\nA: They stay as they are.\n")


def test_the_office_introduced_person_of_the_lead_answers():
    poe = speaker(read(_READERS, lang="en"), 1)
    assert poe.name == "Tom Poe"
    assert poe.role == "Harbour Commissioner"


def test_two_office_introduced_people_name_no_answerer():
    text = _READERS.replace("answered", "and Harbour Commissioner Ann Roe answered")
    assert speaker(read(text, lang="en"), 1) is None


def test_a_name_after_an_office_field_is_no_guest():
    text = _READERS.replace("Harbour Commissioner Tom Poe", "the Commissioner of the Harbour Board")
    assert speaker(read(text, lang="en"), 1) is None


def test_a_possessive_ends_a_title_name():
    assert names_in("Spokesperson Ann Roe's Regular Briefing", get_lexicon("en")) == ["Ann Roe"]


# --- N334c an office in ideographs, a space, then the name: a list of participants ------------

_PARTICIPANTS = ("对话 《海港日报》总编辑 王海\n《港口周刊》主编 李明\n时间 2003年8月14日\n\n"
                 "王海：今天我们谈谈港口的未来。\n\n李明：好的，谢谢。\n")


def test_the_office_before_a_participant_name_is_the_role():
    doc = read(_PARTICIPANTS, lang="zh")
    roles = {p.name: p.role for p in doc.persons}
    assert roles["王海"] == "《海港日报》总编辑"
    assert roles["李明"] == "《港口周刊》主编"


def test_a_word_that_is_no_office_gives_no_role():
    doc = read(_PARTICIPANTS.replace("《港口周刊》主编 李明", "欢迎 李明"), lang="zh")
    assert {p.name: p.role for p in doc.persons}["李明"] is None


def test_a_lower_case_occupation_before_the_name_introduces_the_guest():
    text = ("Interview with author Jane Roe about her new novel\n\nQ: What made you write it?\n\nA: The sea.\n\n"
            "Q: And next?\n\nA: A sequel.\n")
    roe = speaker(read(text, lang="en"), 1)
    assert (roe.name, roe.role) == ("Jane Roe", "author")


# --- N335c the one longer form ends before the sentence's stop and after a calling -------------

def test_the_longer_form_leaves_the_sentence_stop_out():
    text = "Radio Porto\n\nCONDUTTORE: Ospite in studio il cantante Mario Rossi. Buongiorno.\n\nROSSI: Buongiorno a tutti.\n"
    assert speaker(read(text, lang="it"), 1).name == "Mario Rossi"


def test_a_capitalised_calling_is_no_given_name():
    text = ("Hafenfunk\n\nMODERATOR: Bei mir im Studio ist die Historikerin Anna Schmidt. Guten Morgen.\n\n"
            "SCHMIDT: Guten Morgen.\n")
    assert speaker(read(text, lang="de"), 1).name == "Anna Schmidt"


# --- N336c an author's byline names who asks, not who answers ---------------------------------

_BYLINED = ("Interview with author Jane Roe about her new novel\n\nBy Tom Poe\n\nQ: What made you write it?\n\n"
            "A: The sea.\n\nQ: And next?\n\nA: A sequel.\n")


def test_the_answers_are_not_the_bylined_author():
    assert speaker(read(_BYLINED, lang="en"), 1).name == "Jane Roe"


def test_an_unlabeled_speech_under_a_byline_is_still_the_author():
    doc = read("Harbour notes\n\nBy Tom Poe\n\nThe quay opened on Monday, and the ferries ran on time.\n", lang="en")
    assert speaker(doc, 0) is not None and speaker(doc, 0).name == "Tom Poe"


# --- N337c a label of dotted initials named from the header ------------------------------------

def test_dotted_initials_are_the_one_name_the_header_introduces():
    text = "Иван Петров, писатель\n\nИ.П.: Я пишу каждый день.\n\nВЕДУЩИЙ: Спасибо.\n\nИ.П.: И вам.\n"
    petrov = speaker(read(text, lang="ru"), 0)
    assert (petrov.name, petrov.role) == ("Иван Петров", "писатель")


# --- N338c the one person an interview line names after its interview word answers ------------

_INTERVISTA = ("Intervista a Mario Rossi\n\nMario Rossi è il direttore del Teatro di Orlando.\n\n"
               "D. Quando riapre il teatro?\n\nR. A maggio.\n\nD. E il programma?\n\nR. Ricco.\n")


def test_the_person_after_the_interview_word_answers_voices_printed_with_a_stop():
    rossi = speaker(read(_INTERVISTA, lang="it"), 1)
    assert rossi.name == "Mario Rossi"
    assert rossi.role.startswith("direttore")


def test_an_interview_line_with_a_place_names_no_guest():
    text = _INTERVISTA.replace("Intervista a Mario Rossi", "Intervista a Orlando").replace("Mario Rossi è", "Lui è")
    assert speaker(read(text, lang="it"), 1).name == "R"


def test_an_occupation_glued_before_a_name_in_ideographs():
    doc = read("专访著名作家王海\n\n问：您为什么写作？\n\n答：因为热爱。\n\n问：下一步？\n\n答：继续写。\n", lang="zh")
    wang = speaker(doc, 1)
    assert (wang.name, wang.role) == ("王海", "作家")
    doc = read("作家王海访谈录\n\n记者：您为什么写作？\n\n王海：因为热爱。\n\n记者：下一步？\n\n王海：继续写。\n", lang="zh")
    assert speaker(doc, 1).role == "作家"


# --- N339c a title "Speech of NAME" names the unlabeled speaker ---------------------------------

def test_a_speech_of_title_names_the_speaker_and_no_office():
    text = ("Speech of Dana Whitfield at the Harbour Hall\nFebruary 27, 1860\n\n"
            "Mr. Chairman and fellow citizens: The facts with which I shall deal this evening are old.\n")
    whitfield = speaker(read(text, lang="en"), 0)
    assert (whitfield.name, whitfield.role) == ("Dana Whitfield", None)


def test_the_interviewer_after_a_named_guest_does_not_answer():
    text = ("Harbour Master Ann Lee's interview with Tom Poe\n\nQ: When does the quay open?\n\nA: In May.\n\n"
            "Q: And the fares?\n\nA: Unchanged.\n")
    found = speaker(read(text, lang="en"), 1)
    assert found is None or found.name != "Tom Poe"
