"""Shapes first met in corpus/dev16 (docs/convert-shapes.md, sections marked dev16), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.model import Boilerplate, EndLine, Event, HeaderKind, HeaderLine, Note, Paragraph
from tests.convert.conftest import labels, read, speech


def _header(doc, kind=None) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and (kind is None or b.kind == kind)]


def _events(doc) -> list[str]:
    return [i.text for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)
            for i in p.content if isinstance(i, Event)]


# --- L160q a radio host's or caller's role word alone over the speech ------------------------

def test_italian_host_and_caller_words_alone_are_labels():
    text = ("Ascoltatrice\n-Buongiorno, volevo chiedere una cosa a Marta.\nMarta\n-Certo, mi dica pure.\n"
            "Conduttore\n– E lei cosa risponde?\nMarta\n– Rispondo di sì.\nConduttore\n– Grazie mille.\n"
            "Marta\n-Grazie a voi.\n")
    doc = read(text, lang="it")
    assert labels(doc) == ["Ascoltatrice", "Marta", "Conduttore", "Marta", "Conduttore", "Marta"]


# --- I160q a line saying that the text below is a translation --------------------------------

def test_a_translation_lead_before_the_first_label_is_no_speech():
    text = ("Sotto trovate l’intervista tradotta in italiano dal nostro staff.\n"
            "Anna: Buongiorno a tutti.\nPietro: Buongiorno Anna.\nAnna: Come stai?\nPietro: Bene.\n")
    doc = read(text, lang="it")
    assert labels(doc)[0] == "Anna:"
    assert "Sotto trovate l’intervista tradotta in italiano dal nostro staff." in _header(doc)


# --- I161q a translator's credit after the last turn ------------------------------------------

def test_a_translators_credit_after_the_last_turn_is_an_end_line():
    text = ("Anna: Buongiorno a tutti.\nPietro: Buongiorno Anna.\nAnna: Come stai?\nPietro: Bene, grazie.\n"
            "Grazie a Lucia Verdi per la traduzione!\n")
    doc = read(text, lang="it")
    assert speech(doc)[-1] == "Bene, grazie."
    assert any(isinstance(b, EndLine) and b.text.startswith("Grazie a Lucia Verdi") for b in doc.blocks)


# --- L161q a reporter's role word in a label printed once (Russian lexicon) -------------------

def test_a_reporters_role_compound_printed_once_is_a_label():
    text = ("Девушка-репортер: Сегодня у нас в гостях тренер Иван Петров.\n\nИван Петров: Здравствуйте.\n\n"
            "Ведущий: Как прошёл сезон?\n\nИван Петров: Хорошо.\n\nВедущий: Спасибо.\n")
    doc = read(text, lang="ru")
    assert labels(doc)[0] == "Девушка-репортер:"


# --- L162q two full names each printed once before their initials ------------------------------

def test_two_names_printed_once_before_their_initials_are_labels():
    text = ("Мария Соколова: Добрый вечер, у нас в гостях Олег Белов.\n\n"
            "Олег Белов: Добрый вечер, рад быть здесь.\n\nМС: Как вы начинали?\n\nОБ: Очень просто, в школе.\n")
    doc = read(text, lang="ru")
    assert labels(doc) == ["Мария Соколова:", "Олег Белов:", "МС:", "ОБ:"]


# --- L163q each turn printed again in translation ----------------------------------------------

def test_english_labels_under_chinese_ones_are_labels_too():
    text = ("记者:请问会议的成果如何?\nWang Lei: What are the outcomes of the meeting?\n"
            "发言人:会议取得了积极成果。\nLi Na: The meeting achieved positive results.\n")
    doc = read(text, lang="zh")
    assert labels(doc) == ["记者:", "Wang Lei:", "发言人:", "Li Na:"]


# --- L164q a question's number before its label ------------------------------------------------

def test_a_question_number_before_the_label_is_set_apart():
    text = ("1  问:今年的计划是什么?\n\nQ: What is the plan for this year?\n\nA: We will build a new port.\n\n"
            "2  问:什么时候完成?\n\nQ: When will it be finished?\n\nA: Next spring.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["问:", "Q:", "A:", "问:", "Q:", "A:"]
    assert [b.text.strip() for b in doc.blocks if isinstance(b, Note) and b.type == "number"] == ["1", "2"]


# --- L165q a bracketed tag over a headline -----------------------------------------------------

def test_a_bracketed_tag_before_a_headline_is_no_speaker():
    text = ("【独家】市长访谈/Interview with the Mayor(2020-05-06)\n\n主持人:您好,市长。\n\n市长:您好。\n\n"
            "主持人:请介绍一下新港口。\n\n市长:新港口明年春天开放。\n")
    doc = read(text, lang="zh")
    assert labels(doc) == ["主持人:", "市长:", "主持人:", "市长:"]


# --- L166q the chair's office in capitals without its accent -----------------------------------

def test_an_accentless_chair_office_before_a_spaced_dash_is_a_label():
    text = ("LE PRESIDENT - Mesdames, Messieurs,\nJe voudrais d'abord remercier nos hôtes.\n"
            "Je voudrais aussi saluer la population.\n")
    doc = read(text, lang="fr")
    assert labels(doc) == ["LE PRESIDENT -"]


# --- H160q a dateline that ends with its date --------------------------------------------------

def test_a_dateline_ending_with_its_date_gives_the_place():
    text = ("Salle de presse - Lyon, France, le mardi 12 mars 2024.\nLA PRESIDENTE - Mesdames, Messieurs,\n"
            "Je suis heureuse d'être parmi vous.\n")
    doc = read(text, lang="fr")
    assert _header(doc, HeaderKind.DATELINE) == ["Salle de presse - Lyon, France, le mardi 12 mars 2024."]
    assert doc.setting.place == "Lyon, France" and doc.setting.date_iso == "2024-03-12"


# --- L167q a hearing's "Mr. Surname." named in the proceedings ---------------------------------

def test_a_hearing_chairmans_label_with_a_full_stop_is_a_label():
    text = ("Hearing of the Subcommittee on Ports\n\nTuesday, May 3, 2005\n\n"
            "The subcommittee met, pursuant to notice, at 9:30 a.m., Hon. Ann Baxter presiding.\n\n"
            "Present: Representatives Baxter, Cole and Dunn.\n\n"
            "Mrs. Baxter. The subcommittee will come to order. We meet today on the harbour bill.\n\n"
            "We will hear two panels.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Mrs. Baxter."]
    assert speech(doc)[0].startswith("The subcommittee will come to order.")


def test_an_office_addressed_with_a_full_stop_is_no_label():
    text = ("Interview mit dem Bundeskanzler\n\nHerr Bundeskanzler. Vor einer Woche waren Sie in Paris. Wie war es?\n\n"
            "Es war ein guter Besuch.\n")
    doc = read(text, lang="de")
    assert "Herr Bundeskanzler." not in labels(doc)


# --- H162q a hearing's proceedings and attendance lines ----------------------------------------

def test_a_hearings_proceedings_and_attendance_lines_are_header_lines():
    text = ("The subcommittee met, pursuant to call, at 2:00 p.m., in Room 12.\n\n"
            "Present: Representatives Baxter and Cole.\n\nMRS. BAXTER: The subcommittee will come to order.\n\n"
            "MR. COLE: Thank you.\n\nMRS. BAXTER: We begin.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["MRS. BAXTER:", "MR. COLE:", "MRS. BAXTER:"]
    assert "Present: Representatives Baxter and Cole." in _header(doc)


# --- E160q a heckle naming its caller ----------------------------------------------------------

def test_a_heckle_that_names_its_caller_is_an_event():
    text = ("GR Anna Berger (SPÖ): Das Budget ist solide. (StR Mag Karl Huber: Das stimmt nicht!) "
            "Wir bleiben dabei.\nVorsitzender GR Peter Lang: Danke.\n")
    doc = read(text, lang="de")
    assert _events(doc) == ["(StR Mag Karl Huber: Das stimmt nicht!)"]


def test_a_caption_with_one_word_before_its_colon_is_no_heckle():
    text = "ANN: We went there (Photo: Ann Lee) last year.\nBOB: Nice.\nANN: Yes.\n"
    doc = read(text, lang="en")
    assert _events(doc) == []


# --- E161q laughter of several people ----------------------------------------------------------

def test_french_and_russian_laughter_of_several_are_events():
    fr = read("A : Vraiment ? (Les deux rient)\n\nB : Oui.\n\nA : Bien.\n", lang="fr")
    ru = read("А: Правда? (смеются)\n\nБ: Да.\n\nА: Хорошо.\n", lang="ru")
    assert _events(fr) == ["(Les deux rient)"] and _events(ru) == ["(смеются)"]


# --- B160q a link to another part of the same interview ----------------------------------------

def test_a_link_to_another_part_of_the_interview_is_a_site_line():
    text = ("Leggi la seconda parte dell’intervista!\n\nBuongiorno e benvenuti alla puntata di oggi.\n\n"
            "D: Come hai cominciato?\n\nS: Per caso.\n\nD: E poi?\n\nS: Ho continuato.\n")
    doc = read(text, lang="it")
    assert any(isinstance(b, Boilerplate) and b.text.startswith("Leggi la seconda parte") for b in doc.blocks) \
        or "Leggi la seconda parte dell’intervista!" in _header(doc, HeaderKind.BOILERPLATE)
    assert not speech(doc)[0].startswith("Leggi")


# --- H161q a transcript heading after the episode's title --------------------------------------

def test_a_titled_transcript_heading_marks_the_show_notes_above_it():
    text = ("How do tides work?\nIn this episode we explain the moon and the sea.\n"
            "We also talk about harbours and their clocks.\nHow do tides work? Transcript\n"
            "Jane Moss: Welcome to the show, everyone.\nTom Reed: Thanks, Jane.\nJane Moss: Let us begin.\n"
            "Tom Reed: Yes, let us.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Jane Moss:", "Tom Reed:", "Jane Moss:", "Tom Reed:"]
