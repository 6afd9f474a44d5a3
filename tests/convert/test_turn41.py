"""Shapes of turn41 (rule ids 2040-2059 ending in `k`): turn segmentation and paragraphs of
speech-recogniser exports and timed transcripts, written for the test (never a corpus line);
each fails without its rule."""
from __future__ import annotations

from teikit.model import LineBreak, Note
from tests.convert.conftest import read, speech

# --- L2040k a bold name, then the recording time, then the speech ---------------------------

ZOOM = ("## Recording Transcript\n\n"
        "**Ann Lee** 00:48 Good morning.\n"
        "I'm using morning for every time zone, sorry.\n"
        "**Bo Ray** 01:07 Hello!\n"
        "**Ann Lee** 01:09 Good morning again! So for new people, the agenda is linked from the\n"
        "meeting invite, and I will paste it in the chat as well, in case that is more convenient for the people who joined late.\n"
        "and\n"
        "please add yourself to the list of attendees and any agenda items that you have, or topics of interest, whenever you like\n"
        "**Cy Moe** 01:16 Hello, everyone.\n"
        "**Ann Lee** 01:20 We are ready for the release, I think, since the harbour module\n"
        "went in last week, and the contrib repository was done late last week as well, after a long review, so\n"
        "should be good to go.\n"
        "**Bo Ray** 01:26 Sounds good.\n"
        "**Cy Moe** 01:30 Agreed. The ferry tests pass.\n"
        "**Ann Lee** 01:32 Great.\n"
        "**Bo Ray** 01:35 One more thing about the docs.\n"
        "**Ann Lee** 01:40 Go ahead.\n"
        "**Bo Ray** 01:41 They need a new example, because the old one\n"
        "uses the removed option.\n")


def test_the_time_after_a_bold_name_is_the_turns_timestamp():
    doc = read(ZOOM, lang="en")
    turns = doc.turns()
    assert [t.name for t in turns[:3]] == ["Ann Lee", "Bo Ray", "Ann Lee"]
    assert turns[0].time == "00:48" and turns[1].time == "01:07"
    assert not any(s[:1].isdigit() for s in speech(doc))


# --- P2041k a recogniser's timed turns with no blank lines: one paragraph a turn ---------------

def test_the_lines_of_a_timed_turn_without_blank_lines_are_one_paragraph():
    turns = read(ZOOM, lang="en").turns()
    assert len(turns) == 11
    assert all(len(t.paragraphs) == 1 for t in turns)
    assert sum(type(i) is LineBreak for i in turns[2].paragraphs[0].content) == 3
    assert len(turns[4].paragraphs[0].content) == 5  # three lines, two breaks


def test_paragraphs_a_blank_line_apart_stay_paragraphs():
    # a blank line between two paragraphs of a timed turn: the text's own paragraphs, not a
    # recogniser's segments (lines with no blank line between them are one paragraph under a
    # timed label whether or not they end sentences: T2163k, dev54 5603)
    text = "".join(f"**Ann Lee** 0{k}:00 We start at the harbour.\n\nThe ferries run again.\n"
                   f"**Bo Ray** 0{k}:30 Good.\n" for k in range(6))
    turns = read(text, lang="en").turns()
    assert len(turns) == 12 and len(turns[0].paragraphs) == 2


# --- L2042k a sentence's first word after a time is no name; T2043k bare times of unlabeled lines ---

PODCAST = ("00:00:00 How many boats cross the harbour every day?\n\n"
           "00:00:05 What if that number could be one?\n\n"
           "00:00:08 I think that would be amazing, right?\n\n"
           "00:00:12 I mean, it is amazing, and it is called the ferry.\n\n"
           "00:00:15 My guest today is the captain.\n\n"
           "00:00:18 I run the boats, yes.\n\n"
           "00:00:22 Thank you for coming.\n\n"
           "00:00:24 I am glad to be here.\n\n"
           "00:00:27 My first question is about the winter.\n\n"
           "00:00:31 Thank you, it was hard.\n")


def test_a_sentences_first_word_after_a_time_is_no_speaker():
    turns = read(PODCAST, lang="en").turns()
    assert [t.label for t in turns] == [None]


def test_bare_times_that_open_every_unlabeled_line_are_timestamps():
    paragraphs = read(PODCAST, lang="en").turns()[0].paragraphs
    assert len(paragraphs) == 10
    assert all(type(p.content[0]) is Note and p.content[0].type == "timestamp" for p in paragraphs)
