"""Segments of a transcription-service export printed without blank lines.

Machine transcripts copied from a podcast or video page print each segment as a label
with its recording time alone on a line ("SPEAKER_01 (00:04):", "Ann Lee (01:02)"), then
the segment's text wrapped at the player's width, one screen line a line, with no blank
line anywhere. Those line breaks are display wraps, not paragraph breaks: the lines of a
segment are one paragraph. A line holding only a time ("(00:45):") starts a new segment
of the same speaker, so a new paragraph, and is that paragraph's timestamp. The same holds
for a turn under a diarization id alone on its line ("Speaker : spk3"): its lines are the
pauses of one segment.
"""
from __future__ import annotations

from teikit.model import LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.labelshapes import DIARIZATION
from teikit.transforms.helpers.labeltimes import TIMESTAMP

# A document style: at least this many turns opened by a timed label alone on its line.
MIN_TIMED_TURNS = 2


def join_timed_segments(doc: Transcript) -> None:
    diarized: dict[str, bool] = {}  # name -> a diarization id? (a transcript repeats its few names)
    turns = [b for b in doc.blocks if type(b) is Turn and (b.time or b.name and b.name[:1] in "sS" and (
        diarized[b.name] if b.name in diarized else diarized.setdefault(b.name, _diarized(b)))) and _wrapped_lines(b)]
    if len(turns) < MIN_TIMED_TURNS:
        return  # most documents: no timed labels at all
    for turn in turns:
        segments: list[Paragraph] = []
        for para in turn.paragraphs:
            text = para.content[0].text
            if not segments or time_line(text):
                segments.append(Paragraph(content=[Text(text)], line=para.line))
            else:
                segments[-1].content += [LineBreak(), Text(text)]
        turn.paragraphs = segments


def time_line(text: str) -> bool:
    """ "(00:45):", "[01:02:03]", "00:45": a time alone (a colon after it allowed)."""
    text = text.strip().rstrip(":：").rstrip()
    return len(text) <= 16 and text[:1] in "[(0123456789" and TIMESTAMP.match(text) is not None


def _diarized(turn: Turn) -> bool:
    """The label alone on its line is a diarization id ("Speaker : spk3", "SPEAKER_01"): a
    machine transcript's turn, whose lines are pauses of one segment, not paragraphs."""
    return bool(turn.name) and DIARIZATION.match(turn.name.strip()) is not None


def _wrapped_lines(turn: Turn) -> bool:
    """The turn's speech starts on the line after its label and runs on line by line, each
    a paragraph of one line of words, with no blank line between them. Under a timed label
    the speech may start on the label's line ("[00:00:20] Speaker B: Ja, …" / "Der ESC …"): a
    host's transcript export, its pauses on lines of their own (T2163k)."""
    if not turn.line or not turn.paragraphs:
        return False
    expected = turn.line if turn.time and turn.paragraphs[0].line == turn.line else turn.line + 1
    for para in turn.paragraphs:
        if type(para) is not Paragraph or para.line != expected or len(para.content) != 1 \
                or type(para.content[0]) is not Text:
            return False
        expected += 1
    return len(turn.paragraphs) > 1


# A recogniser's export whose label and time open the speech's first line (`**Ann Lee** 00:48
# Good morning.`, Zoom's recording transcript): at least this many turns, all timed, and lines
# inside turns that stop inside a sentence, the next going on in lower case, at least this
# many and this share of the turns' line breaks (a text printed a paragraph a line breaks so
# only now and then) (P2041k).
MIN_TIMED_SPEECH_TURNS = 10
MIN_BROKEN = 3
MIN_BROKEN_SHARE = 0.15
_SENTENCE_ENDS = tuple('.?!…:;"»”)')


def join_timed_speech_lines(doc: Transcript) -> None:
    """Each turn of such an export (`_speech_segmented`) is one paragraph, its lines kept as
    line breaks: the recogniser broke them where the speaker paused, not at paragraphs."""
    turns = doc.turns()
    if len(turns) < MIN_TIMED_SPEECH_TURNS or not _speech_segmented(turns):
        return
    for turn in turns:
        first = turn.paragraphs[0] if len(turn.paragraphs) > 1 else None
        for para in turn.paragraphs[1:]:
            first.content += [LineBreak(), *para.content]
        if first is not None:
            turn.paragraphs = [first]


def _speech_segmented(turns: list[Turn]) -> bool:
    """Every turn is timed, its speech opens on the label's line and runs on with no blank
    line, and the turns' lines break inside sentences as a recogniser's segments do."""
    joints = broken = 0
    for turn in turns:
        paragraphs = turn.paragraphs
        if turn.time is None or not paragraphs or paragraphs[0].line != turn.line:
            return False
        for prev, para in zip(paragraphs, paragraphs[1:]):
            if type(prev) is not Paragraph or type(para) is not Paragraph or not (prev.content and para.content) \
                    or para.line != prev.line + 1 + sum(type(i) is LineBreak for i in prev.content):
                return False
            joints += 1
            broken += _breaks_inside(prev.content[-1], para.content[0])
    return broken >= MIN_BROKEN and broken >= MIN_BROKEN_SHARE * joints


def _breaks_inside(last, first) -> bool:
    """A line that stops inside a sentence over one that goes on in lower case."""
    return type(last) is Text and type(first) is Text and first.text[:1].islower() \
        and not last.text.rstrip().endswith(_SENTENCE_ENDS)
