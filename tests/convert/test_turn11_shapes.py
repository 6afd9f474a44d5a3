"""Shapes of the eleventh turn round (docs/convert-shapes.md, sections marked turn11), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from teikit.model import HeaderLine, Note, Turn
from tests.convert.conftest import labels, read, speech


def _tei(text: str, **options) -> str:
    from teikit import convert
    from teikit.convert_api import ConvertOptions
    return convert(text.encode("utf-8"), "t.txt", ConvertOptions(**options)).tei.decode("utf-8")


# --- H76 an agenda item's field line and title after a turn -------------------------------

RECORD = ("PRESIDENTE\n\nLa seduta è aperta.\n\nArgomento:\n\nBilancio del porto\n\n"
          "PRESIDENTE\n\nPasso al primo punto.\n\nArgomento:\n\nNomine\n\n"
          "ROSSI Anna\n\nGrazie, Presidente.\n")


def test_a_field_line_alone_is_no_speakers_label_even_printed_again_and_again():
    doc = read(RECORD, lang="it")
    assert "Argomento:" not in labels(doc)
    assert labels(doc) == ["PRESIDENTE", "PRESIDENTE", "ROSSI Anna"]


def test_the_field_line_and_the_items_title_after_a_turn_are_headings_not_speech():
    doc = read(RECORD, lang="it")
    first = doc.turns()[0]
    notes = [i for p in first.paragraphs for i in getattr(p, "content", []) if isinstance(i, Note)]
    assert [(n.type, n.text) for n in notes] == [("heading", "Argomento:\nBilancio del porto")]
    assert speech(doc)[0].startswith("La seduta è aperta.")
    tei = _tei(RECORD, lang="it")
    assert '<note type="heading">Argomento:\nBilancio del porto</note>' in tei


def test_a_long_sentence_after_the_field_line_stays_speech():
    text = ("PRESIDENTE\n\nLa seduta è aperta.\n\nOggetto:\n\n"
            "Il consigliere Rossi chiede la parola sul bilancio del porto e sulle nomine del mese?\n\n"
            "ROSSI Anna\n\nGrazie, Presidente.\n")
    doc = read(text, lang="it")
    assert "Il consigliere Rossi chiede" in speech(doc)[0]


# --- H77 an interview's lead, line by line, down to its first question ----------------------

INTERVIEW = ("A quiet return for the former mayor\n"
             "  • 21/10/2013\n"
             "It is two years since the former mayor, Ann Roe, came back from abroad.\n\n"
             "At her home by the harbour she spoke about the city and its future.\n\n"
             "The Courier : You came back two years ago. Why so quiet?\n\n"
             "Ann Roe :\nI was listening first. Now I will speak.\n")


def test_a_lead_under_a_date_widget_and_its_next_paragraphs_are_no_opening_speech():
    doc = read(INTERVIEW)
    assert labels(doc) == ["The Courier :", "Ann Roe :"]
    lead = [b.text for b in doc.blocks if isinstance(b, HeaderLine)]
    assert "At her home by the harbour she spoke about the city and its future." in lead


def test_an_opening_statement_before_an_answer_stays_speech():
    text = ("It is two years since the former mayor, Ann Roe, came back from abroad.\n\n"
            "Good evening, I am glad to be here with all of you tonight.\n\n"
            "The Courier : Thank you for coming.\n\n"
            "Ann Roe : It is my pleasure.\n")
    doc = read(text)
    assert any(t.label is None and "glad to be here" in " ".join(speech_of(t)) for t in doc.turns())


def speech_of(turn: Turn) -> list[str]:
    return [p.text for p in turn.paragraphs if hasattr(p, "content")]


# --- H78 a lead in another script than the transcript ---------------------------------------

def test_a_lead_written_in_another_script_is_no_opening_speech():
    text = ("Вчера в Вашингтоне прошла пресс-конференция двух министров.\n"
            "Публикуем расшифровку.\n"
            "MINISTER ROE: Thank you all for coming.\n"
            "MINISTER LEE: Thank you.\n")
    doc = read(text, lang="en")
    assert labels(doc) == ["MINISTER ROE:", "MINISTER LEE:"]


def test_an_opening_in_the_transcripts_own_script_stays_speech():
    text = ("Good morning, everyone, and welcome.\n"
            "MINISTER ROE: Thank you all for coming.\n"
            "MINISTER LEE: Thank you.\n")
    doc = read(text, lang="en")
    assert labels(doc)[0] is None


# --- H79 a broadcast's time slot after the date; a two-digit dotted year before words -------

def test_a_date_line_with_a_broadcasts_time_slot_is_a_date_line():
    from teikit.lexicons import load
    from teikit.transforms.helpers.dates import date_line
    lex = load("en")
    assert date_line("Sunday, March 2, 1980 -- 10:30 AM - 11:00 Noon, EST", lex) == "1980-03-02"
    assert date_line("March 2, 1980, 9:00 - 9:30 a.m. EST", lex) == "1980-03-02"
    assert date_line("March 2, 1980 - 12 people", lex) is None


def test_a_two_digit_dotted_year_before_words_is_read_by_the_pivot():
    from teikit.lexicons import load
    from teikit.transforms.helpers.dates import find_date
    lex = load("es")
    assert find_date("14.02.21 Versión estenográfica de la rueda de prensa", lex)[2] == "2021-02-14"
    assert find_date("Protokoll Nr. 7 v. 09.05.88 Landtag", load("de"))[2] == "1988-05-09"
    assert find_date("Version 1.2.3 released", lex) is None
    assert find_date("Call 03.11.20 12", lex) is None


# --- P18 closed captions copied as text ------------------------------------------------------

def _captions() -> str:
    rows = ["Anna: Good evening and", "welcome to the show.", "",
            "Tonight we have a guest", "who came a long way", "",
            "to be with us here.", "", "Please welcome him!", ""]
    rows += ["Ben: Thank you so much,", "it is great to be", "", "here with all of", "you tonight.", ""]
    for n, (topic, reply) in enumerate([("the rain", "it will stop"), ("the harbour", "it is busy"),
                                        ("the ferry", "it runs late")]):
        rows += [f"Anna: Question {n} is about", f"{topic} and", "", "what comes next?", "",
                 f"Ben: Answer {n} is short,", f"and {reply}.", ""]
    return "\n".join(rows) + "\n"


def test_each_turn_of_closed_captions_is_one_paragraph():
    doc = read(_captions())
    turns = doc.turns()
    assert [t.label for t in turns][:3] == ["Anna:", "Ben:", "Anna:"]
    assert all(len(t.paragraphs) == 1 for t in turns)


def test_wide_prose_with_blank_lines_keeps_its_paragraphs():
    def para(n: int) -> str:
        return f"Paragraph {n} of prose runs well past the width of any caption row, and ends"

    text = "\n\n".join(f"{'ANN LEE' if n % 2 else 'BOB ROE'}: {para(3 * n)}\n\n{para(3 * n + 1)}\n\n{para(3 * n + 2)}"
                       for n in range(8)) + "\n"
    doc = read(text)
    assert [len(t.paragraphs) for t in doc.turns()] == [3] * 8


def test_a_page_of_short_one_line_blocks_is_no_caption_layout():
    from teikit.transforms.helpers.captionlayout import caption_layout
    menu = [f"Menu entry {n}" for n in range(16)]
    speech = ["ANN LEE: Welcome to the show", "tonight, everyone."]
    assert not caption_layout(menu + speech, [1] * 16 + [2])
    captions = [line for n in range(10) for line in (f"Caption {n} runs on", "into the next row")]
    assert not caption_layout(captions, [2] * 10)  # too few blocks to tell
    captions = [line for n in range(14) for line in (f"Caption {n} runs on", "into the next row")]
    assert caption_layout(captions, [2] * 14)


# --- L103 an interview that labels only the answers, under two labels of one person -----------

def test_a_question_between_two_labels_of_one_person_is_the_interviewers():
    text = ("How did the season start for the team?\n"
            "ANN: We started slowly, but the squad is fit now.\n"
            "ANN to Bob: You remember the cup final, the pitch was flooded.\n"
            "Will the ferry still run in winter?\n"
            "ANN: It will, twice a day.\n")
    doc = read(text)
    assert labels(doc) == [None, "ANN:", "ANN to Bob:", None, "ANN:"]


def test_a_question_that_ends_the_text_after_an_answer_is_the_next_question():
    text = ("How did the season start for the team?\n"
            "ANN: We started slowly, but the squad is fit now.\n"
            "Will the ferry still run in winter?\n")
    doc = read(text)
    assert labels(doc) == [None, "ANN:", None]


def test_a_speech_that_ends_with_a_question_keeps_it_when_the_text_opens_with_speech():
    text = ("Good evening, and welcome to the harbour meeting.\n"
            "ANN: We started slowly, but the squad is fit now.\n"
            "And who would have thought it?\n")
    doc = read(text)
    assert labels(doc) == [None, "ANN:"]


# --- H84 a note about the transcript: its paragraph's next lines; at the page's end ----------

def test_the_lines_after_a_note_about_the_transcript_in_its_paragraph_are_the_note():
    text = ("Hafenradio transkribiert Gespräche für alle Leser.\n"
            "Fehler gefunden? Schreiben Sie uns! Danke.\n\n"
            "ANNA ROTH: Guten Abend.\n\nBEN KOCH: Guten Abend, Frau Roth.\n")
    doc = read(text, lang="de")
    assert labels(doc) == ["ANNA ROTH:", "BEN KOCH:"]
    notes = [b.text for b in doc.blocks if isinstance(b, HeaderLine)]
    assert "Fehler gefunden? Schreiben Sie uns! Danke." in notes


def test_a_notice_about_the_transcript_that_ends_the_page_is_no_speech():
    text = ("Good evening, the council is in session. The first item is the harbour.\n\n"
            "We will vote on it next week, after the public hearing.\n\n"
            "This transcript was generated by a machine from the meeting's video and is not edited.\n")
    doc = read(text)
    assert all("This transcript" not in s for s in speech(doc))
    assert any(getattr(b, "text", "").startswith("This transcript") for b in doc.blocks)


def test_closing_words_that_mention_the_transcript_late_stay_speech():
    text = ("Good evening, the council is in session. The first item is the harbour.\n\n"
            "Thank you all, and the clerk will publish the transcript of tonight tomorrow.\n")
    doc = read(text)
    assert "the clerk will publish the transcript" in speech(doc)[-1]


def test_a_turn_of_caption_marks_is_one_paragraph_across_minute_lines():
    text = ("8:00 pm\n"
            ">> good evening and welcome to the harbour hour. tonight the ferry. >> thank you for\n"
            "8:01 pm\n"
            "having me. the ferry runs late every winter. >> why is that?\n"
            "8:02 pm\n"
            "it is the ice on the river, every year the same.\n")
    doc = read(text)
    turns = doc.turns()
    assert len(turns) >= 3
    assert [len([p for p in t.paragraphs if hasattr(p, "content")]) for t in turns] == [1] * len(turns)


# --- H85 a podcast page's show notes and links over labels alone on their line ---------------

PODCAST = ("Harbour Talk\n\nThe Ferry In Winter\n\nEpisode 12\n\n"
           "We talk about the ferry, the ice on the river and the new timetable for the winter months.\n\n"
           "Listener Question: Which crossing do you like best? (Sent in by a listener from the coast)\n\n"
           "Links from this episode:\n\nSupport the show\n\nContact Harbour Talk\n\n"
           "Anna:\n\nWelcome back, everyone.\n\nBen:\n\nGood to be here.\n\n"
           "Anna:\n\nSo, the ferry.\n\nBen:\n\nIt runs late.\n")


def test_show_notes_and_the_pages_links_over_the_first_label_are_no_speech():
    doc = read(PODCAST)
    assert labels(doc) == ["Anna:", "Ben:", "Anna:", "Ben:"]
    from teikit.model import Boilerplate
    lines = {b.text: b.kind.value for b in doc.blocks if isinstance(b, HeaderLine)}
    assert "Support the show" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert lines["We talk about the ferry, the ice on the river and the new timetable for the winter months."] \
        == "summary"
    assert doc.setting.title == "The Ferry In Winter"


def test_a_name_label_with_speech_on_its_line_above_an_alone_style_is_a_heading():
    from teikit.lexicons import load
    from teikit.transforms.helpers.labelpolicy import LabelPolicy
    from teikit.transforms.helpers.labelshapes import candidates
    lines = ["Listener Question: Which crossing do you like best?", "", "Anna:", "Welcome back.", "Ben:",
             "Good to be here.", "Anna:", "So, the ferry.", "Ben:", "It runs late."]
    lex = load("en")
    found = [candidates(line, lex) for line in lines]
    policy = LabelPolicy(lines, lines[:12], lex, found)
    assert not policy(found[0][0])
    assert policy(found[2][0])
    # the same label printed among name labels with speech on their line stays a label
    lines = ["Listener Question: Which crossing do you like best?", "Anna: Welcome back.", "Ben: Good to be here.",
             "Anna: So, the ferry.", "Ben: It runs late."]
    found = [candidates(line, lex) for line in lines]
    assert LabelPolicy(lines, lines[:12], lex, found)(found[0][0])


def test_an_opening_speech_that_ends_with_short_sentences_stays_speech():
    text = ("Good evening and welcome to the harbour meeting, where we talk about the ferry tonight.\n\n"
            "Thank you.\n\nWelcome.\n\nGood to see you.\n\n"
            "ANNA: Thank you, chair.\n\nBEN: Thank you.\n")
    doc = read(text)
    assert labels(doc)[0] is None


def test_an_agenda_items_heading_with_its_number_is_no_speech():
    text = ("Seduta del consiglio del porto\n"
            "OGGETTO N. 12/24 - Bilancio del porto per l'anno in corso.\n"
            "ROSSI (P.D.) - Propongo di approvare il bilancio.\n"
            "Oggetto n. 13 in data 3 marzo - Nomina del nuovo direttore del porto.\n"
            "BIANCHI (U.V.) - Sono d'accordo con il collega.\n")
    doc = read(text, lang="it")
    assert labels(doc)[0] is not None  # the first item's heading opens no unlabeled turn
    notes = [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
             if isinstance(i, Note)]
    assert notes == ["Oggetto n. 13 in data 3 marzo - Nomina del nuovo direttore del porto."]
    from teikit.lexicons import load
    from teikit.transforms.helpers.topicheadings import agenda_item
    assert not agenda_item("Oggi 3 persone hanno parlato.", load("it"))


# --- L104 two speakers taking turns on one line -----------------------------------------------

ONE_LINE = ("Ann Roe: Welcome to the show, tonight we talk about the harbour and the ferry. "
            "Tom Lee: Thank you for having me, it is good to be back in the studio. "
            "Ann Roe: Tell us about the harbour and what changed there this year. "
            "Tom Lee: It was rebuilt in two years, and the quay is twice as long.\n")


def test_two_full_names_taking_turns_on_one_line_are_labels():
    doc = read(ONE_LINE)
    assert labels(doc) == ["Ann Roe:", "Tom Lee:", "Ann Roe:", "Tom Lee:"]
    assert speech(doc)[1] == "Thank you for having me, it is good to be back in the studio."


def test_two_first_names_taking_turns_on_one_line_are_labels():
    doc = read(ONE_LINE.replace("Ann Roe", "Anna").replace("Tom Lee", "Tom"))
    assert labels(doc) == ["Anna:", "Tom:", "Anna:", "Tom:"]


def test_one_name_label_among_colons_in_a_sentence_is_no_dialogue():
    text = ("Ann Roe: Welcome to the show. The plan is simple: we rebuild the quay. "
            "Tom Lee: Thank you. My answer: yes. Remember: the ferry is late.\n")
    doc = read(text)
    assert "Remember:" not in labels(doc)
    assert len(doc.turns()) == 1


def test_two_names_taking_turns_with_a_space_before_the_colon_are_labels():
    text = ("Ann Roe : Bienvenue dans l'émission ce soir. Tom Lee : Merci de m'avoir invité. "
            "Ann Roe : Parlez-nous du port. Tom Lee : Il a été reconstruit en deux ans.\n")
    doc = read(text, lang="fr")
    assert labels(doc) == ["Ann Roe :", "Tom Lee :", "Ann Roe :", "Tom Lee :"]


def test_questions_and_answers_run_on_one_long_line_are_turns():
    text = ("Q: When will the ferry run again, now that the winter is over and the ice has gone from the river "
            "for good this year? A: Next spring, I hope, when the new boats arrive from the yard in the north and "
            "the crews are trained. Q: And the quay, will it be ready for the new boats by then? A: It is twice "
            "as long now and ready for them.\n")
    doc = read(text)
    assert labels(doc) == ["Q:", "A:", "Q:", "A:"]
    assert speech(doc)[3] == "It is twice as long now and ready for them."


def test_a_name_with_an_initial_after_a_stop_is_no_answer_label():
    line = "MS. A: " + "We met the mayor. Ms. Roe. She was there. " * 8
    assert labels(read(line)) == ["MS. A:"]


# --- H86 the page's publication stamp is the date when the text prints no other ------------

def test_a_publication_stamp_set_apart_above_the_first_turn_dates_the_text():
    text = ("发布时间:2024年05月06日 10:05 来源:某某网\n"
            "5月5日,港口举行新闻发布会。\n"
            "记者:请问渡轮什么时候恢复?\n"
            "发言人:明年春天。\n")
    doc = read(text, lang="zh")
    assert doc.setting.date_iso == "2024-05-06"


def test_a_printed_event_date_wins_over_the_publication_stamp():
    text = ("发布时间:2024年05月06日 10:05 来源:某某网\n"
            "2024年5月5日,港口举行新闻发布会。\n"
            "记者:请问渡轮什么时候恢复?\n"
            "发言人:明年春天。\n")
    doc = read(text, lang="zh")
    assert doc.setting.date_iso == "2024-05-05"
