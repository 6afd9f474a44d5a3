"""Header, title and site-line shapes read on dev19 and the older sets that print them
(docs/convert-shapes.md, rules marked z), one small synthetic example each, written for the
test (never a corpus line): each fails without its rule."""
from __future__ import annotations

from tests.convert.conftest import read


# --- H240z a stamp to the second under the headline is its date line ----------------------------

def test_a_headline_over_a_stamp_with_seconds_is_the_title():
    text = ("Harbour Corp Q4 2020 Earnings Call Transcript\n"
            "Published at 2020-11-10 15:15:34\n"
            "Ann Lee - Investor Relations Bo Roe - Chief Executive Officer Cy Poe - Chief Financial Officer\n\n"
            "HOST: Welcome.\n\nLEE: Thank you.\n")
    doc = read(text)
    assert doc.setting.title == "Harbour Corp Q4 2020 Earnings Call Transcript"
    assert doc.setting.date_iso == "2020-11-10"


def test_a_heading_closing_on_its_date_and_time_with_seconds_ends_dated():
    from teikit import lexicons
    from teikit.transforms.helpers.headerdates import ends_dated
    lex = lexicons.load("en")
    assert ends_dated("Published at 2020-11-10 15:15:34", lex)
    assert ends_dated("Published at 2020-11-10 15:15", lex)
    assert not ends_dated("Published at 2020-11-10 by Ann Lee", lex)


# --- H241z a headline printed twice, once wrapped, is one title ---------------------------------

def test_a_headline_printed_whole_then_wrapped_is_titled_once():
    text = ("Ann Lee speaks of the harbour and of the new quay\n\n"
            "Harbour News\n\n"
            "Ann Lee speaks of the harbour and of the new quay\n\n"
            "15 October 2005\n"
            "Ann Lee speaks of the harbour and of the\n"
            "new quay\n\n"
            "HOST: Welcome, Ann.\n\nLEE: Thank you.\n")
    assert read(text).setting.title == "Ann Lee speaks of the harbour and of the new quay"


def test_a_headline_wrapped_twice_is_titled_once():
    text = ("Oral History Interview with\nAnn Lee\n"
            "Harbour City, Maine\nMarch 18, 1976\n"
            "Oral History Interview with\nAnn Lee\n\n"
            "HOST: Welcome, Ann.\n\nLEE: Thank you.\n")
    assert read(text).setting.title == "Oral History Interview with Ann Lee"


# --- H242z a menu's entry printed twice is no title -------------------------------------------

def test_a_bulleted_menu_printed_twice_gives_no_title():
    text = ("• Genre\n  • About\n  • Submissions\n  • Donate\n  • Search\nMenu\n\n"
            "Harbour Speeches\n\n"
            "All Speeches Great and Small\n"
            "  • Genre\n  • About\n  • Submissions\n  • Donate\n  • Search\n"
            "Share a speech\n"
            "Ann Lee on the quay - Harbour speech - 1950\n\n"
            "October 14, 2019\n\n"
            "HOST: Welcome, Ann.\n\nLEE: Thank you.\n")
    assert read(text).setting.title == "Ann Lee on the quay - Harbour speech - 1950"


# --- H243z a row of short entries in ideographs is a menu ---------------------------------------

def test_a_row_of_ideographic_menu_entries_is_a_widget():
    from teikit.transforms.helpers.headerwidgets import widget_line
    assert widget_line("发表 管理 分类 简介 头像 功能 音乐")
    assert widget_line("英文巴士 首页 口译 英语口译 查看内容")
    assert not widget_line("转个弯 心更宽")
    assert not widget_line("总理 记者会 问答实录")


def test_an_ideographic_menu_row_is_no_title():
    text = ("港口部落\n发表 管理 分类 简介 头像 功能 音乐 友情链接 模板 个性域名\n"
            "3/14作客港口网聊天纪录(图)\n\n"
            "主持人:各位网友,大家好。\n\n亚芳:大家好,我是亚芳。\n")
    assert read(text, lang="zh").setting.title == "3/14作客港口网聊天纪录(图)"


# --- H244z the headline over a publication stamp, buttons after it ------------------------------

def test_the_headline_over_a_stamp_with_buttons_is_the_title():
    text = ("港口部落\n转个弯 心更宽\n"
            "3/14作客港口网聊天纪录(图)\n"
            "2007-03-14 20:10:00 编辑 删除\n"
            "归档在 工作剪影 | 浏览 39951 次 | 评论 0 条\n\n"
            "主持人:各位网友,大家好。\n\n亚芳:大家好,我是亚芳。\n")
    assert read(text, lang="zh").setting.title == "3/14作客港口网聊天纪录(图)"
