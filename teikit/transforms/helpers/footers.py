"""Shapes of a page's footer below the last turn, read by position and form, not by words:
a bulleted row of links and fields, a widget's lines under its heading, a promotion with a
social handle or a web address, a last unlabeled turn made only of site lines."""
from __future__ import annotations

import re

from teikit.model import Boilerplate, Paragraph, Text, Turn
from teikit.transforms.helpers.lines import lines_of

# A list bullet before a footer entry: "- Kategorien:", "• Share", "· Print".
BULLET = re.compile(r"^[-–•·*]\s+(?=\S)")
# Closing quotation marks and brackets after a sentence's end mark: ",,Nein.''", "(Yes.)".
CLOSERS = "\"'”’»“‘«)]」』"  # (“ and « close German quotations)
# A social handle or a web address: a promotion of the site, the show or its author
# ("Follow us @harbour_talk", "www.example.org"); not an e-mail address.
PROMOTION = re.compile(r"(?<![\w.@])@[A-Za-z_][A-Za-z0-9_]{2,}|\bhttps?://\S|\bwww\.\w")

# A widget's heading and its line share a word's stem this long at least ("Comments" /
# "Comments are closed.", "Kommentare" / "Kommentarbereich ist geschlossen.").
MIN_STEM = 5
# A widget's line is a short line: its state or its one field, never a paragraph of speech.
MAX_WIDGET_WORDS = 8
# A widget holds a few lines (its state, a field or two); the bound keeps the look-back short.
MAX_WIDGET_LINES = 4
# A widget's heading that is not set apart yet is a word or three ("Comments", "Leave a reply").
MAX_HEADING_WORDS = 3
SENTENCE_MARK = re.compile(r"[.?!,;:…。？！，；：]")  # (any mark of a sentence, a colon too)
_SENTENCE_END = re.compile(r"[.?!…。？！]")


def unbulleted(text: str) -> tuple[str, bool]:
    """`text` without a list bullet before it, and whether it had one."""
    m = BULLET.match(text)
    return (text[m.end():], True) if m else (text, False)


def ends_sentence(text: str, marks: re.Pattern) -> bool:
    """The text's last character before closing quotes and brackets is one of `marks`."""
    return bool(marks.search(text.rstrip().rstrip(CLOSERS)[-1:]))


# A Markdown link: the words linked, the address in brackets after them.
_MARKDOWN_LINK = re.compile(r"\[[^\[\]\n]{1,200}\]\([^()\s]{1,400}\)")


def promotion(text: str) -> bool:
    """A social handle or a web address (`PROMOTION`). A Markdown page links words inside its
    sentences ("[Designers Ethiques](https://…) organise des évènements …"): such a link in a
    sentence that goes on is the writer's hyperlink, as in any answer; only a link that ends
    the paragraph ("… Prenez rendez-vous [ici.](https://…)") is the page's call (B1104g)."""
    if PROMOTION.search(text) is None:
        return False
    end = len(text.rstrip().rstrip(CLOSERS + ".!"))
    bare = _MARKDOWN_LINK.sub(lambda m: m.group(0) if m.end() >= end else "", text)
    return PROMOTION.search(bare) is not None


def plain_lines(para) -> list[str] | None:
    """The texts of a paragraph's lines, or None when it holds anything but text."""
    if not isinstance(para, Paragraph):
        return None
    lines = lines_of(para)
    if not all(isinstance(i, Text) for items in lines for i in items):
        return None
    return ["".join(i.text for i in items) for items in lines]


def _stems(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[^\W\d_]+", text) if len(w) >= MIN_STEM]


def _shares_stem(line: str, heading: list[str]) -> bool:
    return any(w[:MIN_STEM] == h[:MIN_STEM] for w in _stems(line) for h in heading)


def widget_lines(turn: Turn) -> int:
    """How many paragraphs at the end of the turn are a widget: its heading, set apart by the
    boilerplate pass or a line of a few words without punctuation under speech that ends its
    sentence, and under it short lines that each repeat the stem of one of the heading's
    words ("Comments" / "Comments are closed."); 0 when the end of the turn is no such
    widget. A set-apart heading is not counted. Speech under a site line ("Advertisement" /
    "Thank you.") shares no word with it (H181e)."""
    paras = turn.paragraphs
    for count in range(1, min(len(paras) - 1, MAX_WIDGET_LINES + 1)):
        para = paras[-count - 1]
        if isinstance(para, Boilerplate):
            return count if _widget_under(para.text, paras[-count:]) else 0
        lines = plain_lines(para)
        if lines is None or len(lines) != 1:
            return 0
        if len(lines[0].split()) <= MAX_HEADING_WORDS and not SENTENCE_MARK.search(lines[0]) \
                and _widget_under(lines[0], paras[-count:]) and _ends_speech(paras[-count - 2]):
            return count + 1
        if len(lines[0].split()) > MAX_WIDGET_WORDS:
            return 0
    return 0


def _widget_under(heading: str, paras: list) -> bool:
    stems = _stems(heading)
    return bool(stems) and all(
        (lines := plain_lines(p)) is not None and len(lines) == 1 and len(lines[0].split()) <= MAX_WIDGET_WORDS
        and _shares_stem(lines[0], stems) for p in paras)


def _ends_speech(para) -> bool:
    lines = plain_lines(para)
    return lines is not None and ends_sentence(lines[-1], _SENTENCE_END)

# A menu or share row: three items or more between separators with spaces around them
# ("Share: Facebook | Twitter | Email", "Home · News · Contact"); a name's inner dot
# ("阿卜杜拉·阿卜杜拉") has none.
MENU_SEPARATOR = re.compile(r"\s[|·•]\s")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 4
_ITEM_SENTENCE = re.compile(r"[.?!。？！]\s|[.?!。？！]$")


def menu_row(text: str) -> bool:
    """A row of short items between separators, none a sentence (H184e)."""
    items = MENU_SEPARATOR.split(text)
    return len(items) >= MIN_MENU_ITEMS and all(
        0 < len(item.split()) <= MAX_MENU_ITEM_WORDS and not _ITEM_SENTENCE.search(item.strip()) for item in items)
