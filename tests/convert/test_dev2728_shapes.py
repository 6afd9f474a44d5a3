"""Turn shapes read on dev27 and dev28 (rule ids 770-789 ending in `c`): small synthetic
variants written for the test (other words, other languages; never a corpus line), each
positive one failing without its rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech

# --- L770c a quoted answer that opens with a name and a colon is no label ------------------------

_QUOTED_ANSWERS = ("Chi vince lo scudetto quest'anno, secondo lei?\n\n"
                   "\"L'Inter, senza dubbio: ha la rosa più lunga.\"\n\n"
                   "E la sorpresa del campionato?\n\n"
                   "\"Il Bologna: Orsolini e Ndoye sono due fenomeni.\"\n\n"
                   "Chi retrocede?\n\n"
                   "\"Difficile dirlo adesso, è troppo presto.\"\n")


def test_a_quoted_answer_opening_with_a_name_and_a_colon_is_no_label():
    doc = read(_QUOTED_ANSWERS, lang="it")
    assert labels(doc) == [None] * 6


def _answers_labels(lang: str, *paragraphs: str) -> list:
    return labels(read("\n\n".join(paragraphs) + "\n", lang=lang))


def test_a_spanish_quoted_answer_opening_with_a_club_and_a_colon_is_no_label():
    assert _answers_labels("es", "¿Quién gana la liga este año?", "\"El Madrid, sin duda: tiene la mejor plantilla.\"",
                           "¿Y la sorpresa?", "\"El Girona: Dovbyk y Savinho son dos fenómenos.\"",
                           "¿Quién baja?", "\"Difícil decirlo ahora, es muy pronto.\"") == [None] * 6


def test_an_english_quoted_answer_opening_with_a_nickname_and_a_colon_is_no_label():
    assert _answers_labels("en", "Who wins the league?", "\"Arsenal, no doubt: the deepest squad.\"",
                           "And the surprise?", "\"The Bees: Mbeumo and Wissa are two phenomena.\"",
                           "Who goes down?", "\"Hard to say, it is too early.\"") == [None] * 6


def test_a_label_before_a_quotation_that_holds_a_colon_stays_a_label():
    assert _answers_labels("en", "Ann Roe: Who wins the league?", "Bob Lee: \"The Bees: they are two phenomena.\"",
                           "Ann Roe: And who goes down?", "Bob Lee: \"Hard to say, it is too early.\"") \
        == ["Ann Roe:", "Bob Lee:", "Ann Roe:", "Bob Lee:"]


# --- L771c marked answers: a stage note before the mark, a greeting above the first question -----

_GREETED = ("Good morning, Tom. Thanks for finding the time.\n\n"
            "\"My pleasure. I have little else to do on holiday.\"\n\n"
            "Has any club called you this week?\n\n"
            "\"One did.\"\n\n"
            "Go on.\n\n"
            "(laughs) \"The harbour club. They never know what they want.\"\n\n"
            "And your answer to them?\n\n"
            "(shrugs)\" No, thank you. I said no three times already.\"\n\n"
            "Which team looks strongest to you?\n\n"
            "\"The two from the north.\"\n")


def test_a_greeting_above_the_first_question_is_the_interviewers_turn():
    assert speech(read(_GREETED, lang="en"))[:3] == [
        "Good morning, Tom. Thanks for finding the time.",
        "\"My pleasure. I have little else to do on holiday.\"", "Has any club called you this week?"]


def test_a_stage_note_before_the_quotation_mark_still_marks_the_answer():
    doc = read(_GREETED.replace("Good morning, Tom. Thanks for finding the time.\n\n"
                                "\"My pleasure. I have little else to do on holiday.\"\n\n", ""), lang="en")
    assert len(doc.turns()) == 8


def test_a_german_lead_over_the_first_question_stays_above_the_interview():
    text = ("Anna Roe leitet seit drei Jahren den Hafen. Wir haben sie besucht.\n\n"
            "Wann öffnet der neue Kai?\n\n„Im Frühjahr.“\n\n"
            "Und die Fähre?\n\n„Zweimal am Tag.“\n\n"
            "Wer bezahlt das?\n\n„Die Stadt, zur Hälfte.“\n")
    assert speech(read(text, lang="de"))[:2] == [
        "Anna Roe leitet seit drei Jahren den Hafen. Wir haben sie besucht.", "Wann öffnet der neue Kai?"]


# --- L772c two apostrophes open an answer run on after its question ------------------------------

_APOSTROPHES = ("Partiamo da te: chi sei? ''Sono un cantante di Salerno, e scrivo canzoni da dieci anni''.\n\n"
                "Il nuovo disco: come nasce? ''Nasce dalle persone che mi hanno scritto dopo il primo album''.\n\n"
                "E il prossimo concerto? ''Sarà a Napoli in primavera, con tutta la band al completo''.\n")


def test_an_answer_opened_by_two_apostrophes_is_cut_from_its_question():
    assert speech(read(_APOSTROPHES, lang="it")) == [
        "Partiamo da te: chi sei?", "''Sono un cantante di Salerno, e scrivo canzoni da dieci anni''.",
        "Il nuovo disco: come nasce?", "''Nasce dalle persone che mi hanno scritto dopo il primo album''.",
        "E il prossimo concerto?", "''Sarà a Napoli in primavera, con tutta la band al completo''."]


def test_a_spanish_answer_in_two_apostrophes_is_cut_too():
    text = ("¿Quién eres? ''Soy cantante de Sevilla y escribo canciones desde hace diez años''.\n\n"
            "¿Cómo nace el disco? ''Nace de lo que me dijo la gente después del primer álbum''.\n\n"
            "¿Y el próximo concierto? ''Será en Madrid en primavera, con toda la banda''.\n")
    assert len(read(text, lang="es").turns()) == 6


def test_one_apostrophe_after_a_question_cuts_nothing():
    text = ("Partiamo da te: chi sei? 'Sono un cantante di Salerno, e scrivo canzoni da dieci anni'.\n\n"
            "Il nuovo disco: come nasce? 'Nasce dalle persone che mi hanno scritto dopo il primo album'.\n\n"
            "E il prossimo concerto? 'Sarà a Napoli in primavera, con tutta la band al completo'.\n")
    assert len(read(text, lang="it").turns()) == 1
