"""Tenth-round shortcuts give the answers of the plain forms they replace (see also
`test_fast_checks.py`): the moved-colon join keeps the one-line paragraphs up to date
instead of their being found again, and finds its paragraphs' places without a map of
every block; a site phrase that opens with an optional group is tried only on lines
opening with one of its letters; a diarization id is read once per name.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers import movedcolon, timedsegments
from teikit.transforms.helpers.page import first_letters
from teikit.transforms.helpers.runon import one_line_paragraphs, run_on_key

# speech ending with a label, labels alone, colon paragraphs, plain speech, other blocks
PIECES = ["S.", "M.", "Ann Lee", ": Ici c'est Steve. M.", ": Comment vas-tu? S.", ": Bien.", ":\u00a0Oui.",
          "Il est détendu. S.", "Hello there.", "Why? Ann Lee", "", "BOILERPLATE", "TURN", "a: b"]


def _doc(pieces: list[str]) -> Transcript:
    blocks = []
    for n, piece in enumerate(pieces):
        if piece == "BOILERPLATE":
            blocks.append(Boilerplate("menu", n))
        elif piece == "TURN":
            blocks.append(Turn(label="X:", line=n))
        else:
            blocks.append(Paragraph(content=[Text(piece)], line=n))
    return Transcript(blocks=blocks)


def _join_plain(doc: Transcript, plain: list) -> set[str]:
    """The plain form: every block's index mapped, blocks rebuilt, paragraphs found again."""
    colons = [p for p, text in plain if text[:1] == ":" and text.startswith((": ", ":\u00a0"))]
    if len(colons) < movedcolon.MIN_MOVED:
        return set()
    blocks = doc.blocks
    at = {id(b): i for i, b in enumerate(blocks)}
    moves = []
    for i in [at[id(p)] for p in colons if at[id(p)]]:
        before = movedcolon._plain(blocks[i - 1])
        found = None if before is None else movedcolon._label_at_end(before)
        if found is None:
            return set()
        moves.append((i, found[0]))
    labels = [label for _, label in moves]
    if len(set(labels)) * 2 > len(labels):
        return set()
    drop = set()
    for i, label in moves:
        before = movedcolon._plain(blocks[i - 1]).rstrip()
        kept = before[:len(before) - len(label)].rstrip()
        if kept:
            blocks[i - 1].content = [Text(kept)]
        else:
            drop.add(i - 1)
        blocks[i].content = [Text(f"{label} {movedcolon._plain(blocks[i])}")]
    if drop:
        doc.blocks = [b for n, b in enumerate(blocks) if n not in drop]
    return {run_on_key(label) for label in labels}


def _shape(doc: Transcript) -> list:
    return [(type(b).__name__, getattr(b, "line", None), [getattr(c, "text", c) for c in getattr(b, "content", [])])
            for b in doc.blocks]


@given(st.lists(st.sampled_from(PIECES), max_size=30))
@example(["S.", ": Ici c'est Steve. M.", ": Comment vas-tu? S.", ": Bien.", "Ann Lee", ": Oui.", "M.", ": Non."])
@example(["Hello there.", "Il est détendu. S.", ": Bien.", "M.", ": Bien.", "S.", ": Bien.", "M.", ": Bien."])
@settings(max_examples=400, deadline=None)
def test_moved_colons_keep_the_one_line_paragraphs_as_finding_them_again(pieces):
    fast, plain_doc = _doc(pieces), _doc(pieces)
    plain = one_line_paragraphs(fast)
    assert movedcolon.join_moved_colons(fast, plain) == _join_plain(plain_doc, one_line_paragraphs(plain_doc))
    assert _shape(fast) == _shape(plain_doc)
    again = one_line_paragraphs(fast)
    assert [(id(p), t) for p, t in plain] == [(id(p), t) for p, t in again]


def test_block_indexes_are_found_by_identity_not_equality():
    blocks = [Paragraph(content=[Text("Same.")]) for _ in range(4)]  # equal, not the same
    assert movedcolon.block_indexes(blocks, [blocks[1], blocks[3]]) == [1, 3]


def _phrases() -> list[str]:
    return sorted({x for code in lexicons.LANGUAGES for x in lexicons.load(code).boilerplate_lines})


LINK_WORDS = ["go to ", "Go To ", "the ", "THE ", "previous ", "Next ", "first ", "last ", "part", "page", "section",
              "chapter", "episode", "zum ", "vorherigen ", "nächste ", "Teil", "Seite", "ir a la ", "parte ", "anterior",
              "ı", "K", "ſ", "r a la ", "ection ", "suivante", "siguiente", " of this show", "x", " "]


@given(st.lists(st.sampled_from(LINK_WORDS), min_size=1, max_size=8).map("".join) | st.text(max_size=12))
@example("Go to the previous page")
@example("the next part of this show")
@example("Zum vorherigen Teil")
@example("ır a la parte anterior")  # "ı" matches "i" regardless of case: no letter lookup
@example("ſection suivante")
@settings(max_examples=400, deadline=None)
def test_a_phrase_with_an_optional_start_matches_only_lines_opening_with_its_letters(line):
    for phrase in _phrases():
        letters = first_letters(phrase)
        if letters is not None and phrase[:1] == "(" and re.match(phrase, line, re.IGNORECASE):
            assert line[:1].lower() in letters, (phrase, line)


NAMES = ["SPEAKER 1", "Speaker : spk3", "spk_0", "Sam", "SPEAKER_01", "Ann Lee", None]


@given(st.lists(st.tuples(st.sampled_from(NAMES), st.integers(0, 3), st.booleans()), max_size=12))
@settings(max_examples=300, deadline=None)
def test_timed_segments_read_each_name_once_as_each_turn(specs):
    def build():
        blocks, line = [], 1
        for name, lines, timed in specs:
            turn = Turn(label=f"{name}:", name=name, line=line, time="00:01" if timed and not name else None)
            turn.paragraphs = [Paragraph(content=[Text(f"words {k}")], line=line + 1 + k) for k in range(lines)]
            blocks.append(turn)
            line += lines + 2
        return Transcript(blocks=blocks)

    fast, plain = build(), build()
    timedsegments.join_timed_segments(fast)
    _join_timed_plain(plain)
    assert _shape_turns(fast) == _shape_turns(plain)


def _join_timed_plain(doc: Transcript) -> None:
    """The plain form: each turn's name read as a diarization id again."""
    turns = [b for b in doc.blocks if type(b) is Turn and (b.time or b.name and b.name[:1] in "sS"
             and timedsegments._diarized(b)) and timedsegments._wrapped_lines(b)]
    if len(turns) < timedsegments.MIN_TIMED_TURNS:
        return
    for turn in turns:
        segments: list = []
        for para in turn.paragraphs:
            text = para.content[0].text
            if not segments or timedsegments.time_line(text):
                segments.append(Paragraph(content=[Text(text)], line=para.line))
            else:
                segments[-1].content += [LineBreak(), Text(text)]
        turn.paragraphs = segments


def _shape_turns(doc: Transcript) -> list:
    return [[[getattr(c, "text", "/") for c in p.content] for p in t.paragraphs] for t in doc.blocks]
