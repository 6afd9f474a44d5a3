"""Subtitle and caption files (WebVTT, SubRip/SRT) into the document model.

Detected by content, not by name: a file whose first line is `WEBVTT` is WebVTT; one whose
first block is a number and a `00:00:01,000 --> 00:00:04,000` timing line is SRT, so a
caption file saved as `.txt` is still read as captions (`detect`).

What a cue says is speech; the rest is markup:

- speech: the cue text, with WebVTT tags (`<i>`, `<b>`, `<c.x>`, `<lang>`, inner
  timestamps) and SRT `<i>`/`<font>` tags removed and character references decoded;
- speaker: a voice tag `<v Roger Bingham>` (its name becomes the turn's label, as if
  printed "Roger Bingham:"), a printed `NAME: ` prefix (kept as the label verbatim), or a
  `>>` caption marker, which says only that the speaker changes (a new turn, label unknown;
  `>> NAME:` gives the label `NAME:`);
- markup, not speech: the `WEBVTT` line, cue identifiers and SRT cue numbers, timing lines
  (kept as times in the model, written to a TEI `timeline`), cue settings, `STYLE` and
  `REGION` blocks, the `>>` marker itself, and the line breaks inside a cue (screen layout:
  a cue's lines are joined with a space). `NOTE` blocks are comments and kept as notes.

Consecutive cues of one speaker are one turn; each cue is one paragraph of it with its start
and end (seconds from the start of the media) in `Paragraph.start`/`end`. A cue without
speaker information continues the turn before it, as captions split sentences across cues.
"""
from __future__ import annotations

import hashlib
import html
import re

from teikit.errors import TeikitError
from teikit.model import Note, Paragraph, Source, Text, Transcript, Turn
from teikit.readers.decode import clean_controls, decode

_TIME = r"(?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3}"
TIMING = re.compile(rf"^\s*({_TIME})\s*-->\s*({_TIME})(.*)$")
_SRT_START = re.compile(rf"^\s*\d+\s*\n\s*{_TIME}\s*-->\s*{_TIME}")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<\d[\d:.]*>")  # any other cue tag, inner timestamps
# A printed speaker prefix: up to five words in capitals or with initial capitals (and
# "Speaker 1", "Dr. Ruth"), then a colon and a space: "MR. PRICE: ", "Roger Bingham: ".
_PREFIX = re.compile(
    r"^((?:[A-Z][\w.'’-]*|\d+)(?: (?:[A-Z][\w.'’-]*|\d+|of|de|van|von)){0,4}:)\s+(?=\S)")
_CHANGE = re.compile(r"^\s*>>+\s*")
FORMATS = ("vtt", "srt")


def detect(data: bytes) -> str | None:
    """"vtt", "srt" or None (not a subtitle file), from the first bytes of the file."""
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf",):
        if head.startswith(bom):
            head = head[len(bom):]
    text = head.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    if re.match(r"WEBVTT(?:[ \t\n]|$)", text):
        return "vtt"
    if _SRT_START.match(text.lstrip("\n")):
        return "srt"
    return None


def read(data: bytes, name: str = "<input>", lang: str = "en", doc_id: str = "doc") -> Transcript:
    kind = detect(data)
    if kind is None:
        raise TeikitError(f"{name}: not a WebVTT or SRT file")
    text, encoding = decode(data, name)
    text, bad = clean_controls(text)
    doc = Transcript(id=doc_id, lang=lang)
    doc.source = Source(name=name.rsplit("/", 1)[-1], sha256=hashlib.sha256(data).hexdigest(),
                        encoding=encoding)
    if bad:
        doc.warn(f"{bad} control character(s) that XML cannot hold replaced by U+FFFD")
    builder = _TurnBuilder(doc)
    for line, block in _blocks(text.lstrip("\ufeff")):
        _block(builder, block, line, kind)
    if not doc.turns():
        doc.warn("no cues found")
    return doc


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Blocks of non-blank lines with the number of their first line."""
    blocks, current = [], None
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            if current is None:
                current = (number, [])
                blocks.append(current)
            current[1].append(line)
        else:
            current = None
    return blocks


def _block(builder: "_TurnBuilder", lines: list[str], line: int, kind: str) -> None:
    first = lines[0].strip()
    if kind == "vtt" and (first.startswith("WEBVTT") and line == 1 or first in ("STYLE", "REGION")
                          or first.startswith(("STYLE ", "REGION "))):
        return  # file header, style sheets and regions: presentation, not text
    if kind == "vtt" and (first == "NOTE" or first.startswith(("NOTE ", "NOTE\t"))):
        comment = " ".join([first[4:].strip()] + [x.strip() for x in lines[1:]]).strip()
        if comment:
            builder.doc.blocks.append(Note("comment", comment))
        return
    timing_at = next((i for i, x in enumerate(lines[:2]) if TIMING.match(x)), None)
    if timing_at is None:
        builder.doc.warn("a block without a cue timing line, kept as a note", line)
        builder.doc.blocks.append(Note("comment", " ".join(x.strip() for x in lines)))
        return
    match = TIMING.match(lines[timing_at])
    start, end = seconds(match.group(1)), seconds(match.group(2))
    builder.cue(lines[timing_at + 1:], start, end, line + timing_at + 1)


def seconds(stamp: str) -> float:
    """ "01:02:03.250", "02:03,250" -> seconds."""
    parts = stamp.replace(",", ".").split(":")
    value = 0.0
    for part in parts:
        value = value * 60 + float(part)
    return round(value, 3)


class _TurnBuilder:
    """Cue pieces into turns: a new turn when the speaker changes."""

    def __init__(self, doc: Transcript):
        self.doc = doc
        self.turn: Turn | None = None
        self.speaker: str | None = None

    def cue(self, payload: list[str], start: float, end: float, line: int) -> None:
        for speaker, change, text in _pieces(payload):
            if not text:
                continue
            if self.turn is None or change or (speaker is not None and speaker != self.speaker):
                self.turn = Turn(label=speaker, line=line)
                self.doc.blocks.append(self.turn)
                self.speaker = speaker
            self.turn.paragraphs.append(Paragraph([Text(text)], line=line, start=start, end=end))


def _pieces(payload: list[str]) -> list[tuple[str | None, bool, str]]:
    """(speaker label or None, speaker changes here, text) for each part of a cue that one
    voice speaks: a cue may hold several voice tags or `>>` lines."""
    pieces: list[list] = [[None, False, []]]
    for raw in payload:
        for voice_part in _split_voices(raw):
            speaker, text = voice_part
            # tags out first, then character references: "&lt;i&gt;" is text, not a tag
            text = html.unescape(_TAG.sub("", text))
            change = False
            marker = _CHANGE.match(text)
            if marker:
                text, change = text[marker.end():], True
            prefix = _PREFIX.match(text.lstrip())
            if prefix and speaker is None:
                speaker, text = prefix.group(1), text.lstrip()[prefix.end():]
            text = text.strip()
            if speaker is not None or change:
                pieces.append([speaker, change, []])
            if text:
                pieces[-1][2].append(text)
    return [(s, c, " ".join(t)) for s, c, t in pieces]


def _split_voices(line: str) -> list[tuple[str | None, str]]:
    """A line cut at its voice tags: [(None, text before), (name, text), ...]."""
    out, position, speaker = [], 0, None
    for match in _VOICE.finditer(line):
        if line[position:match.start()].strip():
            out.append((speaker, line[position:match.start()]))
        name = html.unescape(match.group(1) or "").strip()
        speaker = f"{name}:" if name else None
        position = match.end()
        if speaker is not None:
            out.append((speaker, ""))
    rest = line[position:]
    if rest.strip() or not out:
        out.append((None if out else speaker, rest))
    return _merge_voice_heads(out)


def _merge_voice_heads(parts: list[tuple[str | None, str]]) -> list[tuple[str | None, str]]:
    """(name, "") followed by its text -> one part (name, text)."""
    merged: list[tuple[str | None, str]] = []
    for speaker, text in parts:
        if merged and merged[-1][1] == "" and merged[-1][0] is not None and speaker is None:
            merged[-1] = (merged[-1][0], text)
        else:
            merged.append((speaker, text))
    return merged
