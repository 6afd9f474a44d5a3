"""Shortcuts of the persons pass give the answers of the plain forms they replace: the
phrases a speaker names themself with ("My name is ...", "I'm with the ...", "I will be your
...") are looked for by one search of the opening words before the windows are searched, in
place, as the operator's hand-over already was (`test_fast_twelfth.py`); near spellings are
told by difflib's quick ratios reckoned without a `SequenceMatcher`; a long word is compared
only with the titles of its first letter; a label of initials is compared only with the
names of as many words and the same first letter; a speaker's name is looked for (its
pattern compiled) only at the mentions whose characters it may match regardless of case.
"""
from __future__ import annotations

import dataclasses

from hypothesis import example, given, settings
from hypothesis import strategies as st

from difflib import SequenceMatcher

from teikit import lexicons
from teikit.model import Paragraph, Person, Text, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import ownwords, rolebefore, samepersons
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
        run = ownwords.introduced_run(words, i, i in naming, lex)
        if run:
            name = " ".join(run)
            break
    name = name or ownwords.name_after_role(words, _windows_plain(words, lex, "self_roles", 5), lex)
    return name, _office_plain(words, lex) or _organisation_plain(words, lex) or _occupation_plain(words, lex)


def _office_plain(words, lex):
    for i in _windows_plain(words, lex, "self_roles", 5):
        taken = []
        for k, word in enumerate(words[i:i + 6], start=i):
            bare = word.strip(",.;:!?")
            if nm.fold(bare) in ownwords._ROLE_STOP or not bare or ownwords.name_ends_role(words, k, taken, lex):
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
                and nm.fold(words[k]) not in nm.folded(lex, "occupation_links"):
            k += 1
        if k == i or k >= len(words) or nm.fold(words[k]) not in nm.folded(lex, "occupation_links"):
            continue
        organisation = ownwords._own_organisation_words(words, k + 1, lex)
        if organisation:
            return " ".join(words[i:k + 1] + organisation)
    return None


_WORDS = ["Good", "morning.", "My", "my", "name", "name's", "is", "Dana", "Lee,", "Lee.", "and", "I", "I'm", "i’m",
          "am", "will", "be", "your", "the", "an", "a", "moderator", "conference", "operator", "today.", "with",
          "Naval", "Historical", "Foundation.", "volunteer", "at", "Veteran's", "History", "Project", "work",
          "for", "NASA", "Press", "Secretary", "this", "it", "[00:00:07]", "Je", "suis", "Ich", "bin", "Thank",
          "you.", "\u00a0", "also", "co-host", "Mein", "Name", "ist", "host", "host,", "Jane", "Doe", "Mayor"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=70), st.sampled_from([EN, FR, DE, LOOKING_AROUND]))
@example("Good morning. My name is Dana Lee, and I will be your conference operator today.".split(), EN)
@example("I'm a volunteer at the Veteran's History Project".split(), EN)
@example("Well good morning I'm Dana Lee".split(), LOOKING_AROUND)
@example("so this is Dana Lee".split(), LOOKING_AROUND)
@example("Good morning. I am with the Naval Historical Foundation.".split(), LOOKING_AROUND)
@example("Welcome. I'm your host, Jane Doe. Let us begin.".split(), EN)
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


def _merge_initials_plain(turns: list, people: list) -> None:
    """The plain form of `samepersons.merge_initials`: every person's name read for each label."""
    for entry in list(people):
        short = entry[1]
        label = (short.labels[0] if short.labels else "").rstrip(":： ").strip()
        plain = label.isalpha() and label.isupper() and len(label) <= samepersons.MAX_PLAIN_INITIALS
        if not plain and not samepersons._DOTTED_INITIALS.match(label):
            continue
        letters = [nm.fold(c) for c in label if c.isalpha()]
        matches = [p for _, p in people if p is not short and p.name and p.name.strip()
                   and samepersons.initials_fit(letters, p.name) and not (plain and p.name.isupper())]
        if len(matches) == 1 and (not plain or samepersons.speaks_first(turns, matches[0], short)):
            samepersons.join_person(turns, people, entry, matches[0])


_PEOPLE = [("Jordi Évole", "JORDI ÉVOLE:"), ("J.E.", "J.E.:"), ("Ann Lee", "Ann Lee:"), ("AL", "AL:"), ("A. L.", "A. L.:"),
           ("Moreno", "Moreno:"), ("M", "M:"), ("ANN LEE", "ANN LEE:"), (None, "J. E.:"), ("Jan Eck", "Jan Eck:"),
           ("ß", "ß:"), ("Straße Lee", "SL:"), ("   ", "J.L.:")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PEOPLE), max_size=8), st.lists(st.integers(0, 7), max_size=12))
@example([("Jordi Évole", "JORDI ÉVOLE:"), ("J.E.", "J.E.:"), ("Jan Eck", "Jan Eck:")], [0, 1, 2])
@example([("Jordi Évole", "JORDI ÉVOLE:"), ("J.E.", "J.E.:"), ("J.E.", "J.E.:")], [0, 1, 2])
def test_initials_compared_with_names_of_their_shape_equal_all_names_read(specs, order):
    def build():
        people = [((), Person(id=f"p{n}", name=name, labels=[label])) for n, (name, label) in enumerate(specs)]
        return [Turn(label="x", who=f"p{k}") for k in order], people

    fast_turns, fast_people = build()
    plain_turns, plain_people = build()
    samepersons.merge_initials(fast_turns, fast_people)
    _merge_initials_plain(plain_turns, plain_people)
    assert fast_people == plain_people
    assert [t.who for t in fast_turns] == [t.who for t in plain_turns]


def _roles_plain(doc: Transcript, people: list, lex) -> None:
    """The plain form of `rolebefore.roles_before_names`: each speaker's pattern tried at every mention."""
    import re
    wanted = [p for p in people if (p.role is None or " " not in p.role.strip()) and p.name and len(p.name.split()) >= 2]
    if not wanted:
        return
    mentioned = rolebefore._mentions(rolebefore._texts(doc), wanted)
    for person in wanted:
        name = re.compile(rf"(?i:{re.escape(person.name)})\b")
        for text, starts in mentioned:
            start = next((at for at in starts if name.match(text, at)), None)
            if start is None:
                continue
            sentence = re.split(r"[.?!:;,()\"“”]\s", text[:start].rstrip())[-1]
            role = rolebefore._role_before(sentence.split()[-5:], lex)
            if role and (person.role is None or role.lower().endswith(person.role.lower())):
                person.role = role
                break


_SPEAKERS = ["Nick Schifrin", "NICK SCHIFRIN", "Luke Broadwater", "Kelly Roe", "Ann Lee", "Ann Leeds", "İsa Roe",
             "Isa Roe", "Jürgen Roe", "Jo Ross"]
_MENTIONS = ["Foreign affairs correspondent Nick Schifrin begins.", "we welcome congressional reporter Luke Broadwater",
             "White House correspondent \u212aelly Roe said", "Senate Majority Leader ANN LEE", "Chief Reporter Ann Leeds",
             "Senior correspondent isa roe", "Senior correspondent İsa Roe", "Press secretary Jo Roſs", "Bureau chief Jürgen Roe", "Nothing here."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SPEAKERS), min_size=1, max_size=4, unique=True),
       st.lists(st.sampled_from(_MENTIONS), min_size=1, max_size=5), st.sampled_from([EN, DE]))
@example(["Kelly Roe"], ["White House correspondent \u212aelly Roe said"], EN)
@example(["Ann Lee", "Ann Leeds"], ["Chief Reporter Ann Leeds", "Senate Majority Leader ANN LEE"], EN)
@example(["Isa Roe"], ["Senior correspondent İsa Roe"], EN)
@example(["Jo Ross"], ["Press secretary Jo Roſs"], EN)
def test_names_looked_for_where_they_may_stand_equal_every_mention_tried(speakers, mentions, lex):
    def build():
        doc = Transcript(id="d", blocks=[Turn(label="HOST:", paragraphs=[Paragraph(content=[Text(m)])]) for m in mentions])
        return doc, [Person(id=f"p{n}", name=name) for n, name in enumerate(speakers)]

    fast_doc, fast_people = build()
    plain_doc, plain_people = build()
    rolebefore.roles_before_names(fast_doc, fast_people, lex)
    _roles_plain(plain_doc, plain_people, lex)
    assert [p.role for p in fast_people] == [p.role for p in plain_people]
