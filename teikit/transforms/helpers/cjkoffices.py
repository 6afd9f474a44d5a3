"""An office printed right before a name in ideographs ("2023年7月17日外交部发言人毛宁主持
例行记者会", "外交部部长杨洁篪就…答记者问"): Chinese titles and headings join office and
name without a space or comma, so the office is the run of ideographs before the name that
ends with an office of the lexicon (`office_suffixes`), without the date before it."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon

_CJK_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")
_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff]+")
MAX_OFFICE_CHARS = 12
_DATE_CHARS = "年月日号號时時点點分上下午"


@lru_cache(maxsize=None)
def _suffixes(lex: Lexicon) -> str:
    return lex.alternation("office_suffixes") if lex.office_suffixes else ""


@lru_cache(maxsize=None)
def _literal_suffixes(lex: Lexicon) -> dict[str, int] | None:
    """{suffix: its place in the alternation} when every office suffix of the lexicon is
    plain ideographs (so `office_match` can stand for the pattern); else None."""
    pieces = [piece for entry in lex.office_suffixes for piece in entry.split("|")]
    if not all(_IDEOGRAPHS.fullmatch(piece) for piece in pieces):
        return None
    order: dict[str, int] = {}
    for n, piece in enumerate(pieces):
        order.setdefault(piece, n)
    return order


def _ideograph(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def office_match(text: str, name: str, suffixes: dict[str, int]) -> str | None:
    """What `([\u3400-\u9fff]{0,12}?(?:S1|S2|…))NAME` searched in `text` gives as its group, the
    suffixes being plain literals, without compiling a pattern per name (that cost a tenth of
    the persons pass on a small Chinese page): each place where the name is printed, each
    suffix ending there, and the run of ideographs before the suffix. As the pattern does, it
    takes the leftmost start, then the shortest run, then the first suffix in the alternation."""
    lengths = sorted({len(s) for s in suffixes})
    best = None  # (start, suffix start, suffix place, name start)
    k = text.find(name)
    while k >= 0:
        for length in lengths:
            j = k - length
            place = suffixes.get(text[j:k]) if j >= 0 else None
            if place is None:
                continue
            start = j
            while start > j - MAX_OFFICE_CHARS and start > 0 and _ideograph(text[start - 1]):
                start -= 1
            found = (start, j, place, k)
            if best is None or found < best:
                best = found
        k = text.find(name, k + 1)
    return None if best is None else text[best[0]:best[3]]


def office_before(name: str, texts: list[str], lex: Lexicon) -> str | None:
    """The office the first of `texts` that prints it gives right before `name`, or None."""
    suffixes = _suffixes(lex)
    if not suffixes or not _CJK_NAME.fullmatch(name):
        return None
    literals = _literal_suffixes(lex)
    pattern = None if literals is not None else \
        re.compile(rf"([\u3400-\u9fff]{{0,{MAX_OFFICE_CHARS}}}?(?:{suffixes})){re.escape(name)}")
    for text in texts:
        if name not in text:
            continue
        if literals is not None:
            found = office_match(text, name, literals)
        else:
            m = pattern.search(text)
            found = m.group(1) if m else None
        if found is not None:
            return found.lstrip(_DATE_CHARS) or None
    return None
