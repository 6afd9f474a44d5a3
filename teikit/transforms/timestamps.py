"""Pass `timestamps`: printed recording times as a TEI timeline (TEI P5 ch. 8.4.2).

Transcription services print times with labels ("Speaker 1: (00:00)", "[00:01:23] Name:")
and on lines of their own ("00:01:00"). Each distinct time becomes a `when` point of one
`timeline` (unit "s", @interval seconds since the origin point `DOC.T0`); a turn whose
label carries a time starts there (`u/@start`); the printed form is kept verbatim in a
`note[@type='timestamp']` whose @synch points at the same `when`. So the time is encoded,
never read as speech, and nothing printed is lost. Why not `anchor` alone: an anchor is
empty, and the printed time must stay in the text (lossless).
"""
from __future__ import annotations

import re

from teikit.model import Event, LineBreak, Note, Paragraph, Text, TimePoint, Transcript, Turn
from teikit.transforms.events import classify
from teikit.transforms.helpers.labeltimes import TIMESTAMP
from teikit.transforms.helpers.leadtimes import join_segment_lines, timed_lines
from teikit.transforms.helpers.lines import joined, lines_of
from teikit.transforms.helpers.timeabove import time_of


# What a printed time holds besides digits and separators (brackets, "分"); compiled once: a
# segmented transcript reads a time on most lines.
_NOT_TIME = re.compile(r"[^\d:.,]")


def seconds(printed: str) -> float:
    """ "(1:02:03.5)" -> 3723.5; "[03:04]" -> 184."""
    printed = printed.replace("時", ":")  # "(12時22分)"
    parts = _NOT_TIME.sub("", printed).replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total


class TimestampsPass:
    name = "timestamps"
    after = ("ids", "events")

    def apply(self, doc: Transcript, ctx) -> None:
        points: dict[float, str] = {}

        def point(printed: str) -> str:
            value = seconds(printed)
            if value not in points:
                points[value] = f"{doc.id}.T{len(points) + 1}"
            return points[value]

        glued = _prints_glued_times(doc)
        leads, bracketed = timed_lines(doc)  # "[00:00:01] GOOD MORNING" (last first), "[00:00:01]"
        leads = join_segment_lines(doc, leads)  # "00:00:02.580 | ..." line by line: one paragraph
        synchs = [point(time) for _, _, _, time, _ in reversed(leads)][::-1]  # (points in text order)
        for (para, i, printed, _, rest), synch in zip(leads, synchs):
            para.content[i:i + 1] = _segment(Note(type="timestamp", text=printed, synch=synch), rest, ctx.lexicon)
        for note, time in bracketed:  # an editorial bracket that holds a time
            note.type, note.synch = "timestamp", point(time)
        above = None  # a time line set apart above the next label (T190u): that turn's start
        for block in doc.blocks:
            if type(block) is Note and block.type == "timestamp" and block.synch is None \
                    and (time := time_of(block.text)) is not None:
                block.synch = above = point(time)
            elif isinstance(block, Turn):
                if block.time:
                    block.start = point(block.time)
                elif above is not None:
                    block.start = above
                above = None
                for item in block.paragraphs:  # (asked of every paragraph)
                    if not isinstance(item, Paragraph):
                        continue
                    content = item.content
                    if len(content) == 1:
                        # `_mark` changes one line of words only when it is as short as a
                        # timestamp or opens with a glued time (a digit), nothing else alone
                        text = content[0].text if type(content[0]) is Text else ""
                        if text and (len(text) <= MAX_TIMESTAMP_LINE or glued and text[0].isdigit()):
                            _mark(item, point, glued)
                    elif type(content[1]) is LineBreak:
                        _mark(item, point, glued)
            elif isinstance(block, Paragraph):
                _mark(block, point, glued)
        if points:
            doc.timeline = [TimePoint(f"{doc.id}.T0", 0.0)] + [
                TimePoint(pid, value) for value, pid in points.items()]


def _segment(time: Note, rest: str, lex) -> list:
    """A segment's time and its text; or, when the segment holds nothing but a sound's name
    ("00:00:00: Music.", "[00:12] Applause"), its time and the event it names."""
    words = rest.strip()
    if words and len(words.split()) <= MAX_EVENT_SEGMENT_WORDS and words[:1].isupper():
        event = classify(words, lex)
        if isinstance(event, Event):
            return [time, Text(rest[:len(rest) - len(rest.lstrip())]), event]
    return [time, Text(rest)]


MAX_EVENT_SEGMENT_WORDS = 3


# A caption's timing glued to its text: "00:30Buongiorno", "0:00:050:00:09Text" (start and
# end fused), or start and end fused alone on a line ("0:00:050:00:09"). Read so only in a document that prints at least `MIN_GLUED` such lines.
_T = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
GLUED_TIME = re.compile(rf"^({_T})(?:({_T})(?=[^\W\d_]|$)|(?=[^\W\d_]))")
MIN_GLUED = 2


def _prints_glued_times(doc: Transcript) -> bool:
    """At least `MIN_GLUED` lines open with a time glued to words. (A plain loop: most
    documents print none, and this looks at every line of them.)"""
    count = 0
    for block in doc.blocks:
        items = (block,) if isinstance(block, Paragraph) else block.paragraphs if isinstance(block, Turn) else ()
        for p in items:
            if isinstance(p, Paragraph):
                for i in p.content:
                    if type(i) is Text and i.text[:1].isdigit() and GLUED_TIME.match(i.text):
                        count += 1
                        if count >= MIN_GLUED:
                            return True
    return False


MAX_TIMESTAMP_LINE = 16  # "[1:02:03.500]" and a few spaces


def _mark(item, point, glued: bool = False) -> None:
    """A paragraph or a line that is nothing but a timestamp becomes a timestamp note
    (a time inside a wrapped turn is no speech); so do the number and timing lines of
    caption cues pasted into the text, and times glued to a caption's text."""
    if not isinstance(item, Paragraph):
        return
    if len(item.content) == 1 and isinstance(item.content[0], Text):
        text = item.content[0].text
        if len(text) <= MAX_TIMESTAMP_LINE and text.strip()[:1] in "[(0123456789" \
                and TIMESTAMP.match(text.strip().rstrip(":")):  # "(00:45):" too
            text = text.strip()
            item.content = [Note(type="timestamp", text=text, synch=point(text.rstrip(":")))]
        elif glued and text[:1].isdigit():  # (a glued time opens with a digit)
            item.content = _unglued([Text(text)], point)
    elif not _opens_a_line_with_time_char(item.content):
        return  # (most paragraphs of wrapped speech: no line is looked at again)
    elif any(type(i) is Text and ("-->" in i.text or "\t" in i.text) for i in item.content):
        _mark_cues(item, point)
    elif len(item.content) > 1:
        _mark_lines(item, point, glued)


def _unglued(line: list, point) -> list:
    m = GLUED_TIME.match(line[0].text) if line and type(line[0]) is Text else None
    if not m:
        return line
    return [Note(type="timestamp", text=m.group(0), synch=point(m.group(1))), Text(line[0].text[m.end():])] + line[1:]


def _mark_lines(paragraph: Paragraph, point, glued: bool) -> None:
    """Timestamp-only lines (and glued times) inside a paragraph of several lines."""
    lines = lines_of(paragraph)
    changed = False
    for i, items in enumerate(lines):
        text = items[0].text.strip() if len(items) == 1 and type(items[0]) is Text else ""
        if text and len(text) <= 17 and text[:1] in "[(0123456789" and TIMESTAMP.match(text.rstrip(":")):
            # "(00:45):": a machine transcript's segment time, printed with a colon
            lines[i] = [Note(type="timestamp", text=text, synch=point(text.rstrip(":")))]
            changed = True
        elif glued and items and type(items[0]) is Text and items[0].text[:1].isdigit():
            new = _unglued(items, point)
            changed = changed or new is not items
            lines[i] = new
    if changed:
        paragraph.content = joined(lines, paragraph.line).content


def _opens_a_line_with_time_char(content: list) -> bool:
    """A line of `content` opens with text whose first character, spaces aside, may open a
    time ("[", "(", a digit): what `_mark_lines` needs of a line it changes, and `_mark_cues`
    of a cue's timing line."""
    opens = True  # (an item opens a line at the start and after a line break)
    for item in content:
        if opens and type(item) is Text:
            first = item.text.lstrip()[:1]
            if first and (first in "[(" or first.isdigit()):
                return True
        opens = type(item) is LineBreak
    return False


# A caption cue's timing line: "00:00:01,000 --> 00:00:02,200" (or start and end in the
# cells of a caption table: "00:00:01.000<tab>00:00:02.200").
CUE_TIMING = re.compile(r"^((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s*-->\s*|\t+)(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}")


def _mark_cues(paragraph: Paragraph, point) -> None:
    """Cue numbers ("12", the line before a timing line) become `note[@type='cue']`, timing
    lines timestamp notes synchronised with the cue's start; a paragraph left with notes
    only loses its line breaks (it is written as notes between paragraphs)."""
    lines = lines_of(paragraph)
    texts = [items[0].text.strip() if len(items) == 1 and isinstance(items[0], Text) else None
             for items in lines]
    changed = False
    for i, text in enumerate(texts):
        m = CUE_TIMING.match(text) if text and text[:1].isdigit() else None
        if m:
            lines[i] = [Note(type="timestamp", text=text, synch=point(m.group(1)))]
            if i and texts[i - 1] and texts[i - 1].isdigit():
                lines[i - 1] = [Note(type="cue", text=texts[i - 1])]
            changed = True
    if changed:
        if all(isinstance(i, Note) for items in lines for i in items):
            paragraph.content = [i for items in lines for i in items]
        else:
            paragraph.content = joined(lines, paragraph.line).content


PASS = TimestampsPass()
