"""Header, label and footer shapes of web pages beyond the development set (Kremlin-,
UN-, GOV.UK-, MFA- and Rev-style pages), written here as small synthetic examples."""
from __future__ import annotations

from teikit import read_transcript
from teikit.model import Boilerplate, HeaderLine


def read(text: str):
    return read_transcript(text.encode("utf-8"), "page.txt")


def kinds(doc) -> list[str]:
    return [b.kind if isinstance(b, HeaderLine) else type(b).__name__ for b in doc.blocks]


def test_summary_sentence_between_title_and_date_stays_in_the_header():
    doc = read("Meeting with the Head of the Fund\n\nThe President met the head of the fund.\n\n"
               "March 18, 2013\n\n14:00\n\nMoscow\n\n* * *\n\n"
               "President of Russia Vladimir Putin: Good afternoon.\n\nKirill Dmitriev: Thank you.\n\n"
               "Vladimir Putin: Go on.\n\nKirill Dmitriev: Gladly.")
    assert kinds(doc)[:6] == ["title", "summary", "date", "time", "place", "separator"]
    assert doc.setting.date_iso == "2013-03-18" and doc.setting.time == "14:00"
    assert [t.who for t in doc.turns()] == ["vladimir-putin", "kirill-dmitriev"] * 2
    putin = doc.person("vladimir-putin")
    assert (putin.name, putin.role) == ("Vladimir Putin", "President of Russia")


def test_footer_run_after_the_last_turn_is_boilerplate():
    doc = read("MR. A: Hello.\n\nThank you.\n\nPublication date:\n\nMarch 18, 2013, 14:00\n\n"
               "Direct link: example.org/d/1\n\nhttp://example.org/events/1\n\nShare\n\nFacebook\n\n"
               "Twitter\n\nSend by email\n\nPrint")
    (turn,) = doc.turns()
    assert [p.text for p in turn.paragraphs] == ["Hello.", "Thank you."]
    assert all(isinstance(b, Boilerplate) for b in doc.blocks[1:])


def test_outlets_and_reporters_are_journalists_without_a_person():
    doc = read("Spokesperson Wang Wenbin: Good afternoon.\n\nCCTV reporter: A question.\n\n"
               "Wang Wenbin: An answer.\n\nChina Daily: Another.\n\nAFP: And one more.\n\nWang Wenbin: Done.")
    assert [t.who for t in doc.turns()] == ["wang-wenbin", None, "wang-wenbin", None, None, "wang-wenbin"]


def test_answers_in_a_q_and_a_interview_are_the_interviewee():
    doc = read("Interview of Foreign Minister Sergey Lavrov to a Newspaper\n\n"
               "Question: How are you?\n\nAnswer: Well.\n\nQuestion: And now?\n\nAnswer: Still well.")
    assert [t.who for t in doc.turns()] == [None, "lavrov", None, "lavrov"]


def test_title_broken_over_two_lines():
    doc = read("PRESS GAGGLE BY\n\nPRESIDENT TRUMP\n\nAboard Air Force One\n\n(January 25, 2025)\n\n"
               "THE PRESIDENT: Hello.\n\nQ    Hi.")
    assert doc.setting.title == "PRESS GAGGLE BY PRESIDENT TRUMP"
    assert doc.setting.venue == "Aboard Air Force One" and doc.setting.date_iso == "2025-01-25"


def test_transcript_note_names_the_speaker_of_unlabeled_speech():
    doc = read("Daily Press Briefing by the Office of the Spokesperson\n\n24 April 2015\n\n"
               "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
               "Dujarric, Spokesman for the Secretary-General.\n\nGood afternoon.\n\nToday the Council met.")
    assert [t.who for t in doc.turns()] == ["dujarric"]
    assert kinds(doc)[:3] == ["title", "date", "note"]


def test_hyphenated_office_label_takes_the_holder_from_the_title():
    doc = read("Press Conference by Secretary-General António Guterres at Headquarters\n\n"
               "Secretary-General: Ladies and gentlemen, good morning.")
    person = doc.person(doc.turns()[0].who)
    assert (person.id, person.name, person.role) == ("secretary-general", "António Guterres", "Secretary-General")


def test_site_widgets_are_not_titles():
    doc = read("The Largest Career Network for Engineers - JOIN NOW\n\n• de-DE en-GB es-ES ru-RU\n\n"
               "Printer-friendly version\n\nRemarks at the Summit\n\nMR. A: Hello.")
    assert kinds(doc)[:4] == ["Boilerplate"] * 3 + ["title"]


def test_parliamentary_labels_join_their_short_forms():
    doc = read("Prime Minister's Questions\n\nMr. David Cameron (Witney) (Con): A question.\n\n"
               "The Prime Minister: An answer.\n\nMr. Cameron: Another.\n\nHon. Members: Hear, hear!\n\n"
               "The Prime Minister: Another answer.")
    assert [t.who for t in doc.turns()] == ["david-cameron", "prime-minister", "david-cameron", None, "prime-minister"]


def test_stray_mark_before_a_label_is_still_a_label():
    doc = read("SECRETARY BLINKEN: Thanks.\n\n`MR PRICE:  Take a final question.\n\nQUESTION: Yes.")
    assert [(t.label, t.who) for t in doc.turns()] == [
        ("SECRETARY BLINKEN:", "blinken"), ("`MR PRICE:", "price"), ("QUESTION:", None)]


def test_end_line_followed_by_a_rule_line():
    doc = read("MR. A: Hello.\n\nThank you.\n\nEND 2:58 P.M. CST\n\n-----")
    (turn,) = doc.turns()
    assert len(turn.paragraphs) == 2 and [type(b).__name__ for b in doc.blocks[1:]] == ["EndLine", "EndLine"]


def test_numbered_anonymous_officials_are_different_people():
    doc = read("MODERATOR: Go ahead.\n\nSENIOR ADMINISTRATION OFFICIAL ONE: First.\n\n"
               "SENIOR ADMINISTRATION OFFICIAL TWO: Second.")
    assert [t.who for t in doc.turns()] == [
        "moderator", "senior-administration-official-one", "senior-administration-official-two"]
    assert all(p.name is None for p in doc.persons)


def test_joint_availability_with_a_minister_names_no_interviewer():
    doc = read("Secretary Blinken Joint Press Availability with Foreign Minister Chung Eui-yong\n\n"
               "SECRETARY BLINKEN: Welcome.\n\nFOREIGN MINISTER CHUNG: Thank you.\n\nQUESTION: A question.")
    assert [t.who for t in doc.turns()] == ["blinken", "chung", None]
    assert [p.id for p in doc.persons] == ["blinken", "chung"]


def test_headquarters_of_an_organisation_is_a_venue():
    doc = read("Remarks at the Security Council\n\nNew York\n\nUnited Nations Headquarters\n\n"
               "March 29, 2022\n\nSECRETARY BLINKEN: Thank you.")
    assert (doc.setting.place, doc.setting.venue) == ("New York", "United Nations Headquarters")


def test_office_label_joins_the_named_holder():
    doc = read("Remarks by President Biden and Prime Minister Kishida\n\nTHE PRESIDENT: Welcome.\n\n"
               "PRIME MINISTER KISHIDA: Thank you.\n\nPRESIDENT BIDEN: Questions?")
    assert [t.who for t in doc.turns()] == ["biden", "kishida", "biden"]
    assert doc.person("biden").labels == ["PRESIDENT BIDEN:", "THE PRESIDENT:"]


def test_site_lines_found_together_are_the_lines_found_one_by_one(monkeypatch):
    """The boilerplate pass tests a document's lines in batches (`strong_each`); each answer
    must be the one `is_strong` gives for the line alone, also across batch boundaries."""
    from teikit import lexicons
    from teikit.transforms.helpers import page
    monkeypatch.setattr(page, "_BATCH_LINES", 3)
    lines = ["Share this page", "I now see the official website of the summit.", "• Print •",
             "Accept all cookies", "We have a newsletter.", "This is an official website of the United States government",
             "", "Thank you. Now, the next question.", "© 2024 Ministry", "Read in English",
             "Sign up for our mailing list", "Originally published on the site", "newsletter sign-up", "x" * 300, "Copyright 2021 All rights reserved", "15°C Moscow"]
    for code in ("en", "fr", "de", "ru", "zh"):
        lex = lexicons.load(code)
        assert page.strong_each(lines, lex) == [page.is_strong(line, lex) for line in lines]
    assert any(page.strong_each(lines, lexicons.load("en")))
    assert not all(page.strong_each(lines, lexicons.load("en")))


def test_a_line_ending_in_top_page_is_a_site_line():
    """ "Return to top page" ends a line of site navigation (found by its literal, anywhere
    in the line); the words inside a sentence are speech."""
    from teikit import lexicons
    from teikit.transforms.helpers import page
    lex = lexicons.load("fr")  # English phrases apply to every language's pages
    assert page.is_strong("Return to Top Page", lex)
    assert page.is_strong("• Back to the top page", lex)
    assert not page.is_strong("Our top page story tonight is the summit.", lex)
    assert not page.is_strong("A laptop page", lex)


# --- P5 margin numbers of an OCR'd typescript ------------------------------------------------

def test_line_numbers_on_lines_of_their_own_are_not_speech():
    from tests.convert.conftest import speech
    doc = read("HEARING\n\n1\n\nCHAIR ROE: The hearing will\n\n2\n\ncome to order.\n\n3\n\n"
               "Good morning to all of\n\n4\n\nyou.\n\n5\n\nMR. LEE: Thank\n\n6\n\nyou, Madam Chair.\n\n"
               "1\n\nI am glad to be here.")
    assert [t.label for t in doc.turns()] == ["CHAIR ROE:", "MR. LEE:"]
    assert not any(ch.isdigit() for text in speech(doc) for ch in text)
    furniture = [b.text for t in doc.turns() for b in t.paragraphs if isinstance(b, Boilerplate)]
    furniture += [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert sorted(f for f in furniture if f.isdigit()) == ["1", "1", "2", "3", "4", "5", "6"]


def test_a_few_numbers_or_numbers_that_do_not_count_up_stay_speech():
    from tests.convert.conftest import speech
    doc = read("Q: How many?\n\nA: 3\n\nQ: And then?\n\nA: 12\n\nQ: Then?\n\nA: 7\n\nQ: Last?\n\nA: 40\n\nQ: Sure?\n\nA: 9")
    assert speech(doc)[1::2] == ["3", "12", "7", "40", "9"]


# --- P4b caption tables ------------------------------------------------------------------------

import pytest  # noqa: E402


@pytest.mark.parametrize("rows", [
    ["00:00:01.000\t00:00:03.200\tMS. ROE: Good afternoon.", "00:00:03.300\t00:00:05.000\tLet us begin.",
     "00:00:05.100\t00:00:07.000\tQUESTION: When does the quay open?", "00:00:07.100\t00:00:09.000\tMS. ROE: Next year."],
    ["1\t00:00:01,000 --> 00:00:03,200\tMS. ROE: Good afternoon.", "2\t00:00:03,300 --> 00:00:05,000\tLet us begin.",
     "3\t00:00:05,100 --> 00:00:07,000\tQUESTION: When does the quay open?", "4\t00:00:07,100 --> 00:00:09,000\tMS. ROE: Next year."],
])
def test_caption_table_rows_are_cues_and_their_labels_open_turns(rows):
    from teikit.model import Note, Turn
    doc = read("Captions of the harbour briefing\n\nStart\tEnd\tText\n" + "\n".join(rows))
    turns = [b for b in doc.blocks if isinstance(b, Turn)]
    assert [t.label for t in turns] == ["MS. ROE:", "QUESTION:", "MS. ROE:"]
    assert doc.setting.title == "Captions of the harbour briefing"
    stamps = [i for t in turns for p in t.paragraphs for i in getattr(p, "content", []) if isinstance(i, Note)
              and i.type == "timestamp"]
    assert len(stamps) == 3 and all(s.synch for s in stamps)  # the cues after the first, timed
    assert "Let us begin." in turns[0].paragraphs[0].text


def test_two_tab_separated_time_rows_are_no_caption_table():
    doc = read("Schedule\n\n00:00:01.000\t00:00:03.200\tOpening\n00:00:03.300\t00:00:05.000\tMS. ROE: Welcome.")
    assert not any(t.label == "MS. ROE:" for t in doc.turns())


# --- P5b line numbers at the start of a typescript's lines ---------------------------------------

def test_numbered_lines_of_a_typescript_open_with_their_labels():
    from teikit.model import Note
    doc = read("HARBOUR COURT\n\n 1            THE CLERK: All rise.\n 2            THE JUDGE: Good morning. Mr. Lee for\n"
               " 3   the harbour board?\n 4            MR. LEE: Yes, Your\n 5   Honor.\n 6            THE JUDGE: Let us begin.")
    from teikit.model import Text
    assert [t.label for t in doc.turns()] == ["THE CLERK:", "THE JUDGE:", "MR. LEE:", "THE JUDGE:"]
    words = " ".join(i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
                     if isinstance(i, Text))
    assert not any(ch.isdigit() for ch in words)
    numbers = [i.text for t in doc.turns() for p in t.paragraphs for i in getattr(p, "content", [])
               if isinstance(i, Note) and i.type == "line"]
    assert numbers == ["2", "3", "4", "5", "6"]  # "1" stands before the first label, in the front


def test_a_few_numbered_lines_or_a_numbered_list_stay_as_printed():
    from tests.convert.conftest import speech
    doc = read("MS. ROE: The points are:\n\n10   apples\n\n3   pears\n\n7   plums\n\n12   figs\n\n5   limes")
    assert speech(doc)[0].startswith("The points are:")
    assert "10   apples" in " | ".join(speech(doc))
