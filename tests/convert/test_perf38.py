"""Scans made faster in perf38 must find what the scans they replace found.

- `gluedletters`: the glued Q./A. pattern opens with the stop and looks behind it for the two
  letters; it finds the matches (spans) the pattern that opened with the lookbehind found.
- `insidelabels._INITIALLED_FROM_STOP` is a necessary condition of `_INITIALLED`: every line
  `_INITIALLED` finds something in, it finds something in too.
- `participantlists._FIRST_WORD` gives the first word `str.split` gives ("" for none).
- `examinations.examination_patterns`'s opening test (`may_open`) takes every text whose
  stripped form is a `BY` line or an examination heading.
- `samepersons._words_begin` reads a name's folded words from a cache: the answers are those
  of folding the words each time.

Each is held to it on every line of the development corpus and on generated lines.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.transforms.helpers import examinations, gluedletters, insidelabels, participantlists, samepersons
from teikit.transforms.helpers import names as nm
from tests.convert.test_prefilters import CORPUS_LINES, LANGS

LEX = {lang: lexicons.load(lang) for lang in LANGS}

_PIECES = st.sampled_from(["ANN", "LEE", "Mr", "you", "MR", "BY", "By", "CROSS-EXAMINATION", "Q", "A", "И",
                           "ПЕТРОВ", " ", "  ", "\t", "\u00a0", "\n", ":", ".", "?", "!", "…", "”", ")", "<",
                           "-", "é", "2", "well"])
_LINES = st.lists(_PIECES, max_size=16).map("".join)


def _old_glued(lex) -> re.Pattern:
    """The pattern `split_glued_letters` used before perf38."""
    alternatives = "|".join(map(re.escape, gluedletters._letters(lex)))
    return re.compile(rf"(?<=[^\W\d_]{{2}})[.?!…][\"»”’)]?(?=(?:{alternatives})\.[ \u00a0]+[^\s])")


def _new_glued(lex) -> re.Pattern:
    alternatives = "|".join(map(re.escape, gluedletters._letters(lex)))
    return re.compile(rf"[.?!…](?<=[^\W\d_]{{2}}.)[\"»”’)]?(?=(?:{alternatives})\.[ \u00a0]+[^\s])")


def test_glued_letter_pattern_is_the_one_in_the_helper():
    source = open(gluedletters.__file__, encoding="utf-8").read()
    assert r'rf"[.?!…](?<=[^\W\d_]{{2}}.)[\"»”’)]?(?=(?:{alternatives})\.[ \u00a0]+[^\s])"' in source


def _spans(pattern: re.Pattern, lines: list[str]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(line)] for line in lines]


def test_glued_letters_found_alike_on_the_corpus():
    for lex in LEX.values():
        if gluedletters._letters(lex):
            assert _spans(_new_glued(lex), CORPUS_LINES) == _spans(_old_glued(lex), CORPUS_LINES)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=8))
@example(["your name, please?A. Grant McKay.", "U.S.A. Today", "well.”Q. Why?", "ab…A.  x", "ab.”A. x"])
def test_glued_letters_found_alike_on_generated_lines(lines):
    lex = LEX["en"]
    assert _spans(_new_glued(lex), lines) == _spans(_old_glued(lex), lines)


def _initialled_condition_holds(lines: list[str]) -> None:
    for line in lines:
        if insidelabels._INITIALLED.search(line):
            assert insidelabels._INITIALLED_FROM_STOP.search(line), line


def test_initialled_hint_is_necessary_on_the_corpus():
    _initialled_condition_holds(CORPUS_LINES)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=8))
@example(["Автор: ИВАН ПЕТРОВ И.ПЕТРОВ: Добрый вечер.", "J. DOE : yes", "A.B-CD: x", "И. ПЕТРОВ:\tда"])
def test_initialled_hint_is_necessary_on_generated_lines(lines):
    _initialled_condition_holds(lines)


def _first_word_as_split(lines: list[str]) -> None:
    for line in lines:
        split = line.split(None, 1)[:1]
        assert participantlists._FIRST_WORD.match(line).group(1) == (split[0] if split else "")


def test_first_word_as_split_gives_it_on_the_corpus():
    _first_word_as_split(CORPUS_LINES)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES | st.text(max_size=12), max_size=8))
@example(["", "   ", "\u2003Analysts:", "\x1cword rest", "Corporate\u00a0Participants"])
def test_first_word_as_split_gives_it_on_generated_lines(lines):
    _first_word_as_split(lines)


def _opening_taken(lines: list[str]) -> None:
    for lex in LEX.values():
        if not lex.examiner_intros:
            continue
        by_line, heading, may_open = examinations.examination_patterns(lex)
        for line in lines:
            text = line.strip()
            if by_line.fullmatch(text) or (heading is not None and heading.fullmatch(text)):
                assert may_open.match(line), line


def test_examination_opening_takes_the_corpus_lines_the_patterns_take():
    _opening_taken(CORPUS_LINES)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=8))
@example(["   BY MR. KESSLER:  ", "<CROSS-EXAMINATION BY MR GLOVER:", "\tCROSS-EXAMINATION\n"])
def test_examination_opening_takes_the_generated_lines_the_patterns_take(lines):
    _opening_taken(lines)


def test_words_begin_reads_the_folded_words_of_the_name():
    names = ["Wiktoria Choręziak", "Cathal Mac Coille", "Ann", "Maria  Szymańska", "Ökan Öz"]
    for name in names:
        for label in ("WCh", "CMacC", "MSz", "ÖÖ", "A"):
            chunks = [nm.fold(c) for c in samepersons._DIGRAPH_INITIAL.findall(label)]
            words = name.split()
            expected = len(words) == len(chunks) and all(
                w == c if len(c) > 2 else w.startswith(c) for w, c in zip(map(nm.fold, words), chunks))
            assert samepersons._words_begin(chunks, name) == expected
