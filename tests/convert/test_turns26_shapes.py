"""Turn shapes general across sites and languages (rule ids 340-349 ending in `a`): one small
synthetic example each, written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.model import Boilerplate, HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speaker, speech

# --- P340a questions run on into their answers, line by line ---------------------------------------

FUSED = ("Ann Roe, how did the match go? We lost, and the score hurt more than the game did.\n"
         "Why did it turn so fast? We made one mistake and they scored twice in five minutes.\n"
         "And the referee ... He had a good day, and we had a bad one, that is all there is to say.\n"
         "What about the crowd? The crowd was loud and stayed with us until the very end.\n")


def test_questions_run_on_into_their_answers_are_cut_from_them():
    assert speech(read(FUSED)) == [
        "Ann Roe, how did the match go?", "We lost, and the score hurt more than the game did.",
        "Why did it turn so fast?", "We made one mistake and they scored twice in five minutes.",
        "And the referee ...", "He had a good day, and we had a bad one, that is all there is to say.",
        "What about the crowd?", "The crowd was loud and stayed with us until the very end."]


def test_a_speech_that_asks_itself_now_and_then_stays_one_turn():
    text = ("Why are we here? We are here to open the harbour, and to thank the builders for it.\n"
            "The work took three years, and the town paid for half of it.\n"
            "The boats will come in spring, and the ferry will run twice a day.\n"
            "What comes next? The quay, and the road that leads to it from the town.\n"
            "We thank everyone who helped, and we hope to see you all at the opening.\n")
    assert labels(read(text)) == [None]


# --- N341a a full name that opens the first question names the answers ----------------------------

def test_a_full_name_opening_the_first_question_names_the_answers():
    doc = read(FUSED)
    assert speaker(doc, 1).name == "Ann Roe" and speaker(doc, 3).name == "Ann Roe"
    assert doc.turns()[0].who is None


def test_one_capitalised_word_before_the_comma_names_nobody():
    doc = read(FUSED.replace("Ann Roe, how", "Well, how"))
    assert doc.turns()[1].who is None


# --- P342a questions that trail off with an ellipsis inside an answer ------------------------------

TRAILING = ("Is the plan ready?\nIt is ready, and the members have seen every page of it.\n"
            "And the harbour board…\nThe board agreed to it last week, after a long meeting.\n"
            "Will it pass?\nI think so, because the members asked for the changes.\n"
            "And the residents…\nThey wrote to us in the spring, and most of them like it.\n")


def test_questions_that_trail_off_inside_answers_are_turns():
    assert speech(read(TRAILING)) == [
        "Is the plan ready?", "It is ready, and the members have seen every page of it.",
        "And the harbour board…", "The board agreed to it last week, after a long meeting.",
        "Will it pass?", "I think so, because the members asked for the changes.",
        "And the residents…", "They wrote to us in the spring, and most of them like it."]


def test_one_paragraph_that_trails_off_stays_in_its_answer():
    text = TRAILING.replace("And the residents…\n", "")
    assert "I think so, because the members asked for the changes. | They wrote to us in the spring, " \
           "and most of them like it." in speech(read(text))


# --- P343a dash-opened questions between the labelled answers of one speaker ----------------------

DASHED = ("– Good evening, minister.\nROE: Good evening.\n– Happy new year!\n"
          "ROE: And to you, and to all our listeners.\n– Let us start with the harbour. What happened?\n"
          "ROE: The storm closed it for a day.\n")


def test_dashed_paragraphs_between_one_speakers_labels_are_the_interviewers_turns():
    doc = read(DASHED)
    assert labels(doc) == [None, "ROE:", None, "ROE:", None, "ROE:"]
    assert speech(doc)[2] == "– Happy new year!"


def test_a_speaker_listing_points_with_dashes_keeps_them():
    text = ("ROE: We have three aims.\n– First, the harbour.\n– Second, the road.\n"
            "ROE: And the third is the school.\n")
    assert labels(read(text)) == ["ROE:", "ROE:"]


# --- P344a answers marked by a bracket: the unmarked paragraphs are questions ---------------------

MARKED = ("Coach, how is the team?\n< We worked very well this month and the squad is fit. >\n"
          "The harbour derby on Sunday, then two away games.\n"
          "< One game at a time, the derby first, then the rest. >\n"
          "And the new players?\n< They are learning the language and they are ready. >\n")


def test_an_unmarked_remark_between_marked_answers_is_a_question():
    turns = speech(read(MARKED))
    assert len(turns) == 6 and turns[2] == "The harbour derby on Sunday, then two away games."


def test_two_marked_answers_are_too_few_to_tell_the_sides():
    text = MARKED.replace("< One game", "One game").replace("rest. >", "rest.")
    assert len(read(text).turns()) == 4


# --- P345a answers under the interviewer's name labels ---------------------------------------------

ASKER = ("Ann Roe: The club named you coach last week. Did you expect it?\n\n"
         "Not at all. I had the diploma, but I did not think they would ask me.\n\n"
         "Ann Roe: How did the change go?\n\nIt was hard at first, because the season was not over yet.\n")


def test_answers_under_the_interviewers_name_labels_are_turns_of_their_own():
    doc = read(ASKER)
    assert labels(doc) == ["Ann Roe:", None, "Ann Roe:", None]
    assert speech(doc)[3] == "It was hard at first, because the season was not over yet."


def test_a_labelled_turn_that_asks_again_later_keeps_its_paragraphs():
    text = ASKER.replace("the season was not over yet.\n", "the season was not over yet.\n\nAnd you?\n")
    assert labels(read(text)) == ["Ann Roe:", "Ann Roe:"]


# --- B346a a site's widget line under every label line ----------------------------------------------

WIDGETS = ("Ann Roe (Harbour North, Greens)\nLink to this: Individually | In context\n\n"
           "I move that the house sit late today.\n\n"
           "Tom Lee (Harbour South, Labour)\nLink to this: Individually | In context\n\nWhat about questions?\n")


def test_a_widget_line_under_every_label_line_is_a_site_line():
    doc = read(WIDGETS)
    assert labels(doc) == ["Ann Roe (Harbour North, Greens)", "Tom Lee (Harbour South, Labour)"]
    assert speech(doc) == ["I move that the house sit late today.", "What about questions?"]
    assert isinstance(doc.turns()[0].paragraphs[0], Boilerplate)


def test_a_repeated_opening_sentence_stays_speech():
    text = WIDGETS.replace("Link to this: Individually | In context", "Thank you, Chair.")
    assert speech(read(text))[0].startswith("Thank you, Chair.")


# --- N360a (names26) a label line that prints the speaker's function after a dash -----------------------------

ROLES = ("M. Jean Roe (PLR) — Rapporteur\n\nLa commission s'est réunie deux fois.\n\n"
         "Mme Anne Lee (SOC) — Présidente\n\nLa discussion est ouverte.\n")


def test_a_function_after_the_dash_of_a_label_line_is_part_of_the_label():
    doc = read(ROLES, lang="fr")
    assert labels(doc) == ["M. Jean Roe (PLR) — Rapporteur", "Mme Anne Lee (SOC) — Présidente"]
    assert speech(doc) == ["La commission s'est réunie deux fois.", "La discussion est ouverte."]


def test_a_reply_after_a_dash_label_stays_speech():
    text = ROLES.replace("— Rapporteur", "— Merci.").replace("— Présidente", "— Bien.")
    assert speech(read(text, lang="fr"))[0].startswith("Merci.")


def test_the_function_after_the_dash_is_the_speakers_and_the_party_stays_apart_from_the_name():
    person = speaker(read(ROLES, lang="fr"), 0)
    assert (person.name, person.role, person.affiliation) == ("Jean Roe", "Rapporteur", "PLR")


# --- H348a a transcript heading before the episode's title --------------------------------------

EPISODE = ("Jane Moss: How do tides work?\nIn this episode we explain the moon and the sea.\n"
           "► Jane Moss: \"Tides\", a book (2019).\nTranscript: Jane Moss: How do tides work?\n"
           "Welcome to the show, everyone. Today we talk about tides.\n")


def test_a_transcript_heading_before_the_title_keeps_name_colon_lines_above_it_out_of_the_speech():
    doc = read(EPISODE)
    assert labels(doc) == [None]
    assert speech(doc) == ["Welcome to the show, everyone. Today we talk about tides."]
    title = next(b for b in doc.blocks if isinstance(b, HeaderLine))
    assert title.kind == HeaderKind.TITLE and title.text == "Jane Moss: How do tides work?"


def test_a_question_mark_before_a_lower_case_word_cuts_nothing():
    text = FUSED.replace("? We", "? we").replace("? The", "? the")
    assert len(read(text).turns()) < 6
