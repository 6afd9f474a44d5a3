"""A label's text read as words: its speaker part without a trailing parenthetical or
stray marks (`base_label`), its words, whether it is an upper-case label."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon

MAX_LABEL_WORDS = 8
# Characters of a label's words (any script), and of an upper-case label.
# ("、" lists a speaker's offices in Chinese: "国家统计局副局长、新闻发言人 付凌晖", L1165g)
_UPPER_CHARS = re.compile(r"^[《「『“]?[^\W\d_][\w\s.'’\-\u00a0《》「」『』“”、]*$")
# Marks a copy-paste can leave before a label: a backtick, a bullet, a quote.
STRAY_MARKS = "`*'\"“”‘’•·-–—_ "
# (full-width parentheses as Chinese labels print them: "马克龙（翻译）：", "记者（英文）：", L1168g)
_PARENTHETICAL = re.compile(r"(\s*[(\[（][^()\[\]（）]{1,70}[)\]）])+$")
# A record's number of the intervention before the speaker ("01.01 Wouter De Vriendt
# (Ecolo-Groen):", the Belgian Kamer's): kept in the printed label, not part of the name (L992e).
INTERVENTION_NUMBER = re.compile(r"\d{1,3}\.\d{2} (?=[^\W\d_])")


@lru_cache(maxsize=4096)  # asked of every candidate's name: a transcript prints its few labels over and over
def base_label(name: str) -> str:
    """The speaker part without a trailing parenthetical ("Q (AFP)" -> "Q", "PRESIDENT
    ZELENSKYY (via interpreter)" -> "PRESIDENT ZELENSKYY") and without stray marks pasted
    before it ("`MR PRICE" -> "MR PRICE")."""
    if name[:1] == "[" and name.endswith("]") and "[" not in name[1:]:
        return name[1:-1].strip()  # "[Ann Lee]": a name in brackets, as chat and caption exports print it
    m = _PARENTHETICAL.search(name)
    name = name[:m.start()] if m else name
    name = unnumbered(name)
    return name.lstrip(STRAY_MARKS) if name[:1] in STRAY_MARKS else name


def unbracketed(name: str) -> str:
    """A speaker's name without the square brackets a label prints around all of it
    ("[Daniel]" -> "Daniel"): the brackets are the label's, not the person's (L490a)."""
    if name[:1] == "[" and name.endswith("]") and "[" not in name[1:] and "]" not in name[:-1]:
        return name[1:-1].strip() or name
    return name


def unnumbered(name: str) -> str:
    """A speaker's name without the record's intervention number printed before it
    ("01.01 Wouter De Vriendt" -> "Wouter De Vriendt", L992e)."""
    m = INTERVENTION_NUMBER.match(name) if name[:1].isdigit() else None
    return name[m.end():] if m else name


def words_of(name: str) -> list[str]:
    return name.replace("\u00a0", " ").split()


@lru_cache(maxsize=4096)  # asked for every label line; a transcript repeats its few speakers
def is_upper_label(name: str, lex: Lexicon) -> bool:
    """Upper-case words (letters, digits, spaces, . ' ’ -), not a header field or prefix.
    Scripts without case (Chinese) count as upper case."""
    words = words_of(name)
    if not words or len(words) > MAX_LABEL_WORDS or name != name.strip():
        return False
    if not _UPPER_CHARS.match(name) or name.upper() != name:
        return False
    return words[0].strip(".'’").upper() not in lex.label_not_words


# A name, or a role word and a name, in a script without capital letters (Chinese, Japanese,
# Korean, Arabic ...) alone on its line: letters only, a space or a middle dot between them
# ("主持人沙晨", "央视记者 李宁", "让·雅克"); short, as a label is, and never one character.
MIN_CASELESS_CHARS = 2
MAX_CASELESS_CHARS = 12
_CASELESS_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|[ \u3000·・•])*[^\W\d_]")


def caseless_name(text: str) -> bool:
    """`text` is a short run of letters of a caseless script (no letter has an upper and a
    lower case), without digits or punctuation: the shape of a label alone in such a script."""
    return MIN_CASELESS_CHARS <= len(text) <= MAX_CASELESS_CHARS and text.upper() == text.lower() \
        and _CASELESS_NAME.fullmatch(text) is not None


# An outlet's name in Latin letters, as Chinese and Japanese press conferences print it before
# the reporter's name ("iThome 余至浩", "Yahoo 財經 楊絡懸", "NHK 田中").
_OUTLET_WORD = re.compile(r"[A-Za-z][A-Za-z0-9.&'’-]{0,15}")
MAX_OUTLET_LABEL_WORDS = 4


def outlet_and_caseless_name(name: str) -> bool:
    """A name in a caseless script after an outlet printed in Latin letters, its other words
    an outlet's too (a word in the caseless script, a Latin one): a reporter's label (L833d)."""
    words = words_of(name)
    if not 2 <= len(words) <= MAX_OUTLET_LABEL_WORDS or not caseless_name(words[-1]):
        return False
    outlet = words[:-1]
    return any(_OUTLET_WORD.fullmatch(w) for w in outlet) and all(
        _OUTLET_WORD.fullmatch(w) or caseless_name(w) for w in outlet)
