"""Name and role shapes of the twenty-seventh round on unseen pages' persons
(docs/convert-shapes.md, N390a-N399a), and the lexicon's whole-word lists they read.

Every example is written for the test (never a corpus line); each fails without its rule.
"""
from __future__ import annotations

from teikit.lexicons import load
from teikit.transforms.helpers.ownwords import self_named


# --- Lexicon.whole_words: a list's entries as whole words only ----------------------------------

def test_whole_words_finds_an_office_but_not_inside_another_word():
    offices = load("en").whole_words("office_words")
    assert offices.search("the Press Secretary") and offices.search("King of Spain")
    assert not offices.search("speaking") and not offices.search("hosting")


def test_whole_words_is_compiled_once_per_list():
    lex = load("en")
    assert lex.whole_words("office_words") is lex.whole_words("office_words")


def test_a_self_given_role_needs_an_office_as_a_whole_word():
    lex = load("en")
    assert self_named("Hello. I will be your speaking partner for today.", lex) == (None, None)
    assert self_named("Hello. I will be your press secretary for today.", lex) == (None, "press secretary")
