"""Shapes first met in corpus/dev6 (docs/convert-shapes.md, sections marked dev6), one small
synthetic example each, written for the test (never a corpus line): each fails without its
rule."""
from __future__ import annotations

from tests.convert.conftest import labels, read, speech


# --- L55 an unnamed speaker's role word alone counts toward a call's style ---------------------

def test_a_role_word_alone_and_one_name_role_line_make_a_calls_style():
    doc = read("Quayside Ltd Q3 Call\n\nOperator\n\nWelcome to the call. I hand over to Ann Roe now.\n\n"
               "Ann Roe -- Head of Investor Relations\n\nThank you. Results were strong this quarter.\n")
    assert labels(doc) == ["Operator", "Ann Roe -- Head of Investor Relations"]
    assert speech(doc)[1].startswith("Thank you.")


def test_an_unnamed_speakers_label_word_alone_over_speech_is_a_label_even_once():
    doc = read("Quayside Ltd Q3 Call\n\nModerator\n\nWelcome to the call, everyone. We begin at once.\n")
    assert labels(doc) == ["Moderator"]


def test_an_unnamed_word_that_is_no_label_word_alone_stays_text():
    doc = read("Quayside Ltd Q3 Call\n\nAides\n\nWelcome to the call, everyone. We begin at once.\n")
    assert labels(doc) == [None]


# --- L55b an operator's hand-over by name ends the operator's turn --------------------------------

def test_the_speech_after_an_operators_hand_over_is_the_named_speakers():
    doc = read("Quayside Ltd Q3 Call\n\n  • Operator\n\n"
               "  • Good day. I will now turn the program over to Ann Roe. Please go ahead.\n\n"
               "  • Thank you. Good afternoon and welcome to the Quayside call.\n")
    assert labels(doc) == ["• Operator", None]
    turn = doc.turns()[1]
    assert {p.id: p.name for p in doc.persons}[turn.who] == "Ann Roe"


# --- H25 a heading announcing the transcript ends the page's header --------------------------

PODCAST_PAGE = ("Harbourcast: The Pier Story - episode artwork\n\n"
                "Harbourcast: The Pier Story\n\n"
                "In this episode we walk the new pier with the harbour master and hear how it was built.\n\n"
                "Transcript\n\n"
                "Hi, I'm Ann. Welcome back to the show. Today we are on the pier.\n\n"
                "It took two years to build, and it opened in May.\n")


def test_lines_above_a_transcript_heading_are_no_labels_and_no_speech():
    from teikit.model import HeaderKind, HeaderLine
    doc = read(PODCAST_PAGE)
    assert labels(doc) == [None]
    assert speech(doc) == ["Hi, I'm Ann. Welcome back to the show. Today we are on the pier. | "
                           "It took two years to build, and it opened in May."]
    kinds = {b.text: b.kind for b in doc.blocks if isinstance(b, HeaderLine)}
    assert kinds["In this episode we walk the new pier with the harbour master and hear how it was built."] \
        == HeaderKind.SUMMARY


def test_show_notes_above_the_heading_open_no_turn_before_the_first_label():
    doc = read("What makes a good pier? And who builds one?\n\nRead the full transcript\n\n"
               "Ann Lee 00:00\n\nWelcome to the show.\n\nTom Poe 00:05\n\nThank you, Ann.\n")
    assert labels(doc) == ["Ann Lee 00:00", "Tom Poe 00:05"]


def test_the_heading_may_be_a_bulleted_link_and_needs_text_below_it():
    from teikit.lexicons import load
    from teikit.model import Paragraph, Text
    from teikit.transforms.helpers.transcriptmark import transcript_mark
    para = lambda t: Paragraph(content=[Text(t)])  # noqa: E731
    en = load("en")
    assert transcript_mark([para("Title"), para("  • Read the full transcript"), para("Hello.")], en) == 1
    assert transcript_mark([para("Title"), para("Transcript")], en) is None
    assert transcript_mark([para("The transcript follows below, as promised."), para("Hello.")], en) is None


# --- L56 a number among a label's words: a diarization id's, never a name's ------------------

def test_a_number_after_one_word_is_an_id_but_after_two_is_a_titles_part():
    from teikit.lexicons import load
    from teikit.transforms.helpers.labelevidence import is_mixed_candidate
    en = load("en")
    assert is_mixed_candidate("Caller 2", en)
    assert not is_mixed_candidate("Harbour Part 2", en)
    doc = read("Harbour Part 2: The Quay Returns. A teaser of the episode.\n\nHarbour Part 2: The Quay Returns\n\n"
               "ANN LEE: Welcome back.\n\nTOM POE: Thank you, Ann.\n")
    assert [label for label in labels(doc) if label] == ["ANN LEE:", "TOM POE:"]


# --- L57 labels in capitals inside hard-wrapped lines; P-wrapped lines joined ----------------

WRAPPED = ("Harbour Evening News, May 2\n\n"
           "ANN LEE: Good evening. I am Ann Lee, and tonight the harbour opens its new pier after two years of\n"
           "building work, with the mayor on the quay to cut the ribbon. TOM POE: The mayor arrived at noon and the\n"
           "crowd had been waiting since the early morning for the ceremony to begin at the far end of the new\n"
           "pier. ANN LEE: And the weather held for them all afternoon, with sun over the water and hardly any\n"
           "wind from the open sea at all until the evening, when the boats came back into the harbour. RUTH KING:\n"
           "The fishermen say the new pier will save them an hour every single day of the season from now on, they\n"
           "told us on the quay, and the harbour board expects more boats to land their catch here next year and\n"
           "the year after, when the second stage of the works is finished and the old sheds along the quay are\n"
           "pulled down to make room for a market that will sell the catch straight from the boats to the town.\n")


def test_labels_in_capitals_inside_wrapped_lines_open_turns():
    doc = read(WRAPPED)
    assert labels(doc) == ["ANN LEE:", "TOM POE:", "ANN LEE:", "RUTH KING:"]
    assert speech(doc)[1].startswith("The mayor arrived at noon")


def test_wrapped_lines_of_a_turn_are_one_paragraph():
    doc = read(WRAPPED)
    assert [len(t.paragraphs) for t in doc.turns()] == [1, 1, 1, 1]


def test_one_label_inside_a_line_is_no_dialogue():
    text = ("Harbour Evening News, May 2\n\n"
            "ANN LEE: Good evening. I am Ann Lee, and tonight the harbour opens its new pier after\n"
            "two years of building. The sign on it reads NO FISHING: Harbour Board, and the crowd\n"
            "cheered when the mayor cut the ribbon at the end of the quay this afternoon.\n")
    assert labels(read(text)) == ["ANN LEE:"]


# --- T7 a recording time that opens unlabeled speech -------------------------------------------

def _timestamps(doc) -> list[str]:
    from teikit.model import Note
    return [i.text for t in doc.turns() for p in t.paragraphs if hasattr(p, "content")
            for i in p.content if isinstance(i, Note) and i.type == "timestamp"]


def test_a_bracketed_time_before_unlabeled_speech_is_a_timestamp():
    doc = read("[00:00:05] GOOD MORNING, EVERYONE, AND WELCOME TO THE HARBOUR BOARD MEETING OF MAY.\n")
    assert _timestamps(doc) == ["[00:00:05]"]
    from teikit.model import Text
    first = doc.turns()[0].paragraphs[0].content
    assert "".join(i.text for i in first if type(i) is Text).strip().startswith("GOOD MORNING")


def test_a_widgets_words_and_time_on_every_segment_are_a_timestamp():
    doc = read("Harbour Talk - The Pier\n\nTranscript\n\n"
               "Starts at 00:00:00 Hello there, and welcome to Harbour Talk, the show about the quay.\n"
               "Starts at 00:00:12 Today we walk the new pier with the harbour master and her crew.\n")
    assert _timestamps(doc) == ["Starts at 00:00:00", "Starts at 00:00:12"]


def test_a_clock_time_in_speech_stays_speech():
    doc = read("Harbour Talk - The Pier\n\nTranscript\n\n"
               "Around 10:30 the boats came in, and the harbour master was waiting on the new pier.\n")
    assert _timestamps(doc) == []


# --- H26 a row of short link-like lines after the last turn ------------------------------------

def _boilerplate(doc) -> list[str]:
    from teikit.model import Boilerplate
    return [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


def test_two_short_unpunctuated_lines_after_the_speech_are_site_lines():
    doc = read("ANN LEE: Welcome to the harbour board.\n\nWe open the new pier today.\n\n"
               "Keyboard help\n\nj earlier talk k later talk\n")
    assert _boilerplate(doc) == ["Keyboard help", "j earlier talk k later talk"]
    assert speech(doc) == ["Welcome to the harbour board. | We open the new pier today."]


def test_one_short_line_after_the_speech_stays_in_the_turn():
    doc = read("ANN LEE: Welcome to the harbour board.\n\nWe open the new pier today.\n\nall of us together\n")
    assert _boilerplate(doc) == []


def test_short_lines_of_unpunctuated_speech_stay_speech():
    doc = read("ANN LEE: welcome to the harbour board\n\nwe open the pier today\n\nall of us\n\nthank you all\n")
    assert _boilerplate(doc) == []


# --- H27 a link's call to action and a machine transcript's disclaimer -------------------------

def test_a_click_here_line_and_a_generated_transcript_notice_are_site_lines():
    doc = read("Harbour Board Meeting\n\nClick here to browse all meetings of the board.\n\n"
               "ANN LEE: Welcome to the harbour board.\n\nTOM POE: Thank you.\n\n"
               "This transcript was automatically generated from the meeting video.\n")
    assert _boilerplate(doc) == ["Click here to browse all meetings of the board.",
                                 "This transcript was automatically generated from the meeting video."]


# --- H28 a site menu: a run of short entries before the header ---------------------------------

def _header(doc) -> dict:
    from teikit.model import HeaderLine
    return {b.text: b.kind.value for b in doc.blocks if isinstance(b, HeaderLine)}


def test_a_run_of_short_menu_entries_is_no_place_venue_or_title():
    from teikit.model import Boilerplate
    doc = read("HARBOURNEWS\n  • Home\n  • Ports\n  • Weather\n  • Fishing\n  • Culture\nMay 2, 2024\n\n"
               "Full transcript of the harbour board meeting\n\n"
               "ANN LEE: Welcome to the harbour board.\n\nTOM POE: Thank you.\n")
    assert doc.setting.title == "Full transcript of the harbour board meeting"
    assert doc.setting.place is None and doc.setting.venue is None
    kinds = _header(doc)
    assert all(kinds.get(f"  • {entry}", "boilerplate") == "boilerplate" for entry in ("Home", "Fishing", "Culture"))


def test_a_contents_heading_over_short_links_is_a_menu():
    from teikit.model import Boilerplate
    doc = read("Quayside Ltd Q3 Call\n\nContents:\n\nPrepared Remarks\n\nQuestions and Answers\n\n"
               "Call Participants\n\nANN LEE: Good morning.\n\nTOM POE: Thank you.\n")
    site = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert "Questions and Answers" in site and "Call Participants" in site


def test_four_short_header_lines_without_bullets_are_no_menu():
    doc = read("Harbour Press Briefing\nEast Room\nGeneva\nMorning Session\n\n"
               "MR LEE: Good morning.\n\nQUESTION: Thank you.\n")
    assert doc.setting.place == "Geneva"


# --- H29 a line of page code -------------------------------------------------------------------

def test_a_line_that_opens_with_an_html_tag_is_page_furniture():
    from teikit.transforms.helpers.page import is_soft
    from teikit.lexicons import load
    en = load("en")
    assert is_soft('  • <iframe src="" width="100%" title="audio player">', en)
    assert not is_soft("<laughs> I did not expect that", en)


def test_a_short_heading_above_the_transcript_heading_is_the_title():
    doc = read("Pier Stories Part 2: 'The Long Quay'\n\n  • Download\n\n  • Transcript\n\n"
               "Hi, I'm Ann. Welcome back to the show.\n")
    assert doc.setting.title == "Pier Stories Part 2: 'The Long Quay'"


def test_a_photo_credit_an_image_source_and_glued_share_buttons_are_site_lines():
    from teikit.transforms.helpers.page import is_soft
    from teikit.lexicons import load
    en = load("en")
    assert is_soft("( Ann Lee / Harbour Photo )", en)
    assert is_soft("Image source: The Harbour Times.", en)
    assert is_soft("Share on FacebookShare on Twitter", en)
    assert not is_soft("(The board voted 5 / 2 on the photo rules.)", en)


def test_a_widget_line_ending_in_a_colon_above_the_transcript_heading_is_furniture():
    from teikit.model import Boilerplate
    doc = read("Harbourcast: The Pier Story\n\nListen in your app:\n\nTranscript\n\nHi, I'm Ann. Welcome back.\n")
    assert "Listen in your app:" in [b.text for b in doc.blocks if isinstance(b, Boilerplate)]


# --- H30 a lead-in sentence ending in a colon over a bulleted list of guests -------------------

def test_a_lead_in_sentence_over_two_list_entries_is_a_list_intro():
    from teikit.transforms.helpers.headerruns import list_intro as _list_intro
    texts = ["On this week's broadcast, moderated by Ann Lee:", "  • Harbour master Tom Poe", "  • Mayor Ruth King"]
    assert _list_intro(texts, 0)
    assert not _list_intro(["Main topics:"] + texts[1:], 0)  # a short field name: other rules
    assert not _list_intro([texts[0], "  • Harbour master Tom Poe", "ANN LEE: Welcome."], 0)


# --- L58 a semicolon typed for a label's colon ---------------------------------------------------

def test_a_semicolon_after_a_label_printed_with_a_colon_is_a_typo():
    doc = read("R: Where is the pier?\n\nK: At the end of the quay.\n\nR: When does it open?\n\n"
               "K; In May, they say.\n\nR: Thank you.\n\nK: You are welcome.\n")
    assert labels(doc) == ["R:", "K:", "R:", "K;", "R:", "K:"]


def test_a_semicolon_alone_is_no_label():
    doc = read("ANN LEE: We met the crew.\n\nTom; he was late again; and the boats waited.\n\n"
               "Tom; never on time.\n")
    assert labels(doc) == ["ANN LEE:"]


def test_a_blog_lead_that_announces_the_transcript_below_is_no_opening_speech():
    doc = read("Harbour master interview\n\nAnn Lee spoke with us on Monday about the new pier. "
               "She was friendly and fun. Here's the transcript below.\n\n"
               "M: What was the hardest part?\n\nA: The winter storms.\n\nM: And the best?\n\nA: Opening day.\n")
    assert labels(doc)[0] == "M:"


def test_a_german_heading_announcing_the_interview_verbatim_ends_the_header():
    doc = read("Hafen im Wandel\n\nDie Hafenmeisterin über den neuen Pier, die Stürme und die Fischer der Stadt.\n\n"
               "Das Gespräch im Wortlaut:\n\nHafenbote: Wie geht es dem Hafen?\n\nAnna Berger: Gut, danke.\n\n"
               "Hafenbote: Und den Fischern?\n\nAnna Berger: Auch gut.\n", lang="de")
    assert labels(doc) == ["Hafenbote:", "Anna Berger:", "Hafenbote:", "Anna Berger:"]


# --- N22 a role printed right before a speaker's full name ---------------------------------------

def test_a_role_word_before_the_full_name_is_the_speakers_role():
    doc = read("Harbour Evening News\n\nANN LEE: Good evening. Harbour correspondent Tom Poe is on the quay.\n\n"
               "TOM POE: Thank you, Ann.\n\nANN LEE: And Port Authority Director Ruth King joins us.\n\n"
               "RUTH KING: Good evening.\n")
    roles = {p.name: p.role for p in doc.persons}
    assert roles["Tom Poe"] == "Harbour correspondent"
    assert roles["Ruth King"] == "Port Authority Director"
    assert roles["Ann Lee"] is None  # "Good evening." names no role


def test_a_first_line_about_the_transcripts_is_no_speech():
    doc = read("Transcripts of the harbour board's meetings.\n\nThank you, sir.\n\n"
               "Folks, I ask you to keep your voices down while the board is sitting today.\n")
    assert speech(doc)[0].startswith("Thank you, sir.")
    assert doc.setting.title == "Transcripts of the harbour board's meetings."


# --- H31 a headline that ends with its date, over a video caption --------------------------------

def test_a_headline_ending_with_its_date_over_shorter_captions_is_the_title():
    doc = read("Watch Harbour TV\n\nFull transcript of \"Harbour Week\" on May 2, 2024\n\n"
               "5/2: Harbour Week\n5/2: Lee, Poe, King 48:52\n\n"
               "On this \"Harbour Week\" broadcast moderated by Ann Lee:\n\n"
               "  • Harbour master Tom Poe (read more)\n  • Mayor Ruth King (read more)\n\n"
               "ANN LEE: Good evening.\n\nTOM POE: Thank you.\n")
    assert doc.setting.title == "Full transcript of \"Harbour Week\" on May 2, 2024"
    assert doc.setting.date_iso == "2024-05-02"


def test_a_dated_kind_line_over_a_longer_heading_is_no_title():
    doc = read("Transcript of the press conference in Warsaw - Monday, 19 March 2018\n\n"
               "Press conference of the Prime Minister and the visiting Chancellor on the harbour treaty\n\n"
               "ANN LEE: Good evening.\n\nTOM POE: Thank you.\n")
    assert doc.setting.title.startswith("Press conference of the Prime Minister")


# --- L59 a label in capitals with its role, wrapped before the colon ----------------------------

def test_a_label_wrapped_before_its_colon_is_one_label():
    doc = read("Harbour Evening News\n\n"
               "ANN LEE: Good evening.\nThe new pier opens today.\n"
               "TOM POE, Head of Operations,\nHarbour Board: We are ready,\nand the boats are waiting.\n"
               "ANN LEE: Thank you, Tom.\n")
    assert labels(doc) == ["ANN LEE:", "TOM POE, Head of Operations, Harbour Board:", "ANN LEE:"]
    roles = {p.name: p.role for p in doc.persons}
    assert roles["Tom Poe"] == "Head of Operations, Harbour Board"


def test_a_dash_label_with_an_abbreviated_article_is_no_run_on_split():
    doc = read("Senado\n\n-EL C. PRESIDENTE ANA RIOS: Solicito a la Secretaría informe a la Asamblea el resultado.\n\n"
               "-EL C. SECRETARIO LUIS MORA: Honorable Asamblea: hay quórum, señora presidenta, en la sala.\n\n"
               "-EL C. PRESIDENTE RIOS: Por lo mismo, se abre la sesión de hoy con los asuntos del día.\n",
               lang="es")
    assert all(label.startswith("-EL C.") for label in labels(doc))
