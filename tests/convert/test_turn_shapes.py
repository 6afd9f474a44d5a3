"""Turn, paragraph and event shapes of docs/convert-shapes.md (issue 13, items 2, 4-6), one
small synthetic example each, written for the test (never a corpus line): each fails
without its rule."""
from __future__ import annotations

from teikit.model import Event, Note
from tests.convert.conftest import labels, read, speech


# --- labels ---------------------------------------------------------------------------

def test_markdown_escaped_timestamp_after_a_label_is_the_turn_time():
    doc = read("**Ann Lee:** \\[00:01:02.50\\] Well, hello.\n\n**Bob Ray:** Hi.\n\n**Ann Lee:** Yes.\n\n**Bob Ray:** No.")
    turn = doc.turns()[0]
    assert turn.time == "\\[00:01:02.50\\]"
    assert speech(doc)[0] == "Well, hello."


def test_upper_case_names_with_a_spaced_dash_are_labels_when_several_print_it():
    doc = read("Интервью\n\nИВАН ПЕТРОВ – Добрый вечер.\n\nАННА СИДОРОВА – Здравствуйте, Иван.\n\n"
               "ИВАН ПЕТРОВ – Начнём.")
    assert labels(doc) == ["ИВАН ПЕТРОВ –", "АННА СИДОРОВА –", "ИВАН ПЕТРОВ –"]
    assert speech(doc)[1] == "Здравствуйте, Иван."


def test_a_dash_as_a_pause_in_speech_is_no_label():
    doc = read("MR. SMITH: Look.\n\nI — I think so.\n\nQ: Why?\n\nI — I do not know.")
    assert labels(doc) == ["MR. SMITH:", "Q:"]


def test_a_list_dash_before_a_label_stays_in_the_label():
    doc = read("LE MINISTRE.- Bonjour.\n- QUESTION.- Pourquoi ?\n- LE MINISTRE.- Parce que.")
    assert labels(doc) == ["LE MINISTRE.-", "- QUESTION.-", "- LE MINISTRE.-"]
    assert speech(doc)[1] == "Pourquoi ?"


def test_run_on_typescript_labels_after_a_page_number_and_once_printed_names():
    filler = "We went over the schedule for the week and the budget for the coming year in detail. "
    line = ("Hearing of the committee 12 Mr. Adams. Good morning, Mr. Brown. Mr. Brown. Good morning. "
            f"Mr. Adams. {filler * 2}[Witness sworn.] Mr. Adams. Please begin. Mr. Brown. {filler}"
            "Mr. Clark. Clark here. Mr. Adams. Thank you.")
    doc = read(line)
    assert labels(doc) == ["Mr. Adams.", "Mr. Brown.", "Mr. Adams.", "Mr. Adams.", "Mr. Brown.",
                           "Mr. Clark.", "Mr. Adams."]
    assert speech(doc)[5] == "Clark here."


def test_run_on_question_labels_and_a_title_printed_once():
    filler = "that is a matter we have discussed at length with our partners in the region. "
    line = (f"THE CHAIR: Welcome. Q: Will you go? THE CHAIR: Maybe, {filler * 2} DEPUTY CHAIR LEE: Yes, {filler}"
            f"THE CHAIR: Indeed. Q: Why? THE CHAIR: Because {filler}")
    doc = read(line)
    assert labels(doc) == ["THE CHAIR:", "Q:", "THE CHAIR:", "DEPUTY CHAIR LEE:", "THE CHAIR:", "Q:",
                           "THE CHAIR:"]


def test_an_honorific_alone_before_wide_spacing_is_a_label_for_a_name_left_out():
    doc = read("The Witness. Shall I start?\n\nMr.   Please do.\n\nThe Witness. Thank you.\n\nMr.   Go on.")
    assert labels(doc) == ["The Witness.", "Mr.", "The Witness.", "Mr."]
    assert speech(doc)[1] == "Please do."
    assert doc.turns()[1].who is None  # nobody we can name


def test_a_speaker_announcer_line_makes_the_next_line_a_label():
    doc = read("Quarterly call\n\nspeaker\nOperator\nWelcome to the call.\nspeaker\nJane Roe\n"
               "Thank you, operator.")
    assert labels(doc) == ["Operator", "Jane Roe"]
    assert speech(doc) == ["Welcome to the call.", "Thank you, operator."]
    from teikit.model import Boilerplate
    assert [b.text for b in doc.blocks if isinstance(b, Boilerplate)].count("speaker") == 2


def test_a_name_with_initials_is_a_label_even_printed_once():
    doc = read("Стенограмма:\n\nА.Иванов: Добрый день.\n\nРеплика: Здравствуйте!\n\n"
               "Б.Петров (директор школы № 5 города Тулы, учитель истории): Спасибо.", lang="ru")
    assert [label for label in labels(doc) if label] == ["А.Иванов:", "Реплика:", "Б.Петров (директор школы № 5 города Тулы, учитель истории):"]


def test_caption_marks_split_turns_run_together_on_one_line():
    doc = read(">> Welcome to the evening news. >> Ann Lee: Thank you, it is good to be here. "
               ">> Bob Ray: Glad you came. >> Ann Lee: So am I.")
    assert labels(doc) == [None, ">> Ann Lee:", ">> Bob Ray:", ">> Ann Lee:"]
    assert speech(doc)[0] == ">> Welcome to the evening news."  # a new speaker, not named
    assert speech(doc)[-1] == "So am I."


def test_a_link_arrow_is_no_caption_mark():
    doc = read("MR. SMITH: See the list of sessions >>\n\nQ: And the next one >> here?")
    assert labels(doc) == ["MR. SMITH:", "Q:"]
    assert speech(doc)[1] == "And the next one >> here?"


def test_a_name_alone_never_followed_by_speech_is_no_label():
    doc = read("HOME\nNEWS\nVIDEO\nNEWS\nVIDEO\nInterview of the week\n\nMR. SMITH: Welcome.\n\nQ: Thanks.")
    assert labels(doc)[-2:] == ["MR. SMITH:", "Q:"]
    assert not any(label in ("NEWS", "VIDEO") for label in labels(doc))


def test_a_metadata_line_listing_people_or_topics_is_no_label():
    doc = read("Briefing\n\nSpeaker: JANE ROE, Director, Western Department, Fund\n\n"
               "MR. SMITH: Good morning, everyone, and welcome.\n\nMS. ROE: Thank you, Mr. Smith.")
    assert labels(doc) == ["MR. SMITH:", "MS. ROE:"]


def test_chinese_page_metadata_fields_are_no_labels():
    doc = read("外交部例行记者会\n\n文章来源:外交部\n字体:\n访问量:\n记者:请问你有何评论?\n\n汪文斌:谢谢你的提问。",
               lang="zh")
    assert labels(doc) == ["记者:", "汪文斌:"]


# --- events ---------------------------------------------------------------------------

def test_a_record_note_of_several_parts_with_an_event_part_is_an_event():
    doc = read("Präsident: Das Wort hat Frau Roe.\n\n(Jan Poe, SPD, spricht stehend mit Eva Moe, SPD - Unruhe)\n\n"
               "Präsident: Bitte Ruhe.", lang="de")
    events = [i for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", []) if isinstance(i, Event)]
    assert [(e.element, e.type) for e in events] == [("incident", "crosstalk")]


# --- paragraphs -----------------------------------------------------------------------

def test_hard_wrapped_lines_are_one_paragraph_and_long_lines_one_each():
    wrapped = ("MR. SMITH: We met this morning with the delegation and we talked about\n"
               "the harbour, the roads and the schools that the storm has damaged in\n"
               "the north, and about what the government can do for the families who\n"
               "lost their homes.\n\nQ: Thank you.")
    doc = read(wrapped)
    assert [len(t.paragraphs) for t in doc.turns()] == [1, 1]
    long_line = "We spoke about the harbour and the roads, and about the schools. " * 3
    doc = read(f"MR. SMITH: Welcome.\n{long_line}\n{long_line}\n{long_line}\n\nQ: Thank you.")
    assert [len(t.paragraphs) for t in doc.turns()] == [4, 1]


def test_line_breaks_stay_spaces_in_the_tei_text():
    from lxml import etree
    from teikit import convert
    root = etree.fromstring(convert("MR. SMITH: Good\nmorning.\n\nQ: Hello.", name="t.txt").tei)
    seg = root.find(".//{http://www.tei-c.org/ns/1.0}seg")
    assert " ".join("".join(seg.itertext()).split()) == "Good morning."


def test_caption_cues_pasted_into_a_page_are_timestamps_and_join_the_speech():
    cues = ("Captions of the briefing\n\n1\n00:00:01,000 --> 00:00:02,500\nMR. SMITH: Good\nmorning.\n\n"
            "2\n00:00:02,600 --> 00:00:04,000\nWe begin now.\n\n3\n00:00:04,100 --> 00:00:05,000\n"
            "Q: Thank you.\n\n4\n00:00:05,100 --> 00:00:06,000\nA short one.")
    doc = read(cues)
    assert labels(doc) == ["MR. SMITH:", "Q:"]
    first = doc.turns()[0]
    speech_paras = [p for p in first.paragraphs if any(getattr(i, "text", "").strip(" ") and not isinstance(i, Note)
                                                       for i in p.content)]
    assert len(speech_paras) == 1
    notes = [i for p in first.paragraphs for i in p.content if isinstance(i, Note)]
    assert [(n.type, n.text) for n in notes][:2] == [("cue", "2"), ("timestamp", "00:00:02,600 --> 00:00:04,000")]
    from teikit.model import Text
    assert not any("-->" in i.text for p in first.paragraphs for i in p.content if isinstance(i, Text))
    assert all(n.synch for n in notes if n.type == "timestamp")


# --- interpreting -----------------------------------------------------------------------

def test_an_interpretation_note_inside_a_label_is_a_delivery_note_not_the_label():
    from lxml import etree
    from teikit import convert
    text = "The Chair: I give the floor to Kuwait.\n\nMr. Ali (Kuwait) (interpretation from Arabic): Thank you."
    doc = read(text)
    assert labels(doc) == ["The Chair:", "Mr. Ali (Kuwait)"]
    turn = doc.turns()[1]
    assert turn.interpreted and [n.text for n in turn.lead_notes] == ["(interpretation from Arabic):"]
    root = etree.fromstring(convert(text, name="t.txt").tei)
    assert "".join(root.find(".//{http://www.tei-c.org/ns/1.0}body").itertext()).split() == text.split()


def test_a_member_with_a_party_in_brackets_is_a_label_and_a_thanks_before_a_dash_is_not():
    doc = read("Jan Poe (Grüne):\n\nVielen Dank. - Meine Damen und Herren, wir stimmen zu.\n\n"
               "Präsidentin Eva Moe:\n\nHerr Roe.\n\nOtto Roe (SPD): Danke.", lang="de")
    assert labels(doc) == ["Jan Poe (Grüne):", "Präsidentin Eva Moe:", "Otto Roe (SPD):"]
    assert speech(doc)[0].startswith("Vielen Dank. - Meine")


def test_an_acronym_in_brackets_is_no_party():
    doc = read("MR. SMITH: Welcome.\n\nGross Domestic Product (GDP): it rose by three per cent.\n\nQ: Why?")
    assert labels(doc) == ["MR. SMITH:", "Q:"]


def test_members_in_capitals_with_groups_joined_and_an_office_after_the_comma():
    doc = read("Si riprende la discussione.\nANNA ROSSI (FI) e LUCA BIANCHI (FI). Dichiarano di aderire.\n"
               "MARIO VERDI (Ulivo). Sottolinea il punto.\nPAOLO NERI (Ulivo), Relatore. Propone di procedere.\n"
               "PRESIDENTE. Così resta stabilito.", lang="it")
    assert [label for label in labels(doc) if label] == [
        "ANNA ROSSI (FI) e LUCA BIANCHI (FI).", "MARIO VERDI (Ulivo).", "PAOLO NERI (Ulivo), Relatore.", "PRESIDENTE."]


def test_a_blank_line_in_the_middle_of_a_sentence_does_not_end_the_paragraph():
    doc = read("MR. SMITH: My name is John Smith. I am with the press office, and\n\nI will be your host today.\n\n"
               "Welcome to the briefing.\n\nQ: Thank you.")
    assert [len(t.paragraphs) for t in doc.turns()] == [2, 1]


def test_a_line_break_mid_sentence_in_a_text_of_one_paragraph_per_line_stays_a_break():
    doc = read("MR. SMITH: Welcome. We met today, based on\na shared view of the region.\nThen we ate.\n"
               "Q: Thank you.\nMR. SMITH: Bye.")
    assert [len(t.paragraphs) for t in doc.turns()] == [3, 1, 1]


def test_speech_about_a_mailing_list_stays_speech():
    doc = read("MR. SMITH: We proposed it on the developers' mailing list last year.\n\nQ: And then?")
    assert speech(doc)[0] == "We proposed it on the developers' mailing list last year."


def test_a_note_that_lost_its_closing_parenthesis_is_still_a_note():
    doc = read("MR. ROE: (Speaks Spanish.)  (No translation provided.\n\nThank you, and welcome.\n\nQ: Thanks.")
    turn = doc.turns()[0]
    assert [n.text for n in turn.lead_notes] == ["(Speaks Spanish.)", "(No translation provided."]
    assert speech(doc)[0] == "Thank you, and welcome."


# --- L30 a name tag glued to the speech after a diarization id ------------------------------

def test_name_printed_after_a_diarization_id_is_a_tag_when_printed_elsewhere():
    doc = read("Harbour Board Call\n\nspk01: Welcome. I now turn the call over to Mia Holt, our Treasurer.\n"
               "spk02: Mia Holt Thank you, and good morning.\nspk01: Next question.\nspk02: Mia Holt Sure.")
    second = doc.turns()[1]
    assert [(n.type, n.text) for n in second.lead_notes] == [("speaker-name", "Mia Holt")]
    assert speech(doc)[1] == "Thank you, and good morning."
    assert speech(doc)[3] == "Sure."


def test_capitalised_words_after_a_diarization_id_stay_speech_without_evidence():
    doc = read("Call\n\nspk01: Good Morning Everyone, welcome.\nspk02: Mia Holt Thank you.\n"
               "spk01: Mia, go ahead.\nspk02: Jo Ames and I agree.")
    assert speech(doc) == ["Good Morning Everyone, welcome.", "Mia Holt Thank you.", "Mia, go ahead.",
                           "Jo Ames and I agree."]
    assert not any(t.lead_notes for t in doc.turns())


# --- L31 a label after a portrait's alt text --------------------------------------------------

def test_label_line_after_a_portraits_alt_text_opens_a_turn():
    from teikit.model import Boilerplate
    doc = read("Harbour Questions\n\nThursday 7 March 2024\n\n"
               "Jane Roe Portrait Jane Roe (North Hill) (Lab)\n\n1. What plans the Minister has for the quay.\n\n"
               "Tom Poe Portrait The Minister for Harbours (Mr Tom Poe)\n\nThe quay will reopen next year.\n\n"
               "Jane Roe Portrait Jane Roe\n\nI thank the Minister for that answer.")
    assert labels(doc) == ["Jane Roe (North Hill) (Lab)", "The Minister for Harbours (Mr Tom Poe)", "Jane Roe"]
    assert speech(doc) == ["1. What plans the Minister has for the quay.", "The quay will reopen next year.",
                           "I thank the Minister for that answer."]
    alt = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert alt == ["Jane Roe Portrait", "Tom Poe Portrait", "Jane Roe Portrait"]
    assert doc.turns()[0].who == doc.turns()[2].who


def test_portrait_word_without_the_same_person_after_it_is_no_label():
    from teikit.transforms.helpers.portraits import portrait_label
    from teikit import lexicons
    lex = lexicons.load("en")
    assert portrait_label("Jane Roe Portrait Jane Roe (North Hill) (Lab)", lex) == ("Jane Roe Portrait", "Jane Roe (North Hill) (Lab)")
    assert portrait_label("Jane Roe Portrait Tom Poe", lex) is None                   # another person
    assert portrait_label("Jane Roe Portrait of Jane Roe in her office.", lex) is None  # a sentence
    assert portrait_label("The portrait of Jane Roe", lex) is None


# --- L32 members' labels over two lines, or alone with their group ------------------------------

def test_name_over_a_bracketed_group_with_the_colon_is_one_label():
    doc = read("Harbour Assembly Debates\n\nMr. Jean Roe\n(North Hill, HP):\nMr. Speaker, when will the quay open?\n\n"
               "Hon. Ann Lee\n(Minister of Harbours, LP):\nMr. Speaker, next year.\n\n"
               "Mr. Jean Roe\n(North Hill, HP):\nMr. Speaker, that is too late.")
    assert labels(doc) == ["Mr. Jean Roe (North Hill, HP):", "Hon. Ann Lee (Minister of Harbours, LP):",
                           "Mr. Jean Roe (North Hill, HP):"]
    assert speech(doc)[1] == "Mr. Speaker, next year."


def test_members_alone_on_their_line_with_their_group_are_labels():
    doc = read("Harbour Assembly Debates\n\nMr. Jean Roe (North Hill, HP)\n\nMr. Speaker, when will the quay open?\n\n"
               "Hon. Ann Lee (Deputy Minister of Harbours and Minister of Quays, LP)\n\nMr. Speaker, next year.")
    assert labels(doc) == ["Mr. Jean Roe (North Hill, HP)",
                           "Hon. Ann Lee (Deputy Minister of Harbours and Minister of Quays, LP)"]
    one = read("Harbour Assembly Debates\n\nMr. Jean Roe (North Hill, HP)\n\nMr. Speaker, when will the quay open?")
    assert labels(one) == [None]  # one such line is no style of the document


def test_a_field_code_before_a_label_alone_is_furniture():
    from teikit.model import Boilerplate
    doc = read("Entretien\n\nti : JEAN ROE\nBonjour Ann LEE.\n\nANN LEE\nBonjour Jean ROE.\n\nJEAN ROE\nCommençons.\n\n"
               "ANN LEE\nVolontiers.", lang="fr")
    assert labels(doc) == ["JEAN ROE", "ANN LEE", "JEAN ROE", "ANN LEE"]
    assert "ti :" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert speech(doc)[0] == "Bonjour Ann LEE."


# --- L33 earnings-call speakers: "Name -- Role" alone on a line --------------------------------

def test_name_and_role_after_double_hyphens_alone_on_a_line_are_labels():
    doc = read("Harbour Corp Q4 Call\n\nOperator\n\nGood day, and welcome. I now turn the call over to Jane Roe.\n\n"
               "Jane Roe -- Vice President, Investor Relations\n\nThank you, operator.\n\n"
               "Tom Lee -- Chief Executive Officer\n\nThanks, Jane. It was a strong quarter.\n\n"
               "Operator\n\nOur first question comes from Ann Poe.\n\n"
               "Ann Poe -- Big Bank -- Analyst\n\nHi, thanks for taking my question.\n\n"
               "Tom Lee -- Chief Executive Officer\n\nSure — and thank you.\n\ndo believe — and I will close with this")
    assert labels(doc) == ["Operator", "Jane Roe -- Vice President, Investor Relations",
                           "Tom Lee -- Chief Executive Officer", "Operator", "Ann Poe -- Big Bank -- Analyst",
                           "Tom Lee -- Chief Executive Officer"]
    from teikit.transforms.helpers.labelparts import label_parts
    from teikit import lexicons
    parts = label_parts("Ann Poe -- Big Bank -- Analyst", lexicons.load("en"))
    assert (parts.name, parts.office, parts.affiliation) == ("Ann Poe", "Analyst", "Big Bank")


def test_one_name_and_role_line_is_no_style():
    doc = read("Harbour Corp Q4 Call\n\nJane Roe -- Vice President\n\nThank you, operator. We begin now.")
    assert labels(doc) == [None]


# --- E5 unbracketed stage directions inside a turn ----------------------------------------------

def test_an_unbracketed_direction_of_its_own_inside_a_turn_is_an_event_or_a_stage_note():
    from teikit.model import Event, StageNote
    doc = read("Встреча с моряками\n\nВ.Петров: Давайте.\n\nЗвучит песня «Море», которую все подхватывают.\n\n"
               "Реплика: Спасибо!\n\nВ.Петров: Хорошо.", lang="ru")
    direction = doc.turns()[0].paragraphs[1].content
    assert len(direction) == 1 and isinstance(direction[0], Event) and direction[0].element == "incident"
    assert speech(doc)[0].startswith("Давайте.")
    doc = read("Resoconto\n\nANNA ROSSI (Ulivo). Propone di votare.\n\n"
               "La Camera, con votazione nominale elettronica, respinge la proposta.\n\n"
               "PRESIDENTE. Passiamo oltre.\n\nANNA ROSSI (Ulivo). Grazie.", lang="it")
    stage = doc.turns()[0].paragraphs[1].content
    assert len(stage) == 1 and isinstance(stage[0], StageNote)


def test_a_sentence_of_speech_after_the_first_paragraph_stays_speech():
    doc = read("Встреча\n\nВ.Петров: Давайте.\n\nЗвучит хорошо, но я не уверен.\n\nРеплика: Спасибо!\n\n"
               "В.Петров: Хорошо.", lang="ru")
    assert speech(doc)[0] == "Давайте. | Звучит хорошо, но я не уверен."


# --- L34 the chair's office before a full stop ------------------------------------------------

def test_the_chairs_office_before_a_full_stop_is_a_label_even_once():
    doc = read("Audizione del Ministro\n\nSeduta di mercoledì 6 marzo 2024\n\n"
               "PRESIDENTE. L'ordine del giorno reca l'audizione del Ministro.\n\n"
               "Do ora la parola al Ministro.", lang="it")
    assert labels(doc) == ["PRESIDENTE."]
    assert speech(doc)[0].startswith("L'ordine del giorno")


def test_another_word_in_capitals_before_a_full_stop_once_is_no_label():
    doc = read("Notizie\n\nROMA. Il porto riapre domani, dice il sindaco.\n\nAltre notizie seguono.", lang="it")
    assert labels(doc) == [None]
