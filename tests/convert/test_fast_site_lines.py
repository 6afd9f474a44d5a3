"""Site-line shortcuts (boilerplate pass, `helpers.page`, `helpers.dates`) give the answers
of the plain line-by-line forms they replace (see also `test_fast_paths.py`)."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.transforms.helpers import page
from teikit.transforms.helpers.dates import date_line

LEX = lexicons.load("en")

# Pieces of site lines and of speech, and characters whose lower case is longer ("İ") or
# depends on the letters around it (a final "Σ")
PIECES = ["Share this page", "We use cookies", "Sign up for our newsletter", "Read the full transcript here",
          "Facebook | Twitter", "English Français Deutsch", "Thank you.", "here", " now", "Join now",
          "İstanbul", "ΟΔΟΣ", "Σ", "(5 KB)", "(5 MB)", "12°C", "official website of the United States",
          "Originally published on", "•", " ", "'", "x" * 230]


@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=4).map("".join), max_size=30),
       st.integers(min_value=1, max_value=7))
@example(["İİ share this page", "Facebook | Twitter", "ΟΔΟΣ we use cookies"], 1)
@example(["Thank you.", "Yes.", "Read the full transcript here", "No.", "Join now"], 7)  # literals at line ends
@settings(max_examples=200, deadline=None)
def test_site_lines_found_together_as_line_by_line(lines, batch):
    """Lines are lower-cased and searched in batches; the answer is each line's own."""
    saved = page._BATCH_LINES
    page._BATCH_LINES = batch  # batches of a few lines: the joins and ends are exercised
    try:
        together = page.strong_each(lines, LEX)
    finally:
        page._BATCH_LINES = saved
    assert together == [page.is_strong(line, LEX) for line in lines]


SHAPE_PIECES = ["News", " | ", "|", "Sport", "Culture", "Video", "en-US", "de-DE", " ", "-", "<img src=x>",
                "<div>", "<", "•", "\u00a0| ", "İ", "Thank you.", "x" * 30, ">>>", "<<<", "<<", "Das Special"]


def _shapes_unguarded(line: str) -> bool:
    """The plain form: every guarded shape tried at the start of every line."""
    import re
    return any(re.compile(shape, re.IGNORECASE).match(line) for _, shape in page._GUARDED_SHAPES)


@given(st.lists(st.lists(st.sampled_from(SHAPE_PIECES), max_size=9).map("".join), max_size=20),
       st.integers(min_value=1, max_value=5))
@example(["News | Sport | Culture | Video", "en-US de-DE fr-FR", "<img src=x>", "News | Sport"], 2)
@example([">>>Das Special<<<", "Das Special <<<", "Das Special<<", "<<<", ">>> <<< News"], 2)
@settings(max_examples=300, deadline=None)
def test_shapes_tried_only_where_their_character_is_found_as_everywhere(lines, batch):
    """A menu bar, a locale switcher, a tag and an arrow link are tried only on lines holding
    "|", "-", "<" or "<<<"; a line is strong exactly when the phrases or one of those shapes
    say so."""
    saved = page._BATCH_LINES
    page._BATCH_LINES = batch
    try:
        together = page.strong_each(lines, LEX)
    finally:
        page._BATCH_LINES = saved
    short = [line.strip(page._BULLETS) for line in lines]
    plain = page._page(LEX)
    expected = [page._short(s) and (plain._starts(s) or any(lit in s.lower() and test(s) for lit, test in plain.anywhere)
                                    or _shapes_unguarded(s)) for s in short]
    assert together == expected
    assert [page.is_strong(line, LEX) for line in lines] == expected


def test_a_line_with_a_lengthened_lower_case_keeps_the_others_in_place():
    lines = ["İİİİ", "Share this page", "İ we use cookies", "Thank you."]
    assert page.strong_each(lines, LEX) == [False, True, True, False]


@given(st.lists(st.sampled_from(list(LEX.months) + list(LEX.weekdays) + [" ", ",", ".", "Date:", "(", ")"]),
                max_size=8).map(" ".join))
@settings(max_examples=200, deadline=None)
def test_a_line_without_a_digit_is_no_date(line):
    assert date_line(line, LEX) is None


@pytest.mark.parametrize("line", ["May 19, 2021", "Date: 19 May 2021", "(Tuesday, May 19, 2021)"])
def test_date_lines_with_digits_are_still_read(line):
    assert date_line(line, LEX) == "2021-05-19"
