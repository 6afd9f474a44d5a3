"""Turn shapes of the thirteenth round (docs/convert-shapes.md, sections marked lead13): one
small synthetic example each, written for the test (never a corpus line); each fails without
its rule."""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speech


# --- L130t a label glued to the sentence before it ------------------------------------------

def test_labels_in_capitals_glued_to_the_sentence_before_them_open_turns():
    text = ("Talks on the harbour\n\n"
            "MR SMITH: Good morning and welcome to all of you.MS ROE: Thank you for having me here."
            "MR SMITH: Let us begin with the works.\n\nMS ROE: They end next spring.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["MR SMITH:", "MS ROE:", "MR SMITH:", "MS ROE:"]
    assert speech(doc)[0] == "Good morning and welcome to all of you."


def test_a_glued_mixed_case_label_opens_a_turn_when_the_lead_names_the_speaker():
    text = ("The harbour reopens\n\n"
            "On Monday, Anna Berg spoke to the pilots about the new quay and the works of the winter.\n"
            "The pilots had asked for the meeting in the spring.Anna Berg: Good morning to all of you!\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["Anna Berg:"]
    assert speech(doc) == ["Good morning to all of you!"]


def test_a_glued_name_and_colon_that_the_text_prints_nowhere_else_is_no_label():
    text = ("The harbour reopens\n\n"
            "The pilots had asked for the meeting in the spring.Anna Berg: a life on the water, "
            "the book of the year, is out.\n")
    assert labels(read(text, lang="en")) == [None]
    text = text.replace("Anna Berg: a life", "Anna Berg: A life")
    assert labels(read(text, lang="en")) == [None]


def test_an_honorific_before_a_glued_name_is_no_sentence_end():
    text = ("Talks\n\nMS ROE: We met Mr.Ann Lee: Tax Adviser and Ann Lee again later.\n\n"
            "MR SMITH: Good.\n\nMS ROE: Yes.\n")
    assert labels(read(text, lang="en")) == ["MS ROE:", "MR SMITH:", "MS ROE:"]


# --- H20f a lead that dates the event inside its sentence -----------------------------------

def test_a_lead_with_the_date_inside_its_sentence_is_no_opening_speech():
    text = ("The harbour reopens\n\n"
            "On the pilots' day, 25 January 2012, Anna Berg spoke to the pilots about the new quay.\n\n"
            "ANNA BERG: Good morning to all of you!\n\nPILOT: Good morning.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["ANNA BERG:", "PILOT:"]
    assert any(isinstance(b, HeaderLine) and b.kind == HeaderKind.SUMMARY for b in doc.blocks)


def test_a_headline_whose_date_is_a_sentence_of_its_own_stays_the_title():
    text = ("Press conference of the mayor Anna Berg. Monday 10 May 2023. Transcript.\n\n"
            "MAYOR ANNA BERG: Good morning.\n\nQUESTION: Good morning.\n")
    doc = read(text, lang="en")
    kinds = [b.kind for b in doc.blocks if isinstance(b, HeaderLine)]
    assert kinds == [HeaderKind.TITLE]


# --- L131t dialogue dashes run on inside lines ----------------------------------------------

_RUN_ON_DASHES = ("– Guten Abend, Frau Berg.– Guten Abend.– Schön, dass Sie da sind. Ich möchte mit Ihnen "
                  "über den Hafen sprechen.\n"
                  "Und über die Lotsen. – Gern, das ist ein wichtiges Thema für die Stadt.\n"
                  "Das ist das erste.\n")


def test_dialogue_dashes_run_on_inside_lines_open_unnamed_turns():
    turns = speech(read(_RUN_ON_DASHES, lang="de"))
    assert turns == ["– Guten Abend, Frau Berg.", "– Guten Abend.",
                     "– Schön, dass Sie da sind. Ich möchte mit Ihnen über den Hafen sprechen. | Und über die Lotsen.",
                     "– Gern, das ist ein wichtiges Thema für die Stadt. | Das ist das erste."]


def test_dashes_inside_prose_that_opens_no_line_with_a_dash_stay_prose():
    text = _RUN_ON_DASHES.replace("– Guten Abend, Frau", "Guten Abend, Frau", 1)
    assert len(speech(read(text, lang="de"))) == 1


def test_a_hyphen_glued_to_a_labels_stop_is_the_labels_separator():
    text = ("Rencontre avec la presse\n\n"
            "LE PRESIDENT.- Bonjour à tous.\n- QUESTION.- Une question ?\n"
            "- LE PRESIDENT.- Une réponse.\n- QUESTION.- Merci.\n")
    assert labels(read(text, lang="fr")) == ["LE PRESIDENT.-", "- QUESTION.-", "- LE PRESIDENT.-", "- QUESTION.-"]


# --- P30t a question's line right over its answer, block by block ---------------------------

_LINE_PAIRS = ("How did the season start for the team“\n"
               "We started slowly, but the squad is fit now and the coach is pleased with the young players "
               "who came up from the youth side in the spring.\n\n"
               "And the ferry . . .\n"
               "It will run in winter too, twice a day, as the council has promised the islanders at "
               "every meeting since the storm of last year.\n\n"
               "Will the harbour be ready in time„\n"
               "The works end next spring, so the first boats can moor at the new quay in the summer.\n")


def test_question_lines_over_their_answers_are_turns_of_their_own():
    turns = speech(read(_LINE_PAIRS, lang="en"))
    assert len(turns) == 6
    assert turns[0] == "How did the season start for the team“"
    assert turns[3].startswith("It will run in winter too")


def test_headings_over_paragraphs_are_no_questions():
    text = _LINE_PAIRS.replace("team“", "team").replace("ferry . . .", "ferry").replace("time„", "time")
    assert len(speech(read(text, lang="en"))) == 1


def test_lines_of_one_width_are_no_question_and_answer():
    text = ("The council met on Monday to speak about the new quay and the works.\n"
            "The works will end next spring, as the council has promised at every meeting.\n\n"
            "The ferry will run in winter too, twice a day, for the islanders and visitors.\n"
            "The pilots had asked for the meeting in the spring, after the long storm.\n\n"
            "The harbour master thanked the crews for their work during the whole winter.\n"
            "The first boats can moor at the new quay in the summer, he said to them.\n")
    assert len(speech(read(text, lang="en"))) == 1


# --- T900d long questions that end with a question mark over their answers ----------------

_LONG_QUESTION = ("Shortly before he resigned, the mayor gave one television interview, the only one "
                  "in the whole affair, and you led it together with a colleague from the capital's "
                  "studio. The interview was criticised afterwards: you had both been too kind to him, "
                  "people said. What would you do differently today?")
_LONG_PAIRS = (_LONG_QUESTION + "\n"
               "It should have been longer, then we could have asked more. We let it run on.\n\n"
               "Many politicians now seem to live in television studios. What do you think of such shows?\n"
               "I am rather sceptical, because we have too many of them, and most are entertainment now.\n\n"
               "The speaker of the parliament says its debates are hardly ever broadcast any more.\n"
               "He is simply wrong.\n")


def test_long_questions_marked_by_their_question_marks_are_turns_of_their_own():
    turns = speech(read(_LONG_PAIRS, lang="en"))
    assert len(turns) == 6
    assert turns[0] == _LONG_QUESTION and turns[5] == "He is simply wrong."


def test_long_first_lines_without_question_marks_stay_one_turn():
    text = _LONG_PAIRS.replace("differently today?", "differently today.").replace("such shows?", "such shows.")
    assert len(speech(read(text, lang="en"))) == 1


# --- P31t one question that addresses the one it asks, then the answer ----------------------

def test_a_question_addressing_the_listener_then_its_answer_are_two_turns():
    text = ("Madam Mayor, a year ago you took an office in which many of your predecessors lasted "
            "only months. How did you do it?\n\n"
            "I did my work, and I had some luck, because the first decisions on the harbour came "
            "right after I took office.\n")
    turns = speech(read(text, lang="en"))
    assert len(turns) == 2 and turns[1].startswith("I did my work")


def test_a_speech_that_opens_with_a_question_to_its_audience_stays_one_turn():
    text = ("Ladies and gentlemen, a year ago who would have thought that the harbour would open "
            "again so soon?\n\n"
            "We did our work, and we had some luck, because the first decisions on the harbour came "
            "right after the storm.\n")
    assert len(speech(read(text, lang="en"))) == 1


# --- H20g a lead in ideographs that names a labelled speaker --------------------------------

_CJK_LEAD = ("港口访谈\n\n"
             "昨天下午,港务局局长张海明来到本报编辑部,就新码头的建设回答了记者的提问。\n\n"
             "张海明:新码头明年春天完工。\n\n本报记者:工程进展顺利吗?\n\n张海明:很顺利。\n")


def test_a_lead_in_ideographs_naming_a_labelled_speaker_is_no_opening_speech():
    doc = read(_CJK_LEAD, lang="zh")
    assert labels(doc) == ["张海明:", "本报记者:", "张海明:"]
    assert any(isinstance(b, HeaderLine) and b.kind == HeaderKind.SUMMARY and "张海明来到" in b.text
               for b in doc.blocks)


def test_an_opening_in_ideographs_naming_no_labelled_speaker_stays_speech():
    text = _CJK_LEAD.replace("港务局局长张海明来到", "港务局局长来到")
    assert labels(read(text, lang="zh"))[0] is None


def test_a_hosts_opening_under_the_transcripts_announcement_stays_speech():
    text = ("港口访谈\n\n昨天下午,港务局局长张海明来到本报编辑部。\n\n以下为文字实录:\n\n"
            "各位朋友,大家好。今天我们请到了港务局局长张海明。\n\n"
            "张海明:大家好。\n\n本报记者:工程进展顺利吗?\n\n张海明:很顺利。\n")
    doc = read(text, lang="zh")
    assert labels(doc) == [None, "张海明:", "本报记者:", "张海明:"]
    assert speech(doc)[0].startswith("各位朋友")


# --- P32t an interview's lead under a header that names the interview -----------------------

_INTERVIEW = ("{title}\n\n"
              "The mayor spoke to us about the harbour and the plans for the summer season.\n\n"
              "Mrs Mayor, how was the year for the harbour?\n\n"
              "It was a good year, with more ships than ever and a new quay for the ferries.\n\n"
              "And the summer?\n\n"
              "We expect even more visitors than last year, and the works will be done.\n")


def test_the_lead_of_an_interview_named_so_in_the_header_is_no_turn():
    doc = read(_INTERVIEW.format(title="An interview with the mayor"), lang="en")
    assert speech(doc)[0] == "Mrs Mayor, how was the year for the harbour?"
    assert any(isinstance(b, HeaderLine) and b.kind == HeaderKind.SUMMARY and b.text.startswith("The mayor spoke")
               for b in doc.blocks)


def test_the_lead_under_a_header_that_names_no_interview_stays_a_turn():
    doc = read(_INTERVIEW.format(title="The harbour in summer"), lang="en")
    assert speech(doc)[0].startswith("The mayor spoke")


# --- L132t a headline quoting the speaker over the same name's labels in capitals -----------

_HEADLINE = 'Anna Berg: The harbour "will open in spring"\nPAUL ROE:\nGood morning.\nANNA BERG:\nGood morning.\n'


def test_a_quote_after_a_mixed_case_name_over_its_labels_in_capitals_is_the_title():
    doc = read(_HEADLINE, lang="en")
    assert labels(doc) == ["PAUL ROE:", "ANNA BERG:"]
    assert doc.setting.title == 'Anna Berg: The harbour "will open in spring"'


def test_a_first_line_that_ends_a_sentence_keeps_its_label():
    doc = read(_HEADLINE.replace('spring"', 'spring."'), lang="en")
    assert labels(doc) == ["Anna Berg:", "PAUL ROE:", "ANNA BERG:"]


# --- L133t a text without labels whose opening hands over by name ---------------------------

_HAND_OVER = ("Hello, this is Paul Roe from the harbour office. The sound works again, and I'll turn "
              "the mic over to Anna Berg.\n\n"
              "Thank you, and sorry for the delay. Today we will talk about the new quay.\n\n"
              "The works began in the spring and will end next year.\n")


def test_an_opening_that_hands_over_by_name_ends_the_hosts_turn():
    doc = read(_HAND_OVER, lang="en")
    turns = doc.turns()
    assert len(turns) == 2 and speech(doc)[1].startswith("Thank you, and sorry")
    names = {p.id: p.name for p in doc.persons}
    assert [names.get(t.who) for t in turns] == ["Paul Roe", "Anna Berg"]


def test_a_hand_over_reported_later_in_a_speech_cuts_nothing():
    text = ("Thank you all for coming to the harbour today, it is good to see you.\n\n"
            "Last year I had to turn the mic over to Anna Berg when my voice failed.\n\n"
            "This year the works on the quay will end.\n")
    assert len(read(text, lang="en").turns()) == 1


# --- L134t given names alone on their line over the speech, taking turns --------------------

_GIVEN_NAMES = ("Harbour talk\n\nAnna\nGood morning and welcome to the harbour show.\nPaul\n"
                "Thank you, Anna, it is good to be here.\nAnna\nLet us talk about the new quay.\n"
                "Paul\nThe quay opens in spring.\n")


def test_given_names_alone_over_their_speech_each_twice_are_labels():
    assert labels(read(_GIVEN_NAMES, lang="en")) == ["Anna", "Paul", "Anna", "Paul"]


def test_a_given_name_alone_once_is_no_label():
    text = _GIVEN_NAMES.replace("Paul\nThe quay", "Carl\nThe quay")
    assert labels(read(text, lang="en"))[0] is None


# --- P33t an unlabeled interview a question or an answer a line -----------------------------

_BY_LINES = ("The harbour in summer\n\n"
             "How was the year for the harbour?\n"
             "It was a good year, with more ships than ever and a new quay for the ferries.\n"
             "And the summer?\n"
             "We expect even more visitors than last year, and the works will be done by then.\n"
             "What about the storm damage?\n"
             "It is repaired, the last of it in March, thanks to the crews of the yard.\n")


def test_an_interview_printed_a_question_or_an_answer_a_line_is_cut_into_turns():
    turns = speech(read(_BY_LINES, lang="en"))
    assert len(turns) == 6 and turns[2] == "And the summer?"


def test_hard_wrapped_lines_are_no_questions_and_answers():
    text = _BY_LINES.replace("new quay for the ferries.", "new quay for the", 1)
    assert len(speech(read(text, lang="en"))) == 1


# --- H20h a stage note in brackets over two lines; L136t the name it announces alone on a line

_STAGE = ("Pressekonferenz vom 3. März\n\n"
          "(Die Vorsitzende eröffnet die Pressekonferenz und begrüßt\n"
          "Frau Anna Berg sowie die Sprecher der Ministerien.)\n\n"
          "Frau Anna Berg\n\n"
          "Guten Tag auch von mir! Wir beginnen mit den Terminen der Woche.\n\n"
          "Am Montag reist die Ministerin nach Hamburg.\n")


def test_a_stage_note_in_brackets_over_two_lines_is_a_note_and_names_the_next_label():
    doc = read(_STAGE, lang="de")
    assert labels(doc) == ["Frau Anna Berg"]
    assert speech(doc)[0].startswith("Guten Tag auch von mir!")
    notes = [b.text for b in doc.blocks if isinstance(b, HeaderLine) and b.kind == HeaderKind.NOTE]
    assert notes == ["(Die Vorsitzende eröffnet die Pressekonferenz und begrüßt",
                     "Frau Anna Berg sowie die Sprecher der Ministerien.)"]


def test_a_name_alone_that_no_stage_note_announces_is_no_label():
    text = _STAGE.replace("Frau Anna Berg sowie", "die Gäste sowie")
    assert labels(read(text, lang="de")) == [None]


# --- L137t a label in capitals that ends a line, its speech on the next ---------------------

_LINE_END = ("PAUL ROE: Good evening. On the harbour show tonight: ANNA BERG, Mayor of Rye:\n"
             "The quay opens next spring, and the ferries will run all winter.\n\n"
             "PAUL ROE: That and more tonight.\n")


def test_a_label_in_capitals_at_a_lines_end_opens_the_next_lines_turn():
    doc = read(_LINE_END, lang="en")
    assert labels(doc) == ["PAUL ROE:", "ANNA BERG, Mayor of Rye:", "PAUL ROE:"]
    assert speech(doc)[1].startswith("The quay opens")


def test_a_colon_after_mixed_case_words_at_a_lines_end_is_no_label():
    text = _LINE_END.replace("ANNA BERG, Mayor of Rye:", "Anna Berg, Mayor of Rye:")
    assert labels(read(text, lang="en")) == ["PAUL ROE:", "PAUL ROE:"]
