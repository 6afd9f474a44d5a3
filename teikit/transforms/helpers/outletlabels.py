"""A publication's name printed in lower case as the interviewers' label: `prmagazin: Seit
der Corona-Pandemie ...?` over `Meike Schreiber: Es war ...`, as magazines and papers that set
their name in lower case print it (`taz`, `prmagazin`) (L494a).

A label of one word in lower case is no name by its shape (`frage:`, `also:` open sentences), so
it is taken only on the page's own evidence: its line asks a question, the page prints the same
word elsewhere as a word of its own (the caption's `im Interview mit dem prmagazin`), and the
page has another label confirmed as a name. Domain names (`abseits.at:`) are L196u's.
"""
from __future__ import annotations

import re

# One word in lower case, letters first (digits, dots and hyphens inside: "t3n", "heise-online").
_LOWER_WORD = re.compile(r"[^\W\d_A-Z][\w.-]{1,29}")


def lower_case_outlet(name: str, rest: str, lines: list[str], small_words) -> bool:
    """`name` (a colon label's name printed once) is a publication's lower-case name asking
    `rest`, printed as a word in another of `lines`."""
    if not rest.rstrip().endswith(("?", "？")) or not name.islower() or _LOWER_WORD.fullmatch(name) is None \
            or name in small_words:
        return False
    word = re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w-])")
    return any(word.search(line) for line in lines if not line.lstrip().startswith(name))
