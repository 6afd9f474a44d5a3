"""Shapes of dev66 (rule ids 2560-2579 ending in `m`): a blog chapter's record of a public Q&A
evening (a lower-case greeting after the label, the author's introduction naming the record,
an audience note with an elided article), on small texts written for the test (never a corpus
line); each fails without its rule."""
from __future__ import annotations

import re

from tests.convert.conftest import body, tei


def _labels(tei_text: str) -> list[str]:
    return re.findall(r'<note type="speaker">(.*?)</note>', tei_text)


def _turns(tei_text: str) -> int:
    return len(re.findall(r"<u[ >]", body(tei_text)))


# --- L2560m A lower-case greeting to the room after a colon label printed once -------------------

EVENING = ("La serata al circolo\n\n"
           "Ogni anno il circolo di Valdora invita il sindaco a rispondere alle domande.\n\n"
           "Moderatore: buonasera a tutti. Grazie di essere qui così numerosi. Cominciamo.\n")


def test_a_greeting_to_the_room_after_a_lone_label_is_speech():
    out = tei(EVENING)
    assert _labels(out) == ["Moderatore:"]
    assert "<seg" in body(out).split("Moderatore:</note>", 1)[1]


def test_an_address_over_lower_case_words_stays_a_question():
    out = tei(EVENING.replace("buonasera a tutti", "il problema del ponte è vecchio"))
    assert _labels(out) == []  # L301j: "Sindaco: il problema ...", an address


# --- E2561m An event note that goes on with an elided article ------------------------------------

def test_a_murmur_in_the_hall_is_an_event():
    out = tei("Anna Bruni: Cominciamo subito. (mormorio nell'aula del consiglio)\n"
              "Luca Neri: Grazie. Rispondo volentieri.\n"
              "Anna Bruni: Allora la prima domanda.\n")
    assert re.search(r"<incident[^>]*>\s*<desc>\(mormorio nell'aula del consiglio\)</desc>", body(out))


def test_a_note_that_does_not_open_with_the_phrase_is_no_event():
    out = tei("Anna Bruni: Cominciamo subito. (il mormorio nell'aula del consiglio)\n"
              "Luca Neri: Grazie. Rispondo volentieri.\n"
              "Anna Bruni: Allora la prima domanda.\n")
    assert "<incident" not in body(out)


# --- H2562m The writer's introduction that names the transcript on a later line ----------------

INTRO = ("Capitolo secondo\n\n"
         "Ogni estate la festa del quartiere di Valdora fa domande al sindaco, davanti al palco.\n"
         "Metto qui di seguito il testo stenografico dell'ultima serata, com'era.\n\n"
         "Giornalista: Buonasera. Grazie di essere qui.\n"
         "Sindaco: Grazie a voi. Rispondo a tutto.\n")


def test_an_introduction_naming_the_record_on_its_last_line_is_no_turn():
    out = tei(INTRO)
    assert _turns(out) == 2
    assert "Ogni estate" not in body(out).split("<u", 1)[1]


def test_an_introduction_that_names_no_record_stays_speech():
    out = tei(INTRO.replace("il testo stenografico", "il racconto"))
    assert _turns(out) == 3


# --- H2563m / H2564m / N2565m A head of office's remarks given in full under a newspaper's lead ---

REMARKS = ("Il sindaco Bruni Foto Ansa\n\n"
           "Dopo la riunione della giunta, il sindaco di Valdora, Marco Bruni, ha salutato i cronisti in sala.\n\n"
           "Ecco il suo intervento:\n\n"
           "“Vi tratterrò poco. Sono qui per salutarvi.\n\n"
           "Vi ringrazio del vostro lavoro di questi mesi.\n\n"
           "Grazie e buon lavoro”.\n")


def _notes(tei_text: str) -> list[str]:
    return re.findall(r'<note type="note">(.*?)</note>', tei_text.split("<body>")[0])


def test_a_caption_closed_by_a_credit_without_colon_is_a_note():
    out = tei(REMARKS)
    assert "Il sindaco Bruni Foto Ansa" in _notes(out)
    assert "Foto Ansa</title>" not in out


def test_a_sentence_with_a_capitalised_photo_word_is_no_caption():
    out = tei("Il museo apre la mostra. Foto di gruppo in Italia\n\nOggi il museo di Valdora ha aperto la mostra. Venite.\n")
    assert _notes(out) == []  # a sentence mark: no caption (and "Foto" not with a credit at the end)


def test_a_lead_and_its_announcement_over_one_quotation_are_the_writers():
    out = tei(REMARKS)
    assert "Ecco il suo intervento:" in _notes(out)
    assert body(out).split("<seg", 1)[1].split(">", 1)[1].startswith("“Vi tratterrò")


def test_a_quotation_closed_before_the_last_paragraph_stays_speech():
    out = tei(REMARKS.replace("Sono qui per salutarvi.", "Sono qui per salutarvi”."))
    assert "Ecco il suo intervento:" not in _notes(out)


def test_the_office_and_name_in_the_lead_name_the_quoted_speaker():
    out = tei(REMARKS)
    assert re.search(r"<persName>Marco Bruni</persName>\s*<affiliation>sindaco di Valdora</affiliation>", out)
    assert 'who="#' in body(out)


def test_no_announcing_note_no_speaker_from_the_lead():
    out = tei(REMARKS.replace("Ecco il suo intervento:\n\n", ""))
    assert "<persName>Marco Bruni</persName>" not in out


# --- H2566m A video page's description under its title printed again ----------------------------

VIDEO = ("Il futuro dei porti\n"
         "Incorpora video\n"
         "Il futuro dei porti\n"
         "L'incontro con Carla Neri, presidente del porto di Valdora, parla di navi e di lavoro.\n"
         "buonasera a tutti grazie di essere qui noi apriamo insieme questa giornata\n")


def test_a_video_description_under_the_title_printed_again_is_a_summary():
    out = tei(VIDEO)
    assert "<argument>" in out and "L'incontro con Carla Neri" not in body(out)


def test_a_first_paragraph_in_the_first_person_stays_speech():
    out = tei(VIDEO.replace("parla di navi", "e noi parliamo di navi"))
    assert "L'incontro con Carla Neri" in body(out)


# --- H2567m A post's lead and transcript heading ending with colons over unlabelled speech ------

CALL = ("合川科技三季度电话会\n"
        "合川科技北京时间 11 月 3 日晚发布三季度财报,电话会要点如下:\n"
        "$ 合川科技 电话会原文:\n"
        "1.管理层汇报\n"
        "今年三季度公司收入增长,毛利率稳定。\n"
        "明年公司将继续扩大产能。\n")


def test_colon_lines_and_a_numbered_heading_over_unlabelled_speech_are_the_pages():
    out = tei(CALL)
    assert "电话会要点如下" not in body(out) and "1.管理层汇报" not in body(out)
    assert "今年三季度公司收入增长" in body(out)


def test_a_colon_line_the_speaker_says_stays_speech():
    out = tei(CALL.replace("合川科技北京时间 11 月 3 日晚发布三季度财报,电话会要点如下:", "我们先看一下三季度的要点:"))
    assert "我们先看一下三季度的要点" in body(out)


# --- N2568m An organisation joined by a hyphen to the office before the full name --------------

TALK = ("Schule und Sprache\n"
        "Hafenfunk-Intendantin Anna Berg im Gespräch mit Landtagspräsident Jonas Kreuz\n"
        "Anna Berg: Herr Kreuz, was sagen Sie dazu?\n"
        "Jonas Kreuz: Ich sage ja.\n"
        "Berg: Warum?\n"
        "Kreuz: Weil es gut ist.\n")


def test_an_office_after_a_hyphenated_organisation_is_the_role():
    out = tei(TALK)
    assert re.search(r"<persName>Anna Berg</persName>\s*<affiliation>Hafenfunk-Intendantin</affiliation>", out)


def test_a_hyphenated_surname_before_a_name_is_no_office():
    out = tei(TALK.replace("Hafenfunk-Intendantin Anna Berg", "Anna Berg-Hafen"))
    assert "Hafenfunk" not in out and "<affiliation>Berg" not in out


def test_a_colon_heading_in_capitals_over_unlabelled_speech_still_names_the_speaker():
    out = tei("CONFERENZA STAMPA: Il presidente Bruni risponde\n\nCONFERENZA STAMPA: Il presidente Bruni risponde\n\nINTRODUZIONE DEL PRESIDENTE BRUNI:\n\n"
              "Buongiorno a tutti.\n\nGrazie di essere qui stamattina.\n")
    assert "<argument>" not in out.split("<body>")[0]
