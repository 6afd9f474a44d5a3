"""A diarized transcript whose turns open with the speaker's id between `###` marks (L2461m).

A speech-recognition pipeline's export, as a dataset viewer shows a row, runs the whole
transcript on one line; each turn opens with a marker, the diarization id between two `###`
and a field word (lexicon `transcript_words`) before the speech:

    ### SPEAKER1 ### TRANSCRIPT Hello and welcome. ### SPEAKER2 ### TRANSCRIPT Thank you.

Without a colon or a line break, no label was read. When lines open with such a marker and
the document prints two at least, each marker opens a turn: the marks and the id are its
printed label (`### SPEAKER1 ###`, the id its speaker), the field word a note before the
speech (`note[@type='field']`). A `###` heading line of Markdown (`### Notes`) has no closing
marks and a line holding a marker further in but not at its start is left as printed.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Note, Paragraph, Text, Transcript, Turn

MIN_MARKERS = 2
MAX_ID_WORDS = 3
# "### SPEAKER1 ###", then spaces: the id is a word or a few, no sentence mark
_MARKER = re.compile(r"###[ \u00a0]+([^\W_][\w'’ -]{0,30}?)[ \u00a0]+###(?:[ \u00a0]+|$)")


def _markers(text: str) -> list[re.Match] | None:
    """The markers of a line that opens with one, or None."""
    found = list(_MARKER.finditer(text))
    if not found or text[:found[0].start()].strip() or any(len(m.group(1).split()) > MAX_ID_WORDS for m in found):
        return None
    return found


def _turn(text: str, marker: re.Match, end: int, line: int, field: re.Pattern) -> Turn:
    """The turn a marker opens: the label, the field word after it as a note, the speech up to
    `end` (the next marker or the line's end)."""
    speech = text[marker.end():end]
    notes = []
    word = speech.split(maxsplit=1)[0] if speech.strip() else ""
    if word and field.fullmatch(word):
        notes.append(Note(type="field", text=word))
        speech = speech.lstrip()[len(word):]
    paragraphs = [Paragraph([Text(speech.strip())], line)] if speech.strip() else []
    return Turn(label=marker.group(0).strip(), name=marker.group(1).strip(), line=line, lead_notes=notes,
                paragraphs=paragraphs)


def split_hash_markers(doc: Transcript, lex: Lexicon) -> None:
    """Turns opened by `### ID ###` markers (L2461m), when the page has no labelled turn."""
    if any(type(b) is Turn for b in doc.blocks):
        return
    marked = {}
    for block in doc.blocks:
        if type(block) is Paragraph and len(block.content) == 1 and type(block.content[0]) is Text \
                and "###" in block.content[0].text and (found := _markers(block.content[0].text)):
            marked[id(block)] = found
    if sum(len(found) for found in marked.values()) < MIN_MARKERS:
        return
    field = re.compile(lex.alternation("transcript_words"), re.IGNORECASE)
    out: list = []
    for block in doc.blocks:
        found = marked.get(id(block))
        if found is None:
            (out[-1].paragraphs if out and type(out[-1]) is Turn and type(block) is Paragraph else out).append(block)
            continue
        text = block.content[0].text
        ends = [m.start() for m in found[1:]] + [len(text)]
        out.extend(_turn(text, marker, end, block.line, field) for marker, end in zip(found, ends))
    doc.blocks = out
