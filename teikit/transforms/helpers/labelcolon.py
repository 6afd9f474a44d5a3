"""Where a speaker label's colon is: an ASCII colon followed by a space or the line end, a
full-width colon, French spacing (a space before it), a Chinese page's colon with no space
after it; never a clock's or a timestamp's colon, nor a URL's (`colon_split`). And the quick
reading of a line opened by an upper-case label and a colon (`upper_colon_label`), which
most label lines are.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labeltext import is_upper_label
from teikit.transforms.helpers.labeltimes import inside_timestamp
from teikit.transforms.helpers.upperreach import MAX_LABEL_CHARS, MAX_UPPER_LABEL_CHARS, label_reach

# Spaces that may stand between a label and its colon (one: French typography).
_SPACES = " \u00a0\u202f\u3000"
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff》」』]")
# A quotation mark that may open a quoted answer, and those that may close a quoted name.
_OPENING_QUOTES = frozenset('"“«„')
_CLOSING_QUOTES = ('"', "”", "»", "“")


@lru_cache(maxsize=4096)  # a transcript prints its few labels over and over
def upper_colon_label(head: str, lex: Lexicon) -> str | None:
    """The speaker part when `head` and an ASCII colon open a line as an upper-case label, so
    that a line `head + ": " + speech`, or `head + ":"` alone (its first character and its end
    outside the timestamp shapes, checked by `labelshapes.candidates`), has that colon candidate first (alone when the name holds
    no dash and no ". "; else the shapes after the colon follow); else None.

    An upper-case label opens with a letter (or an opening quote, "《") and holds no
    bracket or full-width colon (`is_upper_label`), so nothing is printed before it (a timestamp, a bullet, Markdown, a table cell) and no
    time is inside it; the shapes `labelshapes` tries before the colon cannot open such a line
    either: a name and role over a dash prints no colon, a voiced id's first colon is its
    time's (a digit after it)."""
    name = head[:-1] if head[-1:] in _SPACES else head
    if not name or name[-1:] in _SPACES:
        return None
    if len(name) <= 40 and is_upper_label(name, lex) \
            and not (lex.asker_leads and lex.pattern("asker_leads").match(name + " ")):  # "QUESTION FROM ANN LEE:": ANN LEE's; "QUESTION FROM :" none
        return name
    return None


# Characters of a Latin label glued to Chinese speech ("Q:", "A:", "MC:", "CEO:").
MAX_LETTER_LABEL = 4


def colon_split(line: str) -> tuple[int, str] | None:
    """(end of the label, speaker part) when a colon near the start ends a label: an ASCII
    colon followed by a space or the line end ("12:30" and "https://" are not label colons),
    or a full-width colon. One space before the colon is French typography (sometimes with no
    space after it)."""
    reach = MAX_LABEL_CHARS + 1
    end = line.find("：", 0, reach)
    i = line.find(":", 0, reach)
    if i < 0 and end < 0 and len(line) > MAX_LABEL_CHARS and line[:2].isupper() and label_reach(line) > MAX_LABEL_CHARS:
        reach = MAX_UPPER_LABEL_CHARS + 1  # a long label in capitals (the colon further in)
        end = line.find("：", 0, reach)
        i = line.find(":", 0, reach)
    while 0 < i and (end < 0 or i < end):
        after = line[i + 1:i + 2]
        if not after or after.isspace():
            end = i
            break
        if _CJK.match(line[i - 1:i]) and after != "/":
            end = i  # "记者:7月13日": Chinese pages print no space after the colon
            break
        if line[i - 1:i] in ")）" and _CJK.match(after) \
                and (o := max(line.rfind("(", 0, i), line.rfind("（", 0, i))) > 0 and _CJK.match(line[o - 1]):
            end = i  # "林海(POLITICO):大使,…": a Chinese name and the outlet in brackets (L2147k)
            break
        if line[i + 1:i + 3] == ",," or after == "„":
            end = i  # "Frage 3:,, Wächst …''" (L141n): a low quotation mark glued to the colon
            break
        if _CJK.match(after) and i <= MAX_LETTER_LABEL:
            end = i  # "Q:生活在…" (L140n): a short Latin label glued to Chinese speech
            break
        if line[i - 1:i] == " " and after.isalpha() and line[i - 2:i - 1].isalpha():
            end = i  # "Ann ROE :Pour ...": French spacing with the space put before the colon only
            break
        if not (after.isdigit() and line[i - 1:i].isdigit() and inside_timestamp(line, i)):
            return None  # "12:30 today", "https://": not a label colon
        i = line.find(":", i + 1, reach)
    if end <= 0:
        return None
    name = line[:end]
    if name[-1:] in _SPACES:
        name = name[:-1]
        if not name or name[-1:] in _SPACES:
            return None  # "word  :" is not a label
    if name[:1] in _OPENING_QUOTES and not any(q in name[1:] for q in _CLOSING_QUOTES):
        return None  # '"Il Torino: Belotti …"': an answer's quotation opened before the colon (L770c)
    return end + 1, name

