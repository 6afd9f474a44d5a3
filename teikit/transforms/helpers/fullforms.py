"""Label forms judged by the other labels of the document (L152p, L930e, L931e).

- L152p A name printed once whose initials the text labels its speaker with (`Moreno:`, then
  `M:` over and over).
- L931e A full name printed once before the surname the text labels its speaker with:
  `Marc Weber:` at the first turn, `Weber:` over and over after it (oral histories, hearings
  print the full name at first mention, as L152p reads initials; a phrase after the surname's
  labels, "_Liebe Leser von Publico: …" under a page's "Publico:" questions, is none). A
  nickname in brackets or quotation marks inside the full name (`Elizabeth (Jake) Feinler:`,
  `William "Bill" Roe:`) is part of the name as printed.
- L930e A code is no name: a label alone on its line whose word mixes letters and digits inside
  it (`O5S1GUO`, a court reporter's running head printed on every page; `AB12CD`) names no
  speaker; diarization ids (`SPEAKER_01`, `spk09`) and a word and its number (`Track 2`) are
  the policy's, never a code.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import base_label, words_of
from teikit.transforms.helpers.labelwords import single_discourse_word

# A nickname printed inside a full name: "(Jake)", "“Bill”", "\"Bill\"", "'Bill'".
_NICKNAME = re.compile(r"[(“\"'‘«]\w[\w.'’\-]*[)”\"'’»]")
# A digit between two letters inside one word: a code, no name.
_CODE = re.compile(r"[^\W\d_]\d+[^\W\d_]")
MAX_FULL_NAME_WORDS = 4


def long_form_of_initials(name: str, counts, initialled_pairs, confirmed, lex: Lexicon) -> bool:
    """A mixed-case name whose initials are a label the text prints twice or more: the
    full form at first mention ("Moreno:", later "M:"; "Ann Lee:", later "AL:"; L152p).
    `initialled_pairs()`: the document's pairs of names and initials (L162q)."""
    base = base_label(name)
    words = words_of(base)
    if not 1 <= len(words) <= 3 or not is_mixed_candidate(base, lex) or single_discourse_word(base, lex):
        return False
    short = "".join(w[0] for w in words)
    return short != base and short.isupper() and (counts[short] >= 2 or (
        counts[short] == 1 and initialled_pairs() >= 2)) and confirmed(short)


def long_form_of_surname(name: str, counts, first_line: dict, confirmed, lex: Lexicon) -> bool:
    """`name` (a colon label printed once) is a full name of two to four capitalised words,
    nicknames aside, printed before the first label of its last word, a one-word label the text
    prints twice or more and the policy takes (`confirmed(surname)`). `first_line`: name -> the
    index of the line a label is first printed on."""
    base = base_label(name)
    words = [w for w in words_of(base) if not _NICKNAME.fullmatch(w)]
    if not 2 <= len(words) <= MAX_FULL_NAME_WORDS:
        return False
    core = " ".join(words)
    surname = words[-1]
    return counts[surname] >= 2 and first_line.get(name, 0) < first_line.get(surname, 0) \
        and is_mixed_candidate(core, lex) and not single_discourse_word(core, lex) and confirmed(surname)


def code_name(name: str) -> bool:
    """A word of `name` holds a digit between letters ("O5S1GUO"): a code, no speaker's name."""
    return any(_CODE.search(w) for w in words_of(base_label(name)))


# The role after the comma of a name's long form: "Präsident der Deutschen Bundesbank".
MAX_LONG_ROLE_WORDS = 8


def name_with_long_role(base: str, confirmed_forms: frozenset, lex: Lexicon) -> bool:
    """L2403l A confirmed name, a comma and the speaker's role spelled out ("Dr. Joachim
    Roe, Präsident der Hafenbehörde:" at the first answer, "Dr. Joachim Roe:" later): the
    long form of the name's label, even when its words are too many for a mixed-case label.
    The role is words only, with no sentence end ("Ann Roe, you said: …" is a sentence)."""
    name, _, role = base.partition(",")
    role_words = words_of(role)
    if not role_words or len(role_words) > MAX_LONG_ROLE_WORDS or "," in role or not is_mixed_candidate(name, lex):
        return False
    if not role_words[0][:1].isupper() or any(not w.replace("-", "").isalpha() for w in role_words):
        return False
    words = tuple(w.strip(".").lower() for w in words_of(name))
    return len(words) >= 2 and words in confirmed_forms
