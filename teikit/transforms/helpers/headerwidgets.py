"""Page widgets in a header that are never its title: a clock ("Venerdì 04:42:27"), a
publication stamp (a date and a clock time with the site's words), menu rows, counters,
addresses and buttons, a field whose value is a number (a rating, a view counter), and the
fields of a record's header grid in ideographs. Read by `header` and its neighbours
(`headerneighbours`), and by the passes that meet the same widgets further down the page.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.labelwords import calendar_word

K = HeaderKind


_CLOCK = re.compile(r"^\s*([^\W\d_]+)[,.]?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*$")


def clock_line(text: str, lex: Lexicon) -> bool:
    """ "Venerdì 04:42:27", "Monday, 10:30": a page's clock widget, a weekday and a time."""
    m = _CLOCK.match(text) if text[-1:].isdigit() else None
    return m is not None and calendar_word(m.group(1), lex)


_CLOCK_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])")


def stamp_line(text: str, lex: Lexicon) -> bool:
    """ "央视国际 www.cctv.com  2006年03月13日 15:04 来源:CCTV.com", "Posted 12.03.2010, 14:05 by
    admin": a publication stamp (a date and a clock time on one line, with the site's
    words), never the title."""
    # (a clock time holds a colon: a C-level test settles most lines before the pattern, whose
    # look-behind is tried at every character)
    return ":" in text and _CLOCK_TIME.search(text) is not None and find_date(text, lex) is not None


# Page widgets that are never a title: a menu row of four items or more between bars, or of
# three between wide gaps ("首頁 |  新聞頻道 |  電視指南", "節目內容     欄目介紹     主創人員"), a counter or a postal
# address (a number and one or two words: "4843просмотра", "217 views", "37308 Heilbad
# Heiligenstadt"), an e-mail address ("info(at)site.de").
_BULLETS = frozenset("•·▪►▸◦‣")
_MENU_GAPS = re.compile(r"\S {3,}\S.*?\S {3,}\S")
MIN_MENU_BARS = 3
MAX_BUTTON_LETTERS = 3
# A counter's unit: a word in letters, or one to three ideographs ("次", "条评论"); ideographs
# print no spaces, so a longer run is a headline that opens with a number ("1998年朱镕基…"), no
# unit (H311a).
_UNIT = r"(?:(?:(?![\u3400-\u9fff])[^\W\d_])+|[\u3400-\u9fff]{1,3})"
_COUNTER = re.compile(rf"^\d[\d.,\u00a0 ]*{_UNIT}(?: {_UNIT})?$")
_MAIL = re.compile(r"\S(?:@|\(at\)|\[at\])[\w-]+\.[a-z]{2,}", re.IGNORECASE)
# A menu row in ideographs with single spaces between its entries, five entries or more of one
# to five ideographs, nothing else ("发表 管理 分类 简介 头像 功能", "英文巴士 首页 口译 英语口译 查看内容"): a
# headline in ideographs spaces its phrases at most two or three times ("转个弯 心更宽"; H243z).
_IDEOGRAPHIC_MENU = re.compile(r"[\u3400-\u9fff]{1,5}(?:[ \u3000]+[\u3400-\u9fff]{1,5}){4,}")


def counter_line(text: str) -> bool:
    """ "217 views", "0 download", "4843просмотра": a number and one or two words."""
    return _COUNTER.match(text.strip()) is not None


def counted_questions(text: str, lex: Lexicon) -> bool:
    """ "13 indiskrete Fragen", "20 questions": a number and a word or two ending in the word
    for questions (lexicon `question_counts`) is an interview's headline, not a counter (H353a)."""
    stripped = text.strip()
    if not lex.question_counts or _COUNTER.match(stripped) is None:
        return False
    return lex.pattern("question_counts").fullmatch(stripped.rsplit(None, 1)[-1]) is not None


def widget_line(text: str) -> bool:
    """A menu row, a counter or address, an e-mail address, a button of a few letters: page
    widgets, never the title."""
    stripped = text.strip()
    if sum(c.isalpha() for c in stripped) <= MAX_BUTTON_LETTERS:
        return True  # a button or a font-size widget: "+T -", "A A A", "<< >>"
    if stripped[:1] in _BULLETS:
        return True  # "• Non ci sono risultati.": an item of a menu or a list of results
    # a flattened layout table's empty cells trail after a row's text ("Title | |||||"): only
    # the bars between words make a menu row (H170r)
    return stripped.rstrip("| \u00a0").count("|") >= MIN_MENU_BARS or bool(_MENU_GAPS.search(stripped) or _COUNTER.match(stripped)
                                                        or _MAIL.search(stripped)
                                                        or _IDEOGRAPHIC_MENU.fullmatch(stripped))


# "Bewertung: 10 Punkt(e)", "Views: 1,234", "Rating: 4.5/5": a short field name, a colon and a
# number: a page's counter widget.
_FIELD_COUNTER = re.compile(rf"^[^\W\d_]+(?: [^\W\d_]+){{0,2}}\s?[:：]\s*\d[\d.,/ ]*(?:\s*{_UNIT}(?:\([^()]*\))?)?\s*$")


def counter_widgets(lines: list) -> None:
    """A field whose value is a number (a rating, a view counter) is a widget, never the title."""
    for h in lines:
        if h.kind == K.UNKNOWN and _FIELD_COUNTER.match(h.text.strip()):
            h.kind = K.BOILERPLATE


# A field of a record's header grid in ideographs: a name of two to four ideographs (letter-
# spaced or not), spaces, the value ("主  席 韓院長國瑜", "協商主題 研商有關…").
_GRID_FIELD = re.compile(r"^\s*[\u3400-\u9fff](?:[ \u3000]{0,4}[\u3400-\u9fff]){1,3}[ \u3000]+\S")


def grid_fields(lines: list) -> None:
    """Unclaimed lines of field shape next to the grid's claimed fields ("時  間 …" a time,
    "地  點 …" a place) are fields too (metadata), never the title."""
    grid = {K.TIME, K.PLACE, K.DATE, K.VENUE, K.METADATA}
    changed = True
    while changed:
        changed = False
        for i, h in enumerate(lines):
            if h.kind != K.UNKNOWN or not _GRID_FIELD.match(h.text):
                continue
            near = lines[max(0, i - 1):i] + lines[i + 1:i + 2]
            if any(x.kind in grid and _GRID_FIELD.match(x.text) for x in near):
                h.kind = K.METADATA
                changed = True
