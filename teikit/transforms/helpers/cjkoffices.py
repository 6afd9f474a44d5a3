"""An office printed right before a name in ideographs ("2023年7月17日外交部发言人毛宁主持
例行记者会", "外交部部长杨洁篪就…答记者问"): Chinese titles and headings join office and
name without a space or comma, so the office is the run of ideographs before the name that
ends with an office of the lexicon (`office_suffixes`), without the date before it."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon

_CJK_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")
MAX_OFFICE_CHARS = 12
_DATE_CHARS = "年月日号號时時点點分上下午"


@lru_cache(maxsize=None)
def _suffixes(lex: Lexicon) -> str:
    return lex.pattern("office_suffixes").pattern if lex.office_suffixes else ""


def office_before(name: str, texts: list[str], lex: Lexicon) -> str | None:
    """The office the first of `texts` that prints it gives right before `name`, or None."""
    suffixes = _suffixes(lex)
    if not suffixes or not _CJK_NAME.fullmatch(name):
        return None
    pattern = re.compile(rf"([\u3400-\u9fff]{{0,{MAX_OFFICE_CHARS}}}?(?:{suffixes})){re.escape(name)}")
    for text in texts:
        if name not in text:
            continue
        m = pattern.search(text)
        if m:
            office = m.group(1).lstrip(_DATE_CHARS)
            return office or None
    return None
