"""Shortcuts of the persons pass give the answers of the plain forms they replace: the
phrases a speaker names themself with ("My name is ...", "I'm with the ...", "I will be your
...") are looked for by one search of the opening words before the windows are searched, in
place, as the operator's hand-over already was (`test_fast_twelfth.py`); near spellings are
told by difflib's quick ratios reckoned without a `SequenceMatcher`; a long word is compared
only with the titles of its first letter.
"""
from __future__ import annotations

import dataclasses

from hypothesis import example, given, settings
from hypothesis import strategies as st

from difflib import SequenceMatcher

from teikit import lexicons
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import ownwords
from teikit.transforms.helpers.shapes import similar

EN, FR, DE = lexicons.load("en"), lexicons.load("fr"), lexicons.load("de")
# phrases that look around their match or are anchored elsewhere than at the end, each as
# wide as its window (a look-behind or "^" at a window's start, a look-ahead or "\Z" past
# a phrase found in all the words): the windows are cut out and searched one by one
LOOKING_AROUND = dataclasses.replace(
    EN, naming_phrases=(r"(?<=\s)\w+ my name is\s+$",), self_introductions=(r"^\w+ \w+ \w+ i'm\s+$", r"this is(?! Dana)\s+$"),
    self_roles=(r"(?<=\s)\w+ \w+ i will be your\s+$",), self_affiliations=(r"\bi am with\s+\Z",),
    self_occupations=(r"^\w+ \w+ i am an?\s+$",))


def _windows_plain(words: list[str], lex, name: str, width: int, stop: int | None = None) -> list[int]:
    """The plain form: every window of `width` words before word i joined anew and searched."""
    phrase = lex.pattern(name)
    return [i for i in range(1, len(words) if stop is None else stop)
            if phrase.search(" ".join(words[max(0, i - width):i]) + " ")]


def _self_named_plain(text: str, lex) -> tuple[str | None, str | None]:
    """`self_named` with each window cut out and searched (the form before the shortcut)."""
    words = [w for w in text.replace("\u00a0", " ").split()[:ownwords.OPENING_WORDS]
             if not ownwords._TIME_MARK.fullmatch(w)]
    name = None
    naming = _windows_plain(words, lex, "naming_phrases", 4)
    for i in sorted(set(naming) | set(_windows_plain(words, lex, "self_introductions", 4))):
        run = ownwords._name_words(words, i, lex)
        if len(run) >= 2 or (run and i in naming):
            name = " ".join(run)
            break
    return name, _office_plain(words, lex) or _organisation_plain(words, lex) or _occupation_plain(words, lex)


def _office_plain(words, lex):
    for i in _windows_plain(words, lex, "self_roles", 5):
        taken = []
        for word in words[i:i + 6]:
            bare = word.strip(",.;:!?")
            if nm.fold(bare) in ownwords._ROLE_STOP or not bare:
                break
            taken.append(bare)
            if bare != word:
                break
        role = " ".join(taken)
        if role and (lex.pattern("office_words").search(role)
                     or any(nm.fold(w) in nm.folded(lex, "anonymous_words") for w in taken)):
            return role
    return None


def _organisation_plain(words, lex):
    for i in _windows_plain(words, lex, "self_affiliations", 5):
        taken = ownwords._own_organisation_words(words, i, lex)
        while taken and not taken[0][:1].isupper():
            taken = taken[1:]
        if taken:
            return " ".join(taken)
    return None


def _occupation_plain(words, lex):
    for i in _windows_plain(words, lex, "self_occupations", 4, stop=len(words) - 2):
        k = i
        while k < i + 2 and k < len(words) and words[k].islower() and words[k].isalpha() \
                and nm.fold(words[k]) not in ownwords._AT:
            k += 1
        if k == i or k >= len(words) or nm.fold(words[k]) not in ownwords._AT:
            continue
        organisation = ownwords._own_organisation_words(words, k + 1, lex)
        if organisation:
            return " ".join(words[i:k + 1] + organisation)
    return None


_WORDS = ["Good", "morning.", "My", "my", "name", "name's", "is", "Dana", "Lee,", "Lee.", "and", "I", "I'm", "i’m",
          "am", "will", "be", "your", "the", "an", "a", "moderator", "conference", "operator", "today.", "with",
          "Naval", "Historical", "Foundation.", "volunteer", "at", "Veteran's", "History", "Project", "work",
          "for", "NASA", "Press", "Secretary", "this", "it", "[00:00:07]", "Je", "suis", "Ich", "bin", "Thank",
          "you.", "\u00a0", "also", "co-host", "Mein", "Name", "ist"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=70), st.sampled_from([EN, FR, DE, LOOKING_AROUND]))
@example("Good morning. My name is Dana Lee, and I will be your conference operator today.".split(), EN)
@example("I'm a volunteer at the Veteran's History Project".split(), EN)
@example("Well good morning I'm Dana Lee".split(), LOOKING_AROUND)
@example("so this is Dana Lee".split(), LOOKING_AROUND)
@example("Good morning. I am with the Naval Historical Foundation.".split(), LOOKING_AROUND)
def test_own_name_and_role_found_by_one_search_equal_every_window_searched(words, lex):
    text = " ".join(words)
    assert ownwords.self_named(text, lex) == _self_named_plain(text, lex)


def test_phrases_that_look_around_their_match_are_searched_window_by_window():
    assert all(ownwords._unanchored(EN, name) is not None
               for name in ("naming_phrases", "self_introductions", "self_roles", "self_affiliations",
                            "self_occupations", "introductions"))
    assert all(ownwords._unanchored(LOOKING_AROUND, name) is None
               for name in ("naming_phrases", "self_introductions", "self_roles", "self_affiliations",
                            "self_occupations"))
    # "^" and a look-behind: true at the start of each window cut out, never (or always) at a
    # `pos` past the start of the words
    assert ownwords.self_named("Well good morning I'm Dana Lee", LOOKING_AROUND)[0] == "Dana Lee"
    assert ownwords.self_named("Yes well my name is Dana Lee", LOOKING_AROUND)[0] is None
    # a look-ahead and "\Z" see past a window's end in the words joined
    assert ownwords.self_named("so this is Dana Lee", LOOKING_AROUND)[0] == "Dana Lee"
    assert ownwords.self_named("and I am with the Naval Historical Foundation.", LOOKING_AROUND)[1] \
        == "Naval Historical Foundation"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aeimnorsDMİß ", max_size=14), st.text(alphabet="aeimnorsDMİß ", max_size=14),
       st.sampled_from([0.0, 0.5, 0.8, 0.88, 1.0]))
@example("", "", 0.8)
@example("di maio", "de maio", 0.8)
@example("secretar", "secretary", 0.88)
def test_near_spellings_told_as_by_sequence_matcher(a, b, threshold):
    assert similar(a, b, threshold) == (SequenceMatcher(None, a, b).ratio() >= threshold)


_TITLE_LIKE = ["SECRETAR", "Secretary", "PRESIDENTE", "Presidnet", "MINISTRE", "Ministerin", "Ambassador",
               "AMBASADOR", "Commissioner", "Comissioner", "Spokesperson", "Spokesman", "Blinken", "Lavrov",
               "Präsidentin", "Bundeskanzler", "Chancellor", "Chancelor", "Moderator", "Moderatrice", "Sprecher"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_TITLE_LIKE), st.sampled_from([EN, FR, DE]))
def test_a_long_word_compared_with_its_initials_titles_as_with_all(word, lex):
    w = nm.fold(word)
    titles = nm.folded(lex, "title_words")
    plain = w in titles or ("-" in w.strip("-") and all(part in titles for part in w.split("-") if part)) \
        or ("-" not in w.strip("-") and len(w) >= 7
            and any(t[0] == w[0] and len(t) >= 7 and similar(w, t, 0.88) for t in titles))
    assert nm.is_title_word(word, lex) == plain
