"""The page around the speech on unseen pages (docs/convert-shapes.md, rules 350a on): one
small synthetic example each, written for the test (never a corpus line); each fails without
its rule."""
from __future__ import annotations

from teikit.model import Boilerplate, HeaderKind, HeaderLine, Paragraph
from tests.convert.conftest import labels, read


def _titles(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE]


# --- B350a a widget of links printed under each label ----------------------------------------

_DEBATE = ("Harbour Council debates\n\nThursday, 2 March 2023\n\n"
           "Photo of Ann LeeAnn Lee (Harbour North, Labour)\nLink to this: Individually | In context\n\n"
           "I move that the council sit later today.\n\n"
           "Photo of John RoeJohn Roe (Harbour South, Green)\nLink to this: Individually | In context\n\n"
           "What about the budget?\n\n"
           "Photo of Ann LeeAnn Lee (Harbour North, Labour)\nLink to this: Individually | In context\n\n"
           "It is in the report before the members.\n")


def test_a_widget_of_links_under_each_label_is_furniture_not_the_first_paragraph():
    doc = read(_DEBATE)
    turns = doc.turns()
    assert [t.label for t in turns] == ["Ann Lee (Harbour North, Labour)", "John Roe (Harbour South, Green)",
                                        "Ann Lee (Harbour North, Labour)"]
    for turn in turns:
        assert isinstance(turn.paragraphs[0], Boilerplate)
        assert turn.paragraphs[0].text == "Link to this: Individually | In context"
        assert [p for p in turn.paragraphs if isinstance(p, Paragraph)][0].text[:4] in ("I mo", "What", "It i")


def test_a_label_with_the_same_short_reply_is_no_widget():
    from teikit.lexicons import load
    from teikit.transforms.boilerplate import repeated_widgets
    lines = ["Q: Next question", "A: Yes | no", "Q: Next question", "Q: Next question"]
    # a colon label over words is a label printed again; only a menu of links after it is a widget
    assert repeated_widgets(lines, load("en")) == set()
    lines = ["Harbour debates", "Ann Lee", "Thursday", *(["Link to this: Individually | In context", "Yes."] * 3)]
    assert repeated_widgets(lines, load("en")) == {"Link to this: Individually | In context"}


# --- H350a the headline printed again after "Transcript:" ------------------------------------

_PODCAST = ("Lee Poe: How far may a protest go?\n\nby Anna Roe\n\n"
            "The captain of the harbour ship says she knew what she risked when she sailed in. "
            "Is it courage alone that drives people like Lee Poe so far?\n\n"
            "Show notes:\n\n"
            "► Lee Poe: “Act now: a call to the last generation”. Harbour Books (2019).\n"
            "► Find Lee on the harbour forum.\n► Support the harbour rescue crews!\n\n"
            "Transcript: Lee Poe: How far may a protest go?\n\n"
            "Hello and welcome to Harbour Talk. My name is Mia Stone and I am glad you are here today.\n")


def test_a_headline_printed_again_after_the_transcript_heading_is_the_title_not_a_label():
    doc = read(_PODCAST)
    assert _titles(doc) == ["Lee Poe: How far may a protest go?"]
    assert labels(doc) == [None]
    assert doc.turns()[0].paragraphs[0].text.startswith("Hello and welcome")
    assert "Transcript: Lee Poe: How far may a protest go?" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def test_the_transcript_heading_marks_the_speech_only_when_it_repeats_the_first_line():
    from teikit.lexicons import load
    from teikit.model import Text
    from teikit.transforms.helpers.transcriptmark import transcript_mark
    lines = ["Lee Poe: How far may a protest go?", "The captain says she knew what she risked.",
             "Transcript: Lee Poe: How far may a protest go?", "Hello and welcome to Harbour Talk."]
    blocks = [Paragraph(content=[Text(t)], line=n) for n, t in enumerate(lines, 1)]
    assert transcript_mark(blocks, load("en")) == 2
    blocks[2] = Paragraph(content=[Text("Transcript: Lee Poe: How much may a protest cost?")], line=3)
    assert transcript_mark(blocks, load("en")) is None


# --- L351a an entry of a bulleted list is no label ---------------------------------------------

def test_a_bulleted_list_entry_with_a_name_and_colon_is_no_label():
    text = ("Ann Lee: Welcome to the harbour show.\n\nJohn Roe: Thank you for having me, Ann.\n\n"
            "Ann Lee: Your book is out.\n\nJohn Roe: It is, and I am glad.\n\nFurther reading:\n"
            "► John Roe: “The harbour we lost”. Harbour Books (2019).\n► The harbour museum’s website.\n")
    assert labels(read(text)) == ["Ann Lee:", "John Roe:", "Ann Lee:", "John Roe:"]


def test_bulleted_turns_are_labels():
    text = "► Ann Lee: Welcome to the harbour show.\n► John Roe: Thank you for having me.\n" \
           "► Ann Lee: Your book is out.\n► John Roe: It is.\n"
    assert labels(read(text)) == ["► Ann Lee:", "► John Roe:", "► Ann Lee:", "► John Roe:"]


# --- H352a a podcast host's "Transcribed" tab over the transcript --------------------------------

def test_the_transcribed_tab_marks_the_speech_under_the_show_description():
    text = ("Contacts\nInfo\n"
            "Ann Lee was a gifted harbour master and an even better speaker, known for her voice...\nshow more\n"
            "Transcribed\n"
            "My fellow sailors:\nI am about to open the new quay. I want to take this occasion to talk about it.\n")
    doc = read(text)
    assert labels(doc) == [None]
    assert doc.turns()[0].paragraphs[0].text.startswith("My fellow sailors:")
    assert "Transcribed" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


# --- H353a a number of questions is an interview's headline, not a counter ------------------------

def test_a_number_of_questions_is_the_title_and_a_view_counter_is_not():
    text = ("date 2021-05 217 views\n5 indiscreet questions\n\n"
            "1 Do you remember your first day as harbour master?\n"
            "Yes, it was in the old customs house, in the office of the pilots. Everyone came and we had a drink.\n"
            "2 What other job could you imagine?\nSomething at the railway, in the timetable office or at a big station.\n"
            "3 Describe your town in three words.\nBusy, tolerant and open.\n")
    doc = read(text)
    assert _titles(doc) == ["5 indiscreet questions"]
    assert "217 views" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def test_counted_questions_needs_the_question_word_last():
    from teikit.lexicons import load
    from teikit.transforms.helpers.headerwidgets import counted_questions
    assert counted_questions("13 indiskrete Fragen", load("de"))
    assert not counted_questions("217 Aufrufe", load("de"))
    assert not counted_questions("Fragen 13", load("de"))


def test_a_bulleted_dialogue_with_a_continued_paragraph_keeps_its_labels():
    text = ("► Ann Lee: Welcome to the harbour show.\n► John Roe: Thank you for having me.\n"
            "► Ann Lee: Your book is out.\n► And it sold well, I hear.\n► John Roe: It did.\n")
    assert labels(read(text)) == ["► Ann Lee:", "► John Roe:", "► Ann Lee:", "► John Roe:"]
