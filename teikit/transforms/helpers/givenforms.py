"""A given name's full form in the lead (N1276h): a magazine interview prints its questions
unlabelled and addresses the guest by the given name (`**Clara, when did the sea first grab
you?**`), having named her in full in the standfirst (`Marine biologist Clara Whitman has
spent thirty years …`). The answers are the person the address names; the lead gives the
surname after the given name.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm

MAX_SURNAME_WORDS = 2


def given_name_form(given: str, lines: list[str], lex: Lexicon) -> str | None:
    """The one "Given Surname" the lines print for the one-word name `given`, else None (no
    such form, or two different ones)."""
    forms: set[str] = set()
    pattern = re.compile(rf"(?<![\w-]){re.escape(given)}((?:[ \u00a0][^\W\d_][\w'’-]*){{1,{MAX_SURNAME_WORDS}}})")
    for line in lines:
        for m in pattern.finditer(line):
            words: list[str] = []
            for word in m.group(1).split():
                if not nm.is_name_word(word, lex) or word.strip(",;:.") != word:
                    if nm.is_name_word(word.rstrip(",;:."), lex) and word.rstrip(",;:.") != word:
                        words.append(word.rstrip(",;:."))  # "Clara Whitman, a biologist"
                    break
                words.append(word)
            if words:
                forms.add(" ".join([given, *words]))
    return forms.pop() if len(forms) == 1 else None
