"""Shapes that corpus/dev4 showed missing (issue 13): one small synthetic example each,
written for the test (docs/convert-shapes.md has the section named in each test)."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech


def turns_read(text: str, want_labels: list, at: int, want_speech: str, **options):
    """The model of `text`, checked for its turns' labels and the speech of turn `at`."""
    doc = read(text, **options)
    assert labels(doc) == want_labels
    assert speech(doc)[at] == want_speech
    return doc


# --- L44 a guest's name in capitals with a mixed-case role -------------------------------

def test_a_name_in_capitals_with_a_mixed_case_role_is_a_label():
    doc = turns_read("ANN HOST: Our guest tonight is the minister.\n"
                     "PAUL GRANT, Head of the Northern Fisheries Council: Thank you for having me.\n"
                     "ANN HOST: Why now?\nPAUL GRANT: Because the season opens.\n",
                     ["ANN HOST:", "PAUL GRANT, Head of the Northern Fisheries Council:", "ANN HOST:", "PAUL GRANT:"],
                     1, "Thank you for having me.")
    grant = doc.person(doc.turns()[1].who)
    assert grant.name == "Paul Grant" and grant.role == "Head of the Northern Fisheries Council"


def test_a_place_in_capitals_before_a_comma_is_no_label():
    doc = read("ANN HOST: Good evening.\nGENEVA, Switzerland: the talks resumed today.\n")
    assert labels(doc) == ["ANN HOST:"]


# --- H21 widgets of document viewers, image breadcrumbs and pagers ------------------------

def test_viewer_widgets_breadcrumbs_and_pagers_are_site_lines():
    from teikit.model import Boilerplate
    site = ["Size: px", "Start display at page:", 'Download "Annual Review Talk"', "Transcription",
            "(Watch it here)", "Mobile version", "Home arrow Library arrow Talks",
            "< Back   CONTENTS   Next >", "> Archive> Talks", "03/02/2024 | Press release | Distributed by Wire"]
    doc = read("\n\n".join(site) + "\n\nANN HOST: Welcome back.\n\nPAUL GRANT: Thank you.")
    furniture = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert furniture == site
    assert labels(doc) == ["ANN HOST:", "PAUL GRANT:"]


def test_a_glued_arrow_or_a_caption_timing_line_in_speech_is_no_breadcrumb():
    from teikit.model import Boilerplate
    doc = read("ANN HOST: The ratio is 5> 3 here.\n\nPAUL GRANT: I said > no, said she.")
    assert not [b for b in doc.blocks if isinstance(b, Boilerplate)]


# --- H5b spaced dotted dates and two-digit years -----------------------------------------

def test_spaced_dotted_dates_and_two_digit_years():
    from teikit.lexicons import load
    from teikit.transforms.helpers.dates import date_line, find_date
    assert date_line("8. 10. 1980", load("de")) == "1980-10-08"
    assert find_date("Rueda de prensa del 11/4/62", load("es"))[2] == "1962-04-11"  # day first
    assert find_date("Remarks of 9/11/01", load("en"))[2] == "2001-09-11"  # month first, 20xx below 50
    assert find_date("open 24/7/365", load("en")) is None


def test_a_date_line_with_a_two_digit_year_dates_the_transcript():
    doc = read("Rueda de prensa del presidente\n\n5/3/62\n\nEL PRESIDENTE: Buenas tardes.", lang="es")
    assert doc.setting.date_iso == "1962-03-05"


# --- L45 an article and an office in lower case ----------------------------------------

def test_an_article_and_an_office_in_lower_case_are_a_label():
    doc = read("Rueda de prensa\n\nEl presidente: Tengo varios anuncios que hacer.\n\nSigue el anuncio.", lang="es")
    assert labels(doc) == ["El presidente:"]
    assert speech(doc)[0].startswith("Tengo varios anuncios")


def test_an_article_and_another_word_in_lower_case_are_no_label():
    doc = read("Rueda de prensa\n\nLa situación: es grave, dijo.\n\nSigue el anuncio.", lang="es")
    assert labels(doc) == [None]


# --- L46 a surname label under a lead that names the person -----------------------------

def test_a_surname_label_printed_once_is_a_label_when_the_lead_names_the_person():
    lead = "Dans un entretien, l’ancien ministre Paul GRANT revient sur la crise de la pêche."
    doc = read(f"{lead}\n\nBonjour, monsieur le ministre. Comment allez-vous ?\n\n"
               "Grant : Bien, merci. La saison commence.", lang="fr")
    assert labels(doc)[-1] == "Grant :"
    assert speech(doc)[-1] == "Bien, merci. La saison commence."


def test_a_word_before_a_colon_that_the_lead_prints_only_in_lower_case_context_is_no_label():
    doc = read("Le conseil a parlé de la pêche et de la crise.\n\nPêche : la saison commence.", lang="fr")
    assert "Pêche :" not in labels(doc)


# --- N18 an outlet, a dash and the journalist's name --------------------------------------

def test_an_outlet_before_a_dash_is_the_askers_affiliation_not_the_name():
    doc = read("Le domande dei giornalisti\n\nIl Giornale – Anna Rossi\n\nBuongiorno, presidente. Che cosa farà?\n\n"
               "Rai News24 – Marco Bianchi\n\nPresidente, una domanda sulla pesca?", lang="it")
    assert labels(doc) == ["Il Giornale – Anna Rossi", "Rai News24 – Marco Bianchi"]
    rossi = doc.person(doc.turns()[0].who)
    assert rossi.name == "Anna Rossi" and rossi.role == "Il Giornale"


def test_a_name_before_a_dash_and_a_role_keep_their_order():
    from teikit.lexicons import load
    from teikit.transforms.helpers.labelparts import label_parts
    parts = label_parts("Anna Rossi – Portavoce", load("it"))
    assert parts.name == "Anna Rossi" and parts.office == "Portavoce"


# --- L18b run-on turns whose labels change form or cut into a sentence -------------------

def test_run_on_turns_whose_labels_change_form_and_interrupt():
    line = ("2 ANNE HOLLOWAY: Welcome, all of you, to this evening at the institute. It is my great "
            "pleasure to introduce our speaker, who has led the fisheries council for six long years "
            "and who now PAUL GRANT: Leads it still. (Laughs.) MS. HOLLOWAY: Yes, leads it still, and "
            "he will speak for a few minutes before we take your questions from the floor of the hall. "
            "MR. GRANT: Thank you, Anne. And thank you all for coming out on such a cold evening.")
    doc = read("THE COUNCIL: PAST AND FUTURE\n\n" + line)
    assert labels(doc) == ["ANNE HOLLOWAY:", "PAUL GRANT:", "MS. HOLLOWAY:", "MR. GRANT:"]
    assert speech(doc)[1] == "Leads it still. (Laughs.)"


# --- H12b a blog's post date above its headline, a release's date below ----------------

BLOG = ("Pages\n\nSunday, June 6, 2010\n\nTHE FISHERIES INTERVIEW IN FULL\n\n(Watch it here)\n"
        "COUNCIL PRESS OFFICE\nInternal Transcript            June 1, 2010\nINTERVIEW OF THE CHAIR\n"
        "Harbour Room\n\nQ Is the season open?\n\nTHE CHAIR: It is, and it will stay open.")


def test_a_blog_headline_under_its_post_date_is_the_title_and_the_release_date_wins():
    doc = read(BLOG)
    assert doc.setting.title == "THE FISHERIES INTERVIEW IN FULL"
    assert doc.setting.date_iso == "2010-06-01"
    assert doc.setting.place is None


def test_a_note_in_brackets_over_two_lines_is_no_title():
    text = ("Press conference of 3 March 2025\n\n(The chair opens the press conference and welcomes\n"
            "the spokespeople of the ministries.)\n\nSPOKESMAN: Good afternoon.")
    assert read(text).setting.title == "Press conference of 3 March 2025"


# --- L26c a diarization id and its time before the speech, no separator ------------------

def test_a_voice_id_and_its_time_open_a_turn_and_the_time_is_no_speech():
    doc = read("Voz 1 00:00 son las siete de la tarde\n\nVoz 0412 00:03 buenas tardes a todos\n\n"
               "Voz 1 00:09 y empezamos con la última hora", lang="es")
    assert labels(doc) == ["Voz 1 00:00", "Voz 0412 00:03", "Voz 1 00:09"]
    assert speech(doc) == ["son las siete de la tarde", "buenas tardes a todos", "y empezamos con la última hora"]


def test_a_word_a_number_and_a_clock_time_in_a_sentence_are_no_voice_id():
    doc = read("ANN HOST: Welcome.\n\nRoom 12 10:30 is when we meet, she said.")
    assert labels(doc) == ["ANN HOST:"]


# --- L29b a transcript on one line with mixed-case name labels ----------------------------

def test_a_transcript_on_one_line_with_mixed_case_name_labels_is_split_at_each():
    turns_read("Ana Pereira: When the nurses saw that I could not (speak English), they called someone. "
               "Interviewer: They put up a screen for you. Perfect. Jorge Silva: Everything has always "
               "been good. Lena Park, M.D.: We use an interpreter throughout their care.",
               ["Ana Pereira:", "Interviewer:", "Jorge Silva:", "Lena Park, M.D.:"], 1, "They put up a screen for you. Perfect.")


def test_one_line_of_prose_with_two_colons_after_a_name_is_not_split():
    doc = read("ANN HOST: Welcome.\n\nJohn Smith: the biography. It sold well. Note: the sequel did not.")
    assert labels(doc)[0] == "ANN HOST:" and len(labels(doc)) <= 2


# --- N19 an office glued before a name in ideographs -------------------------------------

def test_an_office_glued_before_a_name_in_ideographs_is_the_role():
    doc = read("2024年3月5日外交部发言人李明主持例行记者会\n\n2024年3月5日\n\n记者:请问。\n\n李明:谢谢大家。", lang="zh")
    li = doc.person(doc.turns()[-1].who)
    assert li.name == "李明" and li.role == "外交部发言人"


def test_ideographs_before_a_name_without_an_office_give_no_role():
    doc = read("2024年3月5日会见李明并举行记者会\n\n2024年3月5日\n\n记者:请问。\n\n李明:谢谢大家。", lang="zh")
    assert doc.person(doc.turns()[-1].who).role is None


# --- N20 an office before the name, with its modifier or capitalised words ---------------

def test_an_apposition_with_a_modifier_or_capitalised_words_gives_the_role():
    doc = read("Dans un entretien, l’ancien Premier ministre, Paul GRANT, revient sur la pêche.\n\n"
               "Bonjour, monsieur le ministre.\n\nGrant : Bien, merci.", lang="fr")
    assert doc.person(doc.turns()[-1].who).role == "ancien Premier ministre"
    doc = read("ANN HOST: Our Harbour Board correspondent, Lena Park, was there.\n\nLENA PARK: Thank you, Ann.")
    assert doc.person(doc.turns()[-1].who).role == "Harbour Board correspondent"


def test_capitalised_words_before_a_name_without_an_office_give_no_role():
    doc = read("ANN HOST: Our friend from Paris, Lena Park, was there.\n\nLENA PARK: Thank you, Ann.")
    assert doc.person(doc.turns()[-1].who).role is None


# --- H8d a place after "in" in a title's tail, a country in brackets, bars -----------------

def test_places_after_in_in_a_title_tail_with_a_country_in_brackets_or_after_a_bar():
    def place(text: str, lang: str = "en"):
        return read(text + "\n\nMINISTER: Good morning.", lang=lang).setting.place
    assert place("Press conference by the Minister in Geneva, 3 March 2021") == "Geneva"
    assert place("Conférence de presse du ministre à Lyon, 3 mars 2021", "fr") == "Lyon"
    assert place("Press conference by the Minister\n\nGeneva (Switzerland), 3 March 2021") == "Geneva (Switzerland)"
    assert place("Press conference by the Minister\n\nMarch 3, 2021 | Geneva") == "Geneva"
    assert place("Press conference by the Minister in charge, 3 March 2021") is None


# --- H20b a news lead that names the labelled speaker in full -----------------------------

def test_a_lead_naming_the_labelled_speaker_in_full_is_no_opening_speech():
    doc = read("Dans un entretien, l’ancien ministre Paul GRANT revient sur la crise de la pêche.\n\n"
               "Pour GRANT, la saison est menacée.\n\nBonjour, monsieur le ministre. Comment allez-vous ?\n\n"
               "Grant : Bien, merci.", lang="fr")
    assert labels(doc) == [None, "Grant :"]
    assert speech(doc)[0] == "Bonjour, monsieur le ministre. Comment allez-vous ?"


def test_an_opening_speech_that_addresses_the_next_speaker_by_office_stays_speech():
    doc = read("Secretary Grant, welcome to the council.\n\nWe are glad to have you here today.\n\n"
               "SECRETARY GRANT: Thank you.")
    assert labels(doc) == [None, "SECRETARY GRANT:"]
    assert speech(doc)[0].startswith("Secretary Grant, welcome")


def test_the_interpreter_label_of_a_chinese_press_conference_is_the_interpreter():
    doc = read("外交部长记者会\n\n2008年3月12日\n\n主持人:上午好。\n\n译员:Good morning.\n\n王明:谢谢。", lang="zh")
    assert doc.person(doc.turns()[1].who).interpreter


# --- H22 a page's footer and sidebar after the last turn -----------------------------------

def test_footer_and_sidebar_lines_after_the_last_turn_are_site_lines():
    from teikit.model import Boilerplate
    footer = ["Privacy Policy", "Leave a comment", "Tweet", "Share on Facebook", "You may also like",
              "Posted by admin at 10:32 AM", "Labels: politics, interviews", "Newer Post Older Post Home", "5 min read"]
    doc = read("ANN HOST: Welcome.\n\nPAUL GRANT: Thank you, Ann.\n\n" + "\n\n".join(footer))
    site = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    site += [p.text for t in doc.turns() for p in t.paragraphs if isinstance(p, Boilerplate)]
    assert site == footer
    assert speech(doc)[-1] == "Thank you, Ann."


def test_speech_that_mentions_a_footer_word_stays_speech():
    doc = read("ANN HOST: Welcome.\n\nPAUL GRANT: I read the privacy policy twice, and I tweet about it.")
    assert speech(doc)[-1] == "I read the privacy policy twice, and I tweet about it."


# --- N21 a middle initial between the label's name words ----------------------------------

def test_a_header_name_with_a_middle_initial_is_the_full_name_of_a_label_without_it():
    doc = read("A Talk with Paul R. Grant on the Fisheries\n\nMarch 3, 2021\n\n"
               "PAUL GRANT: Thank you.\n\nANN HOST: Welcome.")
    assert doc.person(doc.turns()[0].who).name == "Paul R. Grant"


def test_site_phrases_that_open_with_a_word_are_tried_by_their_first_letter_only():
    from teikit.transforms.helpers.page import first_letters
    assert first_letters(r"(privacy( policy)?|terms of use|contact us)$") == frozenset("ptc")
    assert first_letters(r"tweet|e-?mail") == frozenset("te")
    assert first_letters(r"[\[(]?\s*(advertisement)") is None  # not a word first: every line
    assert first_letters(r"(a)?b") == frozenset("ab") and first_letters(r"(i)?b") is None and first_letters(r"\d+ min read$") is None


# --- I1b interpreting notes of more forms, and notes of two parts --------------------------

def test_interpreting_notes_of_more_forms_and_of_two_parts_mark_the_turn():
    def interpreted(text: str, lang: str = "en") -> bool:
        return read("HOST: Welcome.\n\n" + text, lang=lang).turns()[-1].interpreted
    assert interpreted("MINISTER GRANT: (Speaking through an interpreter) Thank you.")
    assert interpreted("MINISTER GRANT: (voice of interpreter) Thank you.")
    assert interpreted("QUESTION: (In Portuguese; translated) What now?")
    assert interpreted("GRANT : (par l'intermédiaire d'un interprète) Merci.", "fr")
    assert interpreted("GRANT: (a través de un intérprete) Gracias.", "es")
    assert interpreted("ГРАНТ: (говорит по-английски, синхронный перевод) Спасибо.", "ru")
    assert not interpreted("QUESTION: (In Portuguese; inaudible) What now?")
