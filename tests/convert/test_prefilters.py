"""The labels pass's scans made faster must find what the slower ones they replace found.

- `lines.lines_matching` runs a pattern over lines joined by line feeds, a batch at a time:
  it must give exactly the lines the pattern finds in each line alone (for the patterns
  it is given: the portrait words of every lexicon).
- `recordrunon._colons` finds `_COLON`'s matches from their colon.
- `gluedlabels._candidates` looks for glued sentence ends up to the last colon followed by a
  space only (and `split_glued_labels` skips a line without one): it yields what a scan of
  the whole line yields.
- `labelshapes.candidates_of` reads each distinct line once: the candidates of every line
  as `candidates` gives them, in lists and tuples of their own.
- `formnotes._form_line` passes over a line without a colon before its patterns run: it
  takes the lines the patterns alone take.

Each is held to it on every line of the development corpus and on generated lines.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.transforms.helpers import formnotes, gluedlabels, recordrunon
from teikit.transforms.helpers.labelshapes import candidates, candidates_of
from teikit.transforms.helpers.lines import MATCH_BATCH_LINES, lines_matching
from teikit.transforms.helpers.portraits import portrait_words

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "fr", "de", "es", "it", "ru", "zh")
LEX = {lang: lexicons.load(lang) for lang in LANGS}
UNREAD = {"holdout", "dev26"}  # measured sets: never read


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*/*.txt")):
        if path.parent.name not in UNREAD:
            lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    return lines


CORPUS_LINES = _corpus_lines()
# the patterns `lines_matching` is given, and one with the line's ends under re.M
PATTERNS = [portrait_words(lex) for lex in LEX.values()] + [re.compile(r"^\d|: ?$", re.M)]

_PIECES = st.sampled_from(["ANN", "LEE", "Mr", "you", "MR", "Photo", "Foto", "照片", " ", "  ", "\t", "\u00a0",
                           ":", "：", ".", "?", "!", "…", "”", ")", "(", "-", "–", ",", "Q", "A", "2", "é", "Д", "SPD"])
_LINES = st.lists(_PIECES, max_size=16).map("".join)


def _alone(lines: list[str], pattern: re.Pattern) -> list[int]:
    return [n for n, line in enumerate(lines) if pattern.search(line)]


@pytest.mark.parametrize("pattern", PATTERNS, ids=range(len(PATTERNS)))
def test_lines_matching_finds_the_corpus_lines_each_line_alone_gives(pattern):
    assert lines_matching(CORPUS_LINES, pattern) == _alone(CORPUS_LINES, pattern)


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=8))
def test_lines_matching_finds_the_generated_lines_each_line_alone_gives(lines):
    for pattern in PATTERNS:
        assert lines_matching(lines, pattern) == _alone(lines, pattern)


def test_lines_matching_reads_batches_and_lines_holding_a_line_feed():
    pattern = portrait_words(LEX["en"])
    lines = ["a Photo of Ann", "no portrait here"] * MATCH_BATCH_LINES + ["x\nPhoto y", "plain", "Photo"]
    assert lines_matching(lines, pattern) == _alone(lines, pattern)
    assert lines_matching(lines, pattern)[-2:] == [2 * MATCH_BATCH_LINES, 2 * MATCH_BATCH_LINES + 2]


def _colon_matches(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in recordrunon._COLON.finditer(text)]


def test_colons_are_the_colon_pattern_matches_on_the_corpus():
    for line in CORPUS_LINES:
        assert list(recordrunon._colons(line)) == _colon_matches(line), line


@settings(max_examples=500, deadline=None)
@given(_LINES)
def test_colons_are_the_colon_pattern_matches_on_generated_lines(line):
    assert list(recordrunon._colons(line)) == _colon_matches(line)


def test_glued_labels_read_to_the_last_colon_find_what_the_whole_line_gives():
    for lex in (LEX["en"], LEX["ru"]):
        for line in CORPUS_LINES:
            assert list(gluedlabels._candidates(line, lex)) == list(gluedlabels._candidates(line, lex, len(line))), line


@settings(max_examples=500, deadline=None)
@given(_LINES)
@example("thank you.ANN LEE: Hi. you.MR LEE: Yes: no.")
@example("thank you.ANN LEE: Hi at 10:30.MR LEE:Yes.")  # the last colon's no label's, the last spaced one is
@example("thank you.ANN LEE:Hi.")  # no colon before a space: nothing (the line is passed over)
def test_glued_labels_read_to_the_last_colon_on_generated_lines(line):
    lex = LEX["en"]
    if line.startswith("thank you.ANN"):
        expected = 0 if line.endswith("LEE:Hi.") else 1 if "10:30" in line else 2
        assert len(list(gluedlabels._candidates(line, lex))) == expected  # (the examples find labels)
    assert list(gluedlabels._candidates(line, lex)) == list(gluedlabels._candidates(line, lex, len(line)))
    assert bool(gluedlabels._label_colon_end(line)) or not list(gluedlabels._candidates(line, lex, len(line)))


@pytest.mark.parametrize("lang", ("en", "fr", "zh"))
def test_candidates_of_reads_each_line_as_candidates_does(lang):
    lines = CORPUS_LINES + CORPUS_LINES[:2000]  # every line of the head twice
    found = candidates_of(lines, LEX[lang])
    assert found == [candidates(line, LEX[lang]) for line in lines]
    # each line has a list and candidates of its own (the policy tells them apart by identity)
    assert len({id(shapes) for shapes in found}) == len(found)
    assert len({id(c) for shapes in found for c in shapes}) == sum(map(len, found))


def _form_line_by_patterns(text: str, lex) -> bool:
    """`formnotes._form_line` without its colon test: the patterns alone."""
    if formnotes._CHECKBOX_FIELD.match(text):
        return True
    m = formnotes._FIELD.match(text)
    return m is not None and formnotes.note_field(m.group("name"), lex)


@pytest.mark.parametrize("lang", ("en", "es", "zh"))
def test_form_lines_passed_over_without_a_colon_are_those_the_patterns_take(lang):
    lex = LEX[lang]
    assert [line for line in CORPUS_LINES if formnotes._form_line(line, lex)] == \
        [line for line in CORPUS_LINES if _form_line_by_patterns(line, lex)]


_FORM_PIECES = st.sampled_from(["**", "__", "_", "*", "[", "]", "[x]", "Notes", "notas", "备注", "Ann", " ", "\t",
                                ":", "：", "?", "si/no"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_FORM_PIECES, max_size=10).map("".join))
@example("**[NOTAS DE OBSERVACIÓN]:** el entrevistado")
@example("**PROBE aplicado (si/no):** [x] ¿Qué?")
def test_form_lines_passed_over_without_a_colon_on_generated_lines(line):
    for lex in (LEX["en"], LEX["es"]):
        assert formnotes._form_line(line, lex) == _form_line_by_patterns(line, lex)
