"""Speakers as the terms of a definition list (L926e): Pandoc and PHP Markdown print a term
on its line and its definition on the next, opened by a colon and a tab or spaces:

    Ruth
    :	Vom Papa, vom Heini ...

An oral history exported so gives each turn as a term (the speaker) and a definition (the
speech). Where at least two different names stand so twice each, the document's style is
set, and a name printed so once ("Susanne", "Friedrich[?]") is a label too; a term that
is no name (a sentence) is none.
"""
from __future__ import annotations

import re
from collections import Counter

# A definition's opening: a colon, then a tab or spaces, then the definition's words.
_DEFINITION = re.compile(r"^:[ \t\u00a0]+\S")
MIN_TERM_NAMES = 2
MIN_TERM_REPEATS = 2
MAX_TERM_WORDS = 3


def definition_terms(lines: list[str], found: list) -> frozenset[str]:
    """The names of the "alone" candidates of `found` (per line of `lines`) printed over a
    definition line, when the document's style is a definition list of speakers; empty
    otherwise. Read only where a line opens with a colon (most documents have none)."""
    counts: Counter = Counter()
    for i, line in enumerate(lines[1:], 1):
        if line[:1] == ":" and _DEFINITION.match(line):
            for c in found[i - 1]:
                if c.shape == "alone" and len(c.name.split()) <= MAX_TERM_WORDS and c.name[:1].isupper() \
                        and not c.name.rstrip().endswith((".", "?", "!", ",", ";", ":")):
                    counts[c.name] += 1
    repeated = sum(1 for n in counts.values() if n >= MIN_TERM_REPEATS)
    return frozenset(counts) if repeated >= MIN_TERM_NAMES else frozenset()
