"""Pass `play_structure`: a play as Project Gutenberg prints it, for the drama flavour.

Runs only with `--flavour drama`, and only on a text that shows a play's shape (an act or
scene heading, or a dramatis personae); everything else is left to the transcript passes.
It reads, in one walk over the lines:

- the dramatis personae ("Dramatis Personae", "Personen", "Personnages" ...) into a
  `CastList`, one `CastEntry` per printed line ("Claudius" + ", " + "King of Denmark.");
- act and scene headings ("ACT I. Scene I.", "SCENE II. A room in the castle.",
  "Erster Aufzug", "Acte premier") into `Division`s, the lines printed with a heading
  (the place of a scene) kept in its head;
- a line saying where the play is set ("SCENE.- Elsinore.") into a `Stage` of type "setting";
- speaker labels as Gutenberg prints them ("Ber. Who's there?", "HAMLET." alone on its
  line, "HAMLET:", "Cor., Volt.", "Both [Mar. and Ber.]") into `Turn`s. A label is believed
  when it is printed at least twice or names someone of the cast;
- stage directions: lines of their own that open with a stage word ("Enter Ghost.",
  "Exeunt."), are bracketed ("[Exit.]") or stand far to the right; inside a speech, a
  bracketed direction ("[aside]", "[To Bernardo]") or one set far right at the end of a
  line ("Give you good night.        Exit.") becomes a `StageNote`.

Directions that end a speech stand after it, between speeches; those followed by more of
the same speech stay inside it. Consecutive lines of a speech (verse) make one paragraph
with line breaks. Every character of the source stays in the model, in order.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import (Boilerplate, CastEntry, CastList, Division, LineBreak, Note, Paragraph, Stage, StageNote,
                          Text, Transcript, Turn)
from teikit.transforms.helpers.lines import line_text, lines_of

# A line set this far right (or further) is a stage direction, not verse.
STAGE_INDENT = 8
# Spaces that set a direction apart at the end of a line of speech.
_RIGHT_SET = re.compile(r"^(?P<speech>.*\S)(?P<gap>\s{6,})(?P<stage>\S.*)$")
_BRACKETED = re.compile(r"\[[^\[\]]+\]")
# A name in a label: capitalised words, with the small words of names between them.
_NAME = r"[^\W\d_][\w'’\-]*(?: (?:[A-ZÀ-ÖØ-Þ][\w'’\-]*|of|the|de|du|von|van|la|le|di|del))*"


@lru_cache(maxsize=None)
class PlayShape:
    """The patterns of one lexicon that recognise the parts of a play."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.act = lex.pattern("act_headings")
        self.scene = lex.pattern("scene_headings")
        self.setting = re.compile(rf"^(?:{lex.alternation('setting_headings')})", re.IGNORECASE)
        self.cast = re.compile(rf"^(?:{lex.alternation('cast_headings')})\s*[.:]?$", re.IGNORECASE)
        self.contents = re.compile(rf"^(?:{lex.alternation('contents_headings')})\s*[.:]?$", re.IGNORECASE)
        self.stage = re.compile(rf"^\(?(?:{lex.alternation('stage_words')})(?:\b|$)", re.IGNORECASE)
        self.label = re.compile(
            rf"^(?P<label>(?P<names>{_NAME}(?:(?:\.?, |\.? and |\.? & ){_NAME})*)"
            rf"(?:(?P<qual> \[[^\]]*\])|(?P<end>[.:]))(?=\s|$))\s*(?P<rest>.*)$")

    def heading(self, text: str) -> list[tuple[str, str]]:
        """("act"|"scene", printed part) for a heading line, [] for any other line."""
        found = []
        rest = text
        for kind, pattern in (("act", self.act), ("scene", self.scene)):
            m = pattern.match(rest)
            if m and _heading_end(rest, m.end()) and rest[:1].isupper():
                found.append((kind, m.group().strip()))
                rest = rest[m.end():].strip()
        if found and rest:
            kind, head = found[-1]
            found[-1] = (kind, head + " " + rest)  # the place of the scene, printed after it
        return found if found and len(text) <= 120 else []

    def is_stage_line(self, text: str, indent: int) -> bool:
        t = text.strip()
        if not t:
            return False
        if indent >= STAGE_INDENT:
            return True
        if (t.startswith("[") and t.endswith("]")) or (t.startswith("(") and t.endswith(")") and self.stage.match(t)):
            return True
        m = self.stage.match(t)
        return bool(m) and (m.end() == len(t) or t[m.end()] in ".:,;[ ") and t[:1].isupper()

    def candidate(self, text: str):
        m = self.label.match(text)
        if m is None or len(m.group("names").split()) > 5:
            return None
        first = m.group("names").split()[0].strip(".,").lower()
        if self.stage.match(first) or self.act.match(text) or self.scene.match(text) or self.setting.match(text):
            return None
        return m


def _heading_end(text: str, end: int) -> bool:
    """A heading ends the line or is followed by punctuation or a capitalised word."""
    rest = text[end:]
    return not rest.strip() or rest[:1] in ".:,;-–—" or text[end - 1] == "." or rest.lstrip()[:1].isupper()


class PlayStructurePass:
    name = "play_structure"
    after = ("boilerplate",)

    def apply(self, doc: Transcript, ctx) -> None:
        if getattr(ctx.options, "flavour", None) != "drama":
            return
        shape = PlayShape(ctx.lexicon)
        if not is_play(doc, shape):
            return
        doc.blocks = PlayReader(doc, shape).read()


def is_play(doc: Transcript, shape: PlayShape) -> bool:
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            for items in lines_of(block):
                text = line_text(items).strip()
                if shape.cast.match(text) or shape.heading(text):
                    return True
    return False


class PlayReader:
    """One walk over the document's paragraphs, building the blocks of the play."""

    def __init__(self, doc: Transcript, shape: PlayShape):
        self.shape = shape
        self.blocks = doc.blocks
        self.out: list = []
        self.turn: Turn | None = None
        self.cast: CastList | None = None
        self.contents: list[str] | None = None  # lines of a list of contents, while in it
        self.started = False   # a heading or the cast list has been seen
        self.last_line = -1    # source line of the last line of speech added to the turn
        self.accept = _LabelPolicy(doc, shape)

    def read(self) -> list:
        for block in self.blocks:
            if isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Boilerplate) and self.turn is not None:
                self.turn.paragraphs.append(block)
            else:
                self.out.append(block)
                self.cast = None  # what follows is no longer part of the cast list
        self.close_turn()
        return self.out

    # --- one paragraph -------------------------------------------------------------------
    def paragraph(self, para: Paragraph) -> None:
        lines = lines_of(para)
        first = line_text(lines[0]).strip()
        number = para.line
        if not self.started and (self.shape.contents.match(first) or self.contents is not None) \
                and self.in_contents(lines):
            return
        if self.shape.cast.match(first):
            self.close_turn()
            self.cast = CastList(head=first, line=number)
            self.out.append(self.cast)
            self.started = True
            self.cast_entries(lines[1:], number + 1 if number else 0)
            return
        heads = self.shape.heading(first)
        if heads and len(lines[0]) == 1:
            self.division(heads, lines, para)
            return
        if self.shape.setting.match(first) and self.turn is None:
            self.close_turn()
            self.out.append(Stage(text=para.text, type="setting", content=list(para.content), line=number))
            self.cast = None
            return
        if self.cast is not None and not self.ends_cast(first, para.indent):
            self.cast_entries(lines, number)
            return
        self.cast = None
        if self.shape.is_stage_line(first, para.indent) and not self.accept.label_of(first):
            self.stage(para)
            return
        for offset, items in enumerate(lines):
            self.line(items, number + offset if number else 0)

    def in_contents(self, lines: list) -> bool:
        """A list of contents before the play ("Contents", "ACT I", "Scene I. Elsinore ..."):
        kept as notes in the front, not read as headings. It ends at the dramatis personae
        or when its first entry comes again (the play itself begins)."""
        texts = [line_text(items).strip() for items in lines]
        if self.contents is None:
            self.contents = []
        elif self.shape.cast.match(texts[0]) or (len(self.contents) > 1 and texts[0] == self.contents[1]):
            self.contents = None
            return False
        for text in texts:
            self.contents.append(text)
            self.out.append(Note(type="contents", text=text))
        return True

    def ends_cast(self, text: str, indent: int) -> bool:
        """The cast list goes on until a heading, a direction or a speech with its label."""
        label = self.accept.label_of(text)
        return (label is not None and bool(label.group("rest"))) or (
            self.shape.is_stage_line(text, indent) and indent >= STAGE_INDENT * 2)

    def cast_entries(self, lines: list, number: int) -> None:
        for offset, items in enumerate(lines):
            text = line_text(items).strip()
            if not text:
                continue
            self.cast.entries.append(cast_entry(text, number + offset if number else 0))

    def division(self, heads: list, lines: list, para: Paragraph) -> None:
        self.close_turn()
        self.cast = None
        self.started = True
        for kind, text in heads[:-1]:
            self.out.append(Division(kind, [Text(text)], para.line))
        kind, text = heads[-1]
        head: list = [Text(text)]
        for items in lines[1:]:
            head.append(LineBreak())
            head.extend(items)
        self.out.append(Division(kind, head, para.line))

    def stage(self, para: Paragraph) -> None:
        content = [StageNote(i.text) if isinstance(i, Text) else i for i in para.content]
        if self.turn is not None:
            self.turn.paragraphs.append(Paragraph(content=content, line=para.line))
            self.last_line = -1
        else:
            self.out.append(Stage(text=para.text, content=list(para.content), line=para.line))

    # --- one line of speech ----------------------------------------------------------------
    def line(self, items: list, number: int) -> None:
        text = line_text(items).strip()
        label = self.accept.label_of(text) if items and isinstance(items[0], Text) else None
        if label is not None:
            self.close_turn()
            self.turn = Turn(label=label.group("label"), name=label.group("names"), line=number)
            rest = label.group("rest")
            items = ([Text(rest)] if rest else []) + list(items[1:])
            self.last_line = -1
            if not items:
                self.last_line = number
                return
        elif self.turn is None:
            if not self.started:
                self.out.append(Paragraph(content=list(items), line=number))
                return
            self.turn = Turn(label=None, line=number)  # speech before any label of its scene
        content = _inline_stage(items, self.shape)
        paragraphs = self.turn.paragraphs
        if number and number == self.last_line + 1 and paragraphs and isinstance(paragraphs[-1], Paragraph) \
                and not _stage_only(paragraphs[-1]):
            paragraphs[-1].content.append(LineBreak())
            paragraphs[-1].content.extend(content)
        elif label is not None and not paragraphs:
            paragraphs.append(Paragraph(content=content, line=number))
        else:
            paragraphs.append(Paragraph(content=content, line=number))
        self.last_line = number

    def close_turn(self) -> None:
        """Directions that end a speech stand after it, between speeches."""
        turn, self.turn = self.turn, None
        if turn is None:
            return
        trailing = []
        while turn.paragraphs and isinstance(turn.paragraphs[-1], Paragraph) and _stage_only(turn.paragraphs[-1]) \
                and len(turn.paragraphs) > 1:
            trailing.insert(0, turn.paragraphs.pop())
        self.out.append(turn)
        for para in trailing:
            self.out.append(Stage(text=para.text, content=[Text(i.text) if isinstance(i, StageNote) else i
                                                           for i in para.content], line=para.line))
        self.last_line = -1


def cast_entry(text: str, line: int = 0) -> CastEntry:
    """One line of a dramatis personae: "Name, description", a group of names sharing a
    description ("VOLTEMAND, CORNELIUS, courtiers."), or a list of walk-on parts that is
    one entry ("Lords, Ladies, Officers, Soldiers, and Attendants.")."""
    parts = text.split(", ")
    last = parts[-1][4:] if parts[-1].startswith("and ") else parts[-1]
    if len(parts) >= 3 and last[:1].isupper():
        return CastEntry(role=text, line=line)  # walk-on parts: no description printed
    if len(parts) >= 3 and parts[-1][:1].islower() and all(_single_name(p) for p in parts[:-1]):
        return CastEntry(role=parts[0], members=[(", ", p) for p in parts[1:-1]], separator=", ",
                         desc=parts[-1], line=line)
    role, sep, desc = text.partition(", ")
    return CastEntry(role=role, separator=sep, desc=desc, line=line)


def _single_name(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and (len(words) == 1 or part.isupper())


def _stage_only(para: Paragraph) -> bool:
    return bool(para.content) and all(isinstance(i, (StageNote, LineBreak)) for i in para.content)


def _inline_stage(items: list, shape: PlayShape) -> list:
    """A line of speech with its directions as StageNotes: bracketed ones anywhere, and
    one set far right at the end of the line."""
    out: list = []
    for item in items:
        if not isinstance(item, Text):
            out.append(item)
            continue
        text = item.text
        tail = None
        m = _RIGHT_SET.match(text)
        if m and (shape.stage.match(m.group("stage")) or m.group("stage").startswith("[")):
            text, tail = m.group("speech"), m.group("stage")
        pos = 0
        for b in _BRACKETED.finditer(text):
            if b.start() > pos:
                out.append(Text(text[pos:b.start()]))
            out.append(StageNote(b.group()))
            pos = b.end()
        if pos < len(text):
            out.append(Text(text[pos:]))
        if tail is not None:
            out.append(Text(" "))
            out.append(StageNote(tail))
    return out


class _LabelPolicy:
    """A label candidate is a speaker label when its name is printed as a label at least
    twice, or names (or abbreviates) someone of the dramatis personae."""

    def __init__(self, doc: Transcript, shape: PlayShape):
        self.shape = shape
        self.counts: dict[str, int] = {}
        self.cast_words: set[str] = set()
        in_cast = False
        for block in doc.blocks:
            if not isinstance(block, Paragraph):
                continue
            for items in lines_of(block):
                text = line_text(items).strip()
                if shape.cast.match(text):
                    in_cast = True
                    continue
                if in_cast and (shape.heading(text) or shape.setting.match(text)):
                    in_cast = False
                if in_cast:
                    entry = cast_entry(text)
                    for role in [entry.role] + [name for _, name in entry.members]:
                        self.cast_words.update(w.strip(".").casefold() for w in role.split() if len(w) > 2)
                    continue
                m = shape.candidate(text)
                if m is not None:
                    key = m.group("names")
                    self.counts[key] = self.counts.get(key, 0) + 1

    def label_of(self, text: str):
        m = self.shape.candidate(text)
        if m is None:
            return None
        names = m.group("names")
        if not names[:1].isupper():
            return None
        first = names.split(",")[0].split()[0].strip(".").casefold()
        if first in self.shape.lex.group_speakers:
            return m
        in_cast = len(first) >= 3 and any(w.startswith(first) for w in self.cast_words)
        alone = not m.group("rest")
        if alone and not (names.isupper() or m.group("end") == ":" or in_cast):
            return None
        if self.counts.get(names, 0) >= 2 or in_cast:
            return m
        return None


PASS = PlayStructurePass()
