"""The lines of one document, with the few lines each label helper reads found once for all.

Some thirty helpers of the labels pass each walked every line of a long transcript to find
the handful they look into (headings, surname-first label lines, ...): a Python step per line
and per helper. `LineIndex` finds such a subset with a pattern's `match` mapped over the list
by `itertools.compress` (the loop runs in C, no Python step per line) and keeps it for every
helper that asks again, with anything else a helper derives from the lines (`derived`).

The labels pass splits and inserts lines while its helpers run; an index is made on the lines
after the last split (the list `paragraph_lines` gives, which nothing changes afterwards).
`for_lines` gives the index a helper was handed when it still describes `lines` (the same
list, of the same length), and a new one otherwise, so that a helper called on other lines
never reads a stale subset.
"""
from __future__ import annotations

import re
from itertools import compress
from typing import Callable


class LineIndex:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self._size = len(lines)
        self._matching: dict[re.Pattern, list[int]] = {}
        self._derived: dict = {}

    def describes(self, lines: list[str]) -> bool:
        """Whether the index was made on `lines` as they stand (a split changes their number)."""
        return lines is self.lines and len(lines) == self._size

    def matching(self, pattern: re.Pattern) -> list[int]:
        """The indices of the lines `pattern` matches at their start, in order."""
        found = self._matching.get(pattern)
        if found is None:
            lines = self.lines
            found = self._matching[pattern] = list(compress(range(len(lines)), map(pattern.match, lines)))
        return found

    def derived(self, key, compute: Callable[[], object]):
        """`compute()` once per key (hashable, naming the helper and its arguments beside the
        lines, e.g. the lexicon): a result two helpers read alike."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]


def for_lines(lines: list[str], index: LineIndex | None) -> LineIndex:
    """`index` when it describes `lines`, else a new index of them."""
    return index if index is not None and index.describes(lines) else LineIndex(lines)
