"""Twelfth-round shortcuts give the answers of the plain forms they replace (see also
`test_fast_eleventh.py`): an operator's hand-over is looked for by one search of the closing
words before the windows are searched, in place; a colon label printed twice or more is
decided once per name whether or not a time is printed with it and whether or not speech
follows it on its line; the first line, and the first text of each line, of a paragraph are
read without splitting the paragraph into lines; a long run of lines is asked for caption
cues only if it holds an arrow; a line is tried with the site phrases found anywhere only if
it holds one of their literals; the persons of each role are found once for the labels that
repeat a role (a search of all persons per label grew with the square of the speakers); a
paragraph that is one site line is set apart whole, without being split into its lines.
"""
from __future__ import annotations

import dataclasses

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.convert_api import ConvertOptions
from teikit.model import LineBreak, Note, Paragraph, Person, Text, Transcript, Turn
from teikit.readers import plaintext
from teikit.transforms import Context, boilerplate
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import ownwords, samepersons
from teikit.transforms.helpers.labelpolicy import LabelPolicy
from teikit.transforms.helpers.labelshapes import candidates
from teikit.transforms.helpers.lines import first_line, first_text, first_texts, lines_of
from teikit.transforms.helpers.page import _page

EN, FR, DE = lexicons.load("en"), lexicons.load("fr"), lexicons.load("de")
CTX = Context(options=ConvertOptions(), lexicon=EN)
# a lexicon whose phrase may look before its match: the search falls back to the windows cut out
LOOKING_BACK = dataclasses.replace(EN, introductions=(r"(?<=\s)\w+ \w+ \w+ \w+ over to\s+$", r"^invite\s+$"))


def _handed_to_plain(text: str, lex) -> tuple[str, str | None] | None:
    """The plain form: every window of six closing words joined anew and searched."""
    words = text.replace("\u00a0", " ").split()[-ownwords.CLOSING_WORDS:]
    intro = lex.pattern("introductions")
    found = None
    for i in range(1, len(words)):
        if intro.search(" ".join(words[max(0, i - 6):i]) + " ") is None:
            continue
        i = ownwords.after_forms_of_address(words, i, lex)  # "over to Ms. Ann Lee" (N2342l)
        run = ownwords._name_words(words, i, lex)
        if len(run) >= 2:
            end = i + len(run)
            role = nm.role_after(words, end, lex) or None if words[end - 1].endswith(",") else None
            found = (" ".join(run), role)
    return found


_WORDS = ["I", "would", "now", "like", "to", "turn", "the", "conference", "call", "over", "to", "Ann", "Lee,",
          "Chief", "Financial", "Officer.", "Please", "go", "ahead.", "welcome", "Welcome", "invite", "on", "Rao",
          "Meera", "joined", "by", "la", "parole", "est", "à", "Marie", "Roe", "begrüße", "ich", "übergebe", "an",
          "Herrn", "Kurz.", "\u00a0", "hand", "it", "Thank", "you."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=60), st.sampled_from([EN, FR, DE, LOOKING_BACK]))
@example(["I", "would", "now", "like", "to", "turn", "the", "conference", "over", "to", "Ann", "Lee,", "Chief",
          "Financial", "Officer."], EN)
@example(["Thank", "you.", "I", "would", "now", "like", "to", "hand", "it", "over", "to", "Ann", "Lee,"], LOOKING_BACK)
@example(["welcome", "the", "I", "I"], EN)  # an article is no form of address before a name (N2342l)
def test_hand_over_found_by_one_search_equals_every_window_searched(words, lex):
    text = " ".join(words)
    assert ownwords.handed_to(text, lex) == _handed_to_plain(text, lex)


def test_hand_over_falls_back_to_cut_windows_for_a_phrase_looking_back():
    assert ownwords._unanchored(LOOKING_BACK, "introductions") is None
    assert ownwords._unanchored(EN, "introductions") is not None
    # "^invite": true at the start of the first window (cut out), never at a `pos` past the start
    assert ownwords.handed_to("invite Meera Rao now", LOOKING_BACK) == ("Meera Rao", None)


_LABEL_LINES = ["[00:00:05] Ann Lee: Good morning.", "Ann Lee: Yes.", "ANN LEE:", "Ann Lee:", "Speaker 1: 00:00:27",
                "SPEAKER_04 (00:00):", "Moderator: Thank you.", "[00:01:10] Moderator: Next question.",
                "The Late Show: Season 2", "Good morning to all.", "Q: Why?", "Transcript:", "Ann Lee (00:01:02):",
                "Bob Roe: Sure", "Bob Roe (00:02:00): Sure", "周梅森:把人生活成一場奇跡", "2024年04月10日07:32",
                "Agenda:", "Ann Lee: Good morning.", "Yes: I agree.", "[00:00:07] Yes: I agree.", "Today:",
                "Today (00:01:02):", "Statement by Ann Lee:", "Statement by Ann Lee: Thank you."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LABEL_LINES), min_size=1, max_size=30))
@example(["Yes: I agree.", "[00:00:07] Yes: I agree.", "Yes: I agree.", "[00:00:07] Yes: I agree."])
@example(["The Late Show: Season 2", "Bob Roe: Sure", "Bob Roe (00:02:00): Sure"])  # a form's fields (T680c)
def test_colon_labels_decided_once_equal_each_line_decided(lines):
    found = [candidates(line, EN) for line in lines]
    policy = LabelPolicy(lines, lines[:12], EN, found)
    plain = LabelPolicy(lines, lines[:12], EN, found)
    for shapes in found:
        for c in shapes:
            # the plain form: each candidate given its verdict, the memo of repeated labels unused
            assert policy(c) == _decided_alone(plain, c), c


def _decided_alone(plain: LabelPolicy, c) -> bool:
    """A candidate's verdict as `LabelPolicy.__call__` gives it before its memo: the lines the
    document's shape settles (a form's fields, sure labels, initialled names, headlines over a
    stamp or a lead), then the candidate's own verdict."""
    pair = (c.label, c.rest)
    if pair in plain.not_labels:
        return False
    if pair in plain.sure_labels or c.name in plain.initialled:
        return True
    return False if pair in plain.over_stamps else plain._verdict(c)


_ITEMS = [Text("Ann Lee: Hello"), Text(""), Text("speaker"), LineBreak(), LineBreak(), Note(type="editorial", text="[x]")]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(range(len(_ITEMS))), max_size=10))
def test_first_lines_read_in_place_equal_the_lines_split(picks):
    para = Paragraph(content=[_ITEMS[k] for k in picks], line=1)
    assert first_line(para) == lines_of(para)[0]
    assert first_texts(para) == [first_text(line) for line in lines_of(para)]


_RUN_LINES = ["1", "00:00:01,000 --> 00:00:02,200", "Hello there.", "2", "00:00:02,202 -", "-> 00:00:03,332", "--",
              "> 00:00:03,332", "12", "0:00:01.5 --> 0:00:02.0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_RUN_LINES), max_size=12))
def test_runs_without_an_arrow_searched_at_once_equal_each_line_tried(run):
    plain = any(plaintext._is_cue(run, i) for i in range(len(run) - 1))
    assert plaintext._has_cue(run) == plain


_SITE_LINES = ["Share this page", "Read the full transcript here", "ann-lee | home", "Good morning, everyone.",
               "<iframe src=x>", "News | Sport | Culture | Video", "en-US de-DE fr-FR", "5 minutes ago", "",
               "© 2024 Example", "Download the PDF (2 MB)", "We did it.", "Originally published on the site",
               "Photo: Getty Images", "Ann Lee", "zh-CN Chinese (Simplified)"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_SITE_LINES), st.sampled_from(_SITE_LINES), st.sampled_from([EN, FR, DE]))
def test_site_literals_searched_at_once_equal_each_literal_tried(a, b, lex):
    page = _page(lex)
    for line in (a, f"{a} {b}", f"{b}{a}"):
        low = line.lower()
        plain = any(literal in low and test(line) for literal, test in page.tests)
        assert page._anywhere(line, low) == plain


def _merge_role_repeats_plain(turns: list, people: list) -> None:
    """The plain form: all persons searched for each label's role holders."""
    for entry in list(people):
        key, short = entry
        if short.role or not short.name or not key or len(short.labels) != 1:
            continue
        plain = nm.fold(short.labels[0].rstrip(":： ").strip())
        if plain != nm.fold(short.name):
            continue
        holders = [p for _, p in people if p is not short and p.role and nm.fold(p.role) == plain]
        if len(holders) == 1 and samepersons.speaks_first(turns, holders[0], short):
            samepersons.join_person(turns, people, entry, holders[0])


_NAMES = ["村支書的父親", "Mayor", "Ann Lee", "MAYOR", "Bob Roe", None]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(_NAMES), st.sampled_from(_NAMES),
                          st.booleans()), max_size=8),
       st.lists(st.integers(0, 7), max_size=12))
def test_role_holders_indexed_once_equal_all_persons_searched(specs, order):
    def build():
        people = [((nm.fold(name),) if keyed and name else (), Person(id=f"p{n}", name=name, role=role,
                                                                     labels=[f"{label}:"] if label else []))
                  for n, (name, role, label, keyed) in enumerate(specs)]
        turns = [Turn(label="x", who=f"p{k}") for k in order]
        return turns, people

    fast_turns, fast_people = build()
    plain_turns, plain_people = build()
    samepersons.merge_role_repeats(fast_turns, fast_people)
    _merge_role_repeats_plain(plain_turns, plain_people)
    assert fast_people == plain_people
    assert [t.who for t in fast_turns] == [t.who for t in plain_turns]


_BLOCKS = [["Share this page"], ["Good morning."], ["Share this page", "Good morning."], ["Bookmark and Share"],
           ["Good morning.", "Share this page", "Thank you."], ["Photo of the minister at the summit", "Jane Roe Agency",
                                                               "Photo of the minister at the summit"], ["Tweet"], []]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(range(len(_BLOCKS))), st.integers(0, 3)), max_size=14))
def test_site_paragraphs_set_apart_whole_equal_their_lines_split(picks):
    def doc():
        blocks = []
        for k, line in picks:
            content: list = []
            for i, text in enumerate(_BLOCKS[k]):
                content += [LineBreak(), Text(text)] if i else [Text(text)]
            blocks.append(Paragraph(content=content, line=line))
        return Transcript(id="t", blocks=blocks)

    fast = doc()
    boilerplate.PASS.apply(fast, CTX)
    plain = doc()
    original = boilerplate._plain_lines
    try:  # the plain form: every paragraph's lines read, so that each is split line by line
        boilerplate._plain_lines = lambda blocks: _every_paragraph_read(blocks, original)
        boilerplate.PASS.apply(plain, CTX)
    finally:
        boilerplate._plain_lines = original
    assert fast.blocks == plain.blocks


def _every_paragraph_read(blocks: list, original) -> tuple:
    texts, owners, three_lines, read = original(blocks)
    for n in owners:
        read.setdefault(n, lines_of(blocks[n]))
    return texts, owners, three_lines, read
