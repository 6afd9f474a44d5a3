"""Scans made faster in perf38b must find what the scans they replace found.

- `participantlists.list_entry_lines` reads down from the lines its heading pattern
  (`_heading_opening`, mapped over the lines by `LineIndex.matching`) finds, instead of a state
  kept over every line: the entries it gives are those of the walk over every line.

Each is held to it on every line of the development corpus and on generated lines.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit.transforms.helpers import participantlists as pl
from teikit.transforms.helpers.lineindex import LineIndex, for_lines
from tests.convert.test_prefilters import CORPUS_LINES, LEX


def _old_list_entry_lines(lines: list[str], lex) -> set[int]:
    """`list_entry_lines` before perf38b: one walk over every line."""
    out: set[int] = set()
    listing = None
    firsts = pl._first_words(lex.participant_headings)
    for i, line in enumerate(lines):
        if pl._may_open_heading(line, firsts) and pl.participant_heading(line, lex):
            listing = set()
        elif listing is not None and pl.entry_line(line) and line.strip() not in listing \
                and not pl._sentence(lines[i + 1] if i + 1 < len(lines) else ""):
            out.add(i)
            listing.add(line.strip())
        else:
            listing = None
    return out


_LINES = st.lists(st.sampled_from([
    "Corporate Participants", "CORPORATE PARTICIPANTS:", "  analysts", "Analysts::", "Participants Today",
    "Ann Lee - Chief Executive Officer", "Bob Roe – CFO", "Ann Lee - Chief Executive Officer",
    "Dr. Lena Fischer, Port of Hamburg", "We had a very good quarter and we thank you all.", "",
    "Operator", "Executives", "executives:", "Speakers", "Teilnehmer", "Участники", " \t", "ANN LEE: Hello."]),
    max_size=14)


@settings(max_examples=300, deadline=None)
@given(_LINES)
@example(["Participants", "Ann Lee - CFO", "Participants", "Bob Roe - CEO", "Bob Roe - CEO", "Cy Doe - COO"])
def test_list_entry_lines_as_the_walk_over_every_line(lines):
    for lex in LEX.values():
        assert pl.list_entry_lines(lines, lex) == _old_list_entry_lines(lines, lex)


def test_list_entry_lines_on_the_corpus():
    for lex in LEX.values():
        assert pl.list_entry_lines(CORPUS_LINES, lex) == _old_list_entry_lines(CORPUS_LINES, lex)


def test_heading_pattern_takes_every_heading_line():
    """The pattern is a necessary condition of a heading line (no heading passed over)."""
    for lex in LEX.values():
        pattern = pl._heading_opening(lex.participant_headings)
        if pattern is None:
            continue
        for heading in lex.participant_headings:
            for line in (heading, heading.upper(), heading.title() + ":", "  " + heading.capitalize() + " "):
                if pl.participant_heading(line, lex):
                    assert pattern.match(line), line


def test_an_index_of_other_lines_is_not_read():
    lines = ["Participants", "Ann Lee - CFO", "Hello there."]
    index = LineIndex(lines)
    assert for_lines(lines, index) is index
    assert for_lines(list(lines), index) is not index
    lines.insert(1, "Bob Roe - CEO")  # a split: the index no longer describes the lines
    assert for_lines(lines, index) is not index


def test_names_read_once_are_refused_at_every_printing():
    """`not_labels` and `note_field_labels` read each name once (a memo per document): a field
    name printed several times is refused each time, with whatever follows it."""
    from collections import Counter

    from teikit import lexicons
    from teikit.transforms.helpers.formnotes import note_field_labels
    from teikit.transforms.helpers.labellike import not_labels, spoken_colons
    from teikit.transforms.helpers.labelshapes import candidates_of
    lex = lexicons.load("en")
    lines = ["Members Present: Ann Lee, Bo Roe", "ANN LEE: Good morning.", "Members Present: Cy Doe",
             "BO ROE: Thank you.", "Members Present: Di Fox"]
    found = candidates_of(lines, lex)
    refused = not_labels(lines, found, Counter(), lex, spoken_colons(found))
    assert {rest for label, rest in refused if label == "Members Present:"} == {"Ann Lee, Bo Roe", "Cy Doe", "Di Fox"}
    assert not {label for label, _ in refused} & {"ANN LEE:", "BO ROE:"}
    notes = ["Observations: one", "ANN LEE: Hi.", "Observations: two"]  # (an English note field, L1107g)
    assert {rest for _, rest in note_field_labels(candidates_of(notes, lex), lex)} == {"one", "two"}
