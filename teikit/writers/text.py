"""Plain text from the model, in two modes.

- `reading` (default): for people. Title and setting on top, `LABEL: speech` per turn
  (the printed label, or the person's name when nothing was printed), paragraphs a blank
  line apart, events as printed, boilerplate left out; wrapped only when a width is given.
- `source`: for checking. Every character the converter kept, boilerplate included, in
  source order, with the line and paragraph breaks the TEI records (`seg`, `lb`). Compared
  with the converter's input, whitespace aside, it is the same text.

`options` is any object with `mode` and `width` attributes (or None for the defaults), so
the writer does not depend on the API module that defines the option type.
"""
from __future__ import annotations

import re
import textwrap

from teikit.model import (
    Block, Boilerplate, EndLine, Event, HeaderLine, Heading, LineBreak, Note, Paragraph,
    Stage, Transcript, Turn,
)

MODES = ("reading", "source")
# Header lines the reading view already shows in its title and setting lines.
_SHOWN_ON_TOP = {"title", "date", "dateline", "place", "venue", "time", "activity"}


def write(transcript: Transcript, options=None) -> bytes:
    mode = getattr(options, "mode", None) or "reading"
    width = getattr(options, "width", None)
    if mode not in MODES:
        raise ValueError(f"unknown text mode {mode!r}; known: {', '.join(MODES)}")
    chunks = _source(transcript) if mode == "source" else _reading(transcript)
    if width:
        chunks = [_wrap(c, width) for c in chunks]
    return ("\n\n".join(c for c in chunks if c.strip()) + "\n").encode("utf-8")


# --- inline -------------------------------------------------------------------------

def inline_text(para: Paragraph, reading: bool) -> str:
    """A paragraph as printed: a line break is a newline; an event with no printed marker
    (ParlaMint's empty `<gap reason="inaudible"/>`) shows its kind in reading mode only."""
    out = []
    for item in para.content:
        if isinstance(item, LineBreak):
            out.append("\n")
        elif isinstance(item, Event) and not item.text:
            out.append(f"[{item.type or item.element}]" if reading else "")
        else:
            out.append(item.text)
    return "".join(out).strip()


# --- reading mode -------------------------------------------------------------------

def speaker_name(turn: Turn, transcript: Transcript) -> str | None:
    """What to print before a speech: the label as printed, else the person's name, else
    the bare id (a `@who` that points at nobody we know)."""
    if turn.label:
        return turn.label
    person = transcript.person(turn.who)
    if person is None:
        return None
    return f"{person.name or person.id}:"


def setting_line(transcript: Transcript) -> str:
    s = transcript.setting
    parts = [s.activity, s.venue, s.place, s.date_text or s.date_iso, s.time]
    return ", ".join(p for p in parts if p)


def _reading(t: Transcript) -> list[str]:
    top = [t.setting.title or next((b.text for b in t.blocks
                                    if isinstance(b, HeaderLine) and b.kind == "title"), "")]
    top.append(setting_line(t))
    chunks = ["\n".join(line for line in top if line)]
    for block in t.blocks:
        if isinstance(block, Turn):
            chunks.extend(_reading_turn(block, t))
        elif isinstance(block, Boilerplate):
            continue
        elif isinstance(block, HeaderLine) and block.kind in _SHOWN_ON_TOP:
            continue
        else:
            chunks.append(_block_text(block, reading=True))
    return chunks


def _reading_turn(turn: Turn, t: Transcript) -> list[str]:
    head = " ".join(x for x in [speaker_name(turn, t)] + [n.text for n in turn.lead_notes] if x)
    paras = [inline_text(p, reading=True) for p in turn.paragraphs]
    paras = [p for p in paras if p] or [""]
    paras[0] = f"{head} {paras[0]}".strip() if head else paras[0]
    return paras


def _block_text(block, reading: bool) -> str:
    if isinstance(block, Event) and not block.text:
        return f"[{block.type or block.element}]" if reading else ""
    if isinstance(block, (HeaderLine, Boilerplate, EndLine, Heading, Stage, Block, Note, Event)):
        return block.text
    raise TypeError(f"text writer: no rule for {type(block).__name__}")  # a bug, not input


# --- source mode --------------------------------------------------------------------

_CJK_LABEL_END = re.compile(r"(?:[\u3400-\u9fff》」』][:：]|：)$")


def _source(t: Transcript) -> list[str]:
    chunks = []
    for block in t.blocks:
        if isinstance(block, Turn):
            head = [turn_label for turn_label in [block.label] if turn_label]
            head += [n.text for n in block.lead_notes]
            paras = [inline_text(p, reading=False) for p in block.paragraphs] or [""]
            # Chinese and Japanese print no space after a label ("记者：请问"): none is added
            glue = "" if head and _CJK_LABEL_END.search(head[-1]) else " "
            paras[0] = glue.join(head + [paras[0]]).strip()
            chunks.extend(paras)
        elif not (isinstance(block, Heading) and block.from_header):
            chunks.append(_block_text(block, reading=False))
    return chunks


def _wrap(chunk: str, width: int) -> str:
    """Wrap each line of a chunk; words are never broken (URLs, hyphenated names)."""
    return "\n".join(
        textwrap.fill(line, width=width, break_long_words=False, break_on_hyphens=False)
        for line in chunk.split("\n")
    )
