"""The converter's fast paths that read a document's lines once for several rules give the
answers of the plain forms they replace (see `test_fast_paths.py` for the others): the one
scan for all the names a role may stand before, the run-on scan the wrapped scan reuses, and
one-line paragraphs read directly by the wrapped scan, the label's spacing and the writer.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.model import Boilerplate, LineBreak, Note, Paragraph, Text, Turn
from teikit.transforms.helpers import runon, wrappedrunon
from teikit.writers import tei_labels

LEX = lexicons.load("en")


# --- rolebefore.roles_before_names: one scan for all the wanted names ---------------------

def _roles_one_name_at_a_time(texts: list[str], names: list[str]) -> dict[str, str | None]:
    """The plain form: each name searched through the texts in order, its first mention in
    each text read for a role word before it, the first role found kept."""
    from teikit.transforms.helpers.rolebefore import ROLE_WORDS, _role_before
    roles: dict[str, str | None] = {}
    for person in names:
        roles[person] = None
        name = re.compile(rf"(?<![\w.])(?i:{re.escape(person)})\b")
        for text in texts:
            m = name.search(text)
            if m is None:
                continue
            sentence = re.split(r"[.?!:;,()\"“”]\s", text[:m.start()].rstrip())[-1]
            role = _role_before(sentence.split()[-ROLE_WORDS:], LEX)
            if role:
                roles[person] = role
                break
    return roles


_NAMES = ["Ann Lee", "ann lee", "Ann Leeds", "Lee Ann", "Jo Ann Lee", "Ann Lee Jr", "ſam Kelly", "İpek Öz", "K. Ray"]
_WORDS = ["correspondent", "Senior", "White", "House", "reporter", "the", "and", "said", ".", ",", "(", "Mr.",
          "Ann", "Lee", "Leeds", "Jo", "Sam", "KELLY", "ipek", "öz", "k.", "Ray", "X.Ann Lee", "_Ann Lee"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS + _NAMES), max_size=14).map(" ".join), max_size=6),
       st.lists(st.sampled_from(_NAMES), min_size=1, max_size=4, unique=True))
@example(["_Ann Lee said . White House correspondent Ann Lee"], ["Ann Lee"])  # a glued mention is none
@example(["Senior correspondent ann lee", "reporter Ann Leeds"], ["Ann Lee", "Ann Leeds"])
@example(["Lee Ann Jo Ann Lee correspondent Ann Leeds"], ["Ann Lee", "ann lee", "Ann Leeds"])  # a role of six words
def test_roles_before_names_finds_what_searching_each_name_finds(texts, names):
    """Overlapping names, case variants and letters whose case folds oddly (ſ, İ, K) get the
    role the plain name-by-name search gives them."""
    from types import SimpleNamespace

    from teikit.model import Paragraph, Text, Transcript
    from teikit.transforms.helpers.rolebefore import roles_before_names
    people = [SimpleNamespace(name=n, role=None) for n in names]
    doc = Transcript(blocks=[Paragraph([Text(t)], line=1) for t in texts])
    roles_before_names(doc, people, LEX)
    assert {p.name: p.role for p in people} == _roles_one_name_at_a_time(texts, names)


# --- runon: the wrapped scan reuses a long line's labels ----------------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["QUESTION:", "MR. LEE:", "Q:", "Mr. Clemens.", "ANN LEE:", "speech", "Good.",
                                 "it", "(laughter)", "1.", "NOW", " ", "and MARC DE BRICHAMBAUT: In"]),
                min_size=1, max_size=25).map(" ".join))
def test_a_long_lines_labels_are_its_labels_with_a_space_after(text):
    """Where `_reuse_scan` keeps a line's labels for the wrapped scan, they are the labels
    the wrapped scan finds in the line with the space it adds after it."""
    pattern = runon.run_on_pattern(LEX)
    last = runon._last_label_start(text)
    scans: dict = {}
    labels = runon.labels_in(text, pattern, last=last)
    runon._reuse_scan(scans, "para", text, last, labels)
    if scans:
        assert labels == runon.labels_in(text + " ", pattern)



# --- the wrapped run-on scan and the label's spacing read one-line paragraphs directly ----

_PIECES = st.sampled_from(["", " ", "  ", "\t", "x" * 59, "y" * 60, "Ann Lee: well, now", ", so"])
_ITEMS = st.one_of(_PIECES.map(Text), st.just(LineBreak()), _PIECES.map(lambda t: Note("editorial", t)))
_PARAGRAPHS = st.lists(_ITEMS, max_size=4).map(lambda items: Paragraph(content=items, line=1))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PARAGRAPHS, st.just(Boilerplate("Share this"))), max_size=8))
@example([Paragraph([Text("y" * 60)], line=1), Paragraph([Text("x" * 59)], line=2)])  # the minimum, one short
def test_wrapped_paragraphs_are_the_blocks_with_a_wrapped_text(blocks):
    """The one walk of the wrapped run-on scan keeps the blocks, and texts, that
    `_wrapped_text` gives one to, in order."""
    plain = [(b, t) for b in blocks if (t := wrappedrunon._wrapped_text(b)) is not None]
    assert [(id(b), t) for b, t in wrappedrunon.wrapped_paragraphs(blocks)] == [(id(b), t) for b, t in plain]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PARAGRAPHS, st.just(Note("delivery", "(laughs)"))), max_size=4),
       st.lists(st.just(Note("delivery", "(via interpreter)")), max_size=1))
@example([Paragraph([Text("  ")], line=1), Paragraph([Text(" ok")], line=2)], [])  # a blank first line
def test_what_follows_a_label_is_its_first_note_else_its_first_words(paragraphs, notes):
    """`_after_label` reads a one-line first paragraph directly; it gives what the walk over
    the paragraphs gives."""
    turn = Turn("ANN:", paragraphs=paragraphs, lead_notes=notes)
    plain = notes[0].text if notes else next(
        (p.text.lstrip() for p in paragraphs if isinstance(p, Paragraph) and p.text.strip()), "")
    assert tei_labels._after_label(turn) == plain


def _label_joined_plain(line: str, label: str) -> bool | None:
    if not line.startswith(label):
        return None
    after = line[len(label):]
    return bool(after.strip()) and not after[:1].isspace()


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["Ann:", "记者：", "Ann", ""]),
       st.lists(st.sampled_from(["Ann:", " ", "\u3000", "\t", "请问", "x", ":", "\u00a0"]), max_size=5).map("".join))
@example("Ann:", "Ann:")  # a label alone on its line
@example("Ann:", "Ann:\u3000")  # only a wide space after it
@example("Ann:", "Bob: x")  # not the label that opens the line
def test_label_joined_reads_the_first_character_after_the_label(label, rest):
    """Whether speech is glued to its label is read from the first character after it; it is
    what the plain test of the rest of the line gives."""
    from types import SimpleNamespace

    from teikit.transforms.labels import label_joined
    for line in (label + rest, rest):
        assert label_joined(line, SimpleNamespace(label=label)) == _label_joined_plain(line, label)


# --- dates.date_line: a line without a year's shape is no date, read without the patterns ---

DATE_PIECES = ["May", "mars", "марта", "21", "3", "12", ",", " ", "2022", "62", "25", "12:30", "at 14:00", "pm",
               "EST", "to", "noon", "Tuesday", "mardi", "(", ")", "年", "月", "日", "星期二", ".", "/", "-", "Date:",
               "Le", "года", "T", "|"]


@given(st.lists(st.sampled_from(DATE_PIECES), min_size=1, max_size=9).map("".join),
       st.sampled_from(["en", "fr", "ru", "zh"]))
@example("11/4/62", "en")
@example("(25.03.25)", "en")
@example("中華民國113年3月25日", "zh")
@settings(max_examples=600, deadline=None)
def test_date_line_without_a_year_shape_is_what_the_patterns_say(line, lang):
    """`date_line` returns at once for a line that prints no year as its forms do; its answer
    is the one the patterns give when every line is read by them."""
    from unittest import mock

    from teikit.transforms.helpers import dates
    lex = lexicons.load(lang)
    guarded = dates.date_line(line, lex)
    with mock.patch.object(dates, "_YEAR_SHAPE", re.compile("")):  # (every line read by the patterns)
        assert guarded == dates.date_line(line, lex)


# --- dates.cut_suffix: the trailing time patterns read in a long line's tail only ---

@given(st.lists(st.sampled_from(DATE_PIECES + ["  ", ",,", "\t", "word", "a las ", "Uhr", "p.m.", "（", "，"]), min_size=1,
                max_size=40).map("".join), st.integers(0, 120))
@example("May 3, 2022 " + "x" * 300 + " 2022 14:30", 0)
@example("2022" + " " * 300 + "14:30 " + "," * 100 + " p.m.", 0)
@example("2022" + " " * 260 + "12:30 p.m. - 1:30 p.m., EST", 0)  # a slot whose match starts before the tail
@example("x" * 900 + "2022" + " (，" * 300 + "Tuesday.)", 0)  # a weekday after a run longer than the tail
@example("x" * 900 + " 2022, Wednesday.)", 0)  # the longest weekday, its stop and bracket
@settings(max_examples=200, deadline=None)
def test_cut_suffix_is_the_trailing_patterns_sub(tail, padding):
    """A long line's trailing time or slot is cut where the patterns tried at every
    position cut it (long runs of spaces and commas, which a match may span, included)."""
    from teikit.transforms.helpers import dates
    for line in (tail, "word " * padding + tail, "2021" + " " * padding + tail, "2021" + " (，" * padding + tail):
        for pattern in (dates._TRAILING_TIME, dates._TRAILING_SLOT):
            assert dates.cut_suffix(pattern, line) == pattern.sub("", line)
        for lang in ("en", "zh"):  # a weekday after the date, as the lexicon spells it
            forms = dates._forms(lexicons.load(lang))
            assert dates.cut_suffix(forms.weekday_end, line, forms.weekday_marks, dates.WEEKDAY_RUN) \
                == forms.weekday_end.sub("", line)
