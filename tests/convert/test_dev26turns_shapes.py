"""Turns on dev26's pages, round 2 (docs/convert-shapes.md, rules 580a on): one small
synthetic example each, written for the test (never a corpus line); each fails without its
rule."""
from __future__ import annotations

from teikit.model import Heading
from tests.convert.conftest import labels, read, speech

# --- T580a topic lines over unlabeled quoted answers -----------------------------------------

_TOPICS = ('Harbour press conference:\n\n'
           'Team news\n'
           '"Everyone trained today.\n'
           '"Two players rest, the others are ready for the game."\n'
           'Plans for the ferry\n'
           '"We decide that in spring, with the council."\n'
           'Talks with the mayor\n'
           '"He wants to help, he is very committed.\n'
           '"It was a good evening."\n'
           'Pressure before the final?\n'
           '"Pressure is part of the job. We enjoy it."\n')


def test_topic_lines_over_quoted_answers_are_headings_and_each_answer_a_turn():
    doc = read(_TOPICS)
    assert labels(doc) == [None, None, None, None]
    assert speech(doc)[0] == '"Everyone trained today. | "Two players rest, the others are ready for the game."'
    assert [len(t.paragraphs) for t in doc.turns()] == [2, 1, 2, 1]
    assert [b.text for b in doc.blocks if isinstance(b, Heading)][:2] == ["Harbour press conference:", "Team news"]


def test_bare_lines_that_ask_over_quoted_answers_stay_questions():
    asking = _TOPICS.replace("Team news", "How is the team?").replace("Plans for the ferry", "And the ferry?") \
        .replace("Talks with the mayor", "Did you talk with the mayor?")
    assert not any(isinstance(b, Heading) for b in read(asking).blocks)


# --- T581a the first question unlabeled over the one labelled answer --------------------------

_FIRST_ANSWER = ("Im Interview der Woche erzählen die Vorstandsmitglieder Anna Berg und Paul Roe alte Geschichten.\n\n"
                 "Anna, im Jahr 2012 musste der Verein die Mannschaft abmelden. Du warst mittendrin…\n\n"
                 "Anna: Das war die bitterste Phase, die ich im Vorstand erlebt habe, und sie war lang.\n\n"
                 "Was waren die Gründe?\n\n"
                 "Die Gründe sind vielschichtig. Der Verein hat über Jahre von der Hand in den Mund gelebt.\n")


def test_a_question_paragraph_under_the_one_labelled_answer_opens_a_turn():
    doc = read(_FIRST_ANSWER, lang="de")
    assert labels(doc) == [None, "Anna:", None, None]
    assert speech(doc)[2] == "Was waren die Gründe?"


def test_a_lead_that_neither_asks_nor_addresses_the_speaker_leaves_the_speech_whole():
    text = _FIRST_ANSWER.replace("Anna, im Jahr", "Im Jahr").replace("mittendrin…", "mittendrin.")
    assert labels(read(text, lang="de")) == [None, "Anna:"]


# --- T582a a lead line saying the site transcribed the recording (Russian verb) -------------

_TRANSCRIBED = ("Радио добавило звук интервью в архив программы\n\n"
                "Запись программы размещена на сайте радио без текста.\n\n"
                "Об этом сообщила ведущая программы Анна Петрова на своей странице.\n\n"
                "Редакция расшифровала запись программы для своих читателей.\n\n"
                "Анна Петрова (АП): Добрый вечер, сегодня у нас в студии человек, которого знает весь город.\n")


def test_a_line_saying_the_site_transcribed_the_recording_is_no_turn():
    assert labels(read(_TRANSCRIBED, lang="ru")) == ["Анна Петрова (АП):"]


def test_a_line_saying_the_site_published_the_recording_stays_a_turn():
    assert labels(read(_TRANSCRIBED.replace("расшифровала", "опубликовала"), lang="ru")) == \
        [None, "Анна Петрова (АП):"]
