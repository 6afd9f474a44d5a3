"""Shapes first met in corpus/dev14 (docs/convert-shapes.md, sections marked dev14), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.transforms.helpers.labelevidence import list_line
from tests.convert.conftest import labels, read, speech


# --- L140n a short Latin label glued to Chinese speech ----------------------------------------

def test_q_and_a_glued_to_chinese_speech_are_labels():
    text = "Q:你每天几点起床?\nA:六点,然后去公园跑步。\nQ:周末呢?\nA:周末睡到八点。\n"
    doc = read(text, lang="zh")
    assert labels(doc) == ["Q:", "A:", "Q:", "A:"]
    assert speech(doc)[1].startswith("六点")


def test_a_colon_glued_to_latin_text_stays_no_label():
    text = "Remember the rule:always check the date first.\nThen the rest follows.\n"
    assert labels(read(text, lang="en")) == [None]


# --- P40n a dialogue-dash exchange after prose of any length ------------------------------------

_SCRIPT = ("EL ARTE DE PREGUNTAR\n\n"
           "Preguntar bien es un oficio. Se aprende con los años.\n\n"
           "Quien pregunta debe escuchar. Sin escucha no hay diálogo.\n\n"
           "Las preguntas cortas funcionan mejor en la radio.\n\n"
           "Veamos un ejemplo con una vecina del barrio.\n\n"
           "—¿Desde cuándo vive aquí?\n\n—Desde hace veinte años.\n\n"
           "—¿Y qué ha cambiado?\n\n—Casi todo, menos la plaza.\n")


def test_each_dash_paragraph_after_a_long_narration_is_a_turn():
    doc = read(_SCRIPT, lang="es")
    texts = speech(doc)
    assert len(texts) == 5
    assert texts[0].startswith("Preguntar bien") and texts[-1] == "—Casi todo, menos la plaza."


def test_a_dashed_list_without_questions_after_prose_stays_one_turn():
    text = ("Nuestro plan\n\nEste año haremos cuatro cosas. Todas son importantes.\n\n"
            "- Arreglar las calles.\n\n- Abrir la biblioteca.\n\n- Plantar árboles.\n\n- Limpiar el río.\n")
    assert len(speech(read(text, lang="es"))) == 1


# --- P41n a question line and, on the next line, its dash answer -----------------------------------

def test_a_dash_answer_on_the_line_under_a_question_is_a_turn_of_its_own():
    text = ("Мэр города\n\nМэр рассказал нашей газете о планах на следующий год и о ремонте дорог.\n\n"
            "Иван Петрович, что будет с дорогами в следующем году?\n"
            "- Мы отремонтируем три главные улицы. Деньги уже есть.\n")
    texts = speech(read(text, lang="ru"))
    assert texts[-2] == "Иван Петрович, что будет с дорогами в следующем году?"
    assert texts[-1].startswith("- Мы отремонтируем")


def test_a_dash_line_under_a_statement_stays_in_its_paragraph():
    text = ("Мэр города\n\nМы отремонтируем три главные улицы.\n- Деньги уже есть, работы начнутся весной.\n")
    assert len(speech(read(text, lang="ru"))) == 1


# --- L141n typed quotation marks: ",," opening, two apostrophes closing -----------------------------

_TYPED = ("Unser Interview mit der Direktorin\n"
          "Frage 1: ,,Wie lange sind Sie schon hier?''\n,,Seit zehn Jahren, glaube ich.''\n"
          "Frage 2:,, Was gefällt Ihnen am besten?''\n,,Die Kinder, die Lehrer, der Garten.''\n")


def test_question_labels_before_typed_low_quotes_are_labels():
    assert [label for label in labels(read(_TYPED, lang="de")) if label] == ["Frage 1:", "Frage 2:"]


def test_two_commas_opening_a_quotation_make_no_metadata_list():
    assert not list_line(",,Wer kommt, wer geht, wer bleibt?''")
    assert list_line("Ann Roe, Bob Poe, Cy Lee")


# --- P42n answers under question labels --------------------------------------------------------------

def test_the_line_under_a_question_label_is_the_unlabeled_answer():
    doc = read(_TYPED, lang="de")
    assert labels(doc) == ["Frage 1:", None, "Frage 2:", None]
    assert speech(doc)[1] == ",,Seit zehn Jahren, glaube ich.''"


def test_a_question_label_over_a_statement_keeps_its_paragraphs():
    text = ("Protokoll\nFrage: Wir beginnen mit dem Haushalt.\nDer Entwurf liegt vor.\n"
            "Frage: Dann kommt der Verkehr?\nDer Plan ist fertig.\n")
    assert labels(read(text, lang="de")) == ["Frage:", "Frage:"]


# --- H140n a consent box of an embedded widget -----------------------------------------------------

def test_a_consent_box_under_the_headline_is_site_lines_and_the_headline_the_title():
    from teikit.model import Boilerplate, HeaderKind, HeaderLine
    text = ('"Ich wollte immer Lehrerin werden"\n'
            "Wir benötigen Ihre Zustimmung um den Podcast-Player anzuzeigen\n"
            "Durch Klick auf Akzeptieren geben Sie Ihre Einwilligung für die Übertragung.\n"
            "AkzeptierenMehr Informationen\n"
            "Roe: Ja, das wollte ich schon als Kind.\nZeitung: Und warum?\nRoe: Weil ich gern erkläre.\n")
    doc = read(text, lang="de")
    site = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert site == ["Wir benötigen Ihre Zustimmung um den Podcast-Player anzuzeigen",
                    "Durch Klick auf Akzeptieren geben Sie Ihre Einwilligung für die Übertragung.",
                    "AkzeptierenMehr Informationen"]
    titles = [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE]
    assert titles == ['"Ich wollte immer Lehrerin werden"']


# --- L142n "NAME, ROLE:" whose role is printed alone as a label elsewhere -----------------------------

def test_a_name_and_role_label_is_not_cut_before_its_role():
    text = ("Radio Interview\n\n"
            "ANN ROE, HOST: Good afternoon and welcome to the show, it is lovely to have you here.\n\n"
            "BOB LEE, PRIME MINISTER: Good to be here. It is always a pleasure to come on this show.\n\n"
            "HOST: How was your day today, with all the travel and the many meetings you had?\n\n"
            "PRIME MINISTER: Busy but very good, I opened a factory and then visited a school.\n")
    assert labels(read(text, lang="en")) == ["ANN ROE, HOST:", "BOB LEE, PRIME MINISTER:", "HOST:", "PRIME MINISTER:"]
