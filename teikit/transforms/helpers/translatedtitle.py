"""A heading in the document's own script with its translation printed under it (H2221l):
"2020年4月29日外交部发言人耿爽主持例行记者会" over "Foreign Ministry Spokesperson Geng Shuang’s
Regular Press Conference on April 29, 2020". The heading is the title; the translation, which
the position rules may prefer (the longer line, the one over the date), is its subtitle."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.dates import find_date

# The scripts a heading and its translation are told apart by, and the script each lexicon's
# language is written in (the others: Latin).
_SCRIPTS = {"han": re.compile(r"[\u3400-\u9fff]"), "cyrillic": re.compile(r"[\u0400-\u04ff]"),
            "latin": re.compile(r"[A-Za-z\u00c0-\u024f]")}
_OWN_SCRIPT = {"zh": "han", "ru": "cyrillic"}
# Kinds a heading over its translation may have been given by its own shape: unclaimed, or an
# occasion line ("…主持例行记者会").
_HEADING_KINDS = (K.UNKNOWN, K.ACTIVITY, K.SUBTITLE)


def translated_title(lines: list, title, lex: Lexicon):
    """The heading right above `title` when `title` is its translation: the heading is written
    in the document's script, the title in another, and both name the same day. Else `title`."""
    at = next((i for i, h in enumerate(lines) if h is title), 0)
    if not at:
        return title
    above = lines[at - 1]
    own = _OWN_SCRIPT.get(lex.lang, "latin")
    if above.kind not in _HEADING_KINDS or script(above.text) != own or script(title.text) in (None, own):
        return title
    day, translated_day = find_date(above.text, lex), find_date(title.text, lex)
    if day is None or translated_day is None or day[2] != translated_day[2]:
        return title
    title.kind = K.SUBTITLE
    return above


def script(text: str) -> str | None:
    """The script most of the line's letters are written in; None for a line of no letters."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] else None
