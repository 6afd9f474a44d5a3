"""Shapes of dev61 (rule ids 2420-2439 ending in `l`): transcripts exported or pasted from
tools and event pages (a fan archive of captions, a transcription service's page, a meeting's
transcript, an oral-history archive), on small texts written for the test (never a corpus
line); each fails without its rule."""
from __future__ import annotations

import re

from tests.convert.conftest import body as _body, tei as _tei, persons as _persons, site_lines as _site_lines


# --- B2420l An arrow-led back link is a site line ----------------------------------------------

ARCHIVE = ("← Back to all episodes\n\n"
           "Harbour Talk: Why did the ferries stop - Ann on Radio Quay with Ben Kay\n\n"
           "March 3, 2021\n00:00:01\n\n[Music]\n\n00:00:03\n\n"
           "good<00:00:03.480> evening<00:00:03.720> it's<00:00:03.960> ben<00:00:04.200> kay\n\n"
           "00:00:04\n\ngood evening it's ben kay\n\n"
           "00:00:04\n\ngood evening it's ben kay with you here tonight\n")


def test_an_arrow_led_back_link_is_a_site_line():
    tei = _tei(ARCHIVE)
    assert "← Back to all episodes" in _site_lines(tei)
    assert '<title type="main">← Back' not in tei


def test_an_arrow_led_line_that_is_no_link_back_stays_as_it_was():
    tei = _tei(ARCHIVE.replace("← Back to all episodes", "← The harbour at night, as the ferries left it in March"))
    assert "← The harbour at night" not in " ".join(_site_lines(tei))


# --- B2421l A transcription service's promotion lines ------------------------------------------

SERVICE = ("Transcribe all your audio with Parrotly\n"
           "Super fast. Very accurate. Try it free.\n"
           "No credit card required\n\n"
           "The Harbour Set: Ferries and Other Mysteries\n"
           "Ann Roe\n"
           "So I took the ferry last week. It was late, of course. Everybody on board was late.\n"
           "And the captain said, we are not late, we are early for tomorrow.\n")


def test_a_transcription_services_promotion_lines_are_site_lines():
    sites = _site_lines(_tei(SERVICE))
    assert "Transcribe all your audio with Parrotly" in sites
    assert "Super fast. Very accurate. Try it free." in sites
    assert "No credit card required" in sites


def test_speech_that_mentions_a_card_or_a_free_try_stays_speech():
    tei = _tei(SERVICE.replace("No credit card required\n", "")
               + "No credit card was required on the ferry, you just walked on.\n")
    assert "No credit card was required" not in " ".join(_site_lines(tei))


# --- T2422l A stage host's call hands over by name ---------------------------------------------

STAGE = ("The Harbour Set: Ferries and Other Mysteries\n\n"
         "Give it up for Ann Roe!\n\n"
         "So I took the ferry last week. It was late, of course. Everybody on board was late.\n\n"
         "And the captain said, we are not late, we are early for tomorrow.\n")


def test_a_stage_hosts_call_is_a_turn_and_the_performer_speaks_after_it():
    tei = _tei(STAGE)
    body = _body(tei)
    assert body.count("<u ") == 2
    assert re.search(r'<u who="#ann-roe"[^>]*>\s*<seg[^>]*>So I took the ferry', body)


def test_a_call_to_give_up_something_else_stays_in_the_speech():
    tei = _tei(STAGE.replace("Give it up for Ann Roe!", "Give it up for the ferry, it never comes on time."))
    assert _body(tei).count("<u ") == 1


# --- L2423l A name alone over speech that opens with its own introduction -----------------------

MEETING = ("Samuel Lee\n"
           "Good afternoon, everybody, and welcome. My name is Sam Lee, and I am Portside’s Chair. "
           "As we have a quorum, I now declare the annual meeting open.\n"
           "We start today with ordinary business, then the resolutions and general business.\n"
           "We do encourage questions, and we will indicate question time after each address.\n")


def test_a_name_alone_over_its_own_self_introduction_is_the_label():
    tei = _tei(MEETING)
    assert '<note type="speaker">Samuel Lee</note>' in tei
    assert '<u who="#samuel-lee"' in tei
    assert '<title type="main">Samuel Lee</title>' not in tei


def test_a_name_alone_over_another_persons_introduction_stays_as_it_was():
    tei = _tei(MEETING.replace("My name is Sam Lee", "My name is Ben Kay"))
    assert '<note type="speaker">Samuel Lee</note>' not in tei


# --- I2424l "[Foreign Language]" is a language note ---------------------------------------------

def test_a_foreign_language_mark_is_a_language_note_not_speech():
    tei = _tei(MEETING.replace("Good afternoon", "[Foreign Language] Good afternoon", 1))
    assert '<note type="delivery">[Foreign Language]</note>' in tei
    assert re.search(r'<seg[^>]*>Good afternoon', tei)
    assert "#interpreted" not in tei


def test_a_bracketed_words_mark_that_names_no_language_stays_as_it_was():
    tei = _tei(MEETING.replace("Good afternoon", "[Foreign Office] Good afternoon", 1))
    assert '<note type="delivery">[Foreign Office]</note>' not in tei


# --- R2425l "…, and I am Acme’s Chair" gives the speaker's office -------------------------------

def test_a_possessive_office_after_the_self_introduction_is_the_role():
    lee = next(p for p in _persons(_tei(MEETING)) if 'xml:id="samuel-lee"' in p)
    assert "<affiliation>Chair</affiliation>" in lee


def test_a_possessive_without_the_self_introductions_and_gives_no_role():
    tei = _tei(MEETING.replace("My name is Sam Lee, and I am Portside’s Chair.",
                               "My name is Sam Lee. I am Ann’s friend.")
               .replace("Samuel Lee\n", "Sam Lee\n", 1))
    lee = next(p for p in _persons(tei) if 'xml:id="sam-lee"' in p)
    assert "friend" not in lee


# --- T2426l Every paragraph opening with a rising bare time; T2427l introductions open turns ----

INTERVIEW = ("Ann Roe and Ben Kay\n\n"
             "00:04 Hello, my name is Ann Roe and I am 70 years old. Today we are at the harbour museum "
             "and we will talk about the ferries.\n\n"
             "00:41 Hello, my name is Ben and I go by Benny, and I am 75 years old. I remember the ferries well.\n")


def test_rising_bare_times_opening_each_unlabeled_paragraph_are_timestamps():
    tei = _tei(INTERVIEW)
    assert re.search(r'<note type="timestamp"[^>]*>00:04</note>', tei)
    assert re.search(r'<note type="timestamp"[^>]*>00:41</note>', tei)


def test_times_that_do_not_rise_stay_speech():
    tei = _tei(INTERVIEW.replace("00:41", "00:02"))
    assert not re.search(r'<note type="timestamp"[^>]*>00:04</note>', tei)


def test_a_paragraph_introducing_another_speaker_opens_a_turn():
    assert _body(_tei(INTERVIEW)).count("<u ") == 2


def test_a_paragraph_introducing_the_same_speaker_again_stays_in_the_turn():
    tei = _tei(INTERVIEW.replace("my name is Ben and I go by Benny", "my name is Ann again, as I said"))
    assert _body(tei).count("<u ") == 1


# --- N2428l Each self-introduced turn is its speaker's, a given name completed from the title ---

def test_each_self_introduced_turn_is_the_person_the_title_lists():
    tei = _tei(INTERVIEW)
    assert '<u who="#ann-roe"' in tei and '<u who="#ben-kay"' in tei
    assert "<persName>Ben Kay</persName>" in tei


def test_a_given_name_the_title_does_not_list_stays_as_said():
    tei = _tei(INTERVIEW.replace("my name is Ben and", "my name is Cyril and"))
    assert "<persName>Ben Kay</persName>" not in tei
    assert '<u who="#cyril"' in tei
