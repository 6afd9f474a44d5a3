"""Turns on unseen pages, turns30 round (docs/convert-shapes.md, rules 530a on): one small
synthetic example each, written for the test (never a corpus line); each fails without its
rule."""
from __future__ import annotations

from teikit import convert
from tests.convert.conftest import labels, read, speaker, speech

# --- T530a after one labelled exchange, a later question is a paragraph of its own -----------

_EXCHANGE = ("ZEITUNG: Frau Roe, wie war das erste Jahr im Amt für Sie?\n\n"
             "Ann Roe: Anstrengend, aber gut. Wir haben viel gebaut und noch mehr geplant.\n\n"
             "Was ist gelungen?\n\n"
             "Die Schulen sind saniert, und die Busse fahren wieder jede Stunde.\n")


def test_a_question_paragraph_after_one_labelled_exchange_opens_a_turn():
    doc = read(_EXCHANGE, lang="de")
    assert labels(doc) == ["ZEITUNG:", "Ann Roe:", None, None]
    assert speech(doc)[2:] == ["Was ist gelungen?",
                               "Die Schulen sind saniert, und die Busse fahren wieder jede Stunde."]


def test_a_question_paragraph_in_a_dialogue_labelled_throughout_stays():
    text = _EXCHANGE + "\nZEITUNG: Und das nächste Jahr?\n\nAnn Roe: Wird ruhiger.\n"
    assert labels(read(text, lang="de")) == ["ZEITUNG:", "Ann Roe:", "ZEITUNG:", "Ann Roe:"]


_TWO_EXCHANGES = ("ZEITUNG: Frau Roe, wie war das erste Jahr im Amt für Sie?\n\n"
                  "Ann Roe: Anstrengend, aber gut. Wir haben viel gebaut.\n\n"
                  "ZEITUNG: Und was bleibt liegen?\n\n"
                  "Ann Roe: Der Hafen, leider. Das Geld reicht nicht für alles.\n\n"
                  "Was ist gelungen?\n\n"
                  "Die Schulen sind saniert, und die Busse fahren wieder jede Stunde.\n\n"
                  "Und das nächste Jahr?\n\n"
                  "Es wird ruhiger, hoffe ich, und wir bauen die Bibliothek.\n")


def test_later_question_paragraphs_after_two_labelled_exchanges_open_turns():
    doc = read(_TWO_EXCHANGES, lang="de")
    assert labels(doc) == ["ZEITUNG:", "Ann Roe:", "ZEITUNG:", "Ann Roe:", None, None, None, None]
    assert [speaker(doc, i).id for i in (4, 5, 6, 7)] == ["zeitung", "ann-roe", "zeitung", "ann-roe"]


def test_one_question_paragraph_in_the_last_of_several_labelled_answers_stays():
    text = _TWO_EXCHANGES[:_TWO_EXCHANGES.index("Und das nächste")].rstrip() + "\n"
    assert labels(read(text, lang="de")) == ["ZEITUNG:", "Ann Roe:", "ZEITUNG:", "Ann Roe:"]


# --- T531a a dashed dialogue's answer printed without its dash ---------------------------------

_DASHED = ("Une conversation avec la fondatrice de l’entreprise, enregistrée hier matin en direct.\n\n"
           "– Bonjour, merci d’être là.\n\n"
           "– Bonjour.\n\n"
           "– Vous êtes tombée là-dedans comment ?\n\n"
           "Par hasard, il y a dix ans.\n\n"
           "– Et la préparation, ça se passe comment ?\n\n"
           "– Ça dépend du client.\n\n"
           "– D’accord.\n")


def test_an_undashed_paragraph_after_a_dashed_question_is_the_answer():
    turns = speech(read(_DASHED, lang="fr"))
    assert "Par hasard, il y a dix ans." in turns
    assert "– Vous êtes tombée là-dedans comment ?" in turns


def test_an_undashed_paragraph_after_a_statement_stays_in_the_turn():
    text = _DASHED.replace("– Bonjour.\n", "– Bonjour.\n\nJe suis ravie d’être là.\n")
    assert "– Bonjour. | Je suis ravie d’être là." in speech(read(text, lang="fr"))


# --- T532a a recording time opens an unlabeled turn where the labels open with one -------------

_FORUM = ("Harbour town hall\n\n"
          "08:01 Ann: I organised today's meeting, so I ask the first question.\n\n"
          "Will you support the new ferry? And if not, why not?\n\n"
          "08:57 Good afternoon, my name is Beth and I live by the harbour.\n\n"
          "My son takes the ferry to school every day.\n\n"
          "Will the fares go up next year?\n")


def test_a_paragraph_opening_with_a_time_opens_an_unlabeled_turn():
    doc = read(_FORUM, lang="en")
    assert labels(doc) == ["08:01 Ann:", None]
    assert speech(doc)[1].startswith("Good afternoon, my name is Beth")


def test_the_time_before_an_unlabeled_turn_is_a_timestamp_note_not_speech():
    tei = convert(_FORUM.encode(), "forum.txt").tei.decode()
    assert '<note type="timestamp" synch="#forum.T2">08:57</note>' in tei
    assert "<seg xml:id=\"forum.u2.1\">Good afternoon" in tei


def test_a_bracketed_time_opens_a_turn_where_the_labels_print_theirs_so():
    doc = read(_FORUM.replace("08:01", "[08:01]").replace("08:57", "[08:57]"), lang="en")
    assert labels(doc) == ["[08:01] Ann:", None]


def test_a_time_printed_unlike_the_labels_opens_no_turn():
    doc = read(_FORUM.replace("08:01", "[08:01]"), lang="en")
    assert labels(doc) == ["[08:01] Ann:"]


def test_times_before_every_paragraph_are_segments_not_turns():
    text = ("08:01 Ann: We open.\n\n08:10 The first item.\n\n08:20 The second item.\n\n"
            "08:30 Ben: Agreed.\n")
    assert labels(read(text, lang="en")) == ["08:01 Ann:", "08:30 Ben:"]


# --- T533a the speakers of the unlabeled turns after one labelled exchange ---------------------

def test_later_questions_and_answers_are_the_labelled_speakers():
    doc = read(_EXCHANGE, lang="de")
    assert [speaker(doc, i).id for i in range(4)] == ["zeitung", "ann-roe", "zeitung", "ann-roe"]


# --- T534a the person a timed unlabeled turn names in its opening words ------------------------

def test_a_timed_turn_that_names_its_speaker_is_that_person():
    doc = read(_FORUM, lang="en")
    assert speaker(doc, 1).name == "Beth"


# --- T535a an unlabeled interview in Chinese: lengths counted by characters --------------------

_CHINESE = ("港口有多少年历史？\n\n"
            "港口在上个世纪重建过两次，每年冬天风暴来临时工程都会继续进行，我们一直在努力。\n\n"
            "谁为这些工程买单？\n\n"
            "我们在春天计划预算，然后议会在六月做出决定，建筑商在夏季结束后开始施工。\n\n"
            "最重要的是什么？\n\n"
            "说实话，渡轮比什么都重要，因为岛屿依靠渡轮获得食物、上学和看病。\n")


def test_an_unlabeled_chinese_interview_is_read_question_by_answer():
    turns = speech(read(_CHINESE, lang="zh"))
    assert turns[0::2] == ["港口有多少年历史？", "谁为这些工程买单？", "最重要的是什么？"]
    assert len(turns) == 6


def test_words_in_counts_unspaced_runs_by_characters():
    from teikit.transforms.helpers.wordlength import words_in
    assert words_in("谁为这些工程买单？") == 4 and words_in("Who pays for it?") == 4
    assert words_in("ECB 行长说") == 3


# --- T536a an italic first question the header took, right above the speech --------------------

_ITALIC_QA = ("Harbour talk\n\n*How old is the harbour?*\n\n"
              "The harbour has been rebuilt twice in the last century, and the work goes on each winter.\n\n"
              "*Who pays for the work?*\n\n"
              "We plan the budget in spring, then the council decides in June, and the builders start.\n\n"
              "*What matters most?*\n\n"
              "Honestly, the ferries matter more than anything else, because the islands depend on them.\n")


def test_an_italic_first_question_above_italic_questions_opens_the_interview():
    turns = speech(read(_ITALIC_QA, lang="en"))
    assert turns[0] == "*How old is the harbour?*" and len(turns) == 6


def test_an_italic_question_over_a_speech_that_asks_nothing_stays_in_the_header():
    text = ("*What is the harbour for?*\n\n"
            "The harbour has been rebuilt twice in the last century, and the work goes on each winter.\n\n"
            "We plan the budget in spring, then the council decides in June, and the builders start.\n")
    assert speech(read(text, lang="en"))[0].startswith("The harbour has been rebuilt")
