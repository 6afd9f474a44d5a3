"""Turns and paragraphs on unseen pages, turns28 round (docs/convert-shapes.md, rules 460a on):
one small synthetic example each, written for the test (never a corpus line); each fails
without its rule."""
from __future__ import annotations

from lxml import etree

from teikit import convert
from teikit.readers.tei import read as read_tei

TEI = "{http://www.tei-c.org/ns/1.0}"

# --- T460a site lines right under a label stand outside the turn ----------------------------

_DEBATE = ("Harbour Council debates\n\nAnn Lee (Harbour North)\nLink to this: Individually | In context\n\n"
           "I move the motion.\n\nBen Roe (Harbour South)\nLink to this: Individually | In context\n\n"
           "I second it.\n")


def _body(tei: bytes):
    return etree.fromstring(tei).find(f"{TEI}text/{TEI}body/{TEI}div")


def test_site_lines_under_a_label_are_written_between_the_label_and_the_u():
    div = _body(convert(_DEBATE.encode(), "debate.txt").tei)
    u = div.find(f"{TEI}u")
    assert u.find(f".//{TEI}gap") is None  # nothing but speech in the u
    note = u.getprevious()
    assert (note.tag, note.get("type")) == (f"{TEI}note", "boilerplate")
    assert note.find(f"{TEI}gap").get("reason") == "editorial"
    assert "".join(note.itertext()).strip() == "Link to this: Individually | In context"
    label = note.getprevious()  # the label is still the u's: only notes stand between them
    assert (label.get("type"), label.text) == ("speaker", "Ann Lee (Harbour North)")


def test_the_tei_reader_gives_the_site_lines_back_to_the_turn():
    tei = convert(_DEBATE.encode(), "debate.txt").tei
    turns = read_tei(tei, "debate.xml").turns()
    assert [t.label for t in turns] == ["Ann Lee (Harbour North)", "Ben Roe (Harbour South)"]
    first = turns[0].paragraphs[0].content  # as a gap inside the u was read
    assert [(type(i).__name__, i.type, i.text) for i in first] == [
        ("Event", "editorial", "Link to this: Individually | In context")]
    assert turns[0].paragraphs[1].text.strip() == "I move the motion."


def test_a_turn_of_site_lines_only_keeps_them_in_the_u():
    from teikit.model import Boilerplate, Paragraph, Text, Turn
    from teikit.writers.tei import leading_boilerplate
    alone = Turn(label="ANN:", paragraphs=[Boilerplate("Share this")])
    assert leading_boilerplate(alone) == []  # no speech after them: the u would be empty
    opening = Turn(label="ANN:", paragraphs=[Boilerplate("Share this"), Paragraph([Text("Hello.")])])
    assert leading_boilerplate(opening) == opening.paragraphs[:1]


# --- T461a a separator line inside a turn is no paragraph ----------------------------------

_SEPARATED = ("ANN: We open the meeting.\n\n***\n\nThe first item is the harbour.\n\n|\n\n"
              "BEN: And the second?\n\n...\n")


def test_a_separator_line_in_a_turn_is_a_note_not_a_seg():
    div = _body(convert(_SEPARATED.encode(), "meeting.txt").tei)
    first, second = div.findall(f"{TEI}u")
    assert ["".join(s.itertext()) for s in first.findall(f"{TEI}seg")] == [
        "We open the meeting.", "The first item is the harbour."]
    assert [n.text for n in first.findall(f"{TEI}note[@type='separator']")] == ["***", "|"]
    assert ["".join(s.itertext()) for s in second.findall(f"{TEI}seg")] == ["And the second?", "..."]  # a pause is speech


def test_a_turn_of_one_separator_line_keeps_it():
    from teikit.model import Paragraph, Text, Transcript, Turn
    from teikit.transforms.helpers.separatorlines import mark_separator_lines
    doc = Transcript(id="d", lang="en")
    doc.blocks = [Turn(label="ANN:", paragraphs=[Paragraph([Text("-")])])]
    mark_separator_lines(doc)
    assert doc.blocks[0].paragraphs[0].content == [Text("-")]
