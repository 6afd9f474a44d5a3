"""A page title's own frame around the event's title (H2000k): a broadcaster's transcript
page prints "Transcript: Question Period: Tuesday, November 13, 2018 | Nov 14, 2018", the
word that names the page's kind before a colon (lexicon `transcript_headings`) and the
page's publication stamp after a bar. The title is what stands between them. Used by
`transforms.setting`."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.dates import date_line, find_date

# "Transcript: <title>": the page's kind, a colon, then the title (at least two words after it).
_KIND_COLON = re.compile(r"^([^:|]{1,40}):\s+(?=\S+\s+\S)")
# "<title> | Nov 14, 2018": the last segment after a spaced bar.
_LAST_BAR = re.compile(r"\s+[|｜]\s+(?=[^|｜]+$)")


def unframed_title(title: str, lex: Lexicon) -> str:
    """`title` without a leading "Transcript:" and a trailing "| <date>" (the page's stamp, a
    date of its own) when it prints both and the rest dates the event itself. Either part
    alone is the title's own: "Transcript: Remarks by ..." (a page titled so), "Versión
    estenográfica ... | Miércoles 11 de septiembre, 2019" (the bar's date the event's)."""
    kind = _KIND_COLON.match(title)
    if kind is None or not lex.pattern("transcript_headings").fullmatch(kind.group(1).strip()):
        return title
    bar = _LAST_BAR.search(title)
    if bar is None or not date_line(title[bar.end():], lex) or not find_date(title[kind.end():bar.start()], lex):
        return title  # "Transcript: Remarks by ..." alone is the page's own title, kept whole
    return title[kind.end():bar.start()]
