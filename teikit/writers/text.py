"""Plain text from the model, in two modes.

- `reading` (default): for people. Title and setting on top, then the text as printed:
  front matter, headings, `LABEL: speech` per turn (the printed label, or the person's name
  when nothing was printed), stage directions, paragraphs a blank line apart, verse line
  by line, tables a row per line, lists an item per line, events as printed, one reading of
  each `choice` and `app` (`prefer`), editorial signs (`[supplied]`, `⟦deleted⟧`,
  `\\added/`, `unclear(?)`), notes as numbered endnotes (`[1]`) under "Notes";
  boilerplate and markup notes (a caption file's tags, `note type="markup"`) left out;
  wrapped only when a width is given.
- `source`: for checking. Every character the converter kept, boilerplate and markup
  included, in source order, with the line and paragraph breaks the TEI records (`seg`,
  `lb`); every reading of a choice, app or subst (a space apart); notes in place; no space
  where the TEI says none was printed (`model.spacing`). Compared with the converter's
  input, whitespace aside, it is the same text.

Both honour `@join` and `lb break="no"` (the reader has already joined those words).
`options` is any object with `mode`, `width` and `prefer` attributes (or None for the
defaults), so the writer does not depend on the API module that defines the option type.
"""
from __future__ import annotations

import textwrap

from teikit.model import (
    CHOICE_DEFAULT, Boilerplate, Choice, Event, Footnote, GroupEnd, GroupStart,
    HeaderLine, Heading, LineBreak, ListBlock, Note, PageBreak, Paragraph, Person, SpanEnd, SpanStart,
    Table, Text, Transcript, Turn,
)
from teikit.model import nonxml
from teikit.model.spacing import label_glues
from teikit.writers.sitelines import readable

MODES = ("reading", "source")
# Editorial signs of the reading view (Leiden-like conventions).
SIGNS = {"supplied": ("[", "]"), "del": ("⟦", "⟧"), "add": ("\\", "/"), "unclear": ("", "(?)"),
         "surplus": ("{", "}")}
# The note type of a caption file's tags (`<i>`, `<v`, `>>`): the source view's, not the reader's.
MARKUP = "markup"


def write(transcript: Transcript, options=None) -> bytes:
    mode = getattr(options, "mode", None) or "reading"
    width = getattr(options, "width", None)
    if mode not in MODES:
        raise ValueError(f"unknown text mode {mode!r}; known: {', '.join(MODES)}")
    reading = mode == "reading"
    view = _View(readable(transcript, visible=reading), reading, prefer_order(getattr(options, "prefer", None)))
    chunks = view.chunks()
    if width:
        chunks = [_wrap(c, width) for c in chunks]
    text = "\n\n".join(c for c in chunks if c.strip()) + "\n"
    if not reading and transcript.source.non_xml:  # (the stand-ins `readable` gave the view)
        text = text.translate(nonxml.released(transcript))
    return text.encode("utf-8")


def reading_chunks(transcript: Transcript, prefer=None) -> list[str]:
    """The reading view without the header's title and setting line: only what the TEI
    `text` holds (the fidelity tests compare its words with the words of the TEI)."""
    return _View(transcript, True, prefer_order(prefer)).chunks(top=False)


def prefer_order(prefer) -> tuple:
    """The order in which a choice's readings are looked for: the user's kinds first."""
    first = tuple(prefer or ())
    return first + tuple(k for k in CHOICE_DEFAULT if k not in first)


# --- shared with the HTML writer ----------------------------------------------------

def speaker_name(turn: Turn, people: dict[str, Person]) -> str | None:
    """What to print before a speech: the label as printed, else the names of the persons
    (all of a multi-speaker `who`), else the bare id (a `@who` that points at nobody we
    know). `people`: `Transcript.persons_by_id`."""
    if turn.label:
        return turn.label
    names = []
    for pid in [turn.who] + turn.others if turn.who else []:
        person = people.get(pid)
        names.append(person.name or person.id if person else pid)
    return f"{' / '.join(names)}:" if names else None


def setting_line(transcript: Transcript) -> str:
    s = transcript.setting
    parts = [s.activity, s.venue, s.place, s.date_text or s.date_iso, s.time]
    return ", ".join(p for p in parts if p)


def join_label(head: str, text: str, joined: bool | None = None) -> str:
    """"IMOGEN" + ", running to Posthumus": no space before punctuation (nor after a
    Chinese or Japanese label, "记者：请问"), unless `joined` says how the source printed it."""
    head = head.rstrip()
    if not head:
        return text
    if not text:
        return head
    if joined is None:
        joined = label_glues(head, text)
    return head + ("" if joined else " ") + text


def is_markup(item) -> bool:
    """A caption file's markup (`note type="markup"`): in the source view only."""
    return item.__class__ is Note and item.type == MARKUP


def _led_by_markup(turn: Turn) -> bool:
    """Markup sets the label apart from the speech: as lead notes (TEI `u`, `sp`) or at the
    start of the first paragraph (ISO/TEI, where the `>` of `<v Ann>` opens the segment)."""
    if any(is_markup(n) for n in turn.lead_notes):
        return True
    first = turn.paragraphs[0] if turn.paragraphs else None
    return isinstance(first, Paragraph) and bool(first.content) and is_markup(first.content[0])


def inline_text(para: Paragraph, reading: bool, prefer: tuple = CHOICE_DEFAULT,
                notes: list | None = None) -> str:
    """A paragraph as printed: a line break is a newline (none inside a word); an event
    with no printed marker (ParlaMint's empty `<gap reason="inaudible"/>`) shows its kind
    in reading mode only; footnotes go to `notes` (reading) or stay in place (source)."""
    out: list[str] = []
    _inline(para.content, reading, prefer, notes, out)
    return "".join(out).strip()


def prints_own_signs(inside: str, tag: str) -> bool:
    """Whether an editorial stretch already prints its signs (`<supplied>[Kenya]</supplied>`,
    as converted transcripts keep the printed brackets): then the views add none."""
    sign = SIGNS.get(tag)
    inside = inside.strip()
    return bool(sign and sign[0] and inside.startswith(sign[0]) and inside.endswith(sign[1]))


def _close_sign(out: list, start: int, tag: str) -> None:
    """Close the editorial sign opened at `out[start]` (or drop it, see `prints_own_signs`)."""
    if prints_own_signs("".join(out[start + 1:]), tag):
        out[start] = ""
    else:
        out.append(SIGNS[tag][1])


def _inline(content: list, reading: bool, prefer: tuple, notes, out: list) -> None:
    opened: list[int] = []  # where the signs of open editorial stretches were written
    for item in content:
        kind = item.__class__
        if kind is LineBreak:
            out.append("" if item.joined else "\n")
        elif kind is Event and not item.text:
            out.append(f"[{item.type or item.element}]" if reading else "")
        elif kind is Choice and not reading:  # the source keeps every reading, apart
            for n, r in enumerate(item.readings):
                out.append(" " if n else "")
                _inline(r.content, reading, prefer, notes, out)
        elif kind is Choice:
            chosen = item.pick(prefer)
            if chosen is not None:
                _inline(chosen.content, reading, prefer, notes, out)
            if reading and item.element == "app" and notes is not None and len(item.readings) > 1:
                notes.append(apparatus_text(item, chosen))
                out.append(f"[{len(notes)}]")
        elif kind is Footnote:
            text = "\n".join(inline_text(p, reading, prefer) for p in item.paragraphs)
            if reading and notes is not None:
                notes.append(text)
                out.append(f"[{len(notes)}]")
            else:
                out.append(f" {text} ")
        elif reading and kind is Note and item.type == MARKUP:
            continue
        elif reading and kind is SpanStart:
            if item.tag in SIGNS:
                opened.append(len(out))
                out.append(SIGNS[item.tag][0])
        elif reading and kind is SpanEnd:
            if item.tag in SIGNS and opened:
                _close_sign(out, opened.pop(), item.tag)
        else:
            out.append(item.text)


def apparatus_text(app: Choice, chosen) -> str:
    """An apparatus entry: "lemma] reading (witnesses); reading …"."""
    others = [r for r in app.readings if r is not chosen]
    lemma = chosen.text.strip() if chosen else ""
    rest = "; ".join(f"{r.text.strip() or 'om.'}{f' ({r.wit})' if r.wit else ''}" for r in others)
    return f"{lemma}] {rest}"


# --- the view -----------------------------------------------------------------------

class _View:
    def __init__(self, t: Transcript, reading: bool, prefer: tuple):
        self.t, self.reading, self.prefer = t, reading, prefer
        self.people = t.persons_by_id()
        self.notes: list[str] = []

    def text(self, para: Paragraph) -> str:
        return inline_text(para, self.reading, self.prefer, self.notes)

    def chunks(self, top: bool = True) -> list[str]:
        """The view's paragraphs. In reading mode `top` puts the header's title and
        setting line first; front-matter lines that only repeat them (the title, the
        date, the place) are then not printed twice. Other front matter is kept."""
        t = self.t
        chunks = []
        blocks = t.blocks
        if self.reading and top:
            shown = [t.setting.title or "", setting_line(t)]
            chunks.append("\n".join(x for x in shown if x))
            blocks = [b for b in blocks if not (isinstance(b, HeaderLine) and _on_top(b, shown))]
        glued = False  # the block before was printed with no space before this one
        for block in blocks:
            if isinstance(block, Turn):
                more = self.turn(block)
            elif isinstance(block, Boilerplate) and self.reading or self.reading and is_markup(block):
                continue
            elif isinstance(block, Heading) and block.from_header and not self.reading:
                continue
            else:
                more = [self.block(block)]
            if glued and chunks and more:
                more[0] = chunks.pop() + more[0]
            chunks.extend(more)
            glued = not self.reading and (getattr(block, "joined", False) is True and not isinstance(block, Turn)
                                          or isinstance(block, Turn) and _ends_glued(block))
        if self.notes:
            chunks.append("Notes")
            chunks.extend(f"[{n}] {text}" for n, text in enumerate(self.notes, 1))
        return chunks

    def turn(self, turn: Turn) -> list[str]:
        """The label, its lead notes and the paragraphs. The source view joins them as
        the TEI says they were printed (`joined`); the reading view leaves markup out and
        gives a label that only markup set apart (a caption's `<v Ann>`) its colon."""
        name = speaker_name(turn, self.people) if self.reading else turn.label
        head = name or ""
        notes = turn.lead_notes
        if self.reading and _led_by_markup(turn):
            notes = [n for n in notes if not is_markup(n)]
            head = head if not head or head.endswith((":", "：")) else head + ":"
        joined = None if self.reading else turn.joined
        for note in notes:
            head = join_label(head, note.text, joined)
            joined = None if self.reading else note.joined
        paras = [self.text(p) for p in turn.paragraphs]
        if not self.reading and any(getattr(p, "joined", False) for p in turn.paragraphs[:-1]):
            paras = _glue(paras, turn.paragraphs)
        paras = [p for p in paras if p] or [""]
        paras[0] = join_label(head, paras[0], joined)
        return paras

    def block(self, block) -> str:
        kind = block.__class__
        if kind is Table:  # its caption, then a line per row
            rows = [" | ".join(self.text(c) for c in row) for row in block.rows]
            return "\n".join(([block.head] if block.head else []) + rows)
        if kind is Heading and block.notes:  # "Heading[1]", the note an endnote
            return self.text(Paragraph([Text(block.text), *block.notes]))
        if kind is ListBlock:
            lines = [f"{block.head}"] if block.head else []
            for i, (label, para) in enumerate(block.items, 1):
                mark = f"{label} " if label else (f"{i}. " if block.ordered else "- ")
                lines.append(mark + self.text(para))
            return "\n".join(lines)
        if kind is PageBreak:
            return f"[page {block.n}]" if self.reading and block.n else ""
        if kind in (GroupStart, GroupEnd):
            return ""
        para = getattr(block, "para", None)
        if para is not None:  # Prose, Verse
            return self.text(para)
        if isinstance(block, Event) and not block.text:
            return f"[{block.type or block.element}]" if self.reading else ""
        text = getattr(block, "text", None)
        if text is None:
            raise TypeError(f"text writer: no rule for {kind.__name__}")  # a bug, not input
        return text


def _glue(texts: list[str], paragraphs: list) -> list[str]:
    """The source view's paragraphs of a turn, each printed with no whitespace before the
    next (`Paragraph.joined`) joined to it."""
    out: list[str] = []
    glued = False
    for text, para in zip(texts, paragraphs):
        if glued and out:
            out[-1] += text
        else:
            out.append(text)
        glued = getattr(para, "joined", False) is True
    return out


def _ends_glued(turn: Turn) -> bool:
    """The turn's last paragraph runs into the next turn's label with no whitespace."""
    return bool(turn.paragraphs) and getattr(turn.paragraphs[-1], "joined", False) is True


def _on_top(line: HeaderLine, shown: list[str]) -> bool:
    """A front-matter line the title or setting line already gives."""
    text = line.text.strip()
    return bool(text) and (text == shown[0] or text in shown[1])


def _wrap(chunk: str, width: int) -> str:
    """Wrap each line of a chunk; words are never broken (URLs, hyphenated names)."""
    return "\n".join(
        textwrap.fill(line, width=width, break_long_words=False, break_on_hyphens=False)
        for line in chunk.split("\n")
    )
