"""Shortcuts of the walks over every paragraph (delivery, events and timestamps passes) give
the answers of the plain forms they replace: a turn whose paragraphs are lines of words and
line breaks without a bracket is words only for the delivery pass; the events pass hands
`split_markers` only the paragraphs with a bracket in their text; a paragraph of several
lines is looked at again for timestamps (a cue's timing, a line that is a time) only when a
line opens with "[", "(" or a digit; the header's venue test counts a line's words, up to the
ninth, before searching it for venue words.
"""
from __future__ import annotations

import copy

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit import lexicons
from teikit.convert_api import ConvertOptions
from teikit.model import Event, LineBreak, Note, Paragraph, Text, Transcript, Turn
from teikit.transforms import Context, delivery, events, timestamps
from teikit.transforms.helpers import headerlines
from teikit.transforms.helpers.labeltimes import TIMESTAMP
from teikit.transforms.helpers.lines import joined, lines_of
from teikit.transforms.helpers.markers import delivery_note, split_markers

EN, FR, DE = lexicons.load("en"), lexicons.load("fr"), lexicons.load("de")

_LINES = ["Good morning.", "(Via interpreter) Thank you.", "Yes [laughter] indeed.", " leading space", "",
          "(In French.)", "Hello", "（笑声）", "[00:00:05]", " (00:45):", "00:12", "0:00:050:00:09Text", "٣٤ words",
          "12 apples", "٠:٣٠Buongiorno", "[sic] no", "and then (Applause.)", "\tTabbed"]
_ITEMS = st.one_of(st.sampled_from(_LINES).map(Text), st.just(LineBreak()),
                   st.sampled_from([Note(type="delivery", text="(Via interpreter)", interpreted=True),
                                    Note(type="supplied", text="[00:00:07]"),
                                    Event(element="vocal", type="laughter", text="(Laughter.)")]))
_PARAGRAPHS = st.lists(_ITEMS, max_size=7).map(lambda items: Paragraph(content=items))
_LABELS = [None, "ANN LEE:", "Ann Lee (via interpreter):", "[00:00:05] Speaker 03:", "Q:", "Ann [AFP]:"]


def _turns():
    return st.builds(lambda label, paras, lead: Turn(label=label, paragraphs=paras,
                                                      time="[00:00:05]" if label and "00:00:05" in label else None,
                                                      lead_notes=[Note(type="delivery", text="(In French.)")] if lead else []),
                     st.sampled_from(_LABELS), st.lists(_PARAGRAPHS, max_size=3), st.booleans())


def _document(blocks) -> Transcript:
    return Transcript(id="d", blocks=copy.deepcopy(blocks))


def _delivery_every_step(doc: Transcript, lex) -> None:
    """The plain form: every turn through each step of the pass."""
    def classify(marker):
        return delivery_note(marker, lex)

    for block in doc.blocks:
        if isinstance(block, Turn):
            for paragraph in block.paragraphs:
                if isinstance(paragraph, Paragraph):
                    split_markers(paragraph, classify)
            delivery._split_label_note(block, lex)
            delivery._lift_leading_notes(block)
            block.interpreted = delivery._interpreted(block, lex)
        elif isinstance(block, Paragraph):
            split_markers(block, classify)
    delivery._set_markers_between_turns_apart(doc, lex)  # every time: the pass only when a turn ends so (I1612i)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_turns(), _PARAGRAPHS), min_size=1, max_size=5), st.sampled_from([EN, FR, DE]))
@example([Turn(label="ANN LEE:", paragraphs=[Paragraph(content=[Text("Good"), LineBreak(), Text("(Laughter.)")])])], EN)
@example([Turn(label="ANN LEE:", paragraphs=[Paragraph(content=[Text(" lead"), LineBreak(), Text("words")])])], EN)
def test_turns_of_wrapped_words_taken_as_words_equal_every_step_run(blocks, lex):
    fast, plain = _document(blocks), _document(blocks)
    delivery.PASS.apply(fast, Context(options=ConvertOptions(), lexicon=lex))
    _delivery_every_step(plain, lex)
    assert fast.blocks == plain.blocks


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_turns(), _PARAGRAPHS), min_size=1, max_size=5), st.sampled_from([EN, FR, DE]))
@example([Turn(label="Q:", paragraphs=[Paragraph(content=[Text("Yes"), LineBreak(), Text("[sic] no")])])], EN)
def test_only_paragraphs_with_a_bracket_handed_to_the_marker_split_equal_all(blocks, lex):
    fast, plain = _document(blocks), _document(blocks)
    events.PASS.apply(fast, Context(options=ConvertOptions(), lexicon=lex))
    for block in plain.blocks:
        for item in (block.paragraphs if isinstance(block, Turn) else (block,)):
            if isinstance(item, Paragraph):
                split_markers(item, lambda marker: events.classify(marker, lex))
    events.mark_stage_paragraphs(plain, lex)
    assert fast.blocks == plain.blocks


def _mark_lines_plain(paragraph: Paragraph, point, glued: bool) -> None:
    """The plain form of `timestamps._mark` on a paragraph of several items: every one
    searched for a cue's timing, else split into its lines."""
    if any(type(i) is Text and ("-->" in i.text or "\t" in i.text) for i in paragraph.content):
        timestamps._mark_cues(paragraph, point)
        return
    if len(paragraph.content) <= 1:
        return
    lines = lines_of(paragraph)
    changed = False
    for i, items in enumerate(lines):
        text = items[0].text.strip() if len(items) == 1 and type(items[0]) is Text else ""
        if text and len(text) <= 17 and text[:1] in "[(0123456789" and TIMESTAMP.match(text.rstrip(":")):
            lines[i] = [Note(type="timestamp", text=text, synch=point(text.rstrip(":")))]
            changed = True
        elif glued and items and type(items[0]) is Text and items[0].text[:1].isdigit():
            new = timestamps._unglued(items, point)
            changed = changed or new is not items
            lines[i] = new
    if changed:
        paragraph.content = joined(lines, paragraph.line).content


_CUES = ["12", "00:00:01,000 --> 00:00:02,200", " 00:00:01.000\t00:00:02.200", "Hello --> there", "\tTabbed"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_ITEMS, st.sampled_from(_CUES).map(Text)), min_size=2, max_size=9)
       .map(lambda items: Paragraph(content=items)), st.booleans())
@example(Paragraph(content=[Text("Hello"), LineBreak(), Text(" (00:45):")]), False)
@example(Paragraph(content=[Text("Hello"), LineBreak(), Text("٠:٣٠Buongiorno")]), True)
@example(Paragraph(content=[Text("Hello"), LineBreak(), Text("0:00:050:00:09Text")]), True)
@example(Paragraph(content=[Text("12"), LineBreak(), Text("00:00:01,000 --> 00:00:02,200"), LineBreak(),
                            Text("Hello")]), False)
def test_lines_looked_at_only_when_one_opens_like_a_time_equal_every_paragraph_split(paragraph, glued):
    fast, plain = copy.deepcopy(paragraph), copy.deepcopy(paragraph)
    timestamps._mark(fast, lambda printed: f"T{printed}", glued)
    _mark_lines_plain(plain, lambda printed: f"T{printed}", glued)
    assert fast == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Geneva", "Palais", "des", "Nations", "Room", "\u3000", " ", "\t", "\n", "Hall",
                                 "Good", "morning", "everyone", "\u00a0", "Conference", "Center"]), max_size=14)
       .map("".join), st.sampled_from([EN, FR, DE]))
@example("Palais des Nations, Geneva", EN)
@example("Room 1 Room 2 Room 3 Room 4 Room 5", EN)
def test_venue_lines_told_by_the_words_up_to_the_ninth_as_by_all(text, lex):
    """`classify` asks `len(text.split(None, 8)) <= 8` before the venue search: the same
    answer as the count of all words (ten words split at most eight times leave nine parts)."""
    assert (len(text.split(None, 8)) <= 8) == (len(text.split()) <= 8)
    h = headerlines.header_shapes(lex)
    plain = bool(h.venue.search(text.strip())) and len(text.strip().split()) <= 8
    assert (len(text.strip().split(None, 8)) <= 8 and bool(h.venue.search(text.strip()))) == plain
