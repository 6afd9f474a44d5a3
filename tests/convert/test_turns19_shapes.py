"""Turn and label shapes first met in corpus/dev19 (docs/convert-shapes.md, sections marked
dev19 with the suffix x), one small synthetic example each, written for the test (never a
corpus line): each fails without its rule."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speech


# --- L210x a quoted headline under a section word, or wrapped over two lines ------------------

_SECTIONED = ("Interviews\n\nRoe: «The harbour will open in spring»\n\n"
              "The mayor Anna Roe talks about the new quay and the ferries.\n\n"
              "When will the quay open?\n\n«In spring, if the weather holds.»\n\n"
              "Last question: and the ferries?\n\n«They run twice a day from May.»\n")


def test_a_quoted_headline_under_a_section_word_is_no_label():
    doc = read(_SECTIONED, lang="en")
    assert labels(doc) == [None] * len(doc.turns())
    assert "When will the quay open?" in speech(doc)


def test_a_name_printed_twice_with_quotations_stays_a_label():
    text = ("Interviews\n\nRoe: «The harbour will open in spring»\n\nLee: Why?\n\n"
            "Roe: «Because the quay is ready at last»\n")
    doc = read(text, lang="en")
    assert "Roe:" in labels(doc)


_WRAPPED = ('Roe: "The harbour will\nopen in spring"\n\nThe mayor Anna Roe on the new quay.\n\n'
            "Image © Harbour Office\nAnna Roe, 59, grew up by the harbour. She was elected in 2018.\n\n"
            "When will the quay open?\nIn spring, if the weather holds and the cranes are delivered on time.\n\n"
            "And the ferries?\nThey run twice a day from May, and on Sundays once.\n")


def test_a_quoted_headline_wrapped_over_two_lines_is_the_title():
    doc = read(_WRAPPED, lang="en")
    titles = [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE]
    assert titles[:2] == ['Roe: "The harbour will', 'open in spring"']
    assert labels(doc) == [None] * len(doc.turns())


# --- L211x a lead above an interview printed a question or an answer a line --------------------

def test_question_and_answer_lines_under_a_wrapped_lead_are_turns():
    doc = read(_WRAPPED, lang="en")
    assert speech(doc)[-4:] == ["When will the quay open?",
                                "In spring, if the weather holds and the cranes are delivered on time.",
                                "And the ferries?", "They run twice a day from May, and on Sundays once."]


# --- L212x answers printed as quotations ---------------------------------------------------------

def test_answers_in_quotation_marks_make_an_interview_even_when_short():
    text = ("Perché il libro si chiama così, senza il punto esclamativo della rubrica?\n\n«Per caso».\n\n"
            "È un'espressione di sufficienza o di stanchezza verso le polemiche di oggi?\n\n«La seconda».\n")
    doc = read(text, lang="it")
    assert len(doc.turns()) == 4


def test_a_speech_with_rhetorical_questions_stays_one_turn():
    text = ("What does the quay give this town and everyone who lives here?\n\nWork.\n\n"
            "What does the ferry give this town and everyone who lives here?\n\nTime.\n")
    doc = read(text, lang="en")
    assert len(doc.turns()) == 1


# --- L213x surname-first labels without a colon, run into one line -------------------------------

_COUNCIL = ("ROSSI Anna (Presidente) Passiamo alla proposta di deliberazione sul porto, presentata dalla Giunta "
            "in data 12 ottobre. La parola al Consigliere Bianchi. BIANCHI Marco Presidente, intervengo perché "
            "vorrei che l'Aula votasse con attenzione questo provvedimento. Quanto tempo ho, Presidente? "
            "ROSSI Anna (Presidente) Ha dieci minuti, come al solito, e gli altri cinque. BIANCHI Marco Starò "
            "nei dieci minuti, con il suo aiuto, e cercherò di essere breve.\n")


def test_surname_first_labels_inside_one_line_are_turns():
    doc = read(_COUNCIL, lang="it")
    assert labels(doc) == ["ROSSI Anna (Presidente)", "BIANCHI Marco", "ROSSI Anna (Presidente)", "BIANCHI Marco"]
    assert speech(doc)[1].startswith("Presidente, intervengo")


def test_one_acronym_before_a_capitalised_word_cuts_nothing():
    text = ("The ministers met in the morning and agreed on the ferry. NATO Allies were told at noon, and the "
            "harbour board listened to the plans for the quay and its cranes for a long time. EU Ministers will "
            "meet again in June to read the report of the board and to decide on the fees of the port.\n")
    doc = read(text, lang="en")
    assert len(doc.turns()) <= 1 and labels(doc) in ([], [None])


# --- L214x a record in ideographs on one line, labels glued to the speech ------------------------

_RECORD = ("會議紀錄 第4次會議 時間 十月八日 主席 王院長 秘書長 李明 李秘書長明:報告院會,出席委員68人,已足法定人數。 "
           "主席:現在開會。進行報告事項。 一、宣讀議事錄。 主席:議事錄確定。 二、委員提案,請審議案。 "
           "程序委員會意見:擬請院會將本案交內政委員會審查。 主席:請問院會,對本案照程序委員會意見處理,有無異議?(無)無異議,通過。 "
           "三、委員提案,請審議案。 程序委員會意見:擬請院會將本案交交通委員會審查。 主席:請問院會,有無異議?(無)無異議,通過。 "
           "四、委員提案,請審議案。 程序委員會意見:擬請院會將本案交經濟委員會審查。 主席:請問院會,有無異議?(無)無異議,通過。 "
           "五、委員提案,請審議案。 程序委員會意見:擬請院會將本案交財政委員會審查。 主席:請問院會,有無異議?(無)無異議,通過。\n")


def test_glued_ideographic_labels_of_a_one_line_record_are_turns():
    doc = read(_RECORD, lang="zh")
    found = labels(doc)
    assert found[:5] == ["李秘書長明:", "主席:", "主席:", "主席:", "主席:"]
    assert "程序委員會意見:" not in found


def test_one_glued_quotation_in_prose_cuts_nothing():
    text = ("他们在会上讨论了港口的问题,大家都很关心新的码头什么时候可以开放,渡轮每天有几班。 他说:“明年春天。” "
            "代表们又问了很多其他的问题,关于费用,关于工作人员,关于天气对工程的影响,会议一直开到了晚上才结束。" * 3 + "\n")
    doc = read(text, lang="zh")
    assert all(label is None for label in labels(doc))


# --- L215x a speaker named in full once, by initials afterwards ----------------------------------

_INITIALS = ("Trois questions à Guy Roux\n\n"
             "Harbour Weekly/L’hebdo : Pourquoi le port ouvre-t-il si tard cette année ?\n"
             "Guy Roux : Parce que les grues sont arrivées en retard.\n"
             "H.W.H. : Et les ferries ?\nG.R. : Ils partent deux fois par jour dès mai.\n"
             "H.W.H. : Et le prix ?\nG.R. : Il ne change pas.\n")


def test_a_full_name_printed_once_is_a_label_when_its_initials_are_labels():
    doc = read(_INITIALS, lang="fr")
    assert labels(doc)[:2] == ["Harbour Weekly/L’hebdo :", "Guy Roux :"]


# --- E210x applause with a word of quantity before it ------------------------------------------------

def test_some_applause_in_brackets_is_an_applause_event():
    from teikit.model import Event
    doc = read("ANN: We open the quay in May.\n\n[Some Applause]\n\nBEN: Thank you.\n", lang="en")
    events = [i for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [p]) if isinstance(i, Event)]
    events += [p for t in doc.turns() for p in t.paragraphs if isinstance(p, Event)]
    assert [e.type for e in events] == ["applause"]
