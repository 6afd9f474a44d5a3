"""Shapes first met in corpus/dev3 (docs/convert-shapes.md, sections marked dev3), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit import convert
from teikit.model import Event, Note, Paragraph
from tests.convert.conftest import labels, read


# --- L35 a machine transcript's segments without blank lines ---------------------------------

_SEGMENTS = ("Show Transcript\nSPEAKER_00 (00:00):\nWelcome back to\nthe harbour show,\nwith me today.\n"
             "SPEAKER_01 (00:06):\nThanks for\nhaving me.\n(00:09):\nShall we begin\nwith the boats?\n")


def test_display_wrapped_lines_of_a_timed_segment_are_one_paragraph():
    turns = read(_SEGMENTS).turns()
    assert [len(t.paragraphs) for t in turns] == [1, 2]
    second = turns[1].paragraphs[1]
    assert isinstance(second.content[0], Note) and second.content[0].text == "(00:09):"
    assert "Shall we begin" in second.text


def test_a_time_inside_a_label_is_written_as_the_labels_timestamp():
    tei = convert(_SEGMENTS, "t.txt").tei.decode("utf-8")
    assert '<note type="speaker">SPEAKER_01</note>' in tei
    assert 'type="timestamp"' in tei and ">(00:06):</note>" in tei


def test_segment_lines_after_a_blank_line_stay_as_they_are():
    doc = read("SPEAKER_00 (00:00):\n\nWelcome back.\n\nA new day.\n\nSPEAKER_01 (00:06):\n\nThanks.\n\nYes.")
    assert [len(t.paragraphs) for t in doc.turns()] == [2, 2]


# --- L36 a whole transcript on one line, names printed once each ---------------------------

def test_names_inside_one_long_line_open_turns():
    filler = "我们今天讨论港口的建设和城市的交通问题,大家都很关心这些事情。" * 4
    line = (f"主持人说明了今天的安排。{filler} 张明: 谢谢主持人,我先介绍情况。{filler} "
            f"新华社记者: 请问港口什么时候完工?{filler} 刘华: 明年年底完工。{filler}")
    doc = read(f"港口记者会\n\n{line}")
    assert labels(doc) == [None, "张明:", "新华社记者:", "刘华:"]


def test_a_colon_inside_prose_on_a_long_line_is_no_label():
    filler = "The harbour was busy all week and the ferries ran late again on Tuesday. " * 4
    line = f"{filler} Harbour Notes: the ferry runs at noon. {filler} Weather: rain. {filler}"
    assert labels(read(f"Harbour news\n\n{line}")) == [None]


# --- L37 a record site's speaker blocks ----------------------------------------------------

_RECORD = ("Harbour Hansard, sitting 12\n\nQuestion Period\n\n2:15 p.m.\n\nSome hon. members\n\nOh, oh!\n\n"
           "Harbour WeekStatements\n\n2:16 p.m.\n\nLiberal\n\nThe Speaker Liberal Ann Roe\n\n"
           "Order, please. The minister has the floor.\n\n[A minute of silence observed]\n\n"
           "Harbour WeekStatements\n\n2:18 p.m.\n\nNorth Hill Ontario\n\nLiberal\n\n"
           "Tom Poe LiberalMinister of Harbours\n\nMr. Speaker, the new quay opens today.\n\nIt is long.")


def test_a_time_of_day_line_opens_a_block_whose_last_line_is_the_label():
    doc = read(_RECORD)
    assert labels(doc) == ["Some hon. members", "The Speaker Liberal Ann Roe", "Tom Poe LiberalMinister of Harbours"]
    assert [len([p for p in t.paragraphs if isinstance(p, Paragraph)]) for t in doc.turns()] == [1, 2, 2]
    people = {p.name: p.role for p in doc.persons}
    assert people["Ann Roe"] == "The Speaker" and people["Tom Poe"] == "Minister of Harbours"


def test_a_minute_of_silence_is_an_event():
    doc = read(_RECORD)
    marks = [i.text for p in doc.turns()[1].paragraphs for i in getattr(p, "content", []) if isinstance(i, Event)]
    assert marks == ["[A minute of silence observed]"]


def test_one_time_of_day_line_opens_no_block():
    doc = read("Harbour news\n\n2:15 p.m.\n\nAnn Roe\n\nThe quay opens today.")
    assert labels(doc) == [None]


# --- L38 a short dashed interview after an agency's lead -------------------------------------

_SHORT_DASHED = ("Сочи. 5 мая. АГЕНТСТВО - Министр портов Иван Петров рассказал в интервью агентству о новом "
                 "причале и о планах на лето.\n\n- Иван Сергеевич, когда откроется причал?\n\n"
                 "- Причал откроется в июне, если погода позволит.")


def test_one_question_and_answer_after_an_interview_lead_are_dashed_turns():
    doc = read(_SHORT_DASHED, lang="ru")
    assert labels(doc) == [None, None]
    assert any("Иван Петров" in (p.name or "") for p in doc.persons)
    assert doc.turns()[1].who is not None and doc.turns()[0].who is None
    assert doc.setting.place == "Сочи"


def test_two_dashed_points_after_a_lead_without_an_occasion_stay_one_paragraph_each():
    doc = read("Мы обсудили планы на лето и работу порта в новом сезоне.\n\n- Когда откроется причал?\n\n"
               "- Причал откроется в июне.", lang="ru")
    assert labels(doc) in ([], [None])


# --- L39 a name before a dash, printed in the dateline; H21 a dateline paragraph's date -------

_DATELINE = ("Le nouveau port de la ville\n\n(Lyon, 3 mars 2019) - Conférence de presse de la ministre des ports, "
             "Anne Roux, et du maire, Paul Morel.\n\nAnne Roux - Mesdames et Messieurs, bonjour.\n\n"
             "Le port ouvre demain.")


def test_a_name_before_a_dash_printed_in_the_dateline_is_a_label():
    doc = read(_DATELINE, lang="fr")
    assert labels(doc) == ["Anne Roux -"]
    assert doc.turns()[0].paragraphs[0].text.startswith("Mesdames")


def test_a_dateline_paragraph_gives_the_place_and_date():
    doc = read(_DATELINE, lang="fr")
    assert (doc.setting.place, doc.setting.date_iso) == ("Lyon", "2019-03-03")


def test_a_name_before_a_dash_not_printed_above_is_speech():
    doc = read("Le port\n\nAnne Roux - elle arrive demain.\n\nLe port ouvre demain.", lang="fr")
    assert labels(doc) == [None]


# --- L40 a title printed twice; a heading with a colon naming the speaker ---------------------

_TWICE = ("HARBOUR DAY: The mayor opens the new quay\n\nHARBOUR DAY: The mayor opens the new quay\n\n"
          "STATEMENT BY MAYOR HOLT:\n\nGood morning.\n\nThe quay is open.")


def test_a_title_with_a_colon_printed_twice_is_no_label():
    doc = read(_TWICE)
    assert doc.setting.title == "HARBOUR DAY: The mayor opens the new quay"
    assert all(t.label is None or not t.label.startswith("HARBOUR") for t in doc.turns())


def test_a_heading_with_a_colon_over_the_speech_names_its_speaker():
    doc = read(_TWICE)
    assert labels(doc) == [None]
    turn = doc.turns()[0]
    assert turn.paragraphs[0].text == "Good morning."
    person = next(p for p in doc.persons if p.id == turn.who)
    assert person.name == "Holt" and person.role.lower() == "mayor"


def test_a_label_with_its_speech_printed_once_stays_a_label():
    doc = read("HARBOUR DAY\n\nMAYOR HOLT: Good morning.\n\nQUESTION: When?\n\nMAYOR HOLT: Now.")
    assert labels(doc) == ["MAYOR HOLT:", "QUESTION:", "MAYOR HOLT:"]


# --- L41 Chinese pages: a sentence's opening before a colon, a note after a label, a caption,
# --- a dated lead ----------------------------------------------------------------------------

_ZH = ("港口管理局局长4月2日記者會文字實錄\n\n2022-05-06 港口之聲\n\n"
       "2021年4月2日上午,港口管理局局長劉華在港口記者會上回答記者提問。全文如下:\n\n"
       "劉華:(開場白)大家好,我們現在開始。\n\n(以上圖片均為現場)\n\n▲新華社記者:請問港口什麼時候完工?\n\n"
       "劉華:明年完工。\n\n所以我們一直認為:港口很重要。")


def test_ideographs_opening_with_a_sentence_word_before_a_colon_are_speech():
    doc = read(_ZH, lang="zh")
    assert labels(doc) == ["劉華:", "▲新華社記者:", "劉華:"]
    assert doc.turns()[2].paragraphs[-1].text.startswith("所以")


def test_a_note_after_a_label_naming_the_part_of_the_event_is_no_speech():
    doc = read(_ZH, lang="zh")
    first = doc.turns()[0].paragraphs[0]
    assert isinstance(first.content[0], Note) and first.content[0].text == "(開場白)"


def test_a_photo_caption_between_turns_is_boilerplate():
    from teikit.model import Boilerplate
    doc = read(_ZH, lang="zh")
    assert any(isinstance(b, Boilerplate) and b.text == "(以上圖片均為現場)" for b in doc.blocks)


def test_a_lead_opening_with_the_full_date_gives_the_date_before_a_repost_line():
    doc = read(_ZH, lang="zh")
    assert doc.setting.date_iso == "2021-04-02"
    assert labels(doc)[0] == "劉華:"  # the lead is a header line, not an opening turn


# --- H22 a title printed as short sentences -------------------------------------------------

def test_a_first_line_of_short_sentences_naming_the_occasion_and_date_is_the_title():
    doc = read("Press conference of the harbour master Ann Lee. Wednesday 10 May 2023. Transcript.\n\n"
               "ANN LEE: Good morning.\n\nQUESTION: When does the quay open?\n\nANN LEE: Tomorrow.")
    assert doc.setting.title.startswith("Press conference of the harbour master")
    assert labels(doc) == ["ANN LEE:", "QUESTION:", "ANN LEE:"]
    assert doc.setting.date_iso == "2023-05-10"


def test_an_opening_speech_about_a_press_conference_stays_speech():
    doc = read("Press conference today, 10 May 2023, was long. We talked about the quay and the ferries and "
               "the boats that come in from the north every morning.\n\nANN LEE: Good morning.")
    assert labels(doc) == [None, "ANN LEE:"]


# --- P6 captions with glued or fused times ----------------------------------------------------

def test_captions_with_times_glued_to_the_text_are_one_unlabeled_paragraph():
    doc = read("Harbour TV - Press Conference (14.06.24)\nTranscript\n00:05Good morning to all of you,\n"
               "00:09we open the new quay today and the\n00:14ferries start on Monday.\n")
    assert labels(doc) == [None]
    turn = doc.turns()[0]
    content = turn.paragraphs[0].content
    assert len(turn.paragraphs) == 1 and isinstance(content[0], Note) and content[0].text == "00:05"
    assert content[1].text == "Good morning to all of you,"
    assert doc.setting.date_iso == "2024-06-14"


def test_captions_followed_by_fused_start_and_end_times_are_one_paragraph():
    doc = read("Harbour Show\n\nDownload Subtitles\n\nSRT\n\nSimilar Content\n\nGood morning.\n\n0:00:010:00:04\n\n"
               "The quay opens\n\ntoday.\n\n0:00:040:00:07\n\nFerries start\n\n0:00:070:00:09\n")
    turns = doc.turns()
    assert len(turns) == 1 and len(turns[0].paragraphs) == 1
    notes = [i for i in turns[0].paragraphs[0].content if isinstance(i, Note)]
    assert [n.text for n in notes] == ["0:00:010:00:04", "0:00:040:00:07", "0:00:070:00:09"]
    assert turns[0].paragraphs[0].text.startswith("Good morning.")
    assert doc.setting.place is None  # "SRT" is the download widget's, no place


def test_two_glued_times_make_no_caption_run():
    doc = read("Notes\n\nMeeting at\n\n10:30Harbour office\n\n11:00Quay\n\nThe rest of the day was free, as usual.")
    assert not any(t.paragraphs and t.paragraphs[0].text.startswith("10:30") and len(t.paragraphs) == 1
                   and "Quay" in t.paragraphs[0].text for t in doc.turns())


# --- guards of the header rules -------------------------------------------------------------

def test_an_office_before_a_dash_in_a_caption_is_no_label():
    doc = read("View from the harbour\n\nOn Sunday, Ann Lee interviewed The Harbour Master - his last week.\n\n"
               "The Harbour Master - his last week\n\nANN LEE: Good morning.\n\nTOM POE: Morning.")
    assert "The Harbour Master -" not in labels(doc)


def test_a_broadcasters_credit_notice_is_boilerplate():
    from teikit.model import Boilerplate
    doc = read('Harbour Talk\n\nPlease note "Harbour Radio" must be credited if any part of this transcript is used.'
               "\n\nANN LEE: Good morning.\n\nTOM POE: Morning.")
    assert any(isinstance(b, Boilerplate) and "credited" in b.text for b in doc.blocks)


def test_a_relative_date_and_a_transcript_tab_are_a_video_pages_widgets():
    from teikit.model import Boilerplate
    doc = read("• 2 giorni fa\nPorto TV - Conferenza Stampa (14.06.24)\nTrascrizione\n00:05Buongiorno a tutti,\n"
               "00:09oggi apriamo il nuovo molo e i\n00:14traghetti partono lunedì.\n", lang="it")
    widgets = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert widgets == ["• 2 giorni fa", "Trascrizione"]
    assert doc.setting.title == "Porto TV - Conferenza Stampa (14.06.24)" and doc.setting.place is None


# --- L42 a record on one line whose first label follows the sitting's opening time ------------

def test_a_one_line_record_opens_its_turn_after_the_sittings_start():
    contents = " ".join(f"Punkt {n} Bericht über den Hafen {n} A" for n in range(1, 12))
    line = (f"3. HAFENRAT DER STADT HAFENDORF, MONTAG, DEN 4. März 2019 Inhalt: {contents} "
            "Stenografischer Bericht Beginn: 10.00 Uhr Vorsitzende Dr. Anna Roth: Ich eröffne die Sitzung. "
            "Der Hafen ist offen. (Beifall) Wir beginnen.")
    doc = read(line + "\n", lang="de")
    assert labels(doc) == ["Vorsitzende Dr. Anna Roth:"]
    assert doc.turns()[0].paragraphs[0].text.startswith("Ich eröffne")
    assert (doc.setting.date_iso, doc.setting.place) == ("2019-03-04", "Hafendorf")


# --- N14 the interviewer after the guest's office in a French interview title ------------------

def test_the_interviewer_named_after_the_guests_office_is_the_question_voice():
    doc = read("Ports - Interview de Anne Roux, ministre des ports, d’Yves Morel, « Radio Port » (Lyon, 3 mars 2019)\n\n"
               "Q - Bonjour.\n\nR - Bonjour.\n\nQ - Le port ouvre ?\n\nR - Demain.", lang="fr")
    asker = {t.who for t in doc.turns() if t.label.startswith("Q")}
    assert len(asker) == 1 and next(p for p in doc.persons if p.id in asker).name == "Yves Morel"


# --- H10f a standfirst "On <date>, A interviewed B"; the headline over it is the title ----------

def test_a_standfirst_opening_on_its_date_is_a_header_line_under_the_headline():
    from teikit.model import Boilerplate, HeaderKind, HeaderLine
    doc = read("Harbour News\nLast Updated: Monday, 4 March 2019, 10:12 GMT\nA quay at last\n"
               "On Monday 4 March 2019, Ann Lee interviewed the harbour master - his last week in office.\n\n"
               "The harbour master - his last week in office\n\nANN LEE: Good morning.\n\nTOM POE: Morning.")
    kinds = {b.text: b.kind for b in doc.blocks if isinstance(b, HeaderLine)}
    assert kinds["On Monday 4 March 2019, Ann Lee interviewed the harbour master - his last week in office."] \
        == HeaderKind.SUMMARY
    assert doc.setting.title == "A quay at last"
    assert labels(doc) == ["ANN LEE:", "TOM POE:"]
    assert not any(isinstance(b, Boilerplate) and b.text == "A quay at last" for b in doc.blocks)


# --- P7 topic headings inside a statement; H3b a title printed three times ---------------------

_BRIEFING = ("Daily Briefing by the Spokesperson for the Harbour Board\n\n4 March 2019\n\n"
             "Daily Briefing by the Spokesperson for the Harbour Board\n\n4 March 2019\n\n"
             "Daily Briefing by the Spokesperson for the Harbour Board\n\n"
             "Good afternoon. Welcome to the briefing.\n\n** Ferries\n\nThe ferries run late today.\n\n"
             "## Quay works\n\nThe quay opens on Monday.")


def test_a_topic_heading_inside_a_statement_is_no_paragraph():
    turn = read(_BRIEFING).turns()[0]
    paras = [p for p in turn.paragraphs if not all(isinstance(i, Note) for i in p.content)]
    assert [p.text for p in paras] == ["Good afternoon. Welcome to the briefing.", "The ferries run late today.",
                                       "The quay opens on Monday."]


def test_a_title_printed_three_times_is_the_title_not_a_widget():
    assert read(_BRIEFING).setting.title == "Daily Briefing by the Spokesperson for the Harbour Board"


def test_a_place_and_date_in_brackets_closing_the_title_give_the_place():
    doc = read("Ports - Interview de Anne Roux, ministre des ports, « Radio Port » (Lyon, 3 mars 2019)\n\n"
               "Q - Bonjour.\n\nR - Bonjour.\n\nQ - Le port ouvre ?\n\nR - Demain.", lang="fr")
    assert (doc.setting.place, doc.setting.date_iso) == ("Lyon", "2019-03-03")


# --- L43 a photo's alt text glued to the chair's label ---------------------------------------

def test_a_caption_glued_to_the_chairs_label_is_furniture():
    from teikit.model import Boilerplate
    doc = read("Audizione del ministro dei porti\n\nSeduta di mercoledì 6 marzo 2019\n\n"
               "Ministro rossiPRESIDENTE. L'ordine del giorno reca l'audizione del ministro.\n\nDo la parola al ministro.",
               lang="it")
    assert labels(doc) == ["PRESIDENTE."]
    assert any(isinstance(b, Boilerplate) and b.text == "Ministro rossi" for b in doc.blocks)


def test_a_word_ending_in_capitals_without_a_separator_is_left_alone():
    doc = read("Il porto\n\nSiamo a Roma PRESIDENTE della festa e altro ancora.", lang="it")
    assert labels(doc) in ([], [None])


# --- H10g a record's header run into the line of its first turns --------------------------------

def test_a_run_in_record_header_before_run_on_turns_is_a_dateline():
    from teikit.model import HeaderKind, HeaderLine
    filler = "We went over the schedule for the week and the budget for the coming year in detail. "
    line = ("1 HARBOUR COMMITTEE DEPOSITION OF: JANE ROE Tuesday, March 5, 2019 Springfield, Ill. The deposition "
            f"was held in Room 12. Mr. Adams. Good morning, Ms. Roe. Ms. Roe. Good morning. Mr. Adams. {filler * 2}"
            f"Ms. Roe. {filler}Mr. Adams. Thank you.")
    doc = read(line + "\n")
    assert labels(doc)[0] == "Mr. Adams."
    assert any(isinstance(b, HeaderLine) and b.kind == HeaderKind.DATELINE and b.text.startswith("1 HARBOUR")
               for b in doc.blocks)
    assert (doc.setting.date_iso, doc.setting.place) == ("2019-03-05", "Springfield, Ill.")


def test_the_guest_named_with_an_office_after_a_comma_gives_the_answers():
    doc = read("Ports - Interview de Anne Roux, ministre des ports, d’Yves Morel, « Radio Port » (Lyon, 3 mars 2019)\n\n"
               "Q - Bonjour.\n\nR - Bonjour.\n\nQ - Le port ouvre ?\n\nR - Demain.", lang="fr")
    answers = {t.who for t in doc.turns() if t.label.startswith("R")}
    person = next(p for p in doc.persons if p.id in answers)
    assert len(answers) == 1 and (person.name, person.role) == ("Anne Roux", "ministre des ports")


def test_an_agenda_of_times_and_items_opens_no_turns():
    doc = read("Harbour Day\n\n10:30 a.m.\n\nOpening Remarks\n\nThe chair opens the day.\n\n"
               "11:15 a.m.\n\nQuay Tour\n\nWe walk along the new quay.")
    assert labels(doc) in ([], [None])


def test_a_date_deep_in_a_dateline_story_is_not_the_date():
    story = "The minister spoke about the harbour and the ferries and the new quay at length. " * 4
    doc = read("Harbour talks\n\n(Lyon, 3 mars 2019) - Conférence de presse de la ministre, Anne Roux.\n\n"
               "Anne Roux - Bonjour.\n\n", lang="fr")
    assert doc.setting.date_iso == "2019-03-03"
    doc = read(f"Harbour talks\n\nGENEVA (Wire) — {story}It opened on 3 March 2019.\n\nANN LEE: Hello.\n\nTOM POE: Hi.")
    assert doc.setting.date_iso is None


def test_a_servers_include_error_is_furniture():
    from teikit.model import Boilerplate
    doc = read("[an error occurred while processing this directive]\nHarbour News\n"
               "Last Updated: Monday, 4 March 2019, 10:12 GMT\nA quay at last\n"
               "On Monday 4 March 2019, Ann Lee interviewed the harbour master.\n\n"
               "ANN LEE: Good morning.\n\nTOM POE: Morning.")
    assert any(isinstance(b, Boilerplate) and b.text.startswith("[an error occurred") for b in doc.blocks)


def test_diarization_ids_with_an_underscore_are_different_people():
    doc = read(_SEGMENTS)
    assert len({t.who for t in doc.turns()}) == 2


# --- H15b skip links, links' "opens in a new window", relative dates, pagination --------------

def test_skip_links_share_links_relative_dates_and_pagination_are_furniture():
    from teikit.model import Boilerplate
    cases = {"es": ["Saltar al contenido principal", "• Whatsapp: abre ventana nueva"],
             "it": ["Vai al menu di sezioneInizio contenuto", "Menu di navigazione principale"],
             "en": ["Jump to navigation Jump to search", "(8 years, 5 months ago)", "Segment 3 Of 9 Next Segment(4)",
                    "Webcast of the press briefing"]}
    for lang, lines in cases.items():
        doc = read("\n\n".join(["Harbour Page"] + lines + ["ANN LEE: Hello.", "TOM POE: Hi."]), lang=lang)
        furniture = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
        assert all(line in furniture for line in lines), (lang, furniture)


def test_a_time_with_a_colon_alone_between_paragraphs_is_a_timestamp_note():
    doc = read("ANN LEE (00:00):\n\nWelcome back.\n\n(00:45):\n\nThe quay opens.\n\nTOM POE (01:02):\n\nGood.")
    notes = [i for p in doc.turns()[0].paragraphs for i in p.content if isinstance(i, Note)]
    assert [n.text for n in notes] == ["(00:45):"] and notes[0].synch


# --- N15 a list of the speakers with their offices ------------------------------------------

def test_a_speakers_line_gives_names_and_roles_and_is_no_title():
    for labels_of in (("LEE:", "POE:"), ("Ann Lee:", "Tom Poe:")):
        doc = read(f"Harbour Briefing\n\nSpeakers: Ann Lee, Harbour Master; Tom Poe, Mayor of Springfield\n\n"
                   f"{labels_of[0]} Good morning.\n\n{labels_of[1]} Hello.\n\n{labels_of[0]} Bye.")
        assert doc.setting.title == "Harbour Briefing"
        assert {(p.name, p.role) for p in doc.persons} == {("Ann Lee", "Harbour Master"),
                                                           ("Tom Poe", "Mayor of Springfield")}


def test_capitalised_nouns_before_colons_in_german_prose_are_no_labels():
    filler = "Der Hafen war die ganze Woche voll und die Fähren kamen am Dienstag wieder zu spät. " * 3
    line = (f"{filler} Das Fazit: der Hafen ist zu klein. {filler} Die Lösung: ein neuer Kai. "
            f"{filler} Der Plan: Bau im Mai. {filler}")
    assert labels(read(f"Hafen\n\n{line}", lang="de")) == [None]


def test_mixed_case_names_printed_twice_inside_one_long_line_open_turns():
    filler = "We went over the schedule for the week and the budget for the coming year. " * 3
    line = (f"Harbour talk. {filler} Ann Lee: Good morning. {filler} Tom Poe: Hello. {filler} "
            f"Ann Lee: Thanks. {filler} Tom Poe: Bye.")
    assert labels(read(f"Harbour Radio\n\n{line}")) == [None, "Ann Lee:", "Tom Poe:", "Ann Lee:", "Tom Poe:"]


def test_a_caption_line_saying_only_yesterday_stays_speech():
    doc = read("ANN LEE: We met\nyesterday\nand again today.\n\nTOM POE: Yes.")
    assert "yesterday" in doc.turns()[0].paragraphs[0].text
