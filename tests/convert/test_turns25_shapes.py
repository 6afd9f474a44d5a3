"""Turn shapes general across sites and languages (rule ids 320-329 ending in `b`): one small
synthetic example each, written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

from teikit.model import Event, HeaderLine, Note
from tests.convert.conftest import labels, read, speech

# --- L320b label lines of a caseless script, taking turns over the speech ------------------------

BROADCAST = ("港口夜谈直播开始\n\n"
             "主持人王海\n\n"
             "欢迎收看今天的节目,我们来到了新建成的港口。\n\n"
             "主持人王海\n\n"
             "我们马上连线正在码头的记者李青。\n\n"
             "李青\n\n"
             "我现在就在码头上,身后就是新的泊位。\n\n"
             "李青\n\n"
             "今天一共有三艘货轮在这里靠岸。\n")


def test_caseless_name_lines_taking_turns_over_the_speech_are_labels():
    doc = read(BROADCAST, lang="zh")
    assert labels(doc) == ["主持人王海", "主持人王海", "李青", "李青"]
    assert speech(doc)[2] == "我现在就在码头上,身后就是新的泊位。"


def test_one_caseless_line_printed_twice_makes_no_dialogue():
    text = BROADCAST.replace("李青\n\n我现在", "我现在").replace("李青\n\n今天", "今天")
    assert labels(read(text, lang="zh")) == [None]


def test_a_caseless_line_printed_once_over_no_speech_is_no_label_line():
    # the same line printed a third time over a heading: not every printing is over speech
    assert labels(read(BROADCAST + "\n李青\n\n相关新闻\n", lang="zh")) == [None]


# --- L323b a given name alone beside a full name alone ---------------------------------------------

SHOW = ("Anna\nGood morning and welcome to the harbour show.\nPaul Roe\nThank you, Anna, it is good to be here.\n"
        "Anna\nLet us talk about the new quay.\nPaul Roe\nThe quay opens in spring.\n")


def test_a_given_name_alone_taking_turns_with_a_full_name_alone_is_a_label():
    assert labels(read(SHOW)) == ["Anna", "Paul Roe", "Anna", "Paul Roe"]


def test_a_given_name_alone_beside_no_other_name_alone_stays_text():
    text = SHOW.replace("Paul Roe\n", "")
    assert labels(read(text)) == [None]


# --- L321b segments of an export that open with a time and a name, run into one line -------------

EXPORT = ("Harbour Talk Episode 2 0:00 Musik [Leise Musik] 0:21 Anna Roe Moin und willkommen. Ich bin "
          "Anna Roe, und heute spreche ich mit Peter Lee über den Hafen 1:05 Anna Roe Der Hafen wird "
          "neu gebaut. Was hältst du davon? 1:40 Peter Lee Hallo, Anna. Ich finde das gut. "
          "2:02 Anna Roe Danke. 2:05 Musik [Leise Musik]\n")


def test_time_and_name_segments_run_into_one_line_are_turns():
    doc = read(EXPORT, lang="de")
    assert labels(doc) == ["0:00 Musik", "0:21 Anna Roe", "1:05 Anna Roe", "1:40 Peter Lee", "2:02 Anna Roe",
                           "2:05 Musik"]
    assert [t.name for t in doc.turns()][3] == "Peter Lee"  # printed once after a time, named in the speech
    assert speech(doc)[3] == "Hallo, Anna. Ich finde das gut."


def test_names_of_a_caseless_script_after_the_times_are_read_too():
    text = ("港口访谈 0:00 主持人 欢迎收看今天的节目。我们请到了李青。 0:21 李青 大家好,很高兴来到这里。 "
            "1:05 主持人 港口什么时候完工? 1:40 李青 明年春天就会完工。\n")
    doc = read(text, lang="zh")
    assert labels(doc) == ["0:00 主持人", "0:21 李青", "1:05 主持人", "1:40 李青"]
    assert speech(doc)[1] == "大家好,很高兴来到这里。"


def test_the_time_is_the_turns_timestamp_and_the_text_above_is_no_speech():
    doc = read(EXPORT, lang="de")
    assert [t.time for t in doc.turns()][:2] == ["0:00", "0:21"]
    assert all(t.time_first for t in doc.turns())
    assert doc.turns()[1].start is not None  # a point of the timeline
    assert not any("Harbour Talk" in s for s in speech(doc))


def test_times_that_go_back_are_no_recording():
    assert labels(read(EXPORT.replace("1:40 Peter", "0:10 Peter"), lang="de")) == [None]


def test_a_chapter_list_of_titles_is_no_transcript():
    text = "Chapters 0:00 Anna Roe Intro 3:10 Anna Roe Hafenbau 7:45 Anna Roe Fragen 9:00 Anna Roe Abschied\n"
    assert labels(read(text, lang="de")) == [None]


# --- E322b music described by two words split by a comma -----------------------------------------

def test_music_after_two_words_split_by_a_comma_is_an_event():
    doc = read("ANN: Welcome back. (upbeat, cheerful music) Let us go on.\n", lang="en")
    events = [i for p in doc.turns()[0].paragraphs for i in p.content if isinstance(i, Event)]
    assert [e.text for e in events] == ["(upbeat, cheerful music)"]


def test_a_list_that_opens_with_music_stays_a_note():
    doc = read("ANNA: Willkommen. [Musik, Tanz und Gesang] Los geht es.\n", lang="de")
    items = [i for p in doc.turns()[0].paragraphs for i in p.content]
    assert not any(isinstance(i, Event) for i in items)
    assert any(isinstance(i, Note) for i in items)


# --- P324b a lead in the third person above an unlabeled interview's first question -------------

INTERVIEW = ("El preparador asegura llevar bien la presión de ganar cada fin de semana, gracias al apoyo del club.\n\n"
             "¿Cómo lidias con la presión de tener que ganar siempre?\n\n"
             "La exigencia externa nunca supera a la que nosotros mismos nos imponemos.\n\n"
             "¿Y la presión de las ruedas de prensa?\n\n"
             "Todo aparece y se desvanece a una velocidad de vértigo.\n")


def test_a_lead_in_the_third_person_above_the_first_question_is_no_turn():
    doc = read(INTERVIEW, lang="es")
    assert speech(doc)[0] == "¿Cómo lidias con la presión de tener que ganar siempre?"
    assert len(doc.turns()) == 4
    assert any(isinstance(b, HeaderLine) and b.text.startswith("El preparador") for b in doc.blocks)


def test_an_opening_that_greets_the_guest_stays_a_turn():
    text = INTERVIEW.replace("El preparador asegura", "Buenos días, míster. El preparador asegura")
    assert speech(read(text, lang="es"))[0].startswith("Buenos días, míster.")
