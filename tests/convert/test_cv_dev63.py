"""Shapes of dev63 (rule ids 2500-2519 ending in `m`): spoken-media and hearing transcripts from
pages (a TV programme's archive, a newspaper's reprint of a radio interview, a podcast's episode
page, a post-game press conference, a committee's oral evidence, a court's hearing), on small
texts written for the test (never a corpus line); each fails without its rule."""
from __future__ import annotations

import re

from tests.convert.conftest import body as _body, tei as _tei


def _persons(tei: str) -> list[str]:
    return re.findall(r"<person .*?</person>", tei, re.S)


def _person(tei: str, pid: str) -> str:
    return next((p for p in _persons(tei) if f'xml:id="{pid}"' in p), "")


def _site_lines(tei: str) -> list[str]:
    return re.findall(r'<gap reason="editorial">\s*<desc>(.*?)</desc>', tei, re.S)


def _title(tei: str) -> str:
    return re.search(r'<title type="main">(.*?)</title>', tei, re.S).group(1)


def _setting(tei: str) -> str:
    m = re.search(r"<settingDesc>.*?</settingDesc>", tei, re.S)
    return m.group(0) if m else ""


def _turns(tei: str) -> int:
    return _body(tei).count("<u ")


# --- R2500m, N2501m: a radio interview reprinted with its photo's caption ----------------------

REPRINT = ("| 12.1°C Galway\n\n"
           "Full transcript of Ann Roe’s interview with Ben Kay\n\n\n"
           "Minister for Ports Ann Roe leaving the studio this morning after her interview with Ben Kay \n"
           "Pic: Tom Lee\n\n"
           "Minister for Ports Ann Roe leaving the studio this morning after her interview with Ben Kay Pic: Tom Lee\n\n"
           "Below is the full transcript of Ann Roe’s interview with Ben Kay this morning.\n\n"
           "Q: Ann Roe, good morning.\n\n"
           "A: Good morning. Thanks very much.\n\n"
           "Q: Will you celebrate?\n\n"
           "A: Yeah, yeah, not doing anything special.\n")


def test_the_answer_voice_named_late_gets_the_office_printed_before_her_name():
    roe = _person(_tei(REPRINT), "roe")
    assert "<affiliation>Minister for Ports</affiliation>" in roe


def test_a_caption_without_an_office_gives_the_answer_voice_none():
    tei = _tei(REPRINT.replace("Minister for Ports Ann Roe", "Ann Roe"))
    assert "<affiliation>" not in _person(tei, "roe")


def test_a_name_and_a_wish_that_make_the_whole_question_name_no_asker():
    tei = _tei(REPRINT.replace("Q: Ann Roe, good morning.", "Q: Ann Roe, Happy Birthday."))
    assert "Happy Birthday</affiliation>" not in tei
    assert "<affiliation>Minister for Ports</affiliation>" in _person(tei, "roe")


def test_a_name_and_an_outlet_before_the_question_still_name_the_asker():
    tei = _tei("Press conference of the Harbour Minister Ann Roe\n\nANN ROE: Good morning, everyone.\n\n"
               "Q: Tom Lee, Harbour Times. Will the ferries run on time?\n\nANN ROE: They will.\n")
    assert "<affiliation>Harbour Times</affiliation>" in _person(tei, "tom-lee")


# --- L2507m "Pic:" closes a photo's caption, no speaker ------------------------------------------

def test_a_pictures_credit_after_pic_is_no_label():
    tei = _tei(REPRINT)
    assert '<note type="speaker">Pic:</note>' not in tei
    assert _turns(tei) == 4


def test_a_speaker_whose_name_opens_with_pic_stays_a_label():
    tei = _tei(REPRINT + "\nPICKETT: And good morning from the newsroom.\n")
    assert '<note type="speaker">PICKETT:</note>' in tei


# --- H2502m, N2503m, H2504m: a TV programme's archive page ------------------------------------

ARCHIVE = ("Ann Roe\n\n"
           "Ann Roe on the Harbour, Part I\n\n"
           "VTR Date: May 4, 1993\n\n"
           "Guest: Roe, Ann\n\n\n"
           "Host: Ben D. Kay\n"
           "Guest: Ann Roe\n"
           "Title: Ann Roe on the Harbour, Part I\n"
           "VTR: 5/4/1993\n\n"
           "I’m Ben Kay, your host on THE HARBOUR HOUR. Today my guest knows the harbour better "
           "than anyone, and I will begin by asking her about the ferries.\n\n"
           "ROE: That’s an interesting question. The ferries were always late.\n\n"
           "KAY: Always?\n\n"
           "ROE: Always, and everyone knew it.\n")


def test_a_field_of_the_header_block_whose_value_is_a_date_is_no_speaker():
    tei = _tei(ARCHIVE)
    assert '<note type="speaker">VTR:</note>' not in tei
    assert 'VTR: 5/4/1993</docDate>' in tei


def test_a_label_whose_speech_is_a_date_under_another_turn_stays_a_label():
    tei = _tei(ARCHIVE + "\nKAY: When was that?\n\nPOE: May 4, 1993.\n")
    assert '<note type="speaker">POE:</note>' in tei


def test_the_hosts_own_introduction_opens_his_unlabeled_turn():
    assert re.search(r'<u who="#kay"[^>]*>\s*<seg[^>]*>I’m Ben Kay, your host', _tei(ARCHIVE))


def test_two_voices_introducing_themselves_in_one_turn_give_it_to_neither():
    tei = _tei(ARCHIVE.replace("I’m Ben Kay, your host on THE HARBOUR HOUR. ",
                               "Hey, I’m Ben Kay.\n\nAnd I’m Ann Roe. "))
    assert not re.search(r'<u who="#kay"[^>]*>\s*<seg[^>]*>Hey, I’m Ben Kay', tei)


def test_the_line_a_title_field_restates_is_the_title_under_its_tag_line():
    tei = _tei(ARCHIVE)
    assert _title(tei) == "Ann Roe on the Harbour, Part I"
    assert "Ann Roe" in _site_lines(tei)
    assert '<note type="metadata">Title: Ann Roe on the Harbour, Part I</note>' in tei


def test_a_front_matters_title_over_the_heading_that_repeats_it_stays_the_title():
    tei = _tei("---\ntitle: \"Ferries and Tides\"\n---\n\n# Ferries and Tides\n\n"
               "Ann Roe: Welcome to the show.\n\nBen Kay: Thanks for having me.\n\n"
               "Ann Roe: Let us begin.\n\nBen Kay: Gladly.\n")
    assert '<note type="metadata">title: "Ferries and Tides"</note>' not in tei
