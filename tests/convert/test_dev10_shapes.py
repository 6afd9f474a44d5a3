"""Shapes first met in corpus/dev10 (docs/convert-shapes.md, sections marked dev10), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech


# --- L94 a voice word, a colon and a diarization id alone on a line --------------------------

def test_a_diarization_id_after_speaker_colon_alone_on_its_line_is_the_label():
    text = ("Speaker : spk1\n"
            "Good evening, the sitting is open.\n"
            "Speaker : spk2\n"
            "Thank you, chair.\n"
            "Speaker : spk1\n"
            "The first item is the budget.\n")
    doc = read(text)
    assert labels(doc) == ["Speaker : spk1", "Speaker : spk2", "Speaker : spk1"]
    assert speech(doc) == ["Good evening, the sitting is open.", "Thank you, chair.",
                           "The first item is the budget."]


def test_the_voice_words_of_the_document_language_open_such_a_line_too():
    text = ("Sprecher: 1\nGuten Abend, die Sitzung ist eröffnet.\n"
            "Sprecher: 2\nDanke, Herr Vorsitzender.\n")
    doc = read(text, lang="de")
    assert labels(doc) == ["Sprecher: 1", "Sprecher: 2"]


def test_a_voice_word_before_a_sentence_is_no_such_label():
    text = "ANN LEE: Good morning.\n\nSpeaker: this is the word we use for the chair.\n"
    doc = read(text)
    assert "Speaker: this is the word we use for the chair." not in labels(doc)


# --- L95 a label whose colon the page moved to the next line ---------------------------------

def test_labels_at_line_ends_with_the_colon_on_the_next_line():
    text = ("Ann\n\n"
            ": Hello, this is Ann. Tom\n\n"
            ": Hi Ann, how are you?\n\n"
            "Ann\n\n"
            ": Very well, thanks. Tom\n\n"
            ": Good to hear.\n")
    doc = read(text)
    assert [l.rstrip(" :") for l in labels(doc)] == ["Ann", "Tom", "Ann", "Tom"]
    assert speech(doc) == ["Hello, this is Ann.", "Hi Ann, how are you?", "Very well, thanks.",
                           "Good to hear."]


def test_colons_opening_paragraphs_without_a_label_before_them_are_left_alone():
    text = ("ANN LEE: The list follows.\n\n"
            ": first, the budget, which we discussed at length\n\n"
            ": second, the roads\n\n"
            ": third, the schools\n")
    doc = read(text)
    assert labels(doc) == ["ANN LEE:"]


# --- H26b widget captions that end with a colon, at the end of the page ----------------------

def boilerplate_lines(doc) -> list[str]:
    from teikit.model import Boilerplate
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def test_the_last_line_that_ends_with_a_colon_is_a_widget_caption():
    text = ("ANN: We will decide next week.\n\nTOM: Thank you.\n\n"
            "Watch the whole exchange here:\n")
    doc = read(text)
    assert speech(doc)[-1] == "Thank you."
    assert boilerplate_lines(doc) == ["Watch the whole exchange here:"]


def test_a_blog_footer_row_with_colons_leaves_the_last_turn():
    text = ("ANN: We will decide next week.\n"
            "TOM: Thank you, that is all.\n"
            "Subscribe to:\nPosts (Atom)\nNo comments:\nPost a comment\n")
    doc = read(text)
    assert speech(doc)[-1] == "Thank you, that is all."
    assert boilerplate_lines(doc) == ["Subscribe to:", "Posts (Atom)", "No comments:", "Post a comment"]


def test_speech_that_ends_with_a_colon_inside_the_page_stays():
    text = ("ANN: Here is what he said:\n\n"
            "we will build the bridge.\n\n"
            "TOM: Thank you.\n")
    doc = read(text)
    assert speech(doc)[0] == "Here is what he said: | we will build the bridge."


# --- P16 a segment's recording time and a bar or a colon, the sound segments ----------------

def notes_of(doc, kind: str) -> list[str]:
    from teikit.model import Note
    return [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
            if isinstance(i, Note) and i.type == kind]


def events_of(doc) -> list[str]:
    from teikit.model import Event
    return [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
            if isinstance(i, Event)]


def test_segment_times_before_a_bar_are_timestamps_not_speech():
    text = ("00:00:01.200 | Welcome back to the garden hour.\n"
            "00:00:04.900 | Today we talk about roses\n"
            "00:00:07.100 | and the first frost.\n")
    doc = read(text)
    assert notes_of(doc, "timestamp") == ["00:00:01.200 |", "00:00:04.900 |", "00:00:07.100 |"]
    assert "00:00" not in " ".join(words_of(doc))


def words_of(doc) -> list[str]:
    from teikit.model import Text
    return [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
            if isinstance(i, Text)]


def test_segment_times_before_a_colon_and_a_sound_segment():
    text = ("00:00:00: Music.\n"
            "00:00:09: Hallo und willkommen zum Gartenpodcast.\n"
            "00:00:14: Heute geht es um Rosen.\n")
    doc = read(text, lang="de")
    assert notes_of(doc, "timestamp") == ["00:00:00:", "00:00:09:", "00:00:14:"]
    assert events_of(doc) == ["Music."]


def test_two_clock_times_with_a_colon_are_speech():
    text = "ANN: We met at 10:30: the boats came in.\n\nTOM: And at 11:45: they left.\n"
    doc = read(text)
    assert notes_of(doc, "timestamp") == []


# --- H20c a lead, then a line that announces the exchange with a colon -----------------------

def test_a_lead_and_an_announcement_ending_with_a_colon_are_no_opening_turn():
    text = ("The coach asked the reporters to prepare better questions, and they did not like it.\n\n"
            "Here is the exchange between the coach and the press:\n\n"
            "COACH: Bring two or three questions.\n\n"
            "REPORTER: Do you check our work?\n")
    doc = read(text)
    assert labels(doc) == ["COACH:", "REPORTER:"]
    assert speech(doc)[0] == "Bring two or three questions."


def test_an_opening_question_before_the_first_label_stays_a_turn():
    text = ("Is the budget ready, minister? Tell us:\n\n"
            "MINISTER: Almost. Next week.\n\n"
            "REPORTER: Thank you.\n")
    doc = read(text)
    assert labels(doc) == [None, "MINISTER:", "REPORTER:"]


# --- L96 a name and a long office in capitals, its acronym in brackets ----------------------

def test_a_long_upper_case_label_with_an_office_and_its_acronym():
    label = "ANA LUISA ROBLES MEDINA, DIRECTORA GENERAL DEL INSTITUTO NACIONAL DE PESCA Y ACUACULTURA (INAPESCA):"
    text = ("PRESIDENTA: Buenos días. Adelante, directora.\n\n"
            f"{label} Gracias, presidenta. Buenos días a todos.\n")
    doc = read(text, lang="es")
    assert labels(doc) == ["PRESIDENTA:", label]
    assert speech(doc)[1] == "Gracias, presidenta. Buenos días a todos."


def test_a_long_line_in_capitals_with_a_late_colon_and_lower_case_words_is_no_label():
    text = ("ANN LEE: Good morning.\n\n"
            "WE WILL NOW HEAR FROM THE REGIONAL COORDINATOR OF THE NORTHERN DISTRICTS, and then "
            "from the mayor: both have ten minutes.\n")
    doc = read(text)
    assert labels(doc) == ["ANN LEE:"]


# --- L97 the chair's office after an honorific and an article, then the name, a full stop ----

def test_the_chair_with_office_and_name_before_a_full_stop_is_a_label_once():
    text = ("Commission des affaires culturelles\n\n"
            "Mme la présidente Anne Roux-Martin. Mes chers collègues, nous accueillons ce matin "
            "le directeur du musée.\n")
    doc = read(text, lang="fr")
    assert labels(doc) == ["Mme la présidente Anne Roux-Martin."]
    assert speech(doc)[0].startswith("Mes chers collègues")


def test_a_sentence_with_an_article_and_an_office_is_no_chair_label():
    text = "ANN: Thank you.\n\nLe président Macron. Il a parlé hier de la dette.\n"
    doc = read(text, lang="fr")
    assert labels(doc) == ["ANN:"]


# --- H20d a committee record's line of procedure before the first turn ----------------------

def test_a_committee_hearing_procedural_line_is_no_opening_turn():
    text = ("La commission entend Mme Ann Roe, candidate à la présidence de l'office.\n\n"
            "M. le président Jean Poe. Madame, vous avez la parole.\n\n"
            "Mme Ann Roe. Merci, monsieur le président.\n")
    doc = read(text, lang="fr")
    assert labels(doc)[0] == "M. le président Jean Poe."
    assert None not in labels(doc)


# --- L98 a video script's production tag and the speaker, alone on a line -------------------

def test_a_production_tag_and_a_speaker_alone_on_a_line_are_a_label_over_each_take():
    text = ("【同期】新华社记者 王明\n"
            "我现在在会场门口,记者们正在排队入场。\n"
            "【进入会场】\n"
            "【同期】新华社记者 王明\n"
            "现在会场里已经坐满了人。\n")
    doc = read(text, lang="zh")
    assert labels(doc) == ["【同期】新华社记者 王明", "【同期】新华社记者 王明"]
    assert speech(doc)[1] == "现在会场里已经坐满了人。"


def test_a_bracketed_scene_line_alone_is_no_label():
    text = "【进入会场】\n主持人:各位好。\n记者:你好。\n"
    doc = read(text, lang="zh")
    assert "【进入会场】" not in labels(doc)


def test_a_lead_and_a_line_naming_the_transcript_then_an_unlabelled_question():
    text = ("The coach and the captain met the press on Wednesday before the cup tie.\n"
            "They spoke about the empty stadium and the injuries.\n"
            "You can read the full transcript below.\n"
            "Should this game be played at all?\n"
            "COACH: The players are focused.\n"
            "CAPTAIN: We are ready.\n")
    doc = read(text)
    assert labels(doc) == [None, "COACH:", "CAPTAIN:"]
    assert speech(doc)[0] == "Should this game be played at all?"


# --- H20e an interview's lead over its first question ---------------------------------------

def test_a_lead_over_generic_question_and_answer_labels_is_no_opening_turn():
    text = ("Soddisfatto per i tre punti, parla in sala stampa anche il mister, Carlo Neri.\n"
            "D - Mister, una bella vittoria?\n"
            "R - Sì, una grande partita dei ragazzi.\n"
            "D - E adesso?\n"
            "R - Pensiamo alla prossima.\n")
    doc = read(text, lang="it")
    assert labels(doc)[0] == "D -"
    assert None not in labels(doc)


def test_an_opening_statement_before_questions_answered_by_name_stays_a_turn():
    text = ("Good morning. I have a short statement on the harbour works before we start.\n\n"
            "Q: When will they end?\n\n"
            "MAYOR: In May.\n")
    doc = read(text)
    assert labels(doc) == [None, "Q:", "MAYOR:"]


def test_the_lines_under_a_diarization_label_are_one_segment():
    text = ("Speaker : spk1\n"
            "Good evening, we begin with the roll call.\n"
            "Rossi, Bianchi,\n"
            "Verdi.\n"
            "Speaker : spk2\n"
            "Present, and I ask\n"
            "to speak on the minutes.\n")
    doc = read(text)
    first = doc.turns()[0]
    assert len(first.paragraphs) == 1
    assert speech(doc)[0] == "Good evening, we begin with the roll call. Rossi, Bianchi, Verdi."


def test_segments_printed_line_by_line_are_one_paragraph():
    text = ("00:00:01.200 | Welcome back to the garden hour.\n"
            "00:00:04.900 | Today we talk about roses\n"
            "00:00:07.100 | and the first frost.\n")
    doc = read(text)
    assert [len(t.paragraphs) for t in doc.turns()] == [1]


# --- H15c links to the previous and next part of a record ------------------------------------

def test_links_to_the_previous_and_next_part_are_page_furniture():
    from teikit.model import Boilerplate
    text = ("Trial transcript, pages 101-150\n\n"
            "Go to previous part of transcript\nGo to next part of transcript\n\n"
            "THE COURT: Be seated.\n\nMR. LEE: Thank you, your Honor.\n")
    doc = read(text)
    assert [b.text for b in doc.blocks if isinstance(b, Boilerplate)] == [
        "Go to previous part of transcript", "Go to next part of transcript"]


def test_the_government_motto_of_the_year_is_page_furniture():
    from teikit.model import Boilerplate
    text = ("Versión estenográfica de la conferencia de prensa\n\n"
            "2021, Año de la Independencia y de la Grandeza de México\n\n"
            "PRESIDENTE: Buenos días.\n\nPREGUNTA: Buenos días.\n")
    doc = read(text, lang="es")
    assert "2021, Año de la Independencia y de la Grandeza de México" in [
        b.text for b in doc.blocks if isinstance(b, Boilerplate)]


# --- L99 a label's short reply printed twice near the top is no repeated title ---------------

def test_a_short_reply_printed_twice_under_the_same_label_stays_a_turn():
    text = ("Hearing, day 3\n\nBack to index\n\n"
            "THE COURT: Did I say ten and eleven?\n\n"
            "MR. LEE: Yes, your Honor.\n\n"
            "THE COURT: Eleven and twelve, then. Anything else?\n\n"
            "MR. LEE: Yes, your Honor.\n")
    doc = read(text)
    assert labels(doc) == ["THE COURT:", "MR. LEE:", "THE COURT:", "MR. LEE:"]


# --- E11 music and a show's stings, in every language ----------------------------------------

def test_music_with_its_kind_and_a_shows_stings_are_events():
    text = ("ANN: Welcome back. ( Theme song playing ) Tonight we talk roses.\n\n"
            "TOM: Thanks. (upbeat music) Glad to be here. ( Piano riff )\n")
    doc = read(text)
    assert events_of(doc) == ["( Theme song playing )", "(upbeat music)", "( Piano riff )"]


def test_music_words_of_other_languages_are_events():
    doc = read("ANNA: Guten Abend. (Musik läuft) Willkommen.\n\nTOM: Danke. (Jingle)\n", lang="de")
    assert events_of(doc) == ["(Musik läuft)", "(Jingle)"]


# --- L100 a label line over no speech, right before another label -----------------------------

def test_a_label_line_over_no_speech_opens_no_turn():
    from teikit.model import Note
    text = ("Ann Lee 00:00:02\nHello and welcome, everybody.\n\n"
            "Ann Lee 00:00:09\n\n"
            "Tom Roe 00:00:09\nHi, I'm Tom, calling from Leeds.\n")
    doc = read(text)
    assert [t.label for t in doc.turns()] == ["Ann Lee 00:00:02", "Tom Roe 00:00:09"]
    assert [b.text for b in doc.blocks if isinstance(b, Note)] == ["Ann Lee 00:00:09"]


def test_the_lines_above_a_machine_transcripts_first_segment_are_its_header():
    from teikit.model import HeaderLine
    text = ("Planting the Garden: our first season!\n\n"
            "0:0 Introduction\n0:42 Roses\n\n"
            "00:00:00.000 | (upbeat music)\n"
            "00:00:02.580 | Welcome back, everyone.\n"
            "00:00:05.100 | Today we plant roses.\n")
    doc = read(text)
    assert labels(doc) == [None]
    header = [b.text for b in doc.blocks if isinstance(b, HeaderLine)]
    assert header == ["Planting the Garden: our first season!", "0:0 Introduction", "0:42 Roses"]
    assert notes_of(doc, "timestamp")[0] == "00:00:00.000 |"
    assert events_of(doc) == ["(upbeat music)"]


def test_a_heading_with_an_article_is_no_label_on_a_header_word_alone():
    text = ("Planting the Garden: We secured our first guest!\n\n"
            "Garden notes, part one\n\n"
            "Welcome back to the show, we have a guest today.\n")
    doc = read(text)
    assert "Planting the Garden:" not in labels(doc)


def test_a_scene_line_between_takes_is_a_stage_direction():
    from teikit.model import StageNote
    text = ("【同期】新华社记者 王明\n"
            "我现在在会场门口。\n"
            "【进入会场】\n"
            "【同期】新华社记者 王明\n"
            "现在会场里已经坐满了人。\n")
    doc = read(text, lang="zh")
    first = doc.turns()[0]
    assert [type(i).__name__ for p in first.paragraphs for i in p.content] == ["Text", "StageNote"]
    assert isinstance(first.paragraphs[1].content[0], StageNote)


def test_a_standfirst_over_a_services_timed_labels_is_no_opening_turn():
    text = ("Garden Friends, episode 12\n\n"
            "Our experts share how they plan a rose bed for the first season.\n\n"
            "Ann Lee 00:00:02\nHello and welcome, everybody.\n\n"
            "Tom Roe 00:00:09\nHi, I'm Tom, calling from Leeds.\n\n"
            "Ann Lee 00:00:15\nGreat to have you, Tom.\n")
    doc = read(text)
    assert None not in labels(doc)


# --- L102 a label that names whom the speaker turns to ----------------------------------------

def test_a_label_naming_whom_the_speaker_turns_to_is_that_speakers_label():
    text = ("Should the match be played?\n"
            "KJ: The players are ready, we will make our own atmosphere.\n"
            "KJ to Tom: You scored in an empty stadium once, you know how it feels.\n")
    doc = read(text)
    assert labels(doc) == [None, "KJ:", "KJ to Tom:"]
    assert doc.turns()[1].who == doc.turns()[2].who is not None


def test_a_heading_with_to_and_no_such_speaker_is_no_label():
    text = ("ANN: Good morning.\n\nWelcome to Leeds: a city of bridges and rain, as you know.\n")
    doc = read(text)
    assert labels(doc) == ["ANN:"]


def test_a_colon_inside_an_unlabelled_opening_is_no_announcement():
    text = ("I'm Ann Lee, and this is the garden hour:\n\n"
            "today we tour the rose beds of the north.\n\n"
            "ANNOUNCER: It's the garden hour!\n\n"
            "ANN: Welcome, everybody.\n")
    doc = read(text)
    assert labels(doc) == [None, "ANNOUNCER:", "ANN:"]
    assert speech(doc)[0].startswith("I'm Ann Lee, and this is the garden hour:")


def test_a_related_links_box_is_page_furniture_in_spanish_and_italian():
    from teikit.model import Boilerplate
    es = read("PRESIDENTE: Buenos días.\n\nPERIODISTA: Gracias.\n\nNoticias relacionadas\n", lang="es")
    it = read("PRESIDENTE: Buongiorno.\n\nGIORNALISTA: Grazie.\n\nArticoli correlati\n", lang="it")
    assert [b.text for b in es.blocks if isinstance(b, Boilerplate)] == ["Noticias relacionadas"]
    assert [b.text for b in it.blocks if isinstance(b, Boilerplate)] == ["Articoli correlati"]
