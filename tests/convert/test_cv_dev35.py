"""Shapes of dev35 (rule ids 1300-1312 ending in `h`): one small synthetic example each, written
for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.model import Event, StageNote
from tests.convert.conftest import labels, read, speaker, speech

# --- L1300h bold italic labels ----------------------------------------------------------------------

BOLD_ITALIC = ("***Anna Kowal:*** Jak zaczęła się ta droga w górach?\n\n"
               "***Jan Nowak:*** Od dziecka jeżdżę na nartach z ojcem.\n\n"
               "***Anna Kowal:*** A dzisiaj?\n\n"
               "***Jan Nowak:*** Dzisiaj trenuję codziennie.\n")


def test_bold_italic_labels_are_read_as_bold_ones():
    doc = read(BOLD_ITALIC)
    assert [t.name for t in doc.turns()] == ["Anna Kowal", "Jan Nowak", "Anna Kowal", "Jan Nowak"]
    assert speech(doc)[1] == "Od dziecka jeżdżę na nartach z ojcem."


# --- L1301h no label inside a page's front matter -------------------------------------------------

FRONT_MATTER = ("---\ntitle: Rozmowa o górach\nauthors:\n- Anna Kowal\ntags:\n- wywiad\n---\n\n" + BOLD_ITALIC)


def test_a_front_matter_list_item_naming_a_speaker_is_no_label():
    doc = read(FRONT_MATTER)
    assert labels(doc)[0] == "***Anna Kowal:***"
    assert doc.setting.title == "Rozmowa o górach"
    assert len(doc.turns()) == 4


# --- N1302h the label's own printing over a header's inflected form -------------------------------

def test_a_label_with_diacritics_names_the_person_over_an_inflected_title():
    doc = read("# Wywiad z Wiktorią Kowalczyńską\n\n***Jan Nowak:*** Skąd ten pomysł?\n\n"
               "***Wiktoria Kowalczyńska:*** Z domu, od rodziców.\n\n***Jan Nowak:*** A potem?\n\n"
               "***Wiktoria Kowalczyńska:*** Potem już sama.\n")
    assert speaker(doc, 1).name == "Wiktoria Kowalczyńska"


# --- N1303h digraph initials -----------------------------------------------------------------------

def test_initials_with_a_digraph_name_the_full_name_printed_first():
    doc = read("***Jan Nowak:*** Skąd ten pomysł na narty?\n\n***Wiktoria Chmiel:*** Z domu, od rodziców i brata.\n\n"
               "***JN:*** A potem?\n\n***WCh:*** Potem już sama, na zawodach.\n\n***JN:*** Dziękuję.\n\n"
               "***WCh:*** Ja też dziękuję.\n")
    assert speaker(doc, 3).name == "Wiktoria Chmiel" and speaker(doc, 3) is speaker(doc, 1)


# --- L1304h a Record's one speech under its header ---------------------------------------------------

RECORD = ("# ADDRESS OF THE MEMBER\n`Ms. ROEBUCK — 5 March 2009`\n\n"
          "Ms. ROEBUCK. Thank you, Madam Speaker. Thank you, my colleagues, \nfor this honor.\n\n"
          "We have work to do, and we will do it together.\n\n"
          "Mr. LINDQVIST then administered the oath of office to Ms. Roebuck, \nas follows:\n\n"
          "Do you solemnly swear that you will support the Constitution, so \nhelp you God.\n\n"
          "(Applause, the Members rising.)\n")


def test_a_record_label_printed_once_atop_the_speech_is_read():
    doc = read(RECORD)
    assert labels(doc)[0] == "Ms. ROEBUCK."
    assert speech(doc)[0].startswith("Thank you, Madam Speaker.")


def test_a_record_label_printed_once_below_prose_stays_speech():
    doc = read("The House met at noon and the members took their seats for the day.\n\n"
               "Ms. ROEBUCK. Thank you, Madam Speaker. We have work to do.\n\nWe will do it together.\n")
    assert labels(doc) == [None]


# --- H1305h a code line is no title; H1306h a code span read by its content -----------------------

def test_a_hash_heading_is_no_title_and_a_code_span_byline_is_the_date():
    doc = read("# ADDRESS OF THE MEMBER\n## `5f2a9c0e4b1d77aa90c3e1f2d4b6a8c0`\n"
               "`Ms. ROEBUCK — 5 March 2009`\n\nMs. ROEBUCK. Thank you, Madam Speaker. We have work to do.\n")
    assert doc.setting.title == "ADDRESS OF THE MEMBER"
    assert doc.setting.date_iso == "2009-03-05"


# --- E1307h, T1308h a Record's narrative line, the words it introduces, the applause ---------------

def test_a_record_narrative_line_is_a_stage_note_and_opens_the_members_turn():
    doc = read(RECORD)
    first, oath = doc.turns()
    assert any(isinstance(p.content[0], StageNote) for p in first.paragraphs if p.content)
    assert oath.label is None and doc.person(oath.who).name.lower() == "lindqvist"
    assert oath.paragraphs[0].text.startswith("Do you solemnly swear")
    assert isinstance(oath.paragraphs[-1].content[0], Event) and oath.paragraphs[-1].content[0].type == "applause"


def test_a_narrative_line_closed_by_a_full_stop_opens_no_turn():
    doc = read(RECORD.replace("to Ms. Roebuck, \nas follows:", "to Ms. Roebuck."))
    assert len(doc.turns()) == 1


# --- L1309h, L1310h, T1311h a quoted interview after a labelled exchange -----------------------------

QUOTED = ("Мой разговор с журналом:\n\n"
          "> **Ann Lee: Tell us a bit about yourself and your work?**\n>\n"
          "> **Bo Roe:** In 2008, I moved to the coast and started to write about boats.\n>\n"
          "> **Where did your interest in boats come from?**\n>\n"
          "> My father built them, and I helped him every summer as a child.\n\n"
          "Вот и всё интервью.\n")


def test_a_quoted_exchange_of_bold_labels_is_read_and_names_the_later_turns():
    doc = read(QUOTED)
    turns = doc.turns()
    assert [t.name for t in turns[:2]] == ["Ann Lee", "Bo Roe"]
    assert len(turns) == 4 and turns[2].label is None and turns[3].label is None
    assert speaker(doc, 2).name == "Ann Lee" and speaker(doc, 3).name == "Bo Roe"
    assert "Вот и всё" not in speech(doc)[3]


def test_bold_names_that_ask_nothing_are_no_exchange():
    doc = read("Our guests:\n\n**Ann Lee:** Chief Executive Officer of the harbour company.\n\n"
               "**Bo Roe:** Head of the ferry line between the two towns.\n")
    assert all(label is None for label in labels(doc))


# --- T1311h a bold question and its quoted answer in one block; N1312h the front matter's title ----

WRITTEN_QA = ('---\ntitle: "Entrevista a Ana Ruiz, Presidenta de la Sociedad"\n---\n\n'
              "Antes de empezar, muchas gracias por dedicar una parte de tu tiempo a participar en esta "
              "iniciativa del grupo de estudiantes. La idea es acercar la trayectoria de distintos "
              "profesionales a los estudiantes de Física, así como crear nuevos referentes para todos ellos. "
              "Así pues, te haremos unas preguntas sobre tu trayectoria. **¿Cómo empezaste en la Física?**\n\n"
              "> Empecé en el instituto, con un profesor que me enseñó a mirar el cielo de noche y a "
              "medir lo que veía. Después vino la universidad, y allí todo fue más serio y más bonito.\n\n"
              "**¿Qué ha cambiado desde entonces en la universidad?**\n\n"
              "> Han cambiado los medios, pero no tanto la manera de estudiar la materia: sigue siendo "
              "una ciencia que se aprende con lápiz, papel y mucha paciencia en el laboratorio.\n\n"
              "**¿Fue difícil empezar la carrera investigadora?**\n"
              "> No, en realidad todo me gustaba y tuve la suerte de encontrar un buen grupo con el que "
              "hice la tesis, y de allí salieron los temas de los años siguientes.\n")


def test_a_bold_question_and_its_quoted_answer_in_one_block_are_two_turns():
    doc = read(WRITTEN_QA)
    assert len(doc.turns()) == 6
    assert speech(doc)[5].startswith("No, en realidad") and [n.text for n in doc.turns()[5].lead_notes] == [">"]


def test_answers_under_front_matter_are_named_by_its_title():
    doc = read(WRITTEN_QA)
    assert speaker(doc, 1).name == "Ana Ruiz" and speaker(doc, 5).name == "Ana Ruiz" and doc.turns()[0].who is None


def test_a_quotations_mark_is_markup_not_speech_nor_label():
    doc = read(QUOTED)
    turns = doc.turns()
    assert turns[1].label == "**Bo Roe:**" and speech(doc)[3].startswith("My father built them")
    assert [n.text for n in turns[3].lead_notes] == [">"]


def test_closed_captions_marks_are_no_quotation():
    doc = read(">> Good evening and welcome to the harbour meeting.\n\n"
               ">> Thank you, it is good to be here tonight.\n")
    assert all(not t.lead_notes for t in doc.turns())


# --- N1313h the office before a member's honorific and surname, in the turn before theirs ---------

def test_the_office_printed_before_the_members_name_is_their_role():
    doc = read(RECORD.replace("Thank you, Madam Speaker.", "Thank you, Madam Speaker. I take the oath from "
                              "the Dean of the House, Mr. Lindqvist."))
    assert doc.person(doc.turns()[1].who).role == "Dean of the House"


def test_an_office_before_another_members_name_gives_no_role():
    doc = read(RECORD.replace("Thank you, Madam Speaker.", "Thank you, Madam Speaker, and the Dean of the "
                              "House, Mr. Foley."))
    assert doc.person(doc.turns()[1].who).role is None
