"""The twenty-sixth speed round's rewrites give what the plain forms they replace give."""
from __future__ import annotations

from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit.lexicons import load
from teikit.transforms.helpers import stampedrunon
from teikit.transforms.helpers.page import _BULLETS, _anchored, _page, _short, is_soft

# words with punctuation around them or glued to another word, and spaces str.split() splits at
WORDS = st.sampled_from(["Ann", "Anna", "Roe", "Lee", "Peter", "mit", "(Ann", "Roe.", "Lee,", "x.Ann", "Ann-Lee",
                         "«Ann»", "Ann…", "...", "0:24", "编辑", "", "Ann\u00a0Roe", "Ann\tRoe", "Ann\x1fRoe"])
LINES = st.lists(st.lists(WORDS, max_size=6).map(" ".join), max_size=12)
NAME_WORDS = st.sampled_from(["Ann", "Anna", "Roe", "Lee", "Peter", "编辑", "(Ann"])
NAMES = st.lists(st.lists(NAME_WORDS, min_size=2, max_size=3), min_size=1, max_size=4)


def _printed_elsewhere_whole(once: dict, printed: Counter, text: str) -> dict:
    """`stampedrunon._printed_elsewhere` as it read the text: one list of all its words."""
    runs = {tuple(words[:k]) for words in once.values() for k in range(2, len(words) + 1)}
    if not runs:
        return {}
    firsts = {run[0] for run in runs}
    tokens = [t.strip(stampedrunon._PUNCTUATION) for t in text.split()]
    seen: Counter = Counter()
    for i, token in enumerate(tokens):
        if token in firsts:
            for k in range(2, stampedrunon.MAX_NAME_WORDS + 1):
                if tuple(tokens[i:i + k]) in runs:
                    seen[tuple(tokens[i:i + k])] += 1
    found = {}
    for key, words in once.items():
        run = next((tuple(words[:k]) for k in range(len(words), 1, -1)
                    if seen[tuple(words[:k])] > printed[tuple(words[:k])]), None)
        if run is not None:
            found[key] = " ".join(run)
    return found


@given(LINES, NAMES, st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=2), st.booleans())
@example(["Ann", "Roe"], [["Ann", "Roe"]], 1, 0, False)  # a name run over a line's end
@example(["x Ann", "Roe", "Ann Roe"], [["Ann", "Roe", "Lee"]], 2, 0, True)  # a batch a line
@example(["(Anna Roe) x.Ann Roe «Ann» Roe"], [["Ann", "Roe"], ["Anna", "Roe"]], 4, 0, False)
@settings(max_examples=500, deadline=None)
def test_names_printed_elsewhere_found_without_every_word(lines, names, batch, times, read_every_word):
    """Searched by a pattern of the first words (or, past `MAX_SEARCHED_FIRSTS`, every word read
    a batch at a time), the counts are those of one list of all the text's words."""
    once = {(n, 0): words for n, words in enumerate(names)}
    printed = Counter({tuple(words[:2]): times for words in names})
    saved = stampedrunon.WORD_BATCH_CHARS, stampedrunon.MAX_SEARCHED_FIRSTS
    stampedrunon.WORD_BATCH_CHARS = batch
    stampedrunon.MAX_SEARCHED_FIRSTS = 0 if read_every_word else saved[1]
    try:
        got = stampedrunon._printed_elsewhere(once, printed, lines)
    finally:
        stampedrunon.WORD_BATCH_CHARS, stampedrunon.MAX_SEARCHED_FIRSTS = saved
    assert got == _printed_elsewhere_whole(once, printed, "\n".join(lines))


def test_words_after_a_name_are_read_from_a_growing_slice():
    long = "Ann " + "x" * 1000 + " Roe Lee"
    assert stampedrunon._head_words(long, 0, 3) == ["Ann", "x" * 1000, "Roe"]
    assert stampedrunon._head_words("  Ann  Roe ", 1, 3) == ["Ann", "Roe"]


@given(LINES, st.sets(st.sampled_from(["Ann", "Anna", "Roe", "Lee", "编辑", "(Ann", "Ann-Lee", "..."]), min_size=1),
       st.integers(min_value=1, max_value=12), st.booleans())
@settings(max_examples=500, deadline=None)
def test_name_windows_are_the_windows_of_every_word(lines, firsts, batch, read_every_word):
    tokens = [t.strip(stampedrunon._PUNCTUATION) for t in "\n".join(lines).split()]
    plain = [tuple(tokens[i:i + stampedrunon.MAX_NAME_WORDS]) for i, t in enumerate(tokens) if t in firsts]
    saved = stampedrunon.WORD_BATCH_CHARS, stampedrunon.MAX_SEARCHED_FIRSTS
    stampedrunon.WORD_BATCH_CHARS = batch
    stampedrunon.MAX_SEARCHED_FIRSTS = 0 if read_every_word else saved[1]
    try:
        assert list(stampedrunon._name_windows(lines, firsts)) == plain
    finally:
        stampedrunon.WORD_BATCH_CHARS, stampedrunon.MAX_SEARCHED_FIRSTS = saved


# fragments of soft phrases (anchored at a line's start or found anywhere) and of other text
SOFT_PIECES = st.sampled_from(["donate", "Donation", "subscribe", "Support us", "news", "Blog", "Press releases",
                               "share", "Tweet", "Source: ", "via ", "https://a.b/c", "www.x.org/y", "12", "#tag",
                               "Sign in", "Menu", "Contents", "Updated", "(212) 555-1234", "Welcome to Rye",
                               "Filed under", "spenden", "the", " ", "x", "|", "."])
SOFT_LINES = st.lists(SOFT_PIECES, max_size=6).map("".join)


@given(SOFT_LINES, st.sampled_from(["en", "fr", "de", "es", "it", "ru", "zh"]))
@example("Sign in", "en")  # anchored: only at the start
@example("x Sign in", "en")
@example("Read our news", "en")  # found anywhere, at the end
@settings(max_examples=600, deadline=None)
def test_soft_phrases_tried_at_the_start_or_searched_as_one_search(line, lang):
    """`page.is_soft` tries the anchored soft phrases at the line's start only: the same answer
    as searching the line for the whole alternation."""
    lex = load(lang)
    page = _page(lex)
    stripped = line.strip(_BULLETS)
    plain = _short(stripped) and (page.strong(stripped) or page.soft.search(stripped) is not None)
    assert is_soft(line, lex) == plain


def test_anchored_phrases_are_read_from_the_parsed_pattern():
    assert _anchored("^(sign in|log in)$") and _anchored("^a|^b") and _anchored(r"\Aab")
    assert not _anchored("^a|b") and not _anchored(r"\bdonate\b") and not _anchored("(^a)|b")
