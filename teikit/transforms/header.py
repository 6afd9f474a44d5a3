"""The release header: title, byline, place, venue, date, time and occasion lines.

The header zone is the run of short, heading-like lines before the first turn. Each line
is classified by its shape (`classify`); lines no rule claims are resolved by position:
the longest is the title, a short name next to a date/place/venue line is a place or a
venue, and a stray short line above the title is site furniture (boilerplate). What is
left between the header and the first labelled turn is an unlabeled opening speech.
"""
from __future__ import annotations

import re

from teikit.model import Boilerplate, HeaderLine, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms import boilerplate as bp
from teikit.transforms import delivery
from teikit.transforms.dates import date_line, has_weekday, is_time_line
from teikit.transforms.labels import lines_of
from teikit.transforms.names import is_title_word, names_in
from teikit.transforms.shapes import SENTENCE_END

VENUE_WORDS = re.compile(
    r"\b(room|hall|theat(er|re)|house|palace|hotel|university|college|school|building|"
    r"cent(er|re)|garden|auditorium|chancellery|presidency|ministry|embassy|residence|"
    r"headquarters|museum|library|court|stadium|airport|base|plaza|square|chamber|"
    r"parliament|capitol|castle|villa|lounge|studio|office building|teleconference|"
    r"videoconference|conference call|aboard|on board|air force one|via (zoom|video|phone)|office)\b",
    re.IGNORECASE)
ROLE_WORDS = re.compile(
    r"\b(secretary|minister|spokesperson|spokesman|spokeswoman|president|ambassador|director|"
    r"advis[eo]r|coordinator|official|envoy|representative|chief|head|commissioner|"
    r"administrator|counselor|chancellor|governor|senator|mayor|prime|deputy|undersecretary|"
    r"press|chair(man|woman|person)?|general|king|queen|prince|premier|counsel)\b",
    re.IGNORECASE)
SOURCE_LINE = re.compile(
    r"^(the\s+)?(u\.?\s?s\.?\s+)?(office of|department of|ministry of|bureau of|embassy of|"
    r"mission of|permanent mission|white house|united nations|european commission|"
    r"foreign office|state department)\b", re.IGNORECASE)
OCCASION = re.compile(
    r"\b(((joint|daily|regular|weekly|special)\s+)?press\s+(availability|conference|briefing|statements?|encounter|gaggle|"
    r"remarks|point)|remarks\s+to\s+the\s+(press|media)|(background|virtual|on-the-record|"
    r"special)\s+(press\s+)?(briefing|gaggle|call)|(joint\s+)?statements?\s+to\s+the\s+press|"
    r"press\s+gaggle|interview|roundtable|town\s+hall|keynote|remarks|briefing|"
    r"address|speech|statement|testimony|readout|q\s?&\s?a)\b", re.IGNORECASE)
NOTE_LINE = re.compile(r"^(\*+|†|note:|editor[’']?s note|correction:|corrected:?\s*$|"
                       r"for immediate release|embargoed (until|for)|as prepared for delivery|"
                       r"check against delivery|\(?as delivered\)?$|\(?as prepared\)?$|transcript:?$|"
                       r"(the )?following is (the |a )?)", re.IGNORECASE)
FIELD = re.compile(r"^(date|time|place|location|venue|title|subject|occasion|event)\s*:\s*(\S.*)$",
                   re.IGNORECASE)
FIELD_KINDS = {"date": "date", "time": "time", "place": "place", "location": "place",
               "venue": "venue", "title": "title", "subject": "title", "occasion": "activity",
               "event": "activity"}
SEPARATOR = re.compile(r"^[*\-–—_=~·•#\s]{3,}$")
MAX_HEADER_CHARS = 300


def classify(line: str) -> str | None:
    """The kind of a header line by its own shape, or None when only position can tell."""
    text = line.strip()
    if SEPARATOR.match(text):
        return "separator"
    field = FIELD.match(text)
    if field:
        return FIELD_KINDS[field.group(1).lower()]
    if date_line(text):
        return "date"
    if is_time_line(text):
        return "time"
    if delivery.whole_note(text) is not None:
        return "delivery"
    if NOTE_LINE.match(text):
        return "note"
    if text.lower().startswith("by ") and (_is_name(text[3:].split(",")[0]) or names_in(text)):
        return "byline"  # "By Jane Doe", "by NATO Secretary General Jens Stoltenberg ahead of ..."
    if "," in text and _is_name(text.split(",")[0]) and ROLE_WORDS.search(text.split(",", 1)[1]):
        return "byline"
    if SOURCE_LINE.match(text) and len(text.split()) <= 8 and not re.search(r"\bheadquarters\b", text, re.I):
        return "source"  # "United Nations Headquarters" is a building: a venue
    if OCCASION.fullmatch(text):
        return "activity"
    if re.match(r"^en route\b", text, re.IGNORECASE):
        return "place"
    if VENUE_WORDS.search(text) and len(text.split()) <= 8 and not _titled_event(text):
        return "venue"
    if _is_place_pair(text):
        return "place"
    return None


def _titled_event(text: str) -> bool:
    """ "Remarks at the White House", "Press Conference by ... at Headquarters": a title
    that names a venue, not a venue line."""
    return OCCASION.match(text) is not None or " by " in f" {text.lower()} "


def _is_name(text: str) -> bool:
    if ":" in text:
        return False
    words = text.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() or w.lower() in ("de", "van", "von", "bin", "al")
                                        for w in words) and not any(c.isdigit() for c in text)


def _is_place_pair(text: str) -> bool:
    """ "Riga, Latvia", "Washington, D.C.", "Reykjavik, Iceland": capitalised parts."""
    parts = [p.strip() for p in text.split(",")]
    return (2 <= len(parts) <= 3 and all(p and p[:1].isupper() and len(p.split()) <= 4 for p in parts)
            and not ROLE_WORDS.search(text) and not any(c.isdigit() for c in text))


def _short_name(text: str) -> bool:
    """A short capitalised phrase that could be a place or a venue ("New York")."""
    words = text.split()
    return (1 <= len(words) <= 4 and not SENTENCE_END.search(text) and not any(c.isdigit() for c in text)
            and sum(w[:1].isupper() for w in words) >= len(words) - 1)


def looks_like_speech(text: str) -> bool:
    return len(text) > MAX_HEADER_CHARS or bool(SENTENCE_END.search(text.strip()))


# --- the transform ---------------------------------------------------------------------

def apply(doc: Transcript) -> None:
    first_turn = next((i for i, b in enumerate(doc.blocks) if isinstance(b, Turn)), len(doc.blocks))
    lead, rest = doc.blocks[:first_turn], doc.blocks[first_turn:]
    header: list = []      # HeaderLine / Boilerplate / Note, in source order
    speech: list = []      # paragraphs of an unlabeled opening speech
    upcoming = _upcoming_kinds(lead)
    seen = 0
    for block in lead:
        if speech or not isinstance(block, Paragraph):
            (speech if speech else header).append(block)
            continue
        lines = lines_of(block)
        for offset, items in enumerate(lines):
            seen += 1
            text = "".join(i.text for i in items if not isinstance(i, LineBreak))
            plain = all(isinstance(i, Text) for i in items)
            kind = upcoming[seen - 1]  # classify(text), computed once for the look-ahead
            if plain and kind is None and bp.is_soft(text):
                kind = "boilerplate"
            if plain and kind is None and looks_like_speech(text) and _dated_soon(upcoming, seen):
                kind = "summary"  # a sentence about the event between title and date lines
            if not plain or (kind is None and looks_like_speech(text)):
                speech.append(_rest_paragraph(block, lines, offset))
                break
            header.append(HeaderLine(kind=kind or "", text=text,
                                     line=block.line + offset if block.line else 0))
    if not speech and not rest:
        header, speech = _headerless(header)
    _resolve_positions(header)
    doc.blocks = [_finish(h) for h in header] + _opening_turn(speech) + rest


# How many lines ahead a date or time line makes a sentence part of the header.
SUMMARY_LOOKAHEAD = 3


def _upcoming_kinds(lead: list) -> list[str | None]:
    """The shape kind of every line of the lead paragraphs, in order."""
    kinds = []
    for block in lead:
        if isinstance(block, Paragraph):
            for items in lines_of(block):
                plain = all(isinstance(i, Text) for i in items)
                kinds.append(classify("".join(i.text for i in items)) if plain else None)
    return kinds


def _dated_soon(kinds: list, seen: int) -> bool:
    """A date, time or separator line follows within a few lines: the header goes on."""
    return any(k in ("date", "time", "separator") for k in kinds[seen:seen + SUMMARY_LOOKAHEAD])


def _headerless(header: list) -> tuple[list, list]:
    """No speech was found: keep the lines a shape rule claimed and a first unclaimed line
    as title (when more follow); the rest is one unlabeled turn."""
    unknown = [i for i, h in enumerate(header) if isinstance(h, HeaderLine) and h.kind == ""]
    if not unknown:
        return header, []
    cut = unknown[1] if len(unknown) > 1 else unknown[0]
    speech = [Paragraph(content=[Text(h.text)], line=h.line) if isinstance(h, HeaderLine) else h
              for h in header[cut:]]
    return header[:cut], speech


def _rest_paragraph(block: Paragraph, lines: list, offset: int) -> Paragraph:
    content: list = []
    for i, items in enumerate(lines[offset:]):
        if i:
            content.append(LineBreak())
        content.extend(items)
    return Paragraph(content=content, line=block.line + offset if block.line else 0)


def _opening_turn(speech: list) -> list:
    paras = [b for b in speech if isinstance(b, Paragraph)]
    if not paras:
        return speech
    turn = Turn(label=None, line=paras[0].line)
    turn.paragraphs = speech
    return [turn]


def _resolve_positions(header: list) -> None:
    """Decide title, place/venue and boilerplate for lines no shape rule claimed."""
    lines = [h for h in header if isinstance(h, HeaderLine)]
    for h in lines:
        if h.kind in ("", "title") and bp.is_soft(h.text):
            h.kind = "boilerplate"
    _continued_titles(lines)
    _stacked_bylines(lines)
    unknown = [h for h in lines if h.kind == ""]
    titled = [h for h in lines if h.kind == "title"]
    candidates = [h for h in unknown if not _short_name(h.text) or len(h.text.split()) >= 4]
    title = titled[0] if titled else max(candidates, key=lambda h: len(h.text), default=None)
    if title is not None:
        title.kind = "title"
    seen_title = False
    for i, h in enumerate(lines):
        if h is title:
            seen_title = True
        if h.kind != "":
            continue
        near = {x.kind for x in lines[max(0, i - 1):i + 2] if x is not h}
        if _short_name(h.text) and near & {"date", "place", "venue", "time"}:
            h.kind = "place" if _place_slot_free(lines, i) else "venue"
        elif title is None or not seen_title:
            h.kind = "boilerplate"  # site furniture: section names, slogans
        else:
            h.kind = "subtitle"
    _widget_dates(lines, title)


# A title line ending in one of these goes on in the next line ("PRESS GAGGLE BY" /
# "PRESIDENT TRUMP").
CONTINUED = re.compile(r"(\b(by|of|and|with|for|to|at|on|the|in|from|between)|[’']s|[:–—-])$", re.IGNORECASE)


def _continued_titles(lines: list) -> None:
    """Two unclaimed lines where the first breaks off mid-phrase are one title."""
    for first, second in zip(lines, lines[1:]):
        if first.kind in ("", "title") and second.kind == "" and CONTINUED.search(first.text.strip()):
            first.kind = second.kind = "title"


def _stacked_bylines(lines: list) -> None:
    """A bare name over an office or occasion line is a byline printed on two lines
    ("John Kirby" / "Spokesperson", "John Kirby" / "Daily Press Briefing")."""
    for first, second in zip(lines, lines[1:]):
        if first.kind != "" or names_in(first.text) != [first.text.strip()]:
            continue
        office = second.kind == "" and all(is_title_word(w) for w in second.text.split())
        if office or second.kind == "activity":
            first.kind = "byline"
            if office:
                second.kind = "byline"


def _place_slot_free(lines: list, i: int) -> bool:
    """A bare name is the place unless a place was given already or a place line follows
    and no venue line does (State Department order: place, then venue)."""
    if any(h.kind == "place" for h in lines[:i]):
        return False
    later = [h.kind for h in lines[i + 1:]]
    return "place" not in later or "venue" in later


def _widget_dates(lines: list, title) -> None:
    """A weekday date above the title, beside site furniture, is a page widget when the
    header has another date of its own."""
    dates = [h for h in lines if h.kind == "date"]
    anchor = title or next((h for h in lines if h.kind not in ("date", "boilerplate")), None)
    if len(dates) < 2 or anchor is None:
        return
    for i, h in enumerate(lines):
        if h.kind == "date" and i < lines.index(anchor) and has_weekday(h.text):
            neighbours = lines[max(0, i - 1):i] + lines[i + 1:i + 2]
            if i == 0 or any(x.kind == "boilerplate" for x in neighbours):
                h.kind = "boilerplate"


def _finish(item):
    """HeaderLine kinds that are not header lines become their own blocks."""
    if isinstance(item, HeaderLine):
        if item.kind == "boilerplate":
            return Boilerplate(text=item.text, line=item.line)
        if item.kind == "delivery":
            return delivery.whole_note(item.text)
        if item.kind == "date":
            item.when = date_line(item.text)
    return item
