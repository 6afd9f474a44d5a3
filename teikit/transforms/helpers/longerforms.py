"""The one longer form of a surname label that the text prints (N150g).

A speaker labelled by a surname (with or without an office: "MACRON:", "PRESIDENT MACRON:")
is completed from any line of the page or of the other speakers that prints that surname after
given names ("… yesterday, Emmanuel Macron said …"), when exactly one such form is printed: the
line names that person whatever its wording, so no introduction phrase is needed. The
speaker's own words are not read: "my son Hunter Biden" names a relative. Two forms ("Ann Roe", "Tom
Roe": relatives, namesakes), or a given name that starts a sentence and may be any
capitalised word ("Yesterday Roe said", not counted), give nothing: nothing is invented.
A surname that opens with a particle ("DEL PIERO:", "VAN ROMPUY:") is completed alike, and
given names printed as initials ("J.T. Curry", "P. D. Roe") count as given names (N331c).
"""
from __future__ import annotations

import re
from bisect import bisect_right

from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.introductions import NameIndex
from teikit.transforms.helpers.nounroles import article_noun

# A longer form has at most this many given names before the surname.
MAX_GIVEN_NAMES = 3


def one_longer_form(index: NameIndex, key: tuple[str, ...], own: set[int]) -> str | None:
    """The only "Given [Given] Surname" the text prints for the one-word label key outside
    the texts numbered in `own` (the speaker's own turns), else None."""
    if not _surname_key(key, index):
        return None
    n = len(key)
    forms: dict[str, str] = {}
    role_words = nm.folded(index.lex, "label_role_words") | nm.folded(index.lex, "role_nouns")  # "die Historikerin Anna Roe"
    for i in index.where(key[0]):
        if bisect_right(index.text_starts, i) - 1 in own:
            continue  # "My son Hunter Biden": a speaker names relatives by the surname they share
        if n > 1 and (tuple(index.folded[i:i + n]) != key or any(k in index.starts for k in range(i + 1, i + n))):
            continue
        word = index.words[i + n - 1]
        # a record's list of appearances prints names in capitals before a comma ("DENNIS
        # GINGOLD, ESQUIRE"): the name's own line, not a label or a heading (N908d)
        listed = word.isupper() and len(word) > 1 and index.raw[i + n - 1].endswith(",")
        if not word[:1].isupper() or (word.isupper() and len(word) > 1 and not listed) or nm.strip_initials(word) != word:
            continue  # (a surname in capitals is a label's or a heading's; "В.В.Путин" has its given names)
        start = i
        while start > 0 and start not in index.starts and i - start < MAX_GIVEN_NAMES \
                and (not index.raw[start - 1].endswith((",", ";", ":", ".", "!", "?")) or _initials(index.raw[start - 1], index)) \
                and (index._given(start - 1, shouting=listed, after_comma=listed) or _initials(index.words[start - 1], index)) \
                and (not listed or index.words[start - 1].isupper()) \
                and not nm.fold(index.words[start - 1]) in role_words and len(index.words[start - 1]) > 1 \
                and not article_noun(index.raw, start - 1, index.lex):  # "Der Kommunikationstheoretiker …" (N872d)
            start -= 1
        if start == i:
            continue
        if _sentence_start(index, start) and not listed:
            continue  # "Yesterday Roe said": the capital may be the sentence's, not a given name
        name = index._printed(start, i + n)  # without the sentence's full stop ("… Mario Rossi. Buongiorno")
        forms[" ".join(nm.fold(w) for w in name.split())] = name
    return next(iter(forms.values())) if len(forms) == 1 else None


def _surname_key(key: tuple[str, ...], index: NameIndex) -> bool:
    """One surname word, or a particle and a surname ("del piero", "van rompuy")."""
    return len(key) == 1 or (len(key) == 2 and key[0] in nm.folded(index.lex, "name_particles"))


# Given names printed as initials: "J.", "J.T.", "Ж.-П."
_INITIALS = re.compile(r"(?:[^\W\d_]\.-?){1,3}")


def _initials(word: str, index: NameIndex) -> bool:
    """ "J.T.", "P.": a given name printed as initials (the full stop ends no sentence); "M."
    is French "Monsieur", an honorific of the lexicon, not an initial."""
    return bool(word) and word[:1].isupper() and _INITIALS.fullmatch(word) is not None \
        and nm.fold(word.rstrip(".")) not in nm.folded(index.lex, "honorifics")


def _sentence_start(index: NameIndex, k: int) -> bool:
    """Word k opens its text, its line or a sentence."""
    return k in index.starts or k == 0 or index.raw[k - 1].endswith((".", "!", "?", ":", "…")) \
        or k in index.line_start_set
