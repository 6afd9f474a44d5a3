"""Shapes read in session 36 on synthetic transcripts of the shapes real sources print
(results calls, oral-history cover sheets, depositions)."""
from __future__ import annotations

from teikit import convert
from teikit.model import Event, Note, Paragraph
from tests.convert.conftest import labels, read, speaker, speech

_CALL = ("Acme Corp. (ACM) Q3 2024 Earnings Call Transcript\n"
         "October 24, 2024 5:00 PM ET\n\n"
         "Corporate Participants\n"
         "Ann Lee - Chief Executive Officer\n"
         "Bob Roe - Chief Financial Officer\n\n"
         "Conference Call Participants\n"
         "Cy Poe - Harbour Bank\n\n"
         "Operator\n"
         "Good afternoon, and welcome to the call. I would now like to turn the call over to Ann Lee.\n\n"
         "Ann Lee\n"
         "Thank you. Revenue grew 12% year over year.\n\n"
         "Bob Roe\n"
         "Operating margin came in at 9%.\n\n"
         "Question-and-Answer Session\n\n"
         "Operator\n"
         "Our first question comes from Cy Poe with Harbour Bank.\n\n"
         "Cy Poe\n"
         "Thanks. Can you talk about pricing?\n\n"
         "Ann Lee\n"
         "Pricing remains firm.\n")


def test_a_call_s_participant_list_with_single_hyphens_is_no_dialogue():
    # "Ann Lee - Chief Executive Officer" under "Corporate Participants" was a turn saying
    # "Chief Executive Officer" (L1270h)
    doc = read(_CALL, lang="en")
    assert labels(doc) == ["Operator", "Ann Lee", "Bob Roe", "Operator", "Cy Poe", "Ann Lee"]
    assert speech(doc)[4] == "Thanks. Can you talk about pricing?"


def test_a_call_s_participant_list_gives_the_roles_and_its_heading_is_no_place():
    doc = read(_CALL, lang="en")
    assert speaker(doc, 1).role == "Chief Executive Officer"
    assert speaker(doc, 2).role == "Chief Financial Officer"
    tei = convert(_CALL.encode(), "call.txt").tei.decode()
    assert "Corporate Participants</placeName>" not in tei and "Participants</name>" not in tei
    assert '<note type="metadata">Corporate Participants</note>' in tei and "<byline>Cy Poe - Harbour Bank</byline>" in tei


def test_a_call_s_section_heading_between_two_turns_is_a_heading_note():
    # "Question-and-Answer Session" closed the CFO's turn as speech (T1272h)
    doc = read(_CALL, lang="en")
    last = doc.turns()[2].paragraphs[-1].content[0]
    assert isinstance(last, Note) and last.type == "heading" and last.text == "Question-and-Answer Session"


def test_a_section_word_with_speech_after_it_in_the_turn_stays_speech():
    doc = read("Ann Lee\nThank you, Bob.\n\nPresentation\n\nThe slides are online.\n\nBob Roe\nThanks.\n\n"
               "Ann Lee\nGood.\n", lang="en")
    assert "Presentation" in " ".join(speech(doc))


_COVER = ("SOUTHERN LABOR ORAL HISTORY COLLECTION\n\n"
          "Interviewee: Ruth Ann Roe\n"
          "Interviewer: James Poe\n"
          "Date: June 3, 1998\n"
          "Location: Baton Rouge, Louisiana\n"
          "Transcriber: M. Salas\n"
          "Length: 1 hour 12 minutes\n\n"
          "POE: Today I am speaking with Ruth Ann Roe at her home. Where were you born?\n\n"
          "ROE: I was born in Opelousas in 1921.\n\n"
          "POE: And when did you join the union?\n\n"
          "ROE: In 1943.\n")


def test_a_cover_sheet_s_fields_are_no_venue_and_no_title():
    # "Transcriber: M. Salas" was the venue, "Interviewee: …" the title (H1273h)
    tei = convert(_COVER.encode(), "oral.txt").tei.decode()
    assert "Transcriber: M. Salas</name>" not in tei and 'type="venue"' not in tei
    assert "<title>SOUTHERN LABOR ORAL HISTORY COLLECTION</title>" in tei
    assert "<placeName>Baton Rouge, Louisiana</placeName>" in tei
    assert '<note type="metadata">Transcriber: M. Salas</note>' in tei


def test_a_cover_sheet_s_role_field_names_the_label_s_person():
    doc = read(_COVER, lang="en")
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == ("Ruth Ann Roe", "Interviewee")


def test_a_field_next_to_the_date_is_no_place():
    # two fields only: no cover sheet, but a field's name says what it is (H1273h)
    tei = convert(b"Harbour Board Meeting\nMay 2, 2024\nRecorder: A. Poe\n\nANN: We open.\n\nBEN: Agreed.\n\n"
                  b"ANN: Next item.\n", "m.txt").tei.decode()
    assert "Recorder: A. Poe</placeName>" not in tei and "Recorder: A. Poe</name>" not in tei


_DEPOSITION = ("DEPOSITION OF ANN L. ROE\nMarch 14, 2023\n\n"
               "                 EXAMINATION\n"
               "BY MR. POE:\n\n"
               "     Q.   Please state your name for the record.\n"
               "     A.   Ann Louise Roe.\n"
               "          MS. LEE:  Objection.  Form.\n"
               "          THE WITNESS:  I can answer that.\n"
               "     Q.   Where are you employed?\n"
               "     A.   At the water authority.\n"
               "          (Whereupon, a recess was taken.)\n\n"
               "                 CROSS-EXAMINATION\n"
               "BY MS. LEE:\n\n"
               "     Q.   Did you sign the report?\n"
               "     A.   Yes, I did.\n"
               "          MR. POE:  Nothing further.\n")


def test_a_deposition_s_questions_are_the_examining_lawyer_s_and_the_answers_the_witness_s():
    # "Q."/"A." named no one; "BY MR. POE:" names the lawyer who asks (N1275h)
    doc = read(_DEPOSITION, lang="en")
    who = [(t.label, t.who) for t in doc.turns()]
    poe, lee, witness = (doc.person(t.who) for t in (doc.turns()[-1], doc.turns()[2], doc.turns()[3]))
    assert witness.name == "Ann L. Roe" and poe.labels[0] == "MR. POE:" and lee.labels[0] == "MS. LEE:"
    assert [w for label, w in who if label == "Q."] == [poe.id, poe.id, lee.id]
    assert [w for label, w in who if label == "A."] == [witness.id] * 3


def test_a_deposition_s_examination_heading_and_by_line_are_no_answer():
    doc = read(_DEPOSITION, lang="en")
    answer = doc.turns()[5]
    notes = [i for p in answer.paragraphs if isinstance(p, Paragraph) for i in p.content if isinstance(i, Note)]
    assert [(n.type, n.text.strip()) for n in notes] == [("heading", "CROSS-EXAMINATION"), ("heading", "BY MS. LEE:")]


def test_a_by_line_of_a_lawyer_no_label_prints_names_no_one():
    doc = read("BY MR. POE:\n\nQ.   Your name?\nA.   Ann Roe.\nTHE WITNESS:  Yes.\nQ.   Thanks.\n", lang="en")
    assert doc.turns()[0].who is None


def test_a_by_phrase_in_speech_is_no_examiner_line():
    doc = read("MR. POE: We go on.\n\nBy the way:\n\nQ.   Your name?\nA.   Ann Roe.\nTHE WITNESS:  Yes.\n", lang="en")
    assert "By the way:" in " ".join(speech(doc))


def test_a_court_reporter_s_parentheticals_are_events():
    # "(Whereupon, a recess was taken.)" was speech of the answer before it (E1274h)
    doc = read("MR. POE: Do you know it?\n\nTHE WITNESS: I do.\n\n(Whereupon, Exhibit 3 was marked for identification.)\n\n"
               "MR. POE: Go on.\n\n(Discussion off the record.)\n\nMS. LEE: Objection.\n", lang="en")
    events = [i.text for t in doc.turns() for p in t.paragraphs if isinstance(p, Paragraph)
              for i in p.content if isinstance(i, Event)]
    assert events == ["(Whereupon, Exhibit 3 was marked for identification.)", "(Discussion off the record.)"]


def test_a_deposition_s_closing_parenthetical_ends_the_transcript():
    tei = convert(b"MR. POE: Nothing further.\n\nMS. LEE: Nothing.\n\n"
                  b"(Whereupon, the deposition was concluded at 4:15 p.m.)\n", "d.txt").tei.decode()
    assert "<trailer>(Whereupon, the deposition was concluded at 4:15 p.m.)</trailer>" in tei


_MAGAZINE = ("# The sea keeps its own time\n\n"
             "*Marine biologist Clara Whitman has spent thirty years studying tidal pools. We met her in Falmouth.*\n\n"
             "By Peter Lang\n\n"
             "**Clara, when did the sea first grab you?**\n\n"
             "I was six. My grandfather took me out at low tide.\n\n"
             "**And you never looked back?**\n\n"
             "Never. It's the best job in the world.\n\n"
             "**What worries you most now?**\n\n"
             "Warming. The pools are two degrees warmer.\n")


def test_a_magazine_interview_s_answers_are_not_the_author_s():
    # the byline's author answered the bold questions (N1276h)
    doc = read(_MAGAZINE, lang="en")
    answers = [t for t in doc.turns() if t.who]
    assert len(answers) == 3 and {doc.person(t.who).name for t in answers} == {"Clara Whitman"}


def test_a_bold_question_s_address_by_given_name_names_the_guest_of_the_standfirst():
    # no header read ("# \"…\"" stays in the lead): the address and the standfirst name her (N1276h)
    doc = read(_MAGAZINE.replace("By Peter Lang\n\n", "").replace("# The sea", '# "The sea').replace("time\n", 'time"\n', 1),
               lang="en")
    assert {doc.person(t.who).name for t in doc.turns() if t.who} == {"Clara Whitman"}


def test_two_full_forms_of_the_given_name_name_no_one_in_full():
    from teikit import lexicons
    from teikit.transforms.helpers.givenforms import given_name_form
    lex = lexicons.load("en")
    assert given_name_form("Clara", ["Clara Whitman, a biologist, and her sister."], lex) == "Clara Whitman"
    assert given_name_form("Clara", ["Clara Whitman met Clara Poe."], lex) is None


def test_an_author_s_byline_right_over_the_first_question_names_no_answerer():
    # "By Peter Lang" as the line above the first question was read as a heading naming
    # the one who answers (N1276h)
    doc = read(_MAGAZINE.replace("# The sea", '# "The sea').replace("time\n", 'time"\n', 1)
               .replace("**Clara, when", "**When"), lang="en")
    assert all(doc.person(t.who).name != "Peter Lang" for t in doc.turns() if t.who)


_SCRIPT = ("THE LAST FERRY\n\n"
           "INT. HARBOUR OFFICE - NIGHT\n\n"
           "Rain lashes the windows.\n\n"
           "MARTHA: You're late.\n\n"
           "DAVID: The ferry didn't run.\n\n"
           "MARTHA: It always runs.\n\n"
           "EXT. PIER - CONTINUOUS\n\n"
           "DAVID: It never ran again.\n")


def test_a_screenplay_s_scene_heading_is_no_speaker():
    # "INT. HARBOUR OFFICE -" was a person saying "NIGHT" (L1277h)
    doc = read(_SCRIPT, lang="en")
    assert [label for label in labels(doc) if label] == ["MARTHA:", "DAVID:", "MARTHA:", "DAVID:"]
    assert all("Int." not in (p.name or "") and "Ext." not in (p.name or "") for p in doc.persons)


def test_a_scene_heading_between_two_speeches_is_a_heading_note_and_no_venue():
    doc = read(_SCRIPT, lang="en")
    last = [t for t in doc.turns() if t.label == "MARTHA:"][-1].paragraphs[-1].content[0]
    assert isinstance(last, Note) and last.type == "heading" and last.text == "EXT. PIER - CONTINUOUS"
    tei = convert(_SCRIPT.encode(), "s.txt").tei.decode()
    assert 'type="venue"' not in tei and '<note type="note">INT. HARBOUR OFFICE - NIGHT</note>' in tei


def test_a_sentence_opening_with_a_slugline_word_stays_speech():
    doc = read("ANN: Int. and ext. are the words.\n\nBEN: EXT. CALLS - THEY ARE FINE\n\nANN: Good.\n", lang="en")
    assert labels(doc) == ["ANN:", "BEN:", "ANN:"]


_ORAL = ("VETERANS ORAL HISTORY PROJECT\n\n"
         "Interviewee: Ruth Ann Delacroix\n"
         "Interviewer: James Whitford\n"
         "Date: June 3, 1998\n\n"
         "JW: Today I am speaking with her at her home. Where were you born?\n\n"
         "RD: I was born in Opelousas in 1921.\n\n"
         "JW: And when did you join the service?\n\n"
         "RD: In 1943.\n")


def test_an_oral_history_s_initials_labels_are_the_cover_sheet_s_names_and_roles():
    # "RD:" stayed a person called RD: the first and last initials of a name of three words (N1278h)
    doc = read(_ORAL, lang="en")
    jw, rd = speaker(doc, 0), speaker(doc, 1)
    assert (jw.name, jw.role) == ("James Whitford", "Interviewer")
    assert (rd.name, rd.role) == ("Ruth Ann Delacroix", "Interviewee")


def test_two_names_with_the_outer_initials_name_no_one():
    doc = read(_ORAL.replace("Interviewer: James Whitford\n", "Interviewer: Rose Mary Dunn\n"), lang="en")
    assert speaker(doc, 1).name in (None, "RD")


def test_a_running_footer_with_its_page_counter_is_page_furniture():
    # "Harbour Oral History Project      Page 2 of 14" between two turns was speech (B1279h)
    doc = read("JW: Where were you born?\n\nRD: In Opelousas, in 1921.\n\n"
               "Harbour Oral History Project                                Page 2 of 14\n\n"
               "JW: What was your training like?\n\nRD: Hard.\n", lang="en")
    assert all("Page 2 of 14" not in s for s in speech(doc))
    tei = convert(b"ANA: Hola.\n\nBEA: Hola, Ana.\n\nArchivo Oral del Puerto          P\xc3\xa1gina 2 de 14\n\n"
                  b"ANA: Seguimos.\n", "t.txt").tei.decode()
    assert "<desc>Archivo Oral del Puerto          Página 2 de 14</desc>" in tei


def test_a_sentence_that_ends_on_a_page_number_stays_speech():
    doc = read("ANN: The chart is on page 2 of 14.\n\nBEN: I see it on page 3.\n", lang="en")
    assert speech(doc) == ["The chart is on page 2 of 14.", "I see it on page 3."]


_VIDEO = ("How We Rebuilt the Harbour | Full Talk\n\n"
          "0:00\nhi everyone and thanks for having me\n0:03\nso today I want to talk about the harbour\n"
          "0:07\nand what we learned when the storm hit\n")


def test_a_video_transcript_s_first_time_is_no_time_of_the_day():
    # "0:00" over the first line was the setting's time (H1280h)
    doc = read(_VIDEO, lang="en")
    assert doc.setting.time is None


def test_a_line_next_to_a_chapter_s_zero_time_is_no_place():
    # a podcast page's chapter list: "Intro und Begrussung" over its "00:00" was the place
    doc = read("Episode 24\n\nTimeline\nIntro und Begrussung\n00:00\n"
               "Herzlich willkommen zur 24. Folge des Podcasts, wir freuen uns sehr.\n", lang="de")
    assert doc.setting.place is None and doc.setting.time is None


def test_a_clock_time_in_the_header_is_still_the_setting_s_time():
    doc = read("Harbour Board Meeting\nMay 2, 2024\n10:30 a.m.\n\nANN: We open.\n\nBEN: Agreed.\n", lang="en")
    assert doc.setting.time == "10:30 a.m."


_WEBINAR = ("Webinar transcript\n"
            "Building Resilient Ports: Lessons from 2023\n"
            "Recorded on 5 October 2023\n\n"
            "Speakers:\n"
            "Dr. Lena Fischer, Port of Hamburg\n"
            "Mark Owusu, Ghana Ports Authority\n\n"
            "Moderator: Sarah Kim\n\n"
            "SARAH KIM: Welcome everyone to today's webinar.\n\n"
            "LENA FISCHER: Thank you, Sarah.\n\n"
            "MARK OWUSU: Glad to be here.\n\n"
            "SARAH KIM: Lena, let's start with you.\n")


def test_a_two_part_headline_with_a_venue_word_is_the_title_not_the_venue():
    # "Building Resilient Ports: …" was the venue, "Recorded on …" the title (H1281h)
    doc = read(_WEBINAR, lang="en")
    assert doc.setting.title == "Building Resilient Ports: Lessons from 2023" and doc.setting.venue is None


def test_a_webinar_s_speaker_list_with_commas_gives_affiliations_and_no_place():
    # "Dr. Lena Fischer, Port of Hamburg" under "Speakers:" was the place (H1281h)
    doc = read(_WEBINAR, lang="en")
    assert doc.setting.place is None
    fischer = speaker(doc, 1)
    assert fischer.name == "Lena Fischer" and "Port of Hamburg" in (fischer.role, fischer.affiliation)


def test_a_single_role_field_naming_a_label_s_whole_name_is_no_turn():
    # "Moderator: Sarah Kim" was a turn of a person called Moderator saying "Sarah Kim" (H1281h)
    doc = read(_WEBINAR, lang="en")
    assert labels(doc)[0] == "SARAH KIM:"
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == ("Sarah Kim", "Moderator")


def test_a_single_role_field_whose_name_no_label_prints_stays_a_turn():
    doc = read("Moderator: Sarah Kim\n\nTOM POE: Welcome.\n\nANN LEE: Thanks.\n\nTOM POE: Go on.\n", lang="en")
    assert labels(doc)[0] == "Moderator:"


_PORTRAIT = ("对话｜城市更新不是推倒重来\n\n"
             "【嘉宾介绍】\n"
             "王海峰，清华大学建筑学院教授。\n\n"
             "主持人：欢迎王教授做客我们的节目。\n"
             "嘉宾：谢谢主持人。\n"
             "主持人：您怎么看当前的城市更新？\n"
             "嘉宾：城市更新不是推倒重来，而是有机生长。\n")


def test_a_guest_s_portrait_under_its_heading_is_no_turn():
    # "王海峰，清华大学建筑学院教授。" under "【嘉宾介绍】" was a turn (H1282h)
    doc = read(_PORTRAIT, lang="zh")
    assert labels(doc) == ["主持人：", "嘉宾：", "主持人：", "嘉宾："]


def test_the_guest_s_label_is_the_portrait_s_name_and_offices():
    doc = read(_PORTRAIT, lang="zh")
    guest = speaker(doc, 1)
    assert (guest.name, guest.role) == ("王海峰", "清华大学建筑学院教授")


def test_a_portrait_heading_in_english_over_a_guest_label():
    doc = read("The Harbour Hour\n\nAbout the guest:\nAnn Roe, harbour master of Port Lee since 2019.\n\n"
               "HOST: Welcome to the show.\n\nGUEST: Thank you for having me.\n\nHOST: Let's begin.\n\n"
               "GUEST: Gladly.\n", lang="en")
    assert labels(doc) == ["HOST:", "GUEST:", "HOST:", "GUEST:"] and speaker(doc, 1).name == "Ann Roe"
