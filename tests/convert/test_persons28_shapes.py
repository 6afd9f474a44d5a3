"""Name and role shapes of the twenty-eighth persons round (docs/convert-shapes.md, N440a-N459a).

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers.labelparts import label_parts
from tests.convert.conftest import read, speaker


# --- N440a an office written as one compound word before a label's name -----------------------

def test_a_compound_office_before_the_name_is_the_role():
    doc = read("Landtagspräsident Arthur Brunhart: Wir setzen unsere Beratungen fort.\n\n"
               "Abg. Wendelin Lampert: Besten Dank, Herr Präsident.\n\n"
               "Landtagspräsident Arthur Brunhart: Danke.\n", lang="de")
    first = speaker(doc, 0)
    assert (first.name, first.role) == ("Arthur Brunhart", "Landtagspräsident")


def test_a_compound_needs_a_field_of_four_letters_and_a_language_that_compounds():
    de = load("de")
    assert label_parts("Bundestagsvizepräsidentin Ann Roe", de).office == "Bundestagsvizepräsidentin"
    assert label_parts("Präsident Heinz Zimminister", de).key == ("heinz", "zimminister")
    assert label_parts("Landtagspräsident Arthur Brunhart", load("en")).key[0] == "landtagsprasident"


# --- N441a the page's one author asks the questions a generic voice carries --------------------

_SCHOOL_PAPER = ("Unser Interview mit der Schulleiterin\n\nFrage 1: ,,Wie lange sind Sie schon hier?''\n\n"
                 "Seit zehn Jahren, und es ist noch immer schön.\n\nFrage 2: ,,Was gefällt Ihnen am besten?''\n\n"
                 "Die Schüler, ganz klar.\n\n- Geschrieben von:\n- Mia Berger\n- Geschrieben am:\n- Kategorien:\n")


def test_the_credited_author_asks_the_numbered_questions():
    doc = read(_SCHOOL_PAPER, lang="de")
    asked = [t for t in doc.turns() if t.label]
    assert len(asked) == 2 and {t.who for t in asked} == {"berger"}
    assert next(p for p in doc.persons if p.id == "berger").name == "Mia Berger"
    assert all(t.who is None for t in doc.turns() if not t.label)


def test_two_credited_authors_name_no_asker():
    doc = read(_SCHOOL_PAPER.replace("- Geschrieben am:", "- Autorin:\n- Tina Roth\n- Geschrieben am:"),
               lang="de")
    assert all(t.who is None for t in doc.turns())


def test_the_papers_own_reporter_asks_under_the_papers_name():
    doc = read("本报记者 王明\n\n海风晚报:您今年最大的收获是什么?\n\n李华:是和团队一起完成了新片。\n\n"
               "海风晚报:下一步有什么计划?\n\n李华:继续拍纪录片。\n", lang="zh")
    asked = [t for t in doc.turns() if t.label and t.label.startswith("海风晚报")]
    assert len(asked) == 2 and len({t.who for t in asked}) == 1 and asked[0].who is not None
    assert next(p for p in doc.persons if p.id == asked[0].who).name == "王明"


# --- N442a the guest an interview line names by office alone ------------------------------------

_OFFICE_INTERVIEW = ("Tom Poe's Interview With The Harbour Minister\n\nPoe: Will the port close?\n\n"
                     "Lee: Not this year.\n\nPoe: And next year?\n\nLee: We will see.\n")


def test_the_guest_named_by_office_gets_the_office_as_role():
    doc = read(_OFFICE_INTERVIEW, lang="en")
    assert [(p.name, p.role) for p in doc.persons if p.labels] == [("Tom Poe", None), ("Lee", "Harbour Minister")]


def test_an_interview_line_with_a_holders_name_or_no_host_gives_no_role():
    named = read(_OFFICE_INTERVIEW.replace("The Harbour Minister", "Harbour Minister Lee"), lang="en")
    assert next(p for p in named.persons if p.name == "Lee").role != "Harbour Minister Lee"
    hostless = read(_OFFICE_INTERVIEW.replace("Tom Poe's", "Our"), lang="en")
    assert next(p for p in hostless.persons if p.name == "Lee").role is None


# --- N443a the opening speech the first label answers by name ------------------------------------

_RADIO = ("Prime Minister Radio Interview - 2XY 8 November\n\nPrime Minister\n\n"
          "They tell me that Ann Lee is on the line. I hope that is the case. Are you?\n\n"
          "ANN LEE, PRIME MINISTER: Hello Tom.\n\nPOE: Good morning. How lovely to hear from you.\n\n"
          "PRIME MINISTER: It is an honour to be with you on your last day on air. Radio will not be the "
          "same without Tom Poe.\n\nPOE: That is very kind.\n")


def test_the_opening_is_the_speaker_the_first_reply_names():
    turns = read(_RADIO, lang="en").turns()
    assert turns[0].label is None and turns[0].who == turns[2].who == "poe"


def test_an_unnamed_reply_or_a_narration_leaves_the_opening_unattributed():
    unnamed = read(_RADIO.replace("Hello Tom.", "Hello."), lang="en").turns()
    assert unnamed[0].label is None and unnamed[0].who is None
    narrated = read(_RADIO.replace("They tell me that Ann Lee is on the line. I hope that is the case. Are you?",
                                   "Ann Lee joined the show on its last day, as the station had announced."),
                    lang="en").turns()
    assert narrated[0].label is None and narrated[0].who is None


def test_a_reply_that_calls_or_hands_over_to_a_speaker_is_no_address():
    called = read(_RADIO.replace("Hello Tom.", "Next on the line is Tom Poe."), lang="en").turns()
    assert called[0].label is None and called[0].who is None
    handed = read(_RADIO.replace("Hello Tom.", "Over to Tom."), lang="en").turns()
    assert handed[0].label is None and handed[0].who is None
