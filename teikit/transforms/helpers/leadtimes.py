"""A recording time that opens a paragraph of speech, without a label: "[00:00:01] GOOD
MORNING, EVERYONE", as meeting-video and caption transcripts print it, or behind the words of
a site's widget repeated on every segment ("Starting point is 00:00:38 And with that ...").

The time (with the widget's words) is a timestamp, never speech. A bare time is taken only
behind such widget words printed so on two segments at least: alone, "10:30 the boats came
in" may be speech. A bare recording time and a separator, a bar or a colon, is taken when
three segments at least open so ("00:00:02.580 | Guys, we did it.", "00:01:11: ich auch"),
as speech-recognition pages print their segments.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import islice

from teikit.model import LineBreak, Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.labeltimes import TS

_BRACKETED = re.compile(rf"^(\[({TS})\]|\(({TS})\))[ \t\u00a0]+(?=\S)")
# "**(00:01:24)** And when ...": a transcription service's bold time that opens a turn's later
# paragraph, the label printing its time in the same bold run (T1231h)
_BOLD_BRACKETED = re.compile(rf"^(\*\*(?:\[({TS})\]|\(({TS})\))\*\*)[ \t\u00a0]+(?=\S)")
_WORDED = re.compile(rf"^((?:[^\W\d_][\w'’]*[ \u00a0]){{1,4}})({TS})[ \t\u00a0]+(?=\S)")
MIN_WORDED = 2
# "00:00:02.580 | text", "00:01:11: text": a recording time (hours or a leading zero, so no
# clock time "10:30") and a bar or a colon before the segment's text
_SEPARATED = re.compile(r"^((?:\d{1,2}:\d{2}:\d{2}|0\d:\d{2})(?:[.,]\d{1,3})?)(?:[ \t\u00a0]*\||:)(?=[ \t\u00a0]+\S|[ \t\u00a0]*$)")
MIN_SEPARATED = 3
# "0:01:10.4 What's really awesome ...": a bare recording time before the speech, with no
# separator, taken where the labels print the same kind of time before them three times at
# least ("0:00:12.9 **Ann Lee** Hello.", "00:01:02 Ann Lee: ..."): a turn's later paragraphs (L922e)
_BARE = re.compile(r"^((?:\d{1,2}:\d{2}:\d{2}|0\d:\d{2})(?:[.,]\d{1,3})?)[ \t\u00a0]+(?=\S)")
MIN_BARE_LABEL_TIMES = 3
# ... or where the speech prints no labels and its paragraphs open so: at least this many, and
# this share of the speech's paragraphs (a podcast export of timed lines, no speaker named) (T2043k)
MIN_BARE_SEGMENTS = 5
MIN_BARE_SEGMENT_SHARE = 0.9
# ... or every one of them, fewer, each time later than the one before: an archive's machine
# transcript of a short recording ("00:03 Hello, my name is …" / "00:34 Hello, …", T2426l)
MIN_ALL_BARE_SEGMENTS = 2
# a bracketed note in speech that holds nothing but a recording time ("[00:00:01]", set apart
# as an editorial bracket by the events pass)
_BRACKETED_ONLY = re.compile(rf"^\[({TS})\]$")


def _worded(text: str) -> re.Match | None:
    """`_WORDED.match(text)`, tried only where it can match: its words hold no colon, so the
    text's first colon is the time's, after a digit and at most four spaces in."""
    colon = text.find(":")
    if colon < 1 or not text[colon - 1].isdigit() or text.count(" ", 0, colon) > 4:
        return None
    return _WORDED.match(text)


def timed_lines(doc: Transcript) -> tuple[list, list]:
    """The lead times (`_lead_times`) and the bracketed times (`_BRACKETED_ONLY`) of the
    speech, found in one walk of its lines: a long transcript has a line of speech on most
    lines, and few of them open with a bracket or hold a colon after a digit."""
    lines, notes = [], []
    label_times = 0  # turns whose label prints a bare time before it (`_BARE`)
    paragraphs = 0  # paragraphs of unlabeled speech
    for block in doc.blocks:
        if isinstance(block, Turn):
            label_times += bool(block.time_first and block.time and block.time[:1].isdigit())
            unlabeled = block.label is None
            for p in block.paragraphs:
                if isinstance(p, Paragraph):
                    paragraphs += unlabeled
                    content = p.content
                    if len(content) == 1 and type(content[0]) is Text:  # one line of words: most paragraphs,
                        text = content[0].text                          # read without the loop below
                        if text[:1] in "[(*" or ":" in text:  # (what the shapes need)
                            _timed_line(p, 0, text, lines)
                        continue
                    opens = True  # (a line opens the paragraph or follows a line break)
                    for i, item in enumerate(content):
                        kind = type(item)
                        if opens and kind is Text:
                            text = item.text
                            if text[:1] in "[(*" or ":" in text:
                                _timed_line(p, i, text, lines)
                        elif kind is Note and item.type == "supplied" and (m := _BRACKETED_ONLY.match(item.text)):
                            notes.append((item, m.group(1)))
                        opens = kind is LineBreak
    return _lead_times(lines, label_times >= MIN_BARE_LABEL_TIMES or _bare_segments(lines, paragraphs)), notes


def _bare_segments(lines: list, paragraphs: int) -> bool:
    """Nearly all paragraphs of unlabeled speech open with a bare recording time (`00:00:05
    What if …`): the export's segments, their times timestamps (T2043k)."""
    times = [line[3].group(1) for line in lines if line[1] == 0 and line[3] is not None and line[3].re is _BARE]
    bare = len(times)
    return bare >= MIN_BARE_SEGMENTS and bare >= MIN_BARE_SEGMENT_SHARE * paragraphs \
        or bare == paragraphs >= MIN_ALL_BARE_SEGMENTS and _rising(times)  # T2426l


def _rising(times: list[str]) -> bool:
    """Each recording time later than the one before ("00:03", "00:34")."""
    seconds = [sum(float(part) * 60 ** k for k, part in enumerate(reversed(t.replace(",", ".").split(":"))))
               for t in times]
    return all(a < b for a, b in zip(seconds, seconds[1:]))


def _timed_line(para: Paragraph, i: int, text: str, lines: list) -> None:
    """Add the line to `lines` when it opens with a bracketed time, a bare time and its bar
    or colon, or words and a time."""
    bracketed = _BRACKETED.match(text) if text[:1] in "[(" else _BOLD_BRACKETED.match(text) if text[:1] == "*" else \
        (_SEPARATED.match(text) or _BARE.match(text)) if text[:1].isdigit() else None
    worded = None if bracketed else _worded(text)
    if bracketed or worded:
        lines.append((para, i, text, bracketed, worded))


def _lead_times(lines: list, bare: bool = False) -> list:
    """(paragraph, index of the line's text, printed timestamp, time, rest of the text) for
    each line of speech that opens with a recording time, last first (so that replacing one
    keeps the indexes of the others). `lines`: (paragraph, index, text, bracketed match,
    worded match) of each line that opens with a bracketed time or with words and a time;
    `bare`: the labels print bare times before them (`_BARE`'s lines are times too)."""
    words = Counter(worded.group(1) for *_, worded in lines if worded)
    widget = {w for w, n in words.items() if n >= MIN_WORDED}
    separated = sum(1 for line in lines if line[2][:1].isdigit() and line[3] and line[3].re is _SEPARATED) \
        >= MIN_SEPARATED if lines else False
    found = []
    for para, i, text, m, worded in lines:
        if m and m.re is _BARE:  # "0:01:10.4 What's ...", under labels printed so (L922e)
            if bare:
                found.append((para, i, m.group(1), m.group(1), text[len(m.group(1)):]))
        elif m and text[:1].isdigit():  # a bare time and its bar or colon: a document style
            if separated:
                found.append((para, i, m.group(0), m.group(1), text[m.end():]))
        elif m:
            found.append((para, i, m.group(1), m.group(2) or m.group(3), text[len(m.group(1)):]))
        elif worded.group(1) in widget:
            printed = text[:worded.end()].rstrip()  # (the rest keeps the space after the time: lossless)
            found.append((para, i, printed, worded.group(2), text[len(printed):]))
    return found[::-1]


def segment_times(texts: Iterable[str]) -> bool:
    """The lines `texts` open with a recording time and a bar or a colon three times at
    least: a speech-recognition page's segments, speech from the first of them on. (Read
    only up to the third: `texts` may be a whole unlabeled transcript, read as asked.)"""
    segments = (t for t in texts if t[:1].isdigit() and _SEPARATED.match(t))
    return next(islice(segments, MIN_SEPARATED - 1, None), None) is not None


def segment_line(text: str) -> bool:
    return text[:1].isdigit() and _SEPARATED.match(text) is not None


def join_segment_lines(doc: Transcript, leads: list) -> list:
    """In a page of timed segments (three or more of `leads`, the lead times `timed_lines`
    found, open with a bare time and its bar or colon), a turn's segments printed line by
    line are one paragraph, each segment a line of it: a machine transcript has no
    paragraphs. The leads, their paragraphs and indexes those of the joined paragraphs."""
    # (a bare time without a separator, L922e, is printed as the time alone: no such segment)
    paras = [para for para, _, printed, time, _ in leads if printed[:1].isdigit() and printed != time]
    if len(paras) < MIN_SEPARATED:
        return leads
    segments = {id(p) for p in paras}
    turns = [b for b in doc.blocks if type(b) is Turn]
    starts = [t.line for t in turns]
    # the turns that hold the segments, found by the source lines (no walk of every paragraph)
    holders = {id(turns[k]): turns[k] for p in paras if (k := bisect_right(starts, p.line) - 1) >= 0}
    moved: dict[int, tuple] = {}  # id of a segment's paragraph -> (joined paragraph, index)
    for turn in (t for t in holders.values() if len(t.paragraphs) > 1):
        out: list = []
        group, end = None, 0  # the paragraph the segments join, and its last source line
        for item in turn.paragraphs:
            if id(item) not in segments or len(item.content) != 1:
                group = None
                out.append(item)
                continue
            if group is not None and item.line and item.line == end + 1:
                group.content += [LineBreak(), item.content[0]]
            else:
                group = Paragraph(content=[item.content[0]], line=item.line)
                out.append(group)
            moved[id(item)] = (group, len(group.content) - 1)
            end = item.line
        turn.paragraphs = out
    return [(*moved[id(para)], printed, time, rest) if id(para) in moved else (para, i, printed, time, rest)
            for para, i, printed, time, rest in leads]


# A recording flattened onto one line, its title first: "Kunst des Interviews 0:00 Musik [...]
# 0:24 Anja Redecker Moin ..." (H318a). The first time is the recording's start, 0:00; more
# times follow on the line.
_START_TIME = re.compile(r"(?<![\d:.,])(?:0{1,2}:)?0{1,2}:00(?![\d:])")
_TIMES = re.compile(rf"(?<![\d:.,]){TS}(?![\d:])")
MIN_FLAT_TIMES = 3
MAX_FLAT_HEADING_WORDS = 12


def timed_heading(text: str) -> int:
    """Where the heading that opens a recording flattened onto one line ends (the offset of its
    first time, which is 0:00, with two more times after it on the line): a few words without a sentence's
    end before the time. 0 when the line opens no such recording."""
    start = _START_TIME.search(text)
    if start is None:
        return 0
    head = text[:start.start()].strip()
    if _TIMES.search(head):
        return 0  # the line's first time is not its start
    if not 1 <= len(head.split()) <= MAX_FLAT_HEADING_WORDS or not any(c.isalpha() for c in head) \
            or head[-1:] in ".!?:;,…" or len(_TIMES.findall(text, start.start())) < MIN_FLAT_TIMES:
        return 0
    return start.start()
