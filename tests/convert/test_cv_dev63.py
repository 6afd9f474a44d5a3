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
