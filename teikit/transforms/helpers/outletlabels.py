"""A publication's name printed in lower case as the interviewers' label: `prmagazin: Seit
der Corona-Pandemie ...?` over `Meike Schreiber: Es war ...`, as magazines and papers that set
their name in lower case print it (`taz`, `prmagazin`) (L494a).

A label of one word in lower case is no name by its shape (`frage:`, `also:` open sentences), so
it is taken only on the page's own evidence: its line asks a question, the page prints the same
word elsewhere as a word of its own (the caption's `im Interview mit dem prmagazin`), and the
page has another label confirmed as a name. Domain names (`abseits.at:`) are L196u's.

Or (L1750j) its question opens by addressing a labelled speaker of the page: `taz: Frau Spiegel,
in wie vielen ...?` over `Anne Spiegel: In fast allen.`. A form of address and the surname of a
confirmed name label is the interviewers' evidence, where the page prints the outlet's name
nowhere else.
"""
from __future__ import annotations

import re
from collections import defaultdict

# One word in lower case, letters first (digits, dots and hyphens inside: "t3n", "heise-online").
MAX_OUTLET_CHARS = 30
_LOWER_WORD = re.compile(rf"[^\W\d_A-Z][\w.-]{{1,{MAX_OUTLET_CHARS - 1}}}")
# A run of word characters, dots and hyphens: a word is printed "of its own" where one starts
# (`(?<![\w.-])word(?![\w-])`), so at a run's start, the whole run or the part before a dot.
_RUN = re.compile(r"(?<![\w.-])[\w.-]+")


class PrintedWords:
    """Where a word stands as a word of its own in `lines`. The first few names asked are
    searched for line by line (a page asks for one outlet or two, and indexing every word of
    a long text cost a tenth of its conversion); later ones read an index of the words, made
    once per document: a text of thousands of one-word labels asks for each, and searching
    every line for each is quadratic. Only words an outlet's name can be (`MAX_OUTLET_CHARS`)
    are indexed."""

    SEARCHES_BEFORE_INDEX = 8

    def __init__(self, lines: list[str]):
        self.lines = lines
        self.where: dict[str, list[int]] | None = None
        self.searched = 0

    def _index(self) -> dict[str, list[int]]:
        where: dict[str, list[int]] = defaultdict(list)
        for k, line in enumerate(self.lines):
            for run in _RUN.findall(line):
                if "." not in run:  # (most runs: one word, kept when short enough)
                    if len(run) <= MAX_OUTLET_CHARS:
                        where[run].append(k)
                    continue
                run = run[:MAX_OUTLET_CHARS + 1]
                words = {run[:i] for i, ch in enumerate(run) if ch == "." and 0 < i <= MAX_OUTLET_CHARS}
                if len(run) <= MAX_OUTLET_CHARS:
                    words.add(run)
                for word in words:
                    where[word].append(k)
        return where

    def elsewhere(self, name: str) -> bool:
        """`name` stands as a word of its own in a line that does not open with it."""
        if len(name) > MAX_OUTLET_CHARS:
            return False  # (never indexed)
        if self.where is None and self.searched < self.SEARCHES_BEFORE_INDEX:
            self.searched += 1  # (the index's words: a run's start up to its end or a dot)
            word = re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w-])")
            return any(word.search(line) for line in self.lines if name in line and not line.lstrip().startswith(name))
        if self.where is None:
            self.where = self._index()
        return any(not self.lines[k].lstrip().startswith(name) for k in self.where.get(name, ()))


def lower_case_outlet(name: str, rest: str, printed: PrintedWords, small_words,
                      confirmed: list[list[str]] = (), honorifics: frozenset = frozenset()) -> bool:
    """`name` (a colon label's name printed once) is a publication's lower-case name asking
    `rest`, printed as a word in another of the document's lines, or (L1750j) asking one of the
    `confirmed` labels' people by a form of address (`honorifics`) and their surname."""
    if not rest.rstrip().endswith(("?", "？")) or not name.islower() or _LOWER_WORD.fullmatch(name) is None \
            or name in small_words:
        return False
    return addresses_a_speaker(rest, confirmed, honorifics) or printed.elsewhere(name)


# "Frau Spiegel," "Herr Dr. Roe,": a form of address, at most two more of them, the surname
_ADDRESS = re.compile(r"((?:[^\W\d_][\w.-]*[ \u00a0]+){1,3})([^\W\d_][\w'’-]*)[,!?]")


def addresses_a_speaker(rest: str, confirmed: list[list[str]], honorifics: frozenset) -> bool:
    """`rest` opens addressing the person of a confirmed name label of two words or more by a form
    of address and their surname: "Frau Spiegel, in wie vielen ...?" beside "Anne Spiegel:"."""
    found = _ADDRESS.match(rest)
    if found is None or not confirmed:
        return False
    forms = found.group(1).split()
    if any(w.lower() not in honorifics for w in forms):
        return False
    surname = found.group(2).lower()
    return any(len(words) >= 2 and words[-1] == surname for words in confirmed)
