"""`printednames` finds a name where the roles rules' patterns would, without compiling one,
and declines the texts where comparing lower cases is not what `re` does."""
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit.transforms.helpers.printednames import comparable, standalone, word_boundary


def _pattern_hits(text: str, word: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w-])(?i:{re.escape(word)})(?![\w-])", text)]


@pytest.mark.parametrize("text, word", [
    ("Ann Roe, the mayor; ROE said roe-deer and Roe's", "Roe"),
    ("“Roe” — said Roé Roe_2 roe2 Roe", "roe"),
    ("a-b-a a a", "a"),
    ("O'Neil and o'neil, O’Neil", "O'Neil"),
])
def test_standalone_hits_are_the_patterns(text, word):
    assert list(standalone(text, text.lower(), word)) == _pattern_hits(text, word)


@pytest.mark.parametrize("text", ["İlhan Kim", "Yıldız Kim", "Faſt Kim"])
def test_letters_re_reads_apart_from_their_lower_case_are_left_to_the_pattern(text):
    assert not comparable(text, text.lower())
    assert standalone(text, text.lower(), "Kim") is None
    assert standalone("Журавлев", "журавлев", "Журавлев") is None  # not an ASCII name


def test_word_boundary_is_res():
    text = "Roe, Roé_x 12 — end"
    assert [word_boundary(text, at) for at in range(len(text) + 1)] == \
        [re.compile(r"\b").match(text, at) is not None for at in range(len(text) + 1)]


@given(st.text(alphabet="RrOoEe -_’'é2İıſ.,", max_size=30), st.sampled_from(["Roe", "roe", "o", "Ro-e", "O'E"]))
@example("Roe-roe ROE roe_ roé roe", "Roe")
@settings(max_examples=500, deadline=None)
def test_standalone_is_the_pattern_or_declines(text, word):
    hits = standalone(text, text.lower(), word)
    assert hits is None or list(hits) == _pattern_hits(text, word)
