"""Shapes of dev42 (rule ids 1630-1649 ending in `i`): interview transcripts, transcription-service
exports and meeting notes kept as Markdown, written for the test (never a corpus line); each
fails without its rule."""
from __future__ import annotations

import pytest

from teikit.convert_api import ConvertOptions, convert
from teikit.model import Boilerplate, HeaderLine
from tests.convert.conftest import labels, read, speech

# --- L1630i a bold run of a label and its bracketed time, no colon --------------------------

BOLD_NAME_TIME = {
    "letters": ("**I [00:00:00]** Guten Morgen, schön dass Sie Zeit haben.\n\n"
                "**B [00:00:04]** Gerne, fangen wir an.\n\n"
                "**I [00:00:09]** Was machen Sie am Hafen?\n\n"
                "**I [00:00:15]** Ich meine, jeden Tag?\n\n"
                "**B [00:00:19]** Ich repariere die Fähren.\n", "de", ["I", "B", "I", "I", "B"]),
    "names": ("__Ann Lee (0:01:02)__ Welcome back to the harbour show.\n\n"
              "__Bo Ray (0:01:09)__ Thanks for having me.\n\n"
              "__Ann Lee (0:01:15)__ So what happened to the ferries?\n\n"
              "__Bo Ray (0:01:21)__ They stopped in March.\n", "en", ["Ann Lee", "Bo Ray", "Ann Lee", "Bo Ray"]),
}


@pytest.mark.parametrize("case", sorted(BOLD_NAME_TIME))
def test_a_bold_label_with_its_time_and_no_colon_opens_turns(case):
    text, lang, names = BOLD_NAME_TIME[case]
    doc = read(text, lang=lang)
    turns = doc.turns()
    assert [t.name for t in turns] == names
    assert turns[0].time in ("[00:00:00]", "(0:01:02)")
    assert not any(s.startswith(("*", "_", "[", "(")) for s in speech(doc))


def test_the_time_of_a_bold_label_without_colon_is_a_timestamp_note():
    tei = convert(BOLD_NAME_TIME["letters"][0].encode(), "t.txt", ConvertOptions(lang="de")).tei.decode()
    assert ">[00:00:00]**</note>" in tei and ">**I</note>" in tei


def test_a_bold_heading_with_a_time_once_is_no_label():
    doc = read("**Part one (00:10:00)** The harbour in winter.\n\nAnn Lee: Welcome.\n\nBo Ray: Thanks.\n\n"
               "Ann Lee: Let us begin.\n\nBo Ray: Fine.\n", lang="en")
    assert labels(doc) == ["Ann Lee:", "Bo Ray:", "Ann Lee:", "Bo Ray:"]


# --- L1631i a bold "Name - Company, Role" line alone over the speech ------------------------

COMPANY_ROLE = ("## Transcript\n\n"
                "**Ann Lee - Harbour Corp, Investor Relations**\n"
                "(00:00:00) Welcome to our results call, everyone.\n\n"
                "**Bo Ray - Harbour Corp, Chief Financial Officer**\n"
                "(00:00:09) Thank you, Ann. Revenue grew again.\n\n"
                "(00:00:30) Margins held steady.\n\n"
                "**Ann Lee - Harbour Corp, Investor Relations**\n"
                "(00:01:02) What about the ferries?\n\n"
                "**Bo Ray - Harbour Corp, Chief Financial Officer**\n"
                "(00:01:10) They are back in service.\n")


def test_a_bold_name_company_and_role_line_opens_turns():
    doc = read(COMPANY_ROLE, lang="en")
    turns = doc.turns()
    assert [t.label for t in turns] == [
        "**Ann Lee - Harbour Corp, Investor Relations**", "**Bo Ray - Harbour Corp, Chief Financial Officer**"] * 2
    assert turns[0].who == turns[2].who != turns[1].who
    assert len(turns[1].paragraphs) == 2


def test_the_name_and_the_role_are_read_apart_from_the_company():
    doc = read(COMPANY_ROLE, lang="en")
    ann, bo = (doc.person(t.who) for t in doc.turns()[:2])
    assert (ann.name, bo.name) == ("Ann Lee", "Bo Ray")
    assert bo.role == "Chief Financial Officer"
    assert "Harbour Corp" not in (ann.role or "")


def test_one_bold_name_and_role_line_is_no_style_of_labels():
    doc = read("**Ann Lee - Harbour Corp, Investor Relations**\nNotes of the morning call.\n\n"
               "Bo Ray: We sailed at dawn.\n\nCy Doe: And then?\n\nBo Ray: Then we came back.\n\nCy Doe: Fine.\n",
               lang="en")
    assert [t.name for t in doc.turns()] == ["Bo Ray", "Cy Doe", "Bo Ray", "Cy Doe"]


# --- L1632i a transcription service's bold warning line in Chinese is no label -------------

def test_a_bold_warning_line_in_chinese_is_no_label():
    doc = read("**警語：此逐字稿為 AI 生成，可能有誤，請以原始音檔為準。**\n\n"
               "**主持人：** 各位好，歡迎收看。\n\n**記者：** 謝謝。\n\n**主持人：** 我們開始。\n\n**記者：** 好的。\n",
               lang="zh")
    assert [t.name for t in doc.turns()] == ["主持人", "記者", "主持人", "記者"]
    assert any("警語" in b.text for b in doc.blocks if type(b) is HeaderLine)


# --- H1633i a Markdown document's top heading is its title ----------------------------------

MARKDOWN_TITLES = {
    # a company of three ideographs reads like a name alone: no candidate of the scored title
    "level one over sections": ("# 港務局_20260311\n**這份檔案由 Example.ai 製作。**\n\n## Memo\n\n### 亮點\n"
                                "- 港務公司全年營收創新高。 [(00:00:13) Bo Ray]\n- 渡輪業務持續成長。 [(00:03:12) Bo Ray]\n\n"
                                "### 地緣政治\n- 多家客戶尋求海外的成長機會。 [(00:05:56) Bo Ray]\n\n## Transcript\n\n"
                                "**Ann Lee:** (00:00:00) Welcome to our results call.\n\n**Bo Ray:** (00:00:09) Thank you.\n\n"
                                "**Ann Lee:** (00:01:02) What about the ferries?\n\n**Bo Ray:** (00:01:10) Back in service.\n",
                                "zh", "港務局_20260311"),
    # the section's heading is the longer line
    "a dated level one": ("# 31 January, 2023 Meeting Notes\n\n-----\n\n**Attendees:**\n\n"
                          "## Ferry timetables for the winter season\n\nAL: Welcome.\n\nBR: Thanks.\n\nAL: Go on.\n\n"
                          "BR: Fine.\n", "en", "31 January, 2023 Meeting Notes"),
    # the heading under front matter shaped like a form (B1634i)
    "the one heading under front matter": ("---\ntype: interview\ndate: 2021-05-10\nhistory:\n    v1:\n"
                                           "        date: 2021-06-11\n        comment: created\n    v2:\n"
                                           "        comment: fixed\ntodo:\n---\n## Interview Harbour 4\n\n"
                                           "Datum 10.05.2021 10 Uhr\nOrt: Hamburg\n\nI: Guten Morgen.\n\nB: Hallo.\n\n"
                                           "I: Los geht es.\n\nB: Gerne.\n", "de", "Interview Harbour 4"),
}


@pytest.mark.parametrize("case", sorted(MARKDOWN_TITLES))
def test_the_top_markdown_heading_is_the_title(case):
    text, lang, title = MARKDOWN_TITLES[case]
    doc = read(text, lang=lang)
    assert doc.setting.title == title


def test_a_date_that_opens_the_top_heading_is_the_date():
    doc = read(MARKDOWN_TITLES["a dated level one"][0], lang="en")
    assert doc.setting.date_iso == "2023-01-31"


def test_two_level_one_headings_name_no_title_by_this_rule():
    doc = read("# Harbour news\n\n# Ferry timetables\n\nAnn Lee: Welcome.\n\nBo Ray: Thanks.\n\n"
               "Ann Lee: Go on.\n\nBo Ray: Fine.\n", lang="en")
    assert doc.setting.title != "Harbour news"


# --- B1634i a YAML front matter's lines are no site furniture -------------------------------

def test_front_matter_fields_like_a_form_stay_the_headers():
    doc = read(MARKDOWN_TITLES["the one heading under front matter"][0], lang="de")
    set_apart = [b.text for b in doc.blocks if type(b) is Boilerplate]
    assert not any(t.strip() in ("history:", "todo:", "---") for t in set_apart)


# --- L1635i "Presenter: Name (ABBR)" names the person behind a label -----------------------

PRESENTED = ("# Harbour committee notes\n\n## Ferry timetables\n\nPresenter: Ann Lee (AL)\n\n"
             "- [slides](https://example.org/slides)\n\nAL: Let me walk you through the timetables.\n\n"
             "BR: The queue is empty.\n\nAL: Then I ask for consensus.\n\nBR: Consensus reached.\n\n"
             "## Harbour lights\n\nPresenter: Cy Doe (CD)\n\n- [proposal](https://example.org/lights)\n\n"
             "CD: This is an update on the lights.\n\nBR: Thank you, CD.\n")


def test_a_presenter_line_naming_a_label_opens_no_turn():
    doc = read(PRESENTED, lang="en")
    assert labels(doc) == ["AL:", "BR:", "AL:", "BR:", "CD:", "BR:"]


def test_a_presenter_who_speaks_keeps_the_label():
    doc = read("Presenter: Good evening and welcome.\n\nAnn Lee: Thank you.\n\nPresenter: Let us begin.\n\n"
               "Ann Lee: Fine.\n", lang="en")
    assert labels(doc) == ["Presenter:", "Ann Lee:", "Presenter:", "Ann Lee:"]


# --- B1636i a transcription service's promotional line is boilerplate ----------------------

@pytest.mark.parametrize("promo", ["**這份檔案由 Example.ai 製作，歡迎到網站了解更多：https://example.ai。**",
                                   "这份文件由 Example.ai 制作，欢迎访问网站了解更多。"])
def test_a_services_promotional_line_is_set_apart(promo):
    doc = read(f"# 港務局_20260311\n{promo}\n\n**主持人：** 各位好。\n\n**記者：** 謝謝。\n\n"
               "**主持人：** 我們開始。\n\n**記者：** 好的。\n", lang="zh")
    assert promo in [b.text for b in doc.blocks if type(b) is Boilerplate]
