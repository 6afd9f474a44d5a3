"""Subtitle and caption files (WebVTT, SubRip/SRT) into the document model.

Detected by content, not by name: a file whose first line is `WEBVTT` is WebVTT; one whose
first block is a number and a `00:00:01,000 --> 00:00:04,000` timing line is SRT, so a
caption file saved as `.txt` is still read as captions (`detect`).

What a cue says is speech; the rest is markup, and markup is kept too, verbatim, apart from
the speech (nothing in the source is lost: the TEI `<text>` holds every character):

- speech: the cue text; the line breaks inside a cue (screen layout) are spaces;
- speaker: a voice tag `<v Roger Bingham>` (its name is the turn's label, its `<v` and `>`
  markup notes around it), a printed `NAME: ` or `[NAME]: ` prefix (the label verbatim), or a `>>`
  caption marker, which says only that the speaker changes (a new turn, label unknown;
  `>> NAME:` gives the label `NAME:`);
- markup notes (`note type="markup"`): the `>>` marker, other cue tags (`<i>`, `<c.x>`,
  `</v>`, inner timestamps), a voice tag repeated inside a turn;
- cue identifiers and SRT cue numbers (`note type="cue"`) and timing lines (`note
  type="timestamp"`; the times are also in a TEI `timeline`), before the turn a cue opens
  or at the start of its paragraph;
- the `WEBVTT` header and `STYLE`/`REGION` blocks are boilerplate; `NOTE` blocks comments.
  Character references (`&amp;`) stay as printed. Words after `WEBVTT` on its line ("WEBVTT -
  Episode 12") are the file's title, as exporters of podcasts and videos write it (H140h).

Consecutive cues of one voice are one turn; each cue is one paragraph of it with its start
and end (seconds from the start of the media) in `Paragraph.start`/`end`. A cue without
speaker information continues the turn before it, as captions split sentences across cues.
A printed label (`NAME: `, a diarizer's `[SPEAKER_01]: ` on every cue) opens a turn each time
it is printed, as labels do in a plain transcript (L830d).
"""
from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass, field

from teikit.errors import TeikitError
from teikit.model import Boilerplate, Note, Paragraph, Source, Text, Transcript, Turn
from teikit.readers.decode import decode, hold_controls, kept_warning
from teikit.readers.plaintext import unfuse_cue_lines
from teikit.readers.sdh import BRACKET_PREFIX, dash_marker, dialogue_dashes, speaker_brackets

# (Microsoft Teams wrote its hours, minutes and seconds unpadded: "0:0:3.350 --> 0:0:7.130", P1187h)
_TIME = r"(?:\d+:)?\d{1,2}:\d{1,2}[.,]\d{1,3}"
TIMING = re.compile(rf"^\s*({_TIME})\s*-->\s*({_TIME})(.*)$")
_SRT_START = re.compile(rf"^\s*\d+\s*\n\s*{_TIME}\s*-->\s*{_TIME}")
# The same file with its line breaks lost: cue after cue on one line ("1 00:00:00,087 -->
# 00:00:02,414 Text 2 00:00:02,701 --> ..."); read as the cues it was.
_FUSED_SRT_START = re.compile(rf"^\s*\d+[ \t]+{_TIME}[ \t]*-->[ \t]*{_TIME}[ \t]+\S[^\n]*?\s\d+[ \t]+{_TIME}[ \t]*-->")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^>]*>|<\d[\d:.]*>")  # any other cue tag, inner timestamps
# A printed speaker prefix: up to five words in capitals or with initial capitals (and
# "Speaker 1", "Dr. Ruth"), then a colon and a space: "MR. PRICE: ", "Roger Bingham: ".
# The label may stand in square brackets, as diarizing transcribers print their ids on every
# cue ("[SPEAKER_01]: ", "[Speaker 1]: ", L830d); a lower-case id ("spk_0: ") is a label too.
_NAME = r"(?:(?:[A-Z][\w.'’-]*|\d+)(?: (?:[A-Z][\w.'’-]*|\d+|of|de|van|von)){0,4}|(?:speaker|spk)[ _]?#?\d{1,3})"
# French typesetting puts a space before the colon ("PIERRE : ", L2, L1400i).
_PREFIX = re.compile(rf"^((?:{_NAME}|\[{_NAME}\])[ \u00a0\u202f]?:)\s+(?=\S)")
_CHANGE = re.compile(r"^\s*(?:>>+|(?:&gt;){2,})\s*")
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
    if _SRT_START.match(text.lstrip("\n")) or _FUSED_SRT_START.match(text.lstrip("\n")):
        return "srt"
    return None


def read(data: bytes, name: str = "<input>", lang: str = "en", doc_id: str = "doc") -> Transcript:
    kind = detect(data)
    if kind is None:
        raise TeikitError(f"{name}: not a WebVTT or SRT file")
    text, encoding = decode(data, name)
    doc = Transcript(id=doc_id, lang=lang)
    doc.source = Source(name=name.rsplit("/", 1)[-1], sha256=hashlib.sha256(data).hexdigest(),
                        encoding=encoding)
    text, bad = hold_controls(text, doc.source.non_xml)
    if bad:
        doc.warn(kept_warning(bad))
    if "-->" in text.split("\n", 1)[0]:  # a first line with a timing: cues fused on one line
        text = "\n".join(unfuse_cue_lines(text.split("\n")))
    blocks = _blocks(text.lstrip("\ufeff"))
    builder = _TurnBuilder(doc, speaker_brackets([block for _, block in blocks]))
    for line, block in blocks:
        _block(builder, block, line, kind)
    builder.finish()
    doc.setting.title = header_title(text) if kind == "vtt" else None
    if not doc.turns():
        doc.warn("no cues found")
    return doc


# The text after the WebVTT signature on the first line: a space or tab, then free words,
# often after a dash or colon ("WEBVTT - Episode 12: The Harbour").
_HEADER_TEXT = re.compile(r"\ufeff?WEBVTT[ \t]+[-–—:|]?[ \t]*(?P<title>[^\n]*?)[ \t]*(?:\n|$)")


def header_title(text: str) -> str | None:
    """The title a WebVTT file's header line carries after its signature, when it has a letter."""
    m = _HEADER_TEXT.match(text)
    title = m.group("title") if m else ""
    return title if any(c.isalpha() for c in title) else None


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
        # file header, style sheets and regions: presentation, kept apart from the speech
        builder.doc.blocks.extend(Boilerplate(x.strip(), line=line + i) for i, x in enumerate(lines))
        return
    if kind == "vtt" and (first == "NOTE" or first.startswith(("NOTE ", "NOTE\t"))):
        builder.doc.blocks.append(Note("comment", " ".join(x.strip() for x in lines)))
        return
    timing_at = next((i for i, x in enumerate(lines[:2]) if TIMING.match(x)), None)
    if timing_at is None:
        builder.doc.warn("a block without a cue timing line, kept as a note", line)
        builder.doc.blocks.append(Note("comment", " ".join(x.strip() for x in lines)))
        return
    match = TIMING.match(lines[timing_at])
    start, end = seconds(match.group(1)), seconds(match.group(2))
    lead = [Note("cue", x.strip()) for x in lines[:timing_at]]
    lead.append(Note("timestamp", lines[timing_at].strip()))
    builder.cue(lead, lines[timing_at + 1:], start, end, line + timing_at + 1)


def seconds(stamp: str) -> float:
    """ "01:02:03.250", "02:03,250" -> seconds."""
    parts = stamp.replace(",", ".").split(":")
    value = 0.0
    for part in parts:
        value = value * 60 + float(part)
    return round(value, 3)


@dataclass
class _Piece:
    """The part of a cue that one voice speaks: its speaker (`key` tells speakers apart),
    the printed label with the markup around it, and its inline content."""
    key: str | None = None
    label: str | None = None
    name: str | None = None
    before: list[Note] = field(default_factory=list)   # markup printed before it (">>")
    opening: list[Note] = field(default_factory=list)  # a voice tag's markup around the
    after: list[Note] = field(default_factory=list)    # name, when it opens a turn ("<v", ">")
    printed: str | None = None  # the whole label as printed ("<v Ann Lee>", "ANN:")
    joined: bool | None = None  # the label printed with no space before its closing markup
    change: bool = False
    content: list = field(default_factory=list)

    def speaks(self) -> bool:
        return any(type(i) is Text and i.text.strip() for i in self.content)


class _TurnBuilder:
    """Cue pieces into turns: a new turn when the speaker changes. Markup that comes before
    any speech (cue numbers, timing lines, a voice tag with no words) waits in `pending`
    for the next turn or paragraph, so that it stays where it was printed."""

    def __init__(self, doc: Transcript, brackets: frozenset[str] = frozenset()):
        self.doc = doc
        self.brackets = brackets  # bracketed prefixes that name speakers (L1400i)
        self.turn: Turn | None = None
        self.key: str | None = None
        self.pending: list[Note] = []

    def cue(self, lead: list[Note], payload: list[str], start: float, end: float, line: int) -> None:
        self.pending.extend(lead)
        for piece in _pieces(payload, self.brackets):
            if not piece.speaks():
                self.pending.extend(piece.before + _label_markup(piece)
                                    + [i for i in piece.content if type(i) is Note])
                continue
            # a voice tag is the cue's markup, repeated while the voice speaks; a printed
            # label opens a turn each time it is printed, as in a plain transcript (L830d)
            if self.turn is None or piece.change or (piece.key is not None and piece.key != self.key) \
                    or (piece.printed is not None and not piece.opening):
                self._open(piece, line)
                content = piece.content
            else:
                content = _inline(self.pending + piece.before + _label_markup(piece)) + piece.content
                self.pending = []
            self.turn.paragraphs.append(Paragraph(content, line=line, start=start, end=end))

    def _open(self, piece: _Piece, line: int) -> None:
        self.doc.blocks.extend(self.pending + piece.before + piece.opening)
        self.pending = []
        self.turn = Turn(label=piece.label, name=piece.name, line=line, lead_notes=piece.after,
                         joined=piece.joined)
        self.doc.blocks.append(self.turn)
        self.key = piece.key

    def finish(self) -> None:
        """Markup after the last words (an empty last cue) ends the text, in order."""
        self.doc.blocks.extend(self.pending)
        self.pending = []


def _label_markup(piece: _Piece) -> list[Note]:
    """A label printed again inside a turn (the same voice on the next cue), as markup: a
    voice tag is followed by the cue's text with its own spaces, a printed `NAME:` by a space."""
    if piece.printed is None:
        return []
    return [Note("markup", piece.printed, joined=piece.printed.endswith(">"))]


def _inline(notes: list[Note]) -> list:
    """Notes that go into a paragraph, with the whitespace printed after them as text (in a
    paragraph the text around a note says how it was printed, not `joined`)."""
    out: list = []
    for note in notes:
        out.append(note)
        if not note.joined:
            out.append(Text(" "))
        note.joined = False
    return out


def _pieces(payload: list[str], brackets: frozenset[str] = frozenset()) -> list[_Piece]:
    """The pieces of a cue: a cue may hold several voice tags, `>>` lines or dialogue dashes."""
    pieces = [_Piece()]
    dashes = dialogue_dashes(payload)
    for index, raw in enumerate(payload):
        if index in dashes:  # a speaker's part of a shared cue (L1400i)
            dash = dash_marker(raw)
            pieces.append(_Piece(change=True, before=[Note("markup", dash.group(1), joined=not dash.group(0)[-1:].isspace())]))
            raw = raw[dash.end():]
        for voice, text in _split_voices(raw):
            if voice is not None:
                pieces.append(_voice_piece(voice))
            marker = _CHANGE.match(text)
            if marker:
                if pieces[-1].speaks() or voice is None:
                    pieces.append(_Piece(change=True))
                pieces[-1].change = True
                printed = text[:marker.end()]
                text = text[marker.end():]
                glued = printed == printed.rstrip() and bool(text.strip())  # ">>Next" (none after)
                pieces[-1].before.append(Note("markup", printed.strip(), joined=glued))
            prefix = _PREFIX.match(text.lstrip())
            piece = pieces[-1]
            if prefix and piece.key is None and not piece.speaks():
                piece.key = piece.label = piece.printed = prefix.group(1)
                piece.name = prefix.group(1)[:-1].rstrip(" \u00a0\u202f").strip("[]")  # the speaker part: "[SPEAKER_01]:" -> "SPEAKER_01"
                text = text.lstrip()[prefix.end():]
            bracket = BRACKET_PREFIX.match(text.lstrip()) if piece.key is None and not piece.speaks() else None
            if bracket and bracket.group(1) in brackets:  # "[JOHN] Where were you?" (L1400i)
                piece.key = piece.label = piece.printed = bracket.group(1)
                piece.name = bracket.group(1)[1:-1]
                text = text.lstrip()[bracket.end():]
            _add_text(piece.content, text)
    return pieces


def _voice_piece(tag: re.Match) -> _Piece:
    """`<v Ann Lee>`: the name is the label; `<v` (with its classes) and `>` are markup."""
    name = tag.group(1).strip() if tag.group(1) else ""
    if not name:
        return _Piece(key="", content=[Note("markup", tag.group(0))])
    opening = tag.group(0)[:tag.start(1) - tag.start(0)].strip()
    closing = tag.group(0)[tag.end(1) - tag.start(0):].strip()
    after = tag.string[tag.end():]  # the cue text after the tag, glued to it or not
    glued = bool(after.strip()) and not after[:1].isspace()
    return _Piece(key=html.unescape(name), label=name, name=html.unescape(name), printed=tag.group(0),
                  joined=tag.group(1) == tag.group(1).rstrip(),  # "<v Ann >": a space before ">"
                  opening=[Note("markup", opening)], after=[Note("markup", closing, joined=glued)])


def _add_text(content: list, text: str) -> None:
    """A line of a cue: its words as text, its tags as markup notes; lines joined by a space
    (after a tag too: "<i>Hi</i>" and "there" on the next line are two words)."""
    if content and text.strip():
        content.append(Text(" "))
    position = 0
    for tag in _TAG.finditer(text):
        if text[position:tag.start()]:
            content.append(Text(text[position:tag.start()]))
        content.append(Note("markup", tag.group(0)))
        position = tag.end()
    if text[position:].strip():
        content.append(Text(text[position:]))


def _split_voices(line: str) -> list[tuple[re.Match | None, str]]:
    """A line cut at its voice tags: [(None, text before), (voice tag, text after it), ...]."""
    out: list[tuple[re.Match | None, str]] = []
    position, voice = 0, None
    for match in _VOICE.finditer(line):
        if voice is not None or line[position:match.start()].strip():
            out.append((voice, line[position:match.start()]))
        voice, position = match, match.end()
    out.append((voice, line[position:]))
    return out
