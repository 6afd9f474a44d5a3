"""An office printed right before a name in ideographs ("2023年7月17日外交部发言人毛宁主持
例行记者会", "外交部部长杨洁篪就…答记者问"): Chinese titles and headings join office and
name without a space or comma, so the office is the run of ideographs before the name that
ends with an office of the lexicon (`office_suffixes`), without the date before it."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon, compiled_once

_CJK_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")
_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff]+")
MAX_OFFICE_CHARS = 12
_DATE_CHARS = "年月日号號时時点點分上下午"


@lru_cache(maxsize=None)
def _suffixes(lex: Lexicon) -> str:
    """The offices of the lexicon (`office_suffixes`) and its occupations in ideographs
    (`role_nouns`: "作家王海访谈录", N338c) as one alternation."""
    pieces = [lex.alternation("office_suffixes")] if lex.office_suffixes else []
    pieces += [re.escape(w) for w in sorted(lex.role_nouns) if _IDEOGRAPHS.fullmatch(w)]
    return "|".join(pieces)


@lru_cache(maxsize=None)
def _literal_suffixes(lex: Lexicon) -> dict[str, int] | None:
    """{suffix: its place in the alternation} when every office suffix of the lexicon is
    plain ideographs (so `office_match` can stand for the pattern); else None."""
    pieces = [piece for entry in lex.office_suffixes for piece in entry.split("|")]
    pieces += [w for w in sorted(lex.role_nouns) if _IDEOGRAPHS.fullmatch(w)]
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
            return occupation(found, lex) or found.lstrip(_DATE_CHARS) or None
    return next((found for text in texts if name in text and (found := spaced_office(text, name, lex))), None)


def spaced_office(text: str, name: str, lex: Lexicon) -> str | None:
    """ "對話 韓國《經濟學家》雜志總編輯 金光洙": a list of participants prints each one's office,
    then a space, then the name. The office is the whole token before the space (book-title
    marks and all), when it holds ideographs and ends with an office or occupation of the
    lexicon (`office_suffixes`, `role_nouns`), N334c."""
    k = text.find(name)
    while k > 0:
        end = k + len(name)
        if text[k - 1] in " \u3000\u00a0" and (end == len(text) or not _ideograph(text[end])):
            token = text[:k].rstrip().rsplit(None, 1)[-1] if text[:k].strip() else ""
            if token and _IDEOGRAPHS.search(token) and _ends_with_office(token, lex):
                return token
        k = text.find(name, k + 1)
    return None


def occupation(run: str, lex: Lexicon) -> str | None:
    """The occupation a run of ideographs ends with when it ends with no office ("…访谈作家" ->
    "作家"): an office keeps its field before it ("外交部发言人"), an occupation keeps nothing of
    the words before it, which describe the person or the article, not the calling (N338c)."""
    if lex.office_suffixes and re.search(rf"(?:{lex.pattern('office_suffixes').pattern})$", run):
        return None
    return next((w for w in sorted(lex.role_nouns, key=len, reverse=True) if run.endswith(w)), None)


def _ends_with_office(token: str, lex: Lexicon) -> bool:
    suffixes = _suffixes(lex)
    return any(token.endswith(w) for w in lex.role_nouns) or (
        bool(suffixes) and re.search(rf"(?:{suffixes})$", token) is not None)


# A headline naming its speaker in ideographs: an occupation, the name, a colon, the quote
# ("作家廖亦武：中國式洗腦獨裁"), maybe a Markdown heading or a front-matter title field.
_HEADLINE_SPEAKER = re.compile(r'^(?:#+\s*|title:\s*["“]?)?([\u3400-\u9fff]{2,8}?)([\u3400-\u9fff]{2,3})[：:]\s*\S')


def headline_speaker(lines: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """(name, occupation) of the one speaker a Chinese page's headlines name by occupation and
    name before a colon (N958e): the answer voice of its Q/A interview. Only an occupation of
    the lexicon (`role_nouns`, `label_role_words`) right before two or three ideographs counts."""
    occupations = tuple(w for w in lex.role_nouns | lex.label_role_words if _IDEOGRAPHS.fullmatch(w) and len(w) > 1)
    found = {(m.group(2), m.group(1)) for line in lines if (m := _HEADLINE_SPEAKER.match(line.strip()))
             and m.group(1).endswith(occupations)}  # "作家", "著名作家"
    return found.pop() if len(found) == 1 else None


def hosting_speaker(lines: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """(name, office) of the one official a Chinese headline names as hosting, holding or
    answering at its occasion: "2024年3月7日外交部发言人毛宁主持例行记者会", "外交部长王毅接受专访": an
    office of the lexicon (`office_suffixes`), a name of two or three ideographs, a verb of the
    lexicon's `host_verbs` (N1166g). The answer voice of the occasion's 问/答 record."""
    if not lex.host_verbs or not lex.office_suffixes:
        return None
    pattern = compiled_once(rf"(?:{_suffixes(lex)})([\u3400-\u9fff]{{2,3}}?)(?:{lex.alternation('host_verbs')})")
    found = {m.group(1) for line in lines for m in pattern.finditer(line)}
    if len(found) != 1:
        return None
    name = found.pop()
    return name, office_before(name, lines, lex)


# A label of ideographs that glues an office to a full name: the office (offices listed with
# "、", a programme in title marks) and a name of two or three ideographs.
_GLUED_LABEL = re.compile(r"[\u3400-\u9fff《》〈〉、]{4,40}")


def glued_holder(label: str, lex: Lexicon) -> tuple[str, str] | None:
    """(name, office) of a Chinese label that glues the speaker's office to the full name:
    before it ("陕西省人民政府新闻办公室张竞怡", "陕西省生态环境厅副厅长、新闻发言人张育奎",
    "美国万花筒主持人叶凡": a body, an office or a role, N1556i) or after it ("李显龙总理",
    "馬英九總統": an office of the lexicon alone, N1557i). The name opens with a family name of
    the lexicon (`family_names`), which tells a name of three ideographs from one of two; a
    surname alone before an office ("王部长") is no full name."""
    if not lex.family_names or not _GLUED_LABEL.fullmatch(label):
        return None
    for size in (3, 2):
        name, office = label[-size:], label[:-size]
        if name[0] in lex.family_names and _IDEOGRAPHS.fullmatch(name) and len(office) >= 2 \
                and _ends_with_body_or_office(office, lex):
            return name, office
    if label[0] in lex.family_names and _office_word(label[1:], lex):
        return None  # "王部长", "張副市長": Minister Wang, no given name
    for size in (3, 2):
        name, office = label[:size], label[size:]
        if name[0] in lex.family_names and _IDEOGRAPHS.fullmatch(name) and _office_word(office, lex):
            return name, office
    return None


def _office_word(text: str, lex: Lexicon) -> bool:
    """ "总理", "總統", "主持人": one office or role of the lexicon, nothing before it."""
    return text in lex.label_role_words or text in lex.title_words or (
        bool(lex.office_suffixes) and lex.pattern("office_suffixes").fullmatch(text) is not None)


def _ends_with_body_or_office(text: str, lex: Lexicon) -> bool:
    return _ends_with_office(text, lex) or any(text.endswith(w) for w in lex.label_role_words if _IDEOGRAPHS.fullmatch(w)) \
        or (bool(lex.body_suffixes) and re.search(rf"(?:{lex.alternation('body_suffixes')})$", text) is not None)


def surname_office_holder(label: str, lines: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """(name, office) for a label of a surname and an office ("秦大使", "王部长": how Chinese
    records address an official) when the headline names the holder hosting or answering
    (`hosting_speaker`: "中国驻美大使秦刚接受美主流媒体联合采访"), the name opening with that
    surname and the office ending with the label's office (N2150k); else None."""
    plain = label.strip().rstrip(":：").strip()
    if not 3 <= len(plain) <= MAX_OFFICE_CHARS or not _IDEOGRAPHS.fullmatch(plain) or not lex.office_suffixes:
        return None
    if compiled_once(rf"(?:{lex.alternation('office_suffixes')})").fullmatch(plain[1:]) is None:
        return None
    held = hosting_speaker(lines, lex)
    if held is None or not held[0].startswith(plain[0]) or not (held[1] or "").endswith(plain[1:]):
        return None
    return held
