"""The converter's fast paths give the answers of the plain forms they replace.

Each shortcut (a bound on where a pattern is tried, a line-by-line decoding, a cheap count
before an exact one) is compared here with the straightforward computation, on examples of
the shapes it must not miss and on generated text.
"""
from __future__ import annotations

import itertools
import re
from difflib import SequenceMatcher

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.errors import TeikitError
from teikit.readers import decode as dec
from teikit.transforms.helpers import runon
from teikit.transforms.helpers.names import fold, fold_uncached
from teikit.transforms.helpers.shapes import similar

LEX = lexicons.load("en")


# --- readers.decode.utf8_lines -----------------------------------------------------------

def _whole(data: bytes):
    text, encoding = dec.decode(data, "in.txt")
    return text.splitlines()


@pytest.mark.parametrize("data", [
    b"Q: Hi\nA: Yes\n", b"one\r\ntwo\rthree\n\nfour", "caf\u00e9 \u2019quote\u2019 \U0001f600\n".encode(),
    b"  \n\nMR. LEE: Hello", b"last line without end",
])
def test_utf8_lines_are_the_decoded_texts_lines(data, monkeypatch):
    assert dec.utf8_lines(data, "in.txt") == _whole(data)
    monkeypatch.setattr(dec, "_SLICE", 4)  # slices cut after a line feed, never in a CRLF or a character
    assert dec.utf8_lines(data, "in.txt") == _whole(data)


@pytest.mark.parametrize("data", [
    b"", b" \n\t", b"\xef\xbb\xbfQ: Hi", b"caf\xe9", b"a\x00b", b"a\x0bb", b"a\x0cb", b"a\x1cb",
    "a\x85b".encode(), "a\u2028b".encode(), "a\ufffeb".encode(),
])
def test_utf8_lines_leave_files_that_need_more_to_decode(data):
    assert dec.utf8_lines(data, "in.txt") is None


@pytest.mark.parametrize("data", [b"<?xml version='1.0'?><TEI/>", b"\n  <TEI>", b"<doc\n\n  xmlns='x'>"])
def test_utf8_lines_refuse_xml_as_decode_does(data):
    with pytest.raises(TeikitError, match="looks like XML"):
        dec.utf8_lines(data, "in.txt")
    with pytest.raises(TeikitError, match="looks like XML"):
        dec.decode(data, "in.txt")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "B", " ", "\n", "\r", "\r\n", "\u00e9", "\u2019", "\U0001f600",
                                 "<TEI", " xmlns", "\t"]), max_size=20))
def test_utf8_lines_on_generated_files(pieces):
    data = "".join(pieces).encode()

    def outcome(read):
        try:
            return read()
        except TeikitError as exc:
            return str(exc)

    lines = outcome(lambda: dec.utf8_lines(data, "in.txt"))
    if lines is not None:  # None: the file is left to `decode`
        assert lines == outcome(lambda: _whole(data))


# --- helpers.runon: labels inside long lines -------------------------------------------

def _labels_everywhere(text: str, pattern: re.Pattern, at_start: bool = True) -> list:
    """`runon._labels_in` without its bound: the pattern tried at every anchor of the line."""
    found, end = [], 0
    starts = (a.end() for a in runon._ANCHOR.finditer(text))
    for start in itertools.chain((0,) if at_start else (), starts):
        if start >= end and (m := pattern.match(text, start)):
            found.append((start, m.group(1).strip()))
            end = m.end()
    return found


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Well. ", "Mr. ", "Clemens. ", "Good ", "QUESTION.- ", "Q: ", "THE PRESIDENT: ",
                                 "yes ", "1 ", ":", ".-", "  ", "? ", "Mrs. Lee. Hello"]), max_size=25))
def test_labels_in_long_lines_as_tried_at_every_anchor(pieces):
    text = "".join(pieces)
    pattern = runon._run_on_pattern(LEX)
    for at_start in (True, False):
        assert runon._labels_in(text, pattern, at_start) == _labels_everywhere(text, pattern, at_start)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=": .-\u00a0ab", max_size=30))
def test_separator_count_by_single_characters(text):
    exact = text.count(": ", 1) + text.count(":\u00a0", 1) + text.count(".-", 1) >= runon.MIN_GLUED_LABELS
    assert runon._separator_inside(text) == exact


# --- helpers.names ---------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="secrtaySECRTAY ", max_size=14), st.text(alphabet="secrtaySECRTAY ", max_size=14),
       st.sampled_from([0.8, 0.88]))
def test_similar_is_the_sequence_matcher_ratio(a, b, threshold):
    assert similar(a, b, threshold) == (SequenceMatcher(None, a, b).ratio() >= threshold)


@pytest.mark.parametrize("word", ["António", "ANTONIO", "Señor,", "(Lee)", "Ⅻ", "ǅ", "straße", "M.", ""])
def test_fold_without_cache_folds_alike(word):
    assert fold_uncached(word) == fold(word)


@pytest.mark.parametrize("word", ["В.В.Путин", "Д.Медведев", "J.Smith", "A.", "Putin", "", ".", "U.S.", "e.g."])
def test_strip_initials_as_the_pattern_alone(word):
    from teikit.transforms.helpers.names import _GLUED_INITIALS, strip_initials
    assert strip_initials(word) == (_GLUED_INITIALS.sub("", word) or word)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Ann", "de", "LEE", "the", "(FI)", "x1", "Über", " ", "  ", "\t"]), max_size=14),
       st.sampled_from([8, 10]))
def test_capitalised_words_as_counted_on_every_word(pieces, most):
    from teikit.transforms.helpers.labelshapes import _capitalised_words
    name = " ".join(pieces)
    words = name.split()
    expected = 0 < len(words) <= most and all(w[:1].isupper() or (len(w) <= 4 and w.isalpha()) or w[:1] in "(《"
                                              for w in words) and words[0][:1].isupper()
    assert _capitalised_words(name, most) == expected


@pytest.mark.parametrize("text", ["We met the", "We met the minister", "and", "", "   ", "x " + "y" * 40, "und der",
                                  "Meeting of", "it is OF", "a,"])
def test_broken_paragraph_by_its_last_word(text):
    from teikit.model import Paragraph, Text
    word = text.rstrip().rsplit(None, 1)[-1] if text.strip() else ""
    expected = text.rstrip().endswith((",", "，", "、")) or (word.isalpha() and word.islower() and word in LEX.small_words)
    assert runon._broken(Paragraph([Text(text)]), LEX) == expected
