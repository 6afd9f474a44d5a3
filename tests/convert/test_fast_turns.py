"""Shortcuts for turns and paragraphs (the TEI writer's turn made as one string, the
timestamps pass's test of one-line paragraphs, a paragraph's text) give what the plain
forms gave (see also `test_fast_paths.py`)."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teikit.model import (Boilerplate, Event, LineBreak, Note, Paragraph, StageNote, Text, Transcript,
                          Turn)
from teikit.transforms import timestamps
from teikit.writers import tei


def _turns() -> Transcript:
    """A turn with every kind of item a turn holds, an unlabeled turn, a timed label."""
    turn = Turn(label="MS. LEE:", who="lee", interpreted=True, id="d.u1",
                lead_notes=[Note(type="delivery", text="(Via interpreter)")],
                paragraphs=[Paragraph([Text("Good <afternoon> & welcome.")]),
                            Paragraph([Text("   ")]),
                            Boilerplate(text="Share this page"),
                            Paragraph([Event("vocal", "laughter", "(Laughter.)"), Text(" "), Note("editorial", "[sic]")]),
                            Paragraph([Text("First line"), LineBreak(), Text("second "),
                                       Event("gap", "inaudible", "[inaudible]")]),
                            Paragraph([Event("incident", "stage", "The anthem is played.")]),
                            Paragraph([StageNote("Exit.")]),
                            Paragraph([Text("Thank you.")])])
    bare = Turn(label=None, paragraphs=[Paragraph([Text("Unlabelled words.")])])
    timed = Turn(label="[00:01:02] Ann:", time="[00:01:02]", time_first=True, name="Ann", start="d.T1",
                 id="d.u3", paragraphs=[Paragraph([Text("Hi.")])])
    return Transcript(id="d", blocks=[turn, bare, timed])


# As the writer wrote it element by element before turns were made as one string (and,
# since, with the spacing of a paragraph of events and notes in `@rend`).
EXPECTED = """<div type="transcript">
        <note type="speaker">MS. LEE:</note>
        <note type="delivery">(Via interpreter)</note>
        <u who="#lee" ana="#interpreted" xml:id="d.u1">
          <seg xml:id="d.u1.1">Good &lt;afternoon&gt; &amp; welcome.</seg>
          <gap reason="editorial">
            <desc>Share this page</desc>
          </gap>
          <vocal type="laughter" rend="space-after">
            <desc>(Laughter.)</desc>
          </vocal>
          <note type="editorial">[sic]</note>
          <seg xml:id="d.u1.2">First line
<lb/>second <gap reason="inaudible"><desc>[inaudible]</desc></gap></seg>
          <incident type="stage">
            <desc>The anthem is played.</desc>
          </incident>
          <note type="stage">Exit.</note>
          <seg xml:id="d.u1.3">Thank you.</seg>
        </u>
        <u>
          <seg>Unlabelled words.</seg>
        </u>
        <note type="timestamp" synch="#d.T1">[00:01:02]</note>
        <note type="speaker">Ann:</note>
        <u xml:id="d.u3">
          <seg xml:id="d.u3.1">Hi.</seg>
        </u>
      </div>
    """


def test_a_speech_turn_is_written_as_element_by_element():
    out = tei.write(_turns()).decode()
    assert out[out.index('<div type="transcript">'):out.index("</body>")] == EXPECTED


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="0123456789:.,[]()- abT\t", max_size=24), min_size=1, max_size=8))
@example(["00:30ab", "0:00:050:00:09ab", "(00:01)", "12 a", "a" * 20])  # glued times: every digit line asked
@example(["00:30ab", "12:05 and more words", "[00:01:02]", "1"])
@example(["00:30Buongiorno a tutti", "00:45Grazie a voi tutti", "2 ore e mezza di dibattito"])  # long glued lines
def test_one_line_paragraphs_left_alone_are_those_mark_leaves(texts):
    """The pass hands a one-line paragraph to `_mark` only when it is as short as a
    timestamp or opens with a digit; `_mark` changes no other."""
    def doc() -> Transcript:
        return Transcript(id="d", blocks=[Turn(label="A:", paragraphs=[Paragraph([Text(t)]) for t in texts])])

    by_pass = doc()
    timestamps.TimestampsPass().apply(by_pass, None)
    by_mark = doc()
    points: dict[float, str] = {}

    def point(printed: str) -> str:
        return points.setdefault(timestamps.seconds(printed), f"d.T{len(points) + 1}")

    every = timestamps._prints_glued_times(by_mark)
    for item in by_mark.blocks[0].paragraphs:
        timestamps._mark(item, point, every)
    assert [p.content for p in by_pass.blocks[0].paragraphs] == [p.content for p in by_mark.blocks[0].paragraphs]


@given(st.lists(st.one_of(st.text(max_size=8).map(Text), st.booleans().map(LineBreak),
                          st.just(Note("editorial", "[sic]"))), max_size=5))
@example([Text(" one line of words ")])
def test_a_paragraphs_text_is_its_items_joined(content):
    joined = "".join((" " if not i.joined else "") if isinstance(i, LineBreak) else i.text for i in content)
    assert Paragraph(content).text == joined
