"""Shapes of dev38 (rule ids 1550-1560 ending in `i`): Chinese press conferences, vox pops and
reposts, each in simplified and traditional characters, written for the test (never a corpus
line); each fails without its rule."""
from __future__ import annotations

import pytest

from teikit.model import Boilerplate, HeaderKind, HeaderLine
from tests.convert.conftest import labels, read, speaker, speech


def _boilerplate(doc) -> list[str]:
    return [b.text for b in doc.blocks if type(b) is Boilerplate]


# --- L1550i a label alone over speech that a repost cuts off mid-sentence ----------------------

CUT_OFF = {
    "zh-Hans": ("市政府新闻办公室王丽:\n各位记者,上午好!欢迎出席今天的发布会。\n"
                "市交通局局长、新闻发言人李建国:\n各位朋友,大家好!今年以来我们在道路建设方面做了很多\n"),
    "zh-Hant": ("市政府新聞辦公室王麗:\n各位記者,上午好!歡迎出席今天的發布會。\n"
                "市交通局局長、新聞發言人李建國:\n各位朋友,大家好!今年以來我們在道路建設方面做了很多\n"),
}


@pytest.mark.parametrize("script", sorted(CUT_OFF))
def test_a_label_line_over_speech_cut_off_mid_sentence_opens_a_turn(script):
    doc = read(CUT_OFF[script], lang="zh")
    assert len(doc.turns()) == 2
    assert labels(doc)[1].startswith("市交通局局")
    assert speech(doc)[1].startswith("各位朋友")


# --- L1551i a programme's name before a headline's colon, the player repeating it ------------

PLAYER_HEADLINES = {
    "zh-Hans": ("城市之声:街头访谈—市民怎么看地铁涨价:学生、白领、退休老人\n\n"
                "城市之声:街头访谈—市民怎么看地铁涨价\n\n城市之声:街头访谈—市民怎么看地铁涨价\n\n"
                "城市之声记者王芳:今天我们来到市中心问问大家。\n\n男士1:我觉得涨价太快了。\n\n"
                "女士1:我可以接受,只要服务更好。\n"),
    "zh-Hant": ("城市之聲:街頭訪談—市民怎麼看地鐵漲價:學生、白領、退休老人\n\n"
                "城市之聲:街頭訪談—市民怎麼看地鐵漲價\n\n城市之聲:街頭訪談—市民怎麼看地鐵漲價\n\n"
                "城市之聲記者王芳:今天我們來到市中心問問大家。\n\n男士1:我覺得漲價太快了。\n\n"
                "女士1:我可以接受,只要服務更好。\n"),
}


@pytest.mark.parametrize("script", sorted(PLAYER_HEADLINES))
def test_a_programme_name_before_a_glued_colon_in_repeated_headlines_is_no_speaker(script):
    text = PLAYER_HEADLINES[script]
    doc = read(text, lang="zh")
    assert [label[:2] for label in labels(doc)] == ["城市", "男士", "女士"]
    assert doc.setting.title == text.split("\n")[0]


# --- B1552i-B1554i a video player's lines and a view counter ----------------------------------

PLAYER = {
    "zh-Hans": ("城市之声:街头访谈—市民怎么看地铁涨价\n\n请稍等\n\n没有媒体可用资源\n\n0:00 0:03:15 0:00\n\n"
                "1,024 人气\n\n主持人:今天我们来到市中心。\n\n男士1:我觉得涨价太快了。\n\n主持人:谢谢。\n"),
    "zh-Hant": ("城市之聲:街頭訪談—市民怎麼看地鐵漲價\n\n請稍等\n\n沒有媒體可用資源\n\n0:00 / 3:15\n\n"
                "? 人氣\n\n主持人:今天我們來到市中心。\n\n男士1:我覺得漲價太快了。\n\n主持人:謝謝。\n"),
}


@pytest.mark.parametrize("script", sorted(PLAYER))
def test_a_video_players_lines_and_a_view_counter_are_boilerplate(script):
    doc = read(PLAYER[script], lang="zh")
    found = _boilerplate(doc)
    assert len(found) == 4 and found[0] in ("请稍等", "請稍等") and found[2].startswith("0:00")
    assert found[3].endswith(("人气", "人氣"))


def test_a_players_timer_is_boilerplate_in_any_language():
    doc = read("HOST: Good morning, we are at the metro.\n\n0:00 0:03:15 0:00\n\nMAN: Too much.\n\nHOST: Thanks.\n")
    assert _boilerplate(doc) == ["0:00 0:03:15 0:00"] and speech(doc)[0] == "Good morning, we are at the metro."


# --- B1555i a site's list headings under the article ------------------------------------------

@pytest.mark.parametrize("headings", [("推荐文章", "热点文章"), ("推薦文章", "熱門文章")])
def test_a_sites_list_headings_after_the_last_turn_are_no_speech(headings):
    doc = read("主持人:\n大家好!欢迎收看。\n嘉宾李明:\n谢谢主持人,大家好!今天我们谈谈\n" + "\n".join(headings) + "\n",
               lang="zh")
    assert not any(h in s for s in speech(doc) for h in headings)
    assert all(h in _boilerplate(doc) for h in headings)


# --- N1556i an office glued before the full name ----------------------------------------------

@pytest.mark.parametrize("label, name, role", [
    ("市交通局局长、新闻发言人李建国", "李建国", "市交通局局长、新闻发言人"),
    ("市交通局局長、新聞發言人李建國", "李建國", "市交通局局長、新聞發言人"),
    ("市政府新闻办公室王丽", "王丽", "市政府新闻办公室"),
    ("市政府新聞辦公室王麗", "王麗", "市政府新聞辦公室"),
    ("城市之声主持人叶凡", "叶凡", "城市之声主持人"),
    ("城市之聲主持人葉凡", "葉凡", "城市之聲主持人"),
])
def test_an_office_glued_before_the_full_name_is_the_role(label, name, role):
    doc = read(f"{label}:\n各位记者,上午好!\n记者:\n请问有什么新消息?\n{label}:\n谢谢。\n", lang="zh")
    assert (speaker(doc, 0).name, speaker(doc, 0).role) == (name, role)


# --- N1557i an office glued after the full name -----------------------------------------------

@pytest.mark.parametrize("label, name, role", [("王建民总理", "王建民", "总理"), ("陳志明總統", "陳志明", "總統"),
                                               ("刘强主席", "刘强", "主席")])
def test_an_office_glued_after_the_full_name_is_the_role(label, name, role):
    doc = read(f"记者: 请问您怎么看今年的经济?\n{label}: 我们的经济比去年更好。\n记者: 谢谢。\n", lang="zh")
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == (name, role)


@pytest.mark.parametrize("label", ["张副市长", "張副市長"])
def test_a_surname_alone_before_an_office_is_no_full_name(label):
    doc = read(f"记者: 请问您怎么看今年的经济?\n{label}: 我们的经济比去年更好。\n记者: 谢谢。\n", lang="zh")
    assert speaker(doc, 1).name != label[:2]


# --- N1558i an outlet in brackets that opens with its channel number ---------------------------

@pytest.mark.parametrize("outlet", ["8视界新闻", "5頻道新聞"])
def test_an_outlet_opening_with_a_channel_number_is_the_askers_affiliation(outlet):
    doc = read(f"王丽 ({outlet}): 总理,您怎么看?\n李建国总理: 我们很有信心。\n", lang="zh")
    person = speaker(doc, 0)
    assert person.name == "王丽" and outlet in (person.role, person.affiliation)


# --- H1559i a column's byline: the writer's mark and a slash ------------------------------------

@pytest.mark.parametrize("byline", ["文/新闻网《周末谈》专栏特约 老张", "文/新聞網《週末談》專欄特約 老張"])
def test_a_marked_byline_under_the_headline_is_a_byline(byline):
    doc = read(f"离开那年的故事\n\n{byline}\n\n主持人:\n\n今天我们谈什么?\n\n老张:\n\n谈谈过去。\n", lang="zh")
    assert any(type(b) is HeaderLine and b.kind == HeaderKind.BYLINE and b.text == byline for b in doc.blocks)


# --- N1560i a candidate's office before the name in the lead ----------------------------------

@pytest.mark.parametrize("lead, name, role", [
    ("某党副总统参选人王建民今天接受本台专访。", "王建民", "某党副总统参选人"),
    ("某黨副總統參選人王建民今天接受本台專訪。", "王建民", "某黨副總統參選人"),
])
def test_a_candidate_the_lead_names_gets_the_office(lead, name, role):
    doc = read(f"专访\n\n{lead}\n\n记者:您怎么看?\n\n{name}:我们很有信心。\n\n记者:谢谢。\n", lang="zh")
    assert (speaker(doc, 1).name, speaker(doc, 1).role) == (name, role)
