"""Turn and label shapes first met in corpus/dev18 (docs/convert-shapes.md, sections marked
dev18 with the suffix u), one small synthetic example each, written for the test (never a
corpus line): each fails without its rule."""
from __future__ import annotations

from collections import Counter

from teikit.lexicons import load
from teikit.model import Note, Turn
from teikit.transforms.helpers.labellike import not_labels
from teikit.transforms.helpers.labelshapes import candidates
from tests.convert.conftest import labels, read, speech


def _whos(doc) -> list[str | None]:
    names = {p.id: p.name for p in doc.persons}
    return [names.get(t.who) if t.who else None for t in doc.turns()]


# --- P190u dashed questions over plain answers ---------------------------------------------

_FORUM = ("Harbour club forum\nReply\n\nRe: Press talks of the season\n\nPosted 3 May 2021, 10:02\n\n"
          "Press talk of the coach before the league match.\n\nReply\n\nRe: Press talks of the season\n\n"
          "Press talk of the coach before the cup final.\n\nSpoiler: show\n"
          "- How is the goalkeeper's knee?\n\nBetter, he trained with the others today.\n\n"
          "- Will he play on Sunday?\n\nWe decide tomorrow after the last session.\n\n"
          "- Mr Okafor, is the squad ready for a final?\n\nYes. Everyone knows the plan.\n")


def test_dashed_questions_over_plain_answers_are_turns():
    doc = read(_FORUM, lang="en")
    turns = [t for t in doc.turns() if isinstance(t, Turn)]
    texts = speech(doc)
    assert texts[-6:] == ["- How is the goalkeeper's knee?", "Better, he trained with the others today.",
                          "- Will he play on Sunday?", "We decide tomorrow after the last session.",
                          "- Mr Okafor, is the squad ready for a final?", "Yes. Everyone knows the plan."]
    assert all(t.label is None for t in turns)
    assert len(turns) == 6  # the forum lines above the first question: summary lines of the header


def test_a_dashed_list_between_prose_is_no_exchange():
    text = ("Notes of the harbour board.\n\nThe board agreed on three points.\n\n"
            "- the quay opens in May\n- the ferry runs twice a day\n- fees stay as they are\n\n"
            "The next meeting is in June.\n")
    doc = read(text, lang="en")
    assert len(doc.turns()) <= 1


# --- N190u the answerer that the questions address --------------------------------------------

def test_the_answers_are_by_the_one_person_the_questions_address():
    doc = read(_FORUM, lang="en")
    whos = _whos(doc)
    assert whos[-6:] == [None, "Okafor", None, "Okafor", None, "Okafor"]


def test_two_people_addressed_name_no_answerer():
    text = _FORUM.replace("- Will he play on Sunday?", "- Mrs Lindqvist, will he play on Sunday?")
    doc = read(text, lang="en")
    assert not any(_whos(doc))


# --- L190u office lists ---------------------------------------------------------------------

def test_a_list_of_offices_and_holders_is_no_labels():
    text = ("Harbour council, sitting of 4 May 1902\n\nCommittee of the docks\n\n"
            "Chairman : Mr Hallam\n\nDeputy : Mr van Dorn\n\nClerk : Mr Pike\n\n"
            "THE MAYOR: The sitting is open. We begin with the docks.\n\n"
            "MR HALLAM: Thank you. The committee met twice.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["THE MAYOR:", "MR HALLAM:"]


def test_a_chair_calling_a_member_is_still_a_label():
    text = ("THE CHAIR: Mr Hallam\n\nMR HALLAM: Thank you. The committee met twice.\n\n"
            "THE CHAIR: Mr Pike\n\nMR PIKE: I have nothing to add.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["THE CHAIR:", "MR HALLAM:", "THE CHAIR:", "MR PIKE:"]


# --- L191u breadcrumbs ------------------------------------------------------------------------

def test_a_breadcrumb_after_its_caption_is_no_label():
    zh = load("zh")
    lines = ["您所在的位置: 港口网 > 新闻> 正文", "市长:大家好。", "记者:新码头什么时候开放?", "市长:明年五月。"]
    found = [candidates(line, zh) for line in lines]
    counts = Counter(c.name for shapes in found for c in shapes[:1])
    assert not_labels(lines, found, counts, zh) == {("您所在的位置:", "港口网 > 新闻> 正文")}


def test_a_sentence_with_arrows_is_no_breadcrumb():
    en = load("en")
    lines = ["ANN: Prices went 5 > 4 > 3 over the year, and we are glad."]
    found = [candidates(line, en) for line in lines]
    assert not_labels(lines, found, Counter({"ANN": 1}), en) == set()


# --- L192u a short quoted headline or caption -------------------------------------------------

def test_a_name_over_a_short_quotation_is_a_headline():
    text = ("HARBOUR. OKAFOR: “We are ready for the final” (VIDEO)\n\n"
            "The coach spoke to the press on Friday.\n\n"
            "How is the squad?\nEveryone is fit and ready.\nWho starts in goal?\nThe young one starts.\n")
    doc = read(text, lang="en")
    assert "HARBOUR. OKAFOR:" not in labels(doc)


def test_a_quoted_answer_after_a_label_is_speech():
    long_answer = " ".join(["We worked hard all week and the players know what the final means."] * 4)
    text = f"How do you feel?\n\nOKAFOR: “{long_answer}”\n\nAnd the fans?\n\nThey were great.\n"
    doc = read(text, lang="en")
    assert "OKAFOR:" in labels(doc)


def test_a_short_quoted_reply_beside_another_label_is_speech():
    doc = read("LEE: Will the bridge open?\n\nROE: “Yes, in May.”\n", lang="en")
    assert labels(doc) == ["LEE:", "ROE:"]


# --- L193u a repeated label before a spaced dash ----------------------------------------------

def test_a_record_label_before_a_spaced_dash_is_read():
    text = ("Sitting of 4 May 1902\n\nThe clerk reads the minutes.\n\n"
            "- The minutes are adopted.\n\n"
            "The chairman. - The order of the day is the docks. I give the floor.\n\n"
            "The chairman. - The docks committee will report next week.\n")
    doc = read(text, lang="en")
    assert labels(doc)[-2:] == ["The chairman. -", "The chairman. -"]


def test_a_word_before_a_comma_is_no_address():
    text = _FORUM.replace("- Mr Okafor, is the squad", "- Still, is the squad")
    doc = read(text, lang="en")
    assert not any(_whos(doc))


# --- P191u an unlabeled exchange under a long page header -------------------------------------

_PAGE = ("NEWS\n\nHARBOUR. The coach before the final\n\nThe coach spoke to the press on Friday.\n\n"
         "Below, the coach's words.\n\nFIRST PART OF THE PRESS TALK\n\nSECOND PART OF THE PRESS TALK\n\n"
         "THE PRESS TALK OF THE COACH\n\n")
_QA = ("How is the squad?\n\nEveryone is fit and the mood is good after a long week of work.\n\n"
       "Who starts in goal?\n\nThe young one starts, he has earned it in training.\n\n"
       "Are you worried about the wind?\n\nNo, we played in worse weather all winter")


def test_questions_and_answers_under_a_long_header_are_turns():
    doc = read(_PAGE + _QA + "\n", lang="en")
    assert speech(doc) == [p for p in _QA.split("\n\n")]


def test_a_speech_with_a_question_it_does_not_answer_in_turn_stays_one_turn():
    text = _PAGE + _QA.replace("Who starts in goal?", "We know who starts in goal.") + "\n"
    doc = read(text, lang="en")
    assert len(doc.turns()) == 1


# --- T190u a time line above each label ------------------------------------------------------

def test_a_time_line_above_each_label_is_the_next_turns_timestamp():
    text = ("Harbour speeches\n\n    • 00:07\n\n      ANN: Good evening, everyone.\n\n    • 00:19\n\n"
            "      BEN: Thank you for coming.\n\n    • 00:31\n\n      ANN: We begin with the quay.\n")
    doc = read(text, lang="en")
    assert [[p.text for p in t.paragraphs] for t in doc.turns()] == [
        ["Good evening, everyone."], ["Thank you for coming."], ["We begin with the quay."]]
    assert [b.text for b in doc.blocks if isinstance(b, Note)] == ["• 00:07", "• 00:19", "• 00:31"]
    assert all(t.start for t in doc.turns())


def test_one_time_line_in_speech_stays_speech():
    text = "ANN: We met at the quay.\n\n10:30\n\nBEN: And then?\n\nANN: We sailed.\n"
    doc = read(text, lang="en")
    assert not any(isinstance(b, Note) for b in doc.blocks)


# --- L194u a "Full Name, role:" heading over dashed speech -------------------------------------

_HEADED = ("12.04.2021\n\nHarbour Cup. Round 3. Press conference\n\n"
           "Anna Petrova, head coach of the Harbour club:\n"
           "- We played well in the first half and then lost our shape.\n"
           "- The second goal came from a mistake, and we know it.\n"
           "- Why did you change the goalkeeper at half time?\n"
           "- He was hurt in the first half and could not go on.\n"
           "Ivan Sokolov, head coach of the Rovers:\n"
           "- We lost the midfield after the break, and that decided the match.\n")


def test_dashed_turns_under_name_and_role_headings_are_the_named_speakers():
    doc = read(_HEADED, lang="en")
    assert [t.label for t in doc.turns()] == [None] * 5
    assert _whos(doc) == ["Anna Petrova", "Anna Petrova", None, "Anna Petrova", "Ivan Sokolov"]
    roles = {p.name: p.role for p in doc.persons}
    assert roles["Ivan Sokolov"] == "head coach of the Rovers"
    assert not any("Ivan Sokolov" in p.text for t in doc.turns() for p in t.paragraphs)


def test_a_list_under_a_name_heading_without_a_question_stays_prose():
    text = _HEADED.replace("- Why did you change the goalkeeper at half time?", "- We changed the goalkeeper.")
    doc = read(text, lang="en")
    assert len(doc.turns()) <= 2


# --- N191u the heading over the first question names the answerer -----------------------------

def test_the_heading_over_the_first_question_names_the_answerer():
    page = _PAGE.replace("The coach spoke", "Coach Okafor spoke").replace(
        "THE PRESS TALK OF THE COACH", "THE PRESS TALK OF JAMES OKAFOR")
    doc = read(page + _QA + "\n", lang="en")
    assert _whos(doc)[-6:] == [None, "James Okafor"] * 3


def test_a_heading_in_capitals_whose_name_the_page_prints_nowhere_names_no_one():
    page = _PAGE.replace("THE PRESS TALK OF THE COACH", "THE PRESS TALK OF JAMES OKAFOR")
    doc = read(page + _QA + "\n", lang="en")
    assert not any(_whos(doc))


def test_a_cue_time_before_the_first_turn_is_no_time_line():
    text = ("WEBVTT - Harbour talk\n\n0:00:00.200 --> 0:00:03.480\n<v Ann>Good evening and welcome.\n\n"
            "0:00:03.560 --> 0:00:08.440\n<v Ben>Thank you for having me.\n")
    doc = read(text, lang="en")  # (a cue's timing note stands before the first turn, unparsed by T190u)
    assert len(doc.turns()) >= 1


# --- P192u a question mark with a full stop typed after it ----------------------------------------

def test_a_question_ending_in_a_question_mark_and_a_full_stop_asks():
    from teikit.transforms.helpers.interviewlead import QUESTION_END
    assert QUESTION_END.search("¿Viste en peligro tu puesto?. ")
    assert not QUESTION_END.search("Es mi equipo.")


# --- L195u a short name, a colon and a dialogue dash ----------------------------------------------

def test_a_quoted_short_name_over_a_dialogue_dash_is_a_label():
    text = ("The paper asked the mayor about the harbour.\n\n"
            "«HP»: — Mr Mayor, when will the quay open? We have asked before.\n")
    doc = read(text, lang="en")
    assert labels(doc)[-1:] == ["«HP»:"]


def test_a_sentence_before_a_dash_is_no_label():
    from teikit.transforms.helpers.labellike import sure_labels
    ru = load("ru")
    lines = ["Он сказал: — Пойдём домой."]
    assert sure_labels([candidates(line, ru) for line in lines]) == set()


# --- L196u a site's domain as the interviewer's label ---------------------------------------------

def test_a_domain_label_beside_a_name_label_is_a_label():
    text = ("An interview with harbour master Ilse Vantorre, recorded last week in her office.\n\n"
            "harbour-news.org: You have led the port for a year. How was it?\n\n"
            "Ilse Vantorre: Busy, and better than I feared.\n")
    doc = read(text, lang="en")
    assert labels(doc)[-2:] == ["harbour-news.org:", "Ilse Vantorre:"]


def test_a_domain_alone_is_no_label():
    from teikit.transforms.helpers.labellike import sure_labels
    en = load("en")
    assert sure_labels([candidates("example.org: the list of sources, updated weekly.", en)]) == set()


# --- L197u kicker headings that name each speaker ---------------------------------------------

_KICKED = ("At the press talk the staff spoke in turn, the coach sat in the first row.\n"
           "SPEAKS LINDQVIST —\n\"The squad is tired but ready for Sunday.\"\n"
           "SPEAKS OKAFOR —\n\"We trained twice a day all week.\"\n"
           "SPEAKS MARTINS —\n\"The doctor says the knee is fine.\"\n")


def test_kickers_in_capitals_name_each_statement_s_speaker():
    doc = read(_KICKED, lang="en")
    assert speech(doc) == ['"The squad is tired but ready for Sunday."', '"We trained twice a day all week."',
                           '"The doctor says the knee is fine."']
    assert _whos(doc) == ["Lindqvist", "Okafor", "Martins"]


def test_kickers_that_share_no_opening_are_no_speakers():
    text = _KICKED.replace("SPEAKS OKAFOR —", "TRAINING NEWS —")
    doc = read(text, lang="en")
    assert not any(_whos(doc))


# --- L198u a name printed with a bracketed note, and plain --------------------------------------

def test_a_name_printed_with_a_continued_note_is_a_label_plain_too():
    text = ("ANN: Good evening.\n\nNARRATOR: The harbour opened in May, in rain, in wind and in\n\n"
            "NARRATOR [continued]: hopes and fears.\n\nNARRATOR [continued]: Then the ships came.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["ANN:", "NARRATOR:", "NARRATOR [continued]:", "NARRATOR [continued]:"]


# --- P193u a dashed turn run on after a sentence with a glued hyphen ------------------------------

def test_a_question_glued_to_a_statement_with_a_hyphen_opens_a_turn():
    text = _HEADED.replace("- The second goal came from a mistake, and we know it.\n",
                           "- The second goal came from a mistake, and we know it.- What about the penalty?\n"
                           "- It was a clear penalty, the referee saw it well.\n")
    doc = read(text, lang="en")
    assert "- What about the penalty?" in speech(doc)


def test_a_record_label_with_a_glued_hyphen_is_not_cut():
    from teikit.model import Text
    from teikit.transforms.helpers.gluedhyphen import glued_hyphens
    lines = ["- Se abre la sesión.", "- Se aprueba el acta.", "- Se pasa al orden del día.",
             "- Sr. Pérez.- Pido la palabra."]
    items = [Text(t) for t in lines]
    assert glued_hyphens([(i, True) for i in items]) == []  # "Sr. Pérez.-": no more than a label's words
