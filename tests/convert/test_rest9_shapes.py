"""Shapes left unread on corpus/dev9 (docs/convert-shapes.md): the language under English page
furniture, office labels, unlabeled interviews, a capture's page-store prefix. One small
synthetic example each, written for the test (never a corpus line): each fails without its rule."""
from __future__ import annotations

import pytest

from teikit.model import Boilerplate, Event
from tests.convert.conftest import labels, read, speech

# --- D1 the language of the speech, not of the page's English furniture ------------------------

FURNITURE = ("Home\nSearch\nEnglish | Deutsch | Español | Français\nSign in\nShare\n\n"
             "We use cookies to give you the best experience on this site. If you go on, we will "
             "assume that you are happy with it and that you accept the terms.\n\n")

SPEECH = {
    "de": "Gespräch im Rathaus\n\nFRAGE: Wann beginnt der Bau der Brücke?\n\n"
          "ANNA BERG: Im Frühjahr, wenn die Mittel da sind.",
    "fr": "Entretien à la mairie\n\nQUESTION : Quand commence la construction du pont ?\n\n"
          "ANNE BERG : Au printemps, si les fonds sont là.",
    "es": "Entrevista en el ayuntamiento\n\nPREGUNTA: ¿Cuándo empieza la obra del puente?\n\n"
          "ANA BERG: En primavera, cuando los fondos estén.",
    "it": "Intervista in municipio\n\nDOMANDA: Quando comincia il cantiere del ponte?\n\n"
          "ANNA BERG: In primavera, se ci sono i fondi.",
    "ru": "Беседа в мэрии\n\nВОПРОС: Когда начнется стройка моста?\n\n"
          "АННА БЕРГ: Весной, если у нас будут деньги на это.",
    "zh": "市政厅访谈\n\n记者：大桥什么时候开工？\n\n"
          "贝格：明年春天，资金到位以后。",
}


@pytest.mark.parametrize("lang", sorted(SPEECH))
def test_the_language_is_the_speech_s_not_the_english_menus_and_widgets(lang):
    doc = read(FURNITURE + SPEECH[lang])
    assert doc.lang == lang


def test_an_english_page_with_the_same_furniture_stays_english():
    doc = read(FURNITURE + "Town hall talk\n\nQ: When does the work on the bridge begin?\n\n"
                           "ANN BERG: In the spring, if the funds are there.")
    assert doc.lang == "en"


def test_a_language_switcher_of_short_lines_does_not_count():
    switcher = "\n".join(f"{code} {name}" for code, name in [
        ("it", "Italian"), ("is", "Icelandic"), ("be", "Belarusian"), ("to", "Tongan"),
        ("en", "English"), ("de", "German")]) + "\n\n"
    doc = read(switcher + "Es ist ein guter Tag für die Stadt, und wir sind froh.")
    assert doc.lang == "de"


def test_a_label_shaped_line_in_a_short_footer_does_not_make_the_footer_the_body():
    answer = ("Wir haben die Pläne für die Brücke mit den Bürgern besprochen, und es gab viel "
              "Zustimmung, auch wenn nicht alle mit dem Zeitplan zufrieden sind.")
    doc = read(f"Die Brücke kommt\n\n{answer}\n\n{answer}\n\n"
               "Tags: you and the city, what is on at the town hall")
    assert doc.lang == "de"


def test_the_speech_of_a_subtitle_file_decides_its_language():
    srt = ("1\n00:00:01,000 --> 00:00:03,000\nGuten Abend, und willkommen in der Stadthalle.\n\n"
           "2\n00:00:03,500 --> 00:00:06,000\nWir sprechen heute über die neue Brücke.\n")
    assert read(srt).lang == "de"


# --- N54 an office label with its field ---------------------------------------------------------

@pytest.mark.parametrize("label, lang, role", [
    ("PRESIDENTE DELLA REPUBBLICA", "it", "Presidente della Repubblica"),
    ("LE PRÉSIDENT DE LA COMMISSION", "fr", "Président de la Commission"),
    ("PRESIDENTE DEL GOBIERNO", "es", "Presidente del Gobierno"),
    ("BUNDESMINISTER DER FINANZEN", "de", "Bundesminister der Finanzen"),
    ("PRESIDENT OF THE EUROPEAN COMMISSION", "en", "President of the European Commission"),
    ("МИНИСТР ИНОСТРАННЫХ ДЕЛ", "ru", "Министр Иностранных Дел"),
])
def test_an_office_label_with_its_field_is_an_office_person(label, lang, role):
    doc = read(f"QUESTION: Ready?\n\n{label}: Yes.\n\nQUESTION: And now?\n\n{label}: Still.", lang=lang)
    person = next(p for p in doc.persons if p.id != "question")
    assert doc.turns()[1].who == doc.turns()[3].who == person.id
    assert person.role.casefold() == role.casefold() and person.name is None  # (no holder named)


def test_an_office_label_with_its_field_takes_the_holder_the_title_names():
    doc = read("Intervista del Presidente della Repubblica, Lucia Ferri, alla radio\n\n"
               "DOMANDA: Come sta il paese?\n\nPRESIDENTE DELLA REPUBBLICA: Bene, grazie.", lang="it")
    person = doc.person(doc.turns()[1].who)
    assert (person.id, person.name, person.role) == ("presidente-della-repubblica", "Lucia Ferri",
                                                     "Presidente della Repubblica")


@pytest.mark.parametrize("label, lang, name", [
    ("MINISTRO DI SALVO", "it", "Di Salvo"), ("MINISTRE DE ROCHEBRUNE", "fr", "De Rochebrune"),
    ("SENATOR JUSTICE", "en", "Justice"),
])
def test_a_surname_with_its_particle_after_an_office_stays_a_name(label, lang, name):
    doc = read(f"QUESTION: Ready?\n\n{label}: Yes.", lang=lang)
    assert doc.person(doc.turns()[1].who).name == name


# --- H75 a page store's date stamp glued to the first line --------------------------------------

def test_a_page_store_s_date_stamp_on_the_first_line_is_page_metadata_not_speech():
    doc = read(" date 2021-03 QUESTION: How is the harbour doing this spring?\n\n"
               "ANN ROE: Better than last year.\n")
    assert isinstance(doc.blocks[0], Boilerplate) and doc.blocks[0].text == "date 2021-03"
    assert labels(doc) == ["QUESTION:", "ANN ROE:"]
    assert speech(doc)[0] == "How is the harbour doing this spring?"


def test_a_date_stamp_is_kept_in_the_tei_outside_the_speech():
    from tests.convert.test_shapes import tei
    root = tei(" date 2021-03 How is the harbour doing this spring?\n\nBetter than last year.\n")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("//t:gap/t:desc/text()", namespaces=ns) == ["date 2021-03"]
    assert not any("date 2021" in "".join(u.itertext()) for u in root.iterfind(".//t:u", ns))


def test_the_word_date_later_in_the_text_is_left_alone():
    doc = read("QUESTION: What is the date 2021-03 about?\n\nANN ROE: date 2021-03 is the launch.\n")
    assert not any(isinstance(b, Boilerplate) for b in doc.blocks)


# --- P15 a question without a question mark in a strictly alternating interview ----------------

A1 = "We rebuilt the quay in two years, with the money of the region and the work of many people."
A2 = "Nobody expected it, but the ships came back as soon as the cranes were working again."
A3 = "It will take time, and we know that the town has waited long enough for all of this."


def interview(*middle: str) -> str:
    return "\n\n".join(["How did the harbour change?", A1, *middle, A2, "What comes next?", A3,
                        "And the ferry?", "It starts in May."]) + "\n"


def test_a_short_paragraph_between_two_answers_of_a_strict_alternation_is_a_question():
    doc = read(interview("So the money came first."))
    assert [s.split()[0] for s in speech(doc)] == ["How", "We", "So", "Nobody", "What", "It", "And", "It"]


def test_a_middle_paragraph_as_long_as_the_answers_stays_in_the_answer():
    doc = read(interview("That was the whole story of the quay, told to anyone who wanted to hear it again."))
    assert len(doc.turns()) == 6


def test_no_question_is_made_when_another_answer_has_several_paragraphs():
    text = interview("So the money came first.").replace(A3, A3 + "\n\nAnd more.")
    assert len(read(text).turns()) == 6


# --- N55 the holder of an office label, introduced by the opening turn ------------------------

def test_the_opening_turn_introduces_the_holder_of_the_office_that_speaks_next():
    doc = read("MODERATOR: Welcome to this briefing with Minister Jane Roe. She will take questions.\n\n"
               "THE MINISTER: Thank you all for coming.\n\nQ: When does the quay open?")
    person = doc.person(doc.turns()[1].who)
    assert (person.name, person.role) == ("Jane Roe", "Minister")


def test_a_question_in_the_opening_turn_names_no_holder():
    doc = read("Q: Do you agree with President Roe on the harbour?\n\nTHE PRESIDENT: Not at all.")
    assert doc.person(doc.turns()[1].who).name is None


def test_a_holder_s_name_ends_at_a_full_stop_or_a_possessive():
    doc = read("President Roe's Town Hall Meeting\n\nTHE PRESIDENT: Thank you all.\n\nQ: Hello.")
    assert doc.person(doc.turns()[0].who).name == "Roe"


# --- P17 questions printed in bold ------------------------------------------------------------

BOLD = ("Talk with the harbour master\n\n**How did the harbour change?**\n\n" + A1 + "\n\n"
        "**Tell us about the cranes.**\n\n" + A2 + "\n\n**And what comes next?**\n\n" + A3 + "\n")


def test_a_bold_paragraph_without_a_question_mark_is_a_question_where_bold_marks_the_questions():
    doc = read(BOLD)
    assert [s.split()[0] for s in speech(doc)] == ["**How", "We", "**Tell", "Nobody", "**And", "It"]


def test_bold_is_no_question_where_a_question_is_printed_without_it():
    doc = read(BOLD.replace("**And what comes next?**", "And what comes next?")
               .replace(A3, A3 + "\n\nAnd more."))  # (an answer of two paragraphs: no P15 either)
    assert "**Tell us about the cranes.**" in [p.text for t in doc.turns() for p in t.paragraphs
                                              if len(t.paragraphs) > 1]


LEAD = "The harbour master spoke to us about the quay, the cranes and the summer season ahead of the town."


@pytest.mark.parametrize("mark", [lambda q: q.upper(), lambda q: f"«{q}»", lambda q: f"_{q}_"])
def test_capitals_quotation_marks_and_italics_mark_questions_the_same_way(mark):
    text = "\n\n".join(["Talk with the harbour master", LEAD, mark("How did the harbour change?"), A1,
                        mark("Tell us about the cranes."), A2, mark("And what comes next?"), A3,
                        "And more."]) + "\n"  # (an answer of two paragraphs: no P15)
    firsts = [s.split()[0].strip("«_").casefold() for s in speech(read(text))]
    assert firsts[1:] == ["how", "we", "tell", "nobody", "and", "it"]  # (the lead, then the exchange)


def test_a_mark_most_answers_share_marks_no_question():
    quoted = [f"«{a}»" for a in (A1, A2, A3)]
    text = "\n\n".join(["Talk with the harbour master", "«How did the harbour change?»", quoted[0],
                        "«Tell us about the cranes.»", quoted[1], "«And what comes next?»", quoted[2],
                        "And more.", "«And what else?»", "It is enough."]) + "\n"
    assert "«Tell us about the cranes.»" in [p.text for t in read(text).turns() for p in t.paragraphs
                                            if len(t.paragraphs) > 1]
