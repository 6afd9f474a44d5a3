"""Shapes first met in corpus/dev8 (docs/convert-shapes.md, sections marked dev8), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speech


def header_lines(doc, kind: HeaderKind) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == kind]


def title_of(doc) -> str | None:
    return next(iter(header_lines(doc, HeaderKind.TITLE)), None)


# --- H45 an editor's note that names the transcript, before the first turn ------------------

def test_a_disclaimer_naming_the_transcript_is_a_note_not_an_opening_turn():
    text = ("Ce texte est une transcription automatique. Il peut contenir des erreurs.\n"
            "M. Roux : Bonjour à tous, merci d'être venus.\n"
            "Mme Lenoir : Merci, monsieur le député.\n")
    doc = read(text, lang="fr")
    assert labels(doc) == ["M. Roux :", "Mme Lenoir :"]
    assert header_lines(doc, HeaderKind.NOTE) == [text.splitlines()[0]]


def test_a_rush_transcript_notice_in_capitals_is_a_note():
    text = ("Evening Roundtable\n\n"
            "THIS IS AN UNEDITED TRANSCRIPT. IT MAY CHANGE.\n\n"
            "ANN LEE: Good evening and welcome.\n\n"
            "TOM ROE: Thanks for having me.\n")
    doc = read(text)
    assert labels(doc) == ["ANN LEE:", "TOM ROE:"]
    assert "THIS IS AN UNEDITED TRANSCRIPT. IT MAY CHANGE." in header_lines(doc, HeaderKind.NOTE)


def test_an_unlabelled_transcript_keeps_its_disclaimer_out_of_the_speech():
    text = ("Garden Hour\n\n"
            "Machine-made text of the broadcast, not a checked transcript. Expect errors.\n\n"
            "Welcome back to the show. Today we talk about roses and the frost.\n")
    doc = read(text)
    assert speech(doc) == ["Welcome back to the show. Today we talk about roses and the frost."]


def test_a_speech_naming_the_transcript_after_a_heading_that_opens_with_the_occasion_is_a_title():
    text = ("Press conference of the mayor, Monday 3 May 2021. Transcript.\n\n"
            "MAYOR: Good morning.\n\n"
            "REPORTER: Good morning.\n")
    doc = read(text)
    assert title_of(doc) == "Press conference of the mayor, Monday 3 May 2021. Transcript."


# --- H46 a heading that opens with the occasion, right over the first turn ------------------

def test_a_sentence_opening_with_the_occasion_over_the_first_turn_is_a_heading():
    text = ("Entrevista al ministro de Cultura, Juan Pérez, en el programa “La Tarde”, Radio Sur.\n"
            "PERIODISTA.- Buenas tardes, ministro.\n"
            "MINISTRO.- Buenas tardes.\n")
    doc = read(text, lang="es")
    assert labels(doc) == ["PERIODISTA.-", "MINISTRO.-"]
    assert title_of(doc) == text.splitlines()[0]


# --- L80 a member with the group and the kind of intervention, printed once ------------------

def test_a_member_with_a_group_before_a_full_stop_and_dash_is_a_label_seen_once():
    text = ("Compte rendu\n\n"
            "Anne Roux (S&D). – Madame la Présidente, je serai brève sur ce point.\n\n"
            "Nous devons agir maintenant.\n")
    assert labels(read(text, lang="fr")) == ["Anne Roux (S&D). –"]


def test_the_kind_of_intervention_after_the_group_stays_in_the_label():
    text = ("Compte rendu\n\n"
            "  Paul Favre (Verts ), rapporteur . – Merci, je voudrais répondre à mon collègue.\n\n"
            "Ce texte est équilibré.\n")
    assert labels(read(text, lang="fr")) == ["Paul Favre (Verts ), rapporteur . –"]


# --- H47 a page's update stamp after the last turn ------------------------------------------

def test_an_update_stamp_glued_to_a_link_after_the_last_turn_is_furniture():
    from teikit.model import Boilerplate
    text = ("ANN LEE: Guten Morgen.\n\n"
            "TOM ROE: Guten Morgen auch Ihnen.\n\n"
            "Letzte Änderung: 3. Mai 2021Impressum\n")
    doc = read(text, lang="de")
    assert speech(doc) == ["Guten Morgen.", "Guten Morgen auch Ihnen."]
    assert [b.text for b in doc.blocks if isinstance(b, Boilerplate)] == ["Letzte Änderung: 3. Mai 2021Impressum"]


# --- H48 a link back to the portal, a language switcher -----------------------------------

def test_a_link_back_to_the_portal_and_a_language_switcher_are_furniture_not_the_title():
    from teikit.model import Boilerplate
    text = ("Retour au portail de l'Assemblée\n\n"
            "Choisissez la langue :\n\n"
            "  • is - íslenska\n  • eu - euskara\n  • cy - Cymraeg\n\n"
            "Mardi 4 mai 2021 - Bruxelles\n\n"
            "7. Budget de l'Union (débat)\n\n"
            "ANN LEE : Merci, madame la présidente.\n\nTOM ROE : Merci.\n")
    doc = read(text, lang="fr")
    assert title_of(doc) == "7. Budget de l'Union (débat)"
    furniture = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert "Retour au portail de l'Assemblée" in furniture and "• is - íslenska" in furniture


def test_two_bulleted_lines_of_any_length_in_the_header_are_furniture():
    from teikit.model import Boilerplate
    text = ("Harbour talk\n\nThe harbour master speaks about the new quay and the winter storms.\n\n"
            "  • Interview with the harbour master of Springfield\n  • in \"Harbour Weekly\"\n\n"
            "ANN LEE: Thank you for your time.\n\nTOM ROE: You are welcome.\n")
    furniture = [b.text for b in read(text).blocks if isinstance(b, Boilerplate)]
    assert furniture[-2:] == ["• Interview with the harbour master of Springfield", '• in "Harbour Weekly"']


# --- H49 a dateline that opens with the date is the date, never the title ---------------------

def test_a_line_opening_with_a_worded_date_is_the_dateline_not_the_title():
    text = ("Tuesday 4 May 2021 - Brussels Revised edition\n\n"
            "7. Budget of the union (debate)\n\n"
            "ANN LEE: Thank you, chair.\n\nTOM ROE: Thank you.\n")
    doc = read(text)
    assert title_of(doc) == "7. Budget of the union (debate)"
    assert header_lines(doc, HeaderKind.DATE) == ["Tuesday 4 May 2021 - Brussels Revised edition"]


# --- L81 caption marks run on inside lines ---------------------------------------------------

def test_caption_marks_inside_lines_after_sentence_ends_open_unnamed_turns():
    text = ("Evening news\n\n"
            "8:00 pm\n"
            "the storm moved east tonight and the wind grew strong over the hills. >> thank you, tom. "
            "what happens next in the valley tonight? >> the river\n"
            "8:01 pm\n"
            "will rise until morning and the roads will close. >> and the schools stay closed.\n")
    doc = read(text)
    assert labels(doc) == [None, None, None, None]
    assert speech(doc)[1].startswith(">> thank you, tom.")


def test_a_link_arrow_inside_a_line_is_no_caption_mark():
    text = ("News\n\nRead the whole story here >> and more.\n\nThe storm moved east >> slowly today.\n")
    assert labels(read(text)) == [None]


# --- recording times inside the speech (dev6's L6b reads them; dev8 507) -----------------------

def test_bracketed_times_inside_the_speech_are_timestamps_on_the_timeline_not_words():
    from teikit.model import Note
    doc = read("Radio hour\n\n[00:00:00] Welcome to the show. [00:00:05] My name is Ann, I am the [00:00:07] host.\n")
    notes = [i for t in doc.turns() for p in t.paragraphs for i in p.content if isinstance(i, Note)]
    assert [(n.type, n.text) for n in notes] == [("timestamp", "[00:00:00]"), ("timestamp", "[00:00:05]"),
                                                 ("timestamp", "[00:00:07]")]
    by_id = {p.id: p.seconds for p in doc.timeline}
    assert [by_id[n.synch] for n in notes] == [0.0, 5.0, 7.0]


# --- L82 labels in square brackets, no separator ----------------------------------------------

def test_labels_in_square_brackets_before_the_speech_are_a_documents_style():
    text = "访谈\n\n[主持人]各位网友,大家好!\n\n[王明]主持人好。\n\n[主持人]请您先说几句。\n"
    assert labels(read(text, lang="zh")) == ["[主持人]", "[王明]", "[主持人]"]


def test_events_in_square_brackets_at_paragraph_starts_are_not_labels():
    text = "新闻\n\n[笑声]是的,没错。\n\n[掌声]谢谢大家。\n\n[笑声]好的。\n"
    assert labels(read(text, lang="zh")) == [None]


# --- I10 the interpreter's words in brackets after the speech ---------------------------------

def test_the_interpreters_words_in_brackets_after_her_label_make_the_turn_interpreted():
    text = ("Pressekonferenz\n\n"
            "REPORTER: Will the talks go on? [Dolmetscherin: »Werden die Gespräche weitergehen?«]\n\n"
            "MINISTERIN: Ja, natürlich.\n")
    doc = read(text, lang="de")
    assert [t.interpreted for t in doc.turns()] == [True, False]


def test_a_bracketed_note_naming_the_interpreter_without_her_words_is_no_interpretation():
    text = "Briefing\n\nREPORTER: Thank you. [Interpreter: ]\n\nMINISTER: Yes.\n"
    assert [t.interpreted for t in read(text).turns()] == [False, False]


# --- L83 a letter-spaced label ----------------------------------------------------------------

def test_a_letter_spaced_name_before_a_full_stop_is_a_label_even_once():
    text = "Стенограмма\n\nП р е д с е д а т е л ь. Уважаемые коллеги, начинаем.\n\nДалее по порядку.\n"
    doc = read(text, lang="ru")
    assert labels(doc) == ["П р е д с е д а т е л ь."]
    assert speech(doc) == ["Уважаемые коллеги, начинаем. | Далее по порядку."]


def test_three_spaced_letters_are_no_label():
    assert labels(read("Notes\n\nA b c. We met at noon and talked for an hour.\n")) == [None]


# --- L84 a call's participant list, then names alone over the speech ---------------------------

CALL = ("Acme Q1 Earnings Call\n\nExecutives\n\nAnn Lee – Chief Financial Officer\n\nTom Roe – Chief Executive Officer\n\n"
        "Analysts\n\nJan Poe – Big Bank\n\nEva Moe – Small Bank and Partners\n\nKim Yu – Bank of the North\n\n"
        "Operator\n\nGood day, and welcome to the call. I now turn it over to Ann Lee.\n\n"
        "Ann Lee\n\nThank you. Good morning, everyone.\n\nLet me start with the quarter.\n")


def test_names_listed_with_their_roles_are_labels_when_alone_over_the_speech():
    assert labels(read(CALL)) == ["Operator", "Ann Lee"]


def test_the_participant_list_itself_opens_no_turn():
    assert not any(label and "–" in label for label in labels(read(CALL)))


# --- E11 a German record's reactions with a modifier, calls and members' interjections -------

def events_of(doc) -> list[str]:
    from teikit.model import Event
    return [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
            if isinstance(i, Event)]


def test_modified_reactions_and_members_calls_in_a_german_record_are_events():
    long_note = ("(Beifall bei der Fraktion A. – Abg. Roe: Das ist richtig! – Abg. Poe: Das stimmt doch "
                 "überhaupt nicht, und das wissen Sie auch ganz genau, Herr Kollege! – Abg. Anna Moe: "
                 "Hören Sie doch endlich einmal zu! – Weitere Zwischenrufe bei der Fraktion B.)")
    text = ("Sitzung\n\nAbgeordneter Hans Roe (ABC): Ich beginne (lebhafter Widerspruch bei der Fraktion B), "
            "und zwar sofort. (Anhaltende Zwischenrufe bei der Fraktion B.) (Ruf bei der Fraktion B: Unerhört!) "
            f"(Abg. Poe: Nein!) Ich fahre fort. {long_note}\n")
    assert events_of(read(text, lang="de")) == ["(lebhafter Widerspruch bei der Fraktion B)",
                                               "(Anhaltende Zwischenrufe bei der Fraktion B.)",
                                               "(Ruf bei der Fraktion B: Unerhört!)", "(Abg. Poe: Nein!)", long_note]


def test_a_calls_participant_list_gives_each_speaker_the_role_printed_there():
    doc = read(CALL)
    ann = next(p for p in doc.persons if p.name == "Ann Lee")
    assert ann.role == "Chief Financial Officer"
    assert title_of(doc) == "Acme Q1 Earnings Call"
