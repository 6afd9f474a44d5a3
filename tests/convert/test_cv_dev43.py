"""Shapes of dev43 (rule ids 1650-1669 ending in `i`): page captures of a court hearing, a TV
panel show, podcast pages and a page of a paginated call, written for the test (never a
corpus line); each fails without its rule."""
from __future__ import annotations

import pytest

from tests.convert.conftest import labels, read, speaker, speech

# --- L1650i a page whose every line of speech opens with a full name ----------------------

NAMED_LINES = {
    "en": ("Ann Lee: Sure.\n"
           "Tom Fisher: Thanks. Could you say more about the margins in the spring?\n"
           "Ann Lee: We expect them to improve as the new plant comes online.\n"
           "Bo Martinez: And the costs of the plant stay where we guided them.\n", "en"),
    "de": ("Titel der Sitzung\n\n"
           "Anna Roth: Ja.\n"
           "Peter Krause: Und wie geht es mit dem Hafen weiter?\n"
           "Anna Roth: Wir bauen im Frühjahr weiter.\n"
           "Lena Vogt: Die Kosten bleiben im Rahmen.\n", "de"),
}


@pytest.mark.parametrize("case", sorted(NAMED_LINES))
def test_names_printed_once_on_a_page_of_named_lines_are_labels(case):
    text, lang = NAMED_LINES[case]
    doc = read(text, lang=lang)
    assert len(doc.turns()) == 4
    printed = [line.split(":")[0] + ":" for line in text.splitlines() if ": " in line]
    assert labels(doc) == printed
    assert not any(s.startswith(tuple(printed)) for s in speech(doc))
    assert speaker(doc, 1).name != speaker(doc, 3).name != speaker(doc, 0).name
    assert speaker(doc, 0).name == speaker(doc, 2).name


def test_a_title_with_a_colon_over_the_named_lines_stays_the_title():
    doc = read("Evening Forum: the future of river ferries\n\n" + NAMED_LINES["en"][0], lang="en")
    assert labels(doc) == ["Ann Lee:", "Tom Fisher:", "Ann Lee:", "Bo Martinez:"]


def test_a_line_of_speech_without_a_name_keeps_the_names_printed_once_unread():
    doc = read("Ann Lee: Sure.\nTom Fisher: Thanks. Could you say more?\n"
               "and then the spring came, as everyone knows.\n"
               "Ann Lee: We expect them to improve.\nBo Martinez: The costs stay.\n")
    assert "Bo Martinez:" not in labels(doc)


def test_names_each_printed_once_are_no_labels_by_their_layout_alone():
    doc = read("Ann Lee: Sure.\nTom Fisher: Thanks. Could you say more?\nBo Martinez: The costs stay.\n")
    assert "Tom Fisher:" not in labels(doc)


# --- L1651i a field naming who attends, its word closing a longer field name ----------------

HEARING = ("Harbour Board v. Lee\n\n"
           "{field}: Respondent- Ann Lee and her counsel: Bo Roe and Cy Poe; for the Board: Di Ray.\n\n"
           "THE COURT:   Good morning, everyone.\n\n"
           "MR. ROE:   Good morning, Your Honor.\n\n"
           "THE COURT:   Please be seated.\n")


@pytest.mark.parametrize("field", ["Parties Present", "Members Present", "Other Participants"])
def test_an_attendance_field_is_no_speaker(field):
    doc = read(HEARING.format(field=field))
    assert labels(doc) == ["THE COURT:", "MR. ROE:", "THE COURT:"]
    assert not any(field in s for s in speech(doc))
    assert all(p.name != field for p in doc.persons)


def test_an_attendance_field_is_a_metadata_line_of_the_header():
    from teikit.model import HeaderKind, HeaderLine
    doc = read(HEARING.format(field="Parties Present"))
    kinds = {b.text.split(":")[0]: b.kind for b in doc.blocks if isinstance(b, HeaderLine)}
    assert kinds["Parties Present"] == HeaderKind.METADATA


# --- H1652i the time the proceedings commenced, over the first label --------------------------

@pytest.mark.parametrize("note", ["· Proceedings commenced at approximately 08:50 a.m.",
                                  "(The hearing began at 10:02 a.m.)",
                                  "The meeting was called to order at 7:00 p.m."])
def test_the_time_the_proceedings_began_is_a_header_line(note):
    from teikit.model import HeaderKind, HeaderLine
    doc = read(f"Harbour Board hearing\n\n{note}\n\nTHE COURT:   Good morning.\n\n"
               "MR. ROE:   Good morning, Your Honor.\n\nTHE COURT:   Please be seated.\n")
    assert len(doc.turns()) == 3 and not any(note in s for s in speech(doc))
    assert any(isinstance(b, HeaderLine) and b.text == note and b.kind == HeaderKind.TIME for b in doc.blocks)


# --- B1653i a site line that breaks off, hard-wrapped over the next lines --------------------

NOTICE = ("Copyright 2016 Harbour Media, Inc. All materials herein\n"
          "are protected by copyright law and may not be reproduced,\n"
          "distributed, displayed or broadcast without the prior written\n"
          "permission of Harbour Media. You may not remove any notice\n"
          "from copies of the content.>\n")
PANEL = ("Harbour Hour\n\nIssues: Ferries / Bridges / Tolls\n\n"
         "Ann Lee, Host\nTom Poe, Harbour Times\nBo Ray, Port Weekly\nCy Day, The Quay Review\nDi Fox, Tide Radio\n\n"
         "Taped: Friday, March 4, 2016\nBroadcast: Weekend of March 4-6, 2016\n\n{notice}\n"
         "ANNOUNCER: From the harbour, the Harbour Hour.\n\nANN LEE, HOST: Issue One: the ferries.\n\n"
         "TOM POE: The ferries are late.\n")


def test_a_notice_wrapped_over_several_lines_is_set_apart_whole():
    from teikit.model import Boilerplate
    doc = read(PANEL.format(notice=NOTICE))
    assert labels(doc) == ["ANNOUNCER:", "ANN LEE, HOST:", "TOM POE:"]
    site = [b.text for b in doc.blocks if isinstance(b, Boilerplate)]
    assert [line for line in NOTICE.splitlines() if line in site] == NOTICE.splitlines()


def test_lines_after_a_site_line_that_end_no_sentence_stay_the_pages():
    from teikit.model import Boilerplate
    doc = read("Skip to main content\n\ntv   Harbour Hour  Tide Radio  March 4, 2016 7:00pm-8:00pm\n\n"
               "7:00 pm\nwelcome to the harbour hour. tonight the ferries.\n7:01 pm\nthe ferries are late again.\n")
    assert not any(isinstance(b, Boilerplate) and b.text.startswith("tv") for b in doc.blocks)
