"""CHAT transcripts (TalkBank, CHILDES: `.cha`) into the document model (R1840j).

CHAT is the export format of the largest spoken-language corpora. Detected by content, never
by name alone (`detect`): an `@UTF8` or `@Begin` header line, an `@Participants:` line and
`*CODE:` main-tier lines. What each line is:

- `@` header lines: header lines of the front, kept verbatim; `@Date` (`26-AUG-1996`), `@Location`,
  `@Time Duration`/`@Time Start` and `@Situation` also fill the setting, `@Languages` the
  document's language when it is one teikit has a lexicon for (`stated_language`), and
  `@Participants` the persons (`participants`). `@End` is the end line; an `@` line between
  turns (`@Comment`, `@Bg`) is a note between them.
- `*CODE:` main tiers: one turn each, labelled by the line's `*CODE:` as printed; the
  speaker is the participant with that code. TAB-indented lines continue the tier above
  (intonation units of an EXMARaLDA export): line breaks inside the turn's one paragraph.
- `%xxx:` dependent tiers (`%mor`, `%gra`, `%com` ...): annotation, not speech. Kept verbatim,
  with their continuation lines, as a note typed by the tier name (`note type="mor"`) at the
  end of the turn they follow (docs/encoding.md, "CHAT dependent tiers").
- media bullets (U+0015 `start_end` U+0015, milliseconds): timestamp notes holding
  the bullet as printed, on the document's timeline; a turn starts at its first bullet.
- simple events (`&=laughs`, `&=rie`): events; every other CHAT code (pauses `(.)`,
  retracing `[/]`, quotation `+"`) stays speech text as printed.
"""
from __future__ import annotations

import re

from teikit import lexicons
from teikit.model import (EndLine, Event, HeaderLine, LineBreak, Note, Paragraph, Person, Text, TimePoint,
                          Transcript, Turn)
from teikit.readers.decode import decode, hold_controls, kept_warning
from teikit.readers.plaintext import source_of
from teikit.transforms.events import classify
from teikit.transforms.ids import ncname

_MAIN = re.compile(r"\*([^\s:*%@]+):(?=[ \t]|$)")
_DEPENDENT = re.compile(r"%([A-Za-z][\w-]*):(?=[ \t]|$)")
_HEADER = re.compile(r"@([A-Za-z][\w ]*?)(?::|$)")
_LINE_END = re.compile(r"\r\n|\r|\n")
# A media bullet: start and end in milliseconds between two U+0015. Where XML cannot hold the
# delimiter, the decoder put U+FFFD (or, keeping it, a stand-in: `_bullet`) in its place.
_BULLET_TIMES = r"(\d+)_(\d+)"
_EVENT = re.compile(r"&=[^\s,.;!?]+")
# CHAT's own role words (the manual's list, "Participants"): printed in the name slot, they
# are a role, not a name ("MOT Mother Mother").
CHAT_ROLES = frozenset(
    "target_child target_adult child mother father brother sister sibling grandmother grandfather "
    "relative participant investigator partner husband wife friend playmate visitor adult teenager "
    "teacher student environment unidentified uncertain other male female non_human narrator "
    "speaker audience camera_operator observer interviewer doctor nurse caretaker housekeeper "
    "therapist leader group".split())
# CHAT's ISO 639-3 codes of the languages teikit has lexicons for.
LANGUAGE_CODES = {"eng": "en", "fra": "fr", "fre": "fr", "deu": "de", "ger": "de", "spa": "es",
                  "ita": "it", "rus": "ru", "zho": "zh", "cmn": "zh", "chi": "zh", "nld": "nl", "dut": "nl"}
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_CHAT_DATE = re.compile(r"(\d{1,2})-([A-Z]{3})-(\d{4})")


def detect(data: bytes) -> bool:
    """A CHAT file: its first line `@UTF8` or `@Begin` (after a BOM), an `@Participants:`
    header and a `*CODE:` main tier among the first lines."""
    head = data[:8192].decode("utf-8", errors="replace").lstrip("\ufeff")
    lines = _LINE_END.split(head)
    if not lines or lines[0].rstrip() not in ("@UTF8", "@Begin"):
        return False
    return any(line.startswith("@Participants:") for line in lines) \
        and any(_MAIN.match(line) for line in lines)


def read(data: bytes, name: str = "<input>", lang: str = "en", doc_id: str = "doc") -> Transcript:
    text, encoding = decode(data, name)
    doc = Transcript(id=ncname(doc_id), lang=lang)
    doc.source = source_of(data, name, encoding)
    text, bad = hold_controls(text, doc.source.non_xml)  # (`convert` restores them after its passes)
    if bad:
        doc.warn(kept_warning(bad))
    doc.lang = stated_language(text) or lang
    tiers = _tiers(_LINE_END.split(text.lstrip("\ufeff")))
    reader = _Reader(doc, lexicons.load(doc.lang), _bullet(doc.source.non_xml.get("\x15", "")))
    for line, lines in tiers:
        reader.tier(line, lines)
    doc.persons = participants(doc, reader.codes)
    if reader.points:
        doc.timeline = [TimePoint(f"{doc.id}.T0", 0.0)] + [
            TimePoint(pid, seconds) for seconds, pid in reader.points.items()]
    return doc


def stated_language(text: str) -> str | None:
    """The language `@Languages:` states first, when teikit has a lexicon for it."""
    m = re.search(r"^@Languages:[ \t]*([A-Za-z]{3})", text, re.MULTILINE)
    return LANGUAGE_CODES.get(m.group(1).lower()) if m else None


def _bullet(stand_in: str = "") -> re.Pattern:
    """The media-bullet pattern: its delimiter is U+0015, or what the decoder put in its place
    (U+FFFD, or the `stand_in` of a decoder that keeps the character)."""
    delimiters = "\x15\ufffd" + stand_in
    return re.compile(f"[{delimiters}]{_BULLET_TIMES}[{delimiters}]")


def _tiers(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Lines grouped into tiers: a line opening with `@`, `*` or `%` and the TAB-indented
    lines after it; (first line number, its lines). Blank lines belong to none."""
    tiers: list[tuple[int, list[str]]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if tiers and line[:1] not in "@*%":
            tiers[-1][1].append(line)
        else:
            tiers.append((number, [line]))
    return tiers


class _Reader:
    def __init__(self, doc: Transcript, lex, bullet: re.Pattern):
        self.doc, self.lex, self.bullet = doc, lex, bullet
        self.points: dict[float, str] = {}
        self.codes: dict[str, list[Turn]] = {}
        self.turn: Turn | None = None

    def tier(self, line: int, lines: list[str]) -> None:
        first = lines[0]
        if (m := _MAIN.match(first)) is not None:
            self.main_tier(line, lines, m)
        elif _DEPENDENT.match(first) and self.turn is not None:
            para = self.turn.paragraphs[-1]
            para.content += [LineBreak(), Note(type=_DEPENDENT.match(first).group(1), text="\n".join(lines), tier=True)]
        elif first.rstrip() == "@End":
            self.doc.blocks.append(EndLine("\n".join(lines), line))
        elif self.turn is not None:  # a header line between turns (`@Comment`, `@Bg`)
            kind = "comment" if first.startswith("@Comment") else "metadata"
            self.doc.blocks.append(Note(type=kind, text="\n".join(lines)))
        else:
            self.doc.blocks.append(self.header_line(line, lines))

    def header_line(self, line: int, lines: list[str]) -> HeaderLine:
        text = "\n".join(lines)
        m = _HEADER.match(text)
        field = m.group(1).strip().lower() if m else ""
        value = text[m.end():].strip() if m else ""
        setting = self.doc.setting
        if field == "date" and value:
            setting.date_text, setting.date_iso = value, chat_date(value)
            return HeaderLine("date", text, line, when=setting.date_iso)
        if field == "location" and value:
            setting.place = value
            return HeaderLine("place", text, line)
        if field in ("time duration", "time start") and value:
            setting.time = setting.time or value
            return HeaderLine("time", text, line)
        if field == "situation" and value:
            setting.activity = value
        return HeaderLine("note", text, line)

    def main_tier(self, line: int, lines: list[str], m: re.Match) -> None:
        label, code = m.group(), m.group(1)
        content: list = []
        for n, text in enumerate(lines):
            if n:
                content.append(LineBreak())
            # (the TAB after the label and before a continuation line is layout, not text)
            content += self.inline((text[len(label):] if n == 0 else text).lstrip(" \t"))
        # a TAB always follows the label: not glued to the speech, even to a ")" (`model.spacing`)
        turn = Turn(label=label, paragraphs=[Paragraph(content, line=line)], line=line, name=code,
                    joined=False)
        turn.start = next((i.synch for i in content if type(i) is Note and i.synch), None)
        self.codes.setdefault(code, []).append(turn)
        self.doc.blocks.append(turn)
        self.turn = turn

    def inline(self, text: str) -> list:
        """One line of a main tier: words, media bullets (timestamp notes) and `&=` events."""
        out: list = []
        at = 0
        for m in re.finditer(f"{self.bullet.pattern}|{_EVENT.pattern}", text):
            if m.start() > at:
                out.append(Text(text[at:m.start()]))
            out.append(self.timestamp(m) if m.group(1) else self.event(m.group()))
            at = m.end()
        if at < len(text) or not out:
            out.append(Text(text[at:]))
        return out

    def timestamp(self, m: re.Match) -> Note:
        seconds = int(m.group(1)) / 1000
        if seconds not in self.points:
            self.points[seconds] = f"{self.doc.id}.T{len(self.points) + 1}"
        return Note(type="timestamp", text=m.group(), synch=self.points[seconds])

    def event(self, marker: str) -> Event:
        """`&=laughs`: the event the lexicon knows the word as, else an incident."""
        found = classify(marker[2:].replace("_", " "), self.lex)
        if isinstance(found, Event):
            return Event(element=found.element, type=found.type, text=marker)
        return Event(element="incident", type="other", text=marker)


def chat_date(value: str) -> str | None:
    """CHAT's `DD-MON-YYYY` as an ISO date."""
    m = _CHAT_DATE.fullmatch(value.strip().upper())
    if m is None or m.group(2) not in _MONTHS:
        return None
    return f"{m.group(3)}-{_MONTHS.index(m.group(2)) + 1:02d}-{int(m.group(1)):02d}"


def participants(doc: Transcript, codes: dict[str, list[Turn]]) -> list[Person]:
    """Persons from `@Participants:` (`CODE [Name] Role`, comma-separated), in its order, then
    any speaker code it does not list; each turn points at its code's person."""
    persons: dict[str, Person] = {}
    line = next((h.text for h in doc.blocks if type(h) is HeaderLine and h.text.startswith("@Participants:")), "")
    role_nouns = lexicons.load(doc.lang).role_nouns
    for entry in line[len("@Participants:"):].split(","):
        words = entry.split()
        if not words or words[0] in persons:
            continue
        code, role = words[0], words[-1] if len(words) > 1 else None
        name = " ".join(words[1:-1]) or None
        if name and (name == code or name.lower() in CHAT_ROLES or name.lower() in role_nouns):
            name = None  # the code or a role word in the name slot: no name printed
        persons[code] = Person(id=_person_id(code), name=name, role=role)
    for code, turns in codes.items():
        person = persons.setdefault(code, Person(id=_person_id(code)))
        person.labels = sorted({t.label for t in turns})
        for turn in turns:
            turn.who = person.id
    return list(persons.values())


def _person_id(code: str) -> str:
    return ncname(code.lower())
