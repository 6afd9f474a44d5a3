"""Eleventh-round shortcuts give the answers of the plain forms they replace (see also
`test_fast_tenth.py`): the header pass reads the lead's lines (their shape kinds, their
texts) only as far as it goes, where it read every line of the lead up front, which on an
unlabeled transcript is the whole document; the segment test stops at its third segment, the
furniture test at its deciding line; the boilerplate pass splits a paragraph with the lines it
has read once; the plain-text reader joins a long caption paste's cues into one list (a new
list for each cue was quadratic).
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from teikit.model import Boilerplate, HeaderLine, LineBreak, Note, Paragraph, Text
from teikit.transforms import header
from teikit.transforms.helpers.headerruns import LeadLines, lead_lines, line_words
from teikit.transforms.helpers.leadlines import (_SPOKEN_END, MAX_FURNITURE_LINE_WORDS, MIN_FURNITURE_LINES,
                                                 short_lines_only)
from teikit.transforms.helpers.leadtimes import MIN_SEPARATED, _SEPARATED, segment_times
from tests.convert.conftest import read

_LINES = ["Remarks to the Press", "00:00:02.580 | Guys, we did it.", "May 19, 2021", "", "  ", "Washington",
          "01:11: ich auch", "Good morning, everyone."]


@st.composite
def _leads(draw) -> list:
    """Paragraphs of one or more lines (with a note on some), and a site line between them."""
    blocks: list = []
    for _ in range(draw(st.integers(0, 6))):
        if draw(st.booleans()) and draw(st.booleans()):
            blocks.append(Boilerplate("Share this page", 1))
            continue
        content: list = []
        for n in range(draw(st.integers(1, 4))):
            if n:
                content.append(LineBreak())
            content.append(Text(draw(st.sampled_from(_LINES))))
            if draw(st.integers(0, 4)) == 0:
                content.append(Note(type="editorial", text="[inaudible]"))
        blocks.append(Paragraph(content=content, line=len(blocks) + 1))
    return blocks


def _eager(lead: list, read_line) -> list:
    """The plain form: every line of every paragraph of the lead read up front."""
    return [read_line(items) for block in lead if isinstance(block, Paragraph)
            for items in _split(block)]


def _split(block: Paragraph) -> list[list]:
    lines: list[list] = [[]]
    for item in block.content:
        if isinstance(item, LineBreak):
            lines.append([])
        else:
            lines[-1].append(item)
    return lines


@settings(max_examples=200, deadline=None)
@given(_leads(), st.integers(0, 12), st.integers(0, 12), st.integers(0, 5))
def test_lead_lines_read_as_asked_equal_the_lines_read_up_front(lead, at, span, set_at):
    eager = _eager(lead, line_words)
    lazy = LeadLines(lead, line_words)
    assert lazy[at:at + span] == eager[at:at + span]
    if at < len(eager):
        assert lazy[at] == eager[at]
    assert list(lazy) == eager
    assert list(lead_lines(lead)) == [items for block in lead if isinstance(block, Paragraph) for items in _split(block)]
    if set_at < len(eager):
        lazy = LeadLines(lead, line_words)
        lazy[set_at] = "set"  # (the front matter's kinds stand instead of the line's own)
        eager[set_at] = "set"
        assert list(lazy) == eager and lazy[set_at] == "set"


def test_lead_lines_read_no_line_past_the_one_asked_for():
    lead = [Paragraph(content=[Text(f"line {n}")], line=n) for n in range(1, 1000)]
    asked: list[str] = []
    lines = LeadLines(lead, lambda items: asked.append(items[0].text) or items[0].text)
    assert lines[2] == "line 3" and lines[4:7] == ["line 5", "line 6", "line 7"]
    assert asked == [f"line {n}" for n in range(1, 8)]
    assert lines[3] == "line 4" and len(asked) == 7  # (each line read once)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=12))
def test_segment_times_stopping_at_the_third_equals_the_count(texts):
    counted = sum(1 for t in texts if t[:1].isdigit() and _SEPARATED.match(t)) >= MIN_SEPARATED
    assert segment_times(texts) == counted
    assert segment_times(iter(texts)) == counted


def test_segment_times_reads_no_line_after_the_third_segment():
    def lines():
        yield from ["Title", "00:00:01 | a", "00:00:02 | b", "Note", "00:00:03 | c"]
        raise AssertionError("read past the third segment")
    assert segment_times(lines())


def test_an_unlabeled_transcript_has_only_its_first_lines_classified(monkeypatch):
    """An unlabeled transcript is all lead: the header pass classifies the lines up to its
    first speech and a few after, not the whole document (which made such a transcript
    convert several times slower than a labelled one)."""
    classified: list[str] = []
    real = header.classify
    monkeypatch.setattr(header, "classify", lambda line, lex: classified.append(line) or real(line, lex))
    speech = "\n\n".join(f"This is sentence number {n} of a long talk, said without any label." for n in range(2000))
    doc = read("Remarks to the Press\n\nMay 19, 2021\n\n" + speech)
    assert 0 < len(classified) <= header.SUMMARY_LOOKAHEAD + 4
    assert [b.text for b in doc.blocks[:2]] == ["Remarks to the Press", "May 19, 2021"]
    assert doc.blocks[2].label is None and len(doc.blocks[2].paragraphs) == 2000


def test_front_matter_kinds_stand_in_a_long_unlabeled_transcript():
    """The YAML block's kinds are set on the lazily read lines, past the lines read so far."""
    speech = "\n\n".join(f"Sentence {n} of the episode, said without any label." for n in range(300))
    doc = read("---\ntitle: Silent Payments\ndate: 2024-07-07\nguests: two\n---\n\n" + speech)
    kinds = [(b.text, b.kind) for b in doc.blocks if isinstance(b, HeaderLine)]
    assert kinds == [("---", "separator"), ("title: Silent Payments", "title"), ("date: 2024-07-07", "date"),
                     ("guests: two", "metadata"), ("---", "separator")]
    assert len(doc.blocks[5].paragraphs) == 300


def _short_lines_plain(lines: list[str]) -> bool:
    """The plain form: every line stripped and counted, then the three conditions."""
    lines = [t.strip() for t in lines if t.strip()]
    return len(lines) >= MIN_FURNITURE_LINES and all(len(t.split()) <= MAX_FURNITURE_LINE_WORDS for t in lines) \
        and sum(1 for t in lines if _SPOKEN_END.search(t)) <= 1


_OPENING_LINES = ["Home", "  ", "Good morning.", "GTJ", "• 03.12.10, 10:48", "Thank you!",
                  "one two three four five six seven eight nine ten eleven twelve thirteen", "Людмила"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_LINES), max_size=8))
def test_short_lines_read_up_to_the_deciding_line_equal_all_lines_read(lines):
    assert short_lines_only(iter(lines)) == _short_lines_plain(lines)


# --- plaintext._join_caption_cues: cues joined by extending one list ------------------------

def _join_cues_plain(runs: list) -> list:
    """The plain form: each cue's lines added to a new list of the run before it."""
    from teikit.readers.plaintext import MIN_CUES, _has_cue, _is_cue
    if sum(map(_is_cue, [run for _, run in runs if len(run) > 1])) < MIN_CUES:
        return runs
    out: list = []
    for start, run in runs:
        if out and len(run) > 1 and _is_cue(run) and _has_cue(out[-1][1]):
            out[-1] = (out[-1][0], out[-1][1] + run)
        else:
            out.append((start, run))
    return out


_RUNS = [["1", "00:00:01,000 --> 00:00:02,200", "Mr. Lee: Good"], ["2", "00:00:02,202 --> 00:00:03,332", "Happy Friday."],
         ["Jump to navigation"], ["From the free media repository", "English subtitles"], ["3", "not a timing"]]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(range(len(_RUNS))), max_size=14))
def test_caption_cues_joined_in_place_equal_the_plain_join(picks):
    from teikit.readers.plaintext import _join_caption_cues
    runs = [(n + 1, list(_RUNS[k])) for n, k in enumerate(picks)]
    before = [(start, list(run)) for start, run in runs]
    assert _join_caption_cues(runs) == _join_cues_plain(before)
    assert runs == before  # the runs given are left as they were
