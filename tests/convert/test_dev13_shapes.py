"""Shapes first met in corpus/dev13 (docs/convert-shapes.md, sections marked dev13), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech


# --- L120m an honorific and an upper-case surname in a record's spaced-dash style --------------

def test_an_honorific_before_an_upper_case_surname_joins_the_records_dash_labels():
    text = ("M. le Président - La séance est ouverte.\nMadame ROE, vous avez la parole.\n"
            "M. LEBRUN - Merci, Monsieur le Président.\nNous voterons contre.\n"
            "M. le Président - Merci.\nMme DURAND - Nous voterons pour.\n")
    doc = read(text, lang="fr")
    assert labels(doc) == ["M. le Président -", "M. LEBRUN -", "M. le Président -", "Mme DURAND -"]


def test_one_upper_case_name_before_a_dash_is_no_label_without_a_records_style():
    text = "Le rapport\n\nM. LEBRUN - un élu discret - a voté contre.\n\nLa séance a duré une heure.\n"
    assert labels(read(text, lang="fr")) == [None]


# --- L121m a "Name – Role" line over the speech, repeating the list of speakers ---------------

_LISTED = ("Here is the full transcript of the opening keynote.\nSpeakers:\n"
           "Ann Lee – CEO, Acme\nBob Roe – CTO, Acme\nAnn Lee – CEO, Acme\n"
           "Good morning everyone.\nToday we show you what we built.\n")


def test_a_name_role_line_repeating_the_speakers_list_is_the_label_of_the_speech_below():
    doc = read(_LISTED, lang="en")
    assert labels(doc) == ["Ann Lee – CEO, Acme"]
    assert speech(doc)[0].startswith("Good morning everyone.")


def test_the_speakers_list_itself_stays_out_of_the_turns():
    doc = read(_LISTED, lang="en")
    assert not any("Bob Roe" in s for s in speech(doc))


# --- L122m "Name:" alone over a line that opens with a timestamp -------------------------------

def test_names_alone_over_timestamped_lines_are_labels_each_printed_once():
    text = ("Episode 12\nTranscript\nAnna:\n[0:04] Hello and welcome.\nPeter:\n[0:09] Hi, Anna.\n"
            "Anna:\n[0:12] Today we talk about bread.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Anna:", "Peter:", "Anna:"]
    assert speech(doc)[1].endswith("Hi, Anna.")


def test_one_heading_over_a_timestamped_line_is_no_label():
    text = "Chapter one:\n[0:04] Hello and welcome, this is the show.\n[0:09] Today we talk about bread.\n"
    assert labels(read(text, lang="en")) == [None]


# --- P30m a dash interview: every dash is a change of speaker ---------------------------------

def test_each_dashed_paragraph_of_an_interview_is_a_turn_also_between_greetings():
    text = ("EL ALCALDE HABLA\n\nAna Ruiz\n\n- Buenos días, alcalde.\n\n- Buenos días, Ana.\n\n"
            "- ¿Contento?\n\n- Mucho, la verdad. Es un honor.\n\n- ¿Y el puerto?\n\n-Lo arreglaremos pronto.\n")
    turns = speech(read(text, lang="es"))
    assert turns[:2] == ["- Buenos días, alcalde.", "- Buenos días, Ana."]
    assert len(turns) == 6


# --- P31m the first question above the first labelled answer -----------------------------------

def test_an_unlabeled_question_above_the_first_labelled_answer_is_the_first_turn():
    text = ("Bürgermeisterin Ann Roe, wie fühlt sich das an?\n\nRoe: Sehr gut. Ich bin froh.\n\n"
            "Was planen Sie als Erstes?\n\nRoe: Ich besuche die Schulen der Stadt.\n\n"
            "Und danach?\n\nRoe: Dann die Finanzen.\n")
    doc = read(text, lang="de")
    assert labels(doc) == [None, "Roe:", None, "Roe:", None, "Roe:"]
    assert speech(doc)[0] == "Bürgermeisterin Ann Roe, wie fühlt sich das an?"


# --- H120m a closing interview credit is no speech ----------------------------------------------

def test_the_interviewers_closing_credit_is_set_apart_from_the_last_answer():
    text = ("Was planen Sie?\n\nRoe: Ich besuche die Schulen.\n\nUnd danach?\n\n"
            "Roe: Dann die Finanzen.\n\nDas Interview führte Jan Poe\n")
    doc = read(text, lang="de")
    assert speech(doc)[-1] == "Dann die Finanzen."


def test_a_credit_in_french_after_the_last_answer_is_set_apart():
    text = ("Pourquoi ce choix ?\n\nROE : Parce que la ville change.\n\nEt demain ?\n\n"
            "ROE : Nous verrons.\n\nPropos recueillis par Jean Poe\n")
    assert speech(read(text, lang="fr"))[-1] == "Nous verrons."


# --- L123m / H121m a headline quoting the person it names --------------------------------------

def _title(doc) -> str | None:
    from teikit.model import HeaderKind, HeaderLine
    return next((b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE), None)


def test_a_name_and_a_quotation_on_the_first_line_is_the_headline_not_a_label():
    text = ("Ana Gil (PSOE): “El puerto no puede esperar más tiempo”\n\n"
            "La alcaldesa repasa su mandato en esta entrevista.\n\n¿Qué balance hace?\n\n"
            "Bueno, razonable. Hemos trabajado mucho.\n\n¿Y el puerto?\n\nEs lo primero.\n")
    doc = read(text, lang="es")
    assert _title(doc) == "Ana Gil (PSOE): “El puerto no puede esperar más tiempo”"
    assert "Ana Gil (PSOE):" not in labels(doc)


def test_an_upper_case_label_whose_speech_is_a_quotation_stays_a_label():
    text = "ANN LEE: “We will build the bridge this year”\n\nBOB ROE: Thank you.\n\nBOB ROE: Next.\n"
    assert labels(read(text, lang="en")) == ["ANN LEE:", "BOB ROE:", "BOB ROE:"]


# --- L124m / H123m "Section: Transcripts of ..." is the page's heading -------------------------

_RELEASE = ("Releases: Transcripts of the mayor on the radio on Friday, July 19 2019.\n\n"
            "Ann Lee: Good morning, Mr. Mayor.\n\nMayor Bob Roe: Good morning, Ann.\n\n"
            "Lee: Is it hot?\n\nRoe: Very hot.\n")


def test_a_section_name_before_a_transcript_heading_is_no_label():
    assert labels(read(_RELEASE, lang="en")) == ["Ann Lee:", "Mayor Bob Roe:", "Lee:", "Roe:"]


def test_a_transcript_heading_over_the_first_label_is_the_title():
    assert _title(read(_RELEASE, lang="en")) == "Releases: Transcripts of the mayor on the radio on Friday, July 19 2019."


def test_a_notice_naming_the_transcript_stays_a_note():
    from teikit.transforms.helpers.leadlines import names_transcript
    from teikit.lexicons import load
    assert names_transcript("This is a rush transcript. It may be updated.", load("en"))
    assert not names_transcript("Transcript of the mayor's weekly briefing", load("en"))


# --- H122m a site's welcome banner, a lone search widget, a share link ------------------------

def test_a_welcome_banner_and_a_search_widget_above_the_title_are_site_lines():
    from teikit.model import Boilerplate
    text = ("Bienvenidos al Blog de Ana Ruiz\n\nSEARCH\n\nENTREVISTA AL NUEVO ALCALDE\n\n"
            "- Buenos días.\n\n- Buenos días, Ana.\n\n- ¿Contento?\n\n- Mucho.\n\n- ¿Y ahora?\n\n- A trabajar.\n")
    doc = read(text, lang="es")
    assert [b.text for b in doc.blocks if isinstance(b, Boilerplate)][:2] == ["Bienvenidos al Blog de Ana Ruiz", "SEARCH"]
    assert _title(doc) == "ENTREVISTA AL NUEVO ALCALDE"


def test_a_mail_this_story_link_is_a_site_line():
    from teikit.model import Boilerplate
    doc = read("Mail this story to a friend.\n\n" + _RELEASE, lang="en")
    assert [b.text for b in doc.blocks if isinstance(b, Boilerplate)] == ["Mail this story to a friend."]


# --- H125m a caption's ">>" opens the speech, with the event caption above it ---------------

def test_a_caption_speaker_mark_opens_the_speech_and_keeps_the_applause_above_it():
    from teikit.model import Event, HeaderLine
    text = ("Transcript\n[ Applause ]\n>> Good morning and welcome to\nBuilding Better Bridges\n"
            "in Small Towns.\nI am Ann Lee.\nI work on the\nbridges team.\n")
    doc = read(text, lang="en")
    assert not any(isinstance(b, HeaderLine) and b.text.startswith(">>") for b in doc.blocks)
    turn = doc.turns()[0]
    items = [i for p in turn.paragraphs for i in getattr(p, "content", [])]
    assert any(isinstance(i, Event) and i.text == "[ Applause ]" for i in items)


# --- L125m one bracketed name glued to a long statement -----------------------------------------

def test_a_lone_bracketed_name_glued_to_a_long_statement_is_its_label():
    text = ("[王小明]各位记者朋友,大家好。今天我们在这里介绍本次会议的主要安排和采访的具体事项,欢迎大家提问。\n"
            "会议期间还将举行多场记者会。\n")
    doc = read(text, lang="zh")
    assert labels(doc) == ["[王小明]"]
    assert doc.turns()[0].name == "王小明"


def test_a_bracketed_word_before_a_short_line_is_no_label():
    text = "[图片]会场一角\n\n今天的会议在北京举行,来自各地的代表参加了会议并发言。\n"
    assert labels(read(text, lang="zh")) == [None]


# --- H126m a related-news label in lenticular brackets after the last turn --------------------

def test_a_related_news_label_after_the_statement_is_a_site_line():
    from teikit.model import Boilerplate
    text = ("[王小明]各位记者朋友,大家好。今天我们在这里介绍本次会议的主要安排和采访的具体事项,欢迎大家提问。\n"
            "【相关新闻推荐】\n")
    doc = read(text, lang="zh")
    assert [b.text for b in doc.blocks if isinstance(b, Boilerplate)] == ["【相关新闻推荐】"]


# --- N70m the interviewer a closing credit names ----------------------------------------------

def test_the_closing_credit_names_the_unlabeled_questions():
    text = ("Bürgermeisterin Ann Roe, wie fühlt sich das an?\n\nRoe: Sehr gut.\n\n"
            "Was planen Sie als Erstes?\n\nRoe: Ich besuche die Schulen.\n\n"
            "Und danach?\n\nRoe: Dann die Finanzen.\n\nDas Interview führte Jan Poe\n")
    doc = read(text, lang="de")
    names = {p.id: p.name for p in doc.persons}
    assert [names.get(t.who) for t in doc.turns() if t.label is None] == ["Jan Poe"] * 3


def test_without_a_credit_the_questions_stay_unnamed():
    text = ("Was planen Sie als Erstes?\n\nRoe: Ich besuche die Schulen.\n\n"
            "Und danach?\n\nRoe: Dann die Finanzen.\n\nJan Poe\n")
    doc = read(text, lang="de")
    assert all(t.who is None for t in doc.turns() if t.label is None)


# --- N71m the guest an interview's title introduces by office answers its "A:" turns ----------

_QA = ("Q: What is the rule at your meetings?\n\nA: Each speaker decides.\n\n"
       "Q: Has it changed since 2008?\n\nA: Not much, really.\n")


def test_the_guest_the_interview_title_names_by_office_answers():
    doc = read("Interview #12: Springfield Councilor Ann Roe (with podcast)\n\n" + _QA, lang="en")
    people = {p.id: (p.name, p.role) for p in doc.persons}
    assert {people.get(t.who) for t in doc.turns() if t.label == "A:"} == {("Ann Roe", "Councilor")}


def test_a_title_naming_two_officials_names_no_answerer():
    doc = read("Interview: Mayor Ann Roe and Councilor Bob Poe on the budget\n\n" + _QA, lang="en")
    assert all(t.who is None for t in doc.turns() if t.label == "A:")


# --- P32m after one labelled exchange, a question line over its answer ------------------------

def test_a_question_line_over_its_answer_after_one_labelled_exchange_is_two_turns():
    text = ("ZEITUNG: Frau Roe, wie war das erste Jahr?\nRoe: Anstrengend, aber gut.\n\n"
            "Was ist gelungen?\nDie Schulen sind saniert. Darauf bin ich stolz.\n\n"
            "Und was nicht?\nDer Bahnhof dauert zu lange.\n")
    doc = read(text, lang="de")
    assert labels(doc) == ["ZEITUNG:", "Roe:", None, None, None, None]
    assert speech(doc)[2:4] == ["Was ist gelungen?", "Die Schulen sind saniert. Darauf bin ich stolz."]


def test_a_speakers_own_question_line_in_a_labelled_dialogue_stays_in_the_turn():
    text = ("ANN: Wie war das Jahr?\nBOB: Gut.\n\nANN: Und jetzt?\nBOB: Warum nicht?\nWir machen weiter.\n")
    assert labels(read(text, lang="de")) == ["ANN:", "BOB:", "ANN:", "BOB:"]


# --- P33m a news lead naming an interview over its only question -------------------------------

_LED = ("Ana Gil: “El puerto no puede esperar más tiempo”\n\n"
        "La alcaldesa gobierna desde 2019 con un pacto de tres partidos y se presenta de nuevo.\n\n"
        "En una entrevista a este diario, Gil dice sentirse satisfecha con el trabajo hecho.\n\n"
        "¿Qué balance hace del mandato que ahora termina?\n\n"
        "Creo que ha sido un mandato razonablemente bueno. Siempre se puede hacer más.\n")


def test_a_lead_naming_an_interview_over_its_only_question_is_three_turns():
    turns = speech(read(_LED, lang="es"))
    assert turns[-2:] == ["¿Qué balance hace del mandato que ahora termina?",
                          "Creo que ha sido un mandato razonablemente bueno. Siempre se puede hacer más."]


def test_a_speech_with_one_rhetorical_question_and_no_interview_stays_one_turn():
    text = _LED.replace("En una entrevista a este diario, Gil", "En un acto público, Gil")
    assert len(speech(read(text, lang="es"))) == 1
