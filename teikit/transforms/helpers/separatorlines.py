"""Separator lines inside a turn (T461a): a line that holds only rule or table characters
("|", "-", "***", "|---|---|---|", "= = =") is page layout, not a paragraph of speech. So is
a Markdown footnote's definition printed between the turns ("[^dresden]: Gemeint ist ...",
L927e): the editor's note, not the speaker's words."""
from __future__ import annotations

import re

from teikit.model import LineBreak, Note, Paragraph, Text, Transcript

# Rule, bullet and table characters only; no letter, digit or sentence mark (an ellipsis, a
# lone "?" is speech: a pause, a silent answer).
# (leading blanks, one mark, then marks and blanks: the first run holds no mark, so a long
# line of marks is matched in linear time, never re-split between two runs that both take it)
SEPARATOR_LINE = re.compile(r"[ \t\u00a0]*[|\-–—_*=~#+•·/\\][|\-–—_*=~#+•·/\\ \t\u00a0]*")
# A Markdown footnote's definition: "[^name]: text", "[^1]: text".
FOOTNOTE_DEFINITION = re.compile(r"\[\^[^\]\s]{1,40}\]:[ \t\u00a0]+\S")


def mark_separator_lines(doc: Transcript) -> None:
    """A paragraph of a turn that is one separator line becomes a `separator` note (written
    in the `u`, not as a `seg`), when the turn has speech besides it."""
    for turn in doc.turns():
        paragraphs = [p for p in turn.paragraphs if isinstance(p, Paragraph)]
        if len(paragraphs) < 2:
            continue  # (most turns: one paragraph, which is their speech)
        for paragraph in paragraphs:
            content = paragraph.content
            if len(content) == 1 and type(content[0]) is Text and SEPARATOR_LINE.fullmatch(content[0].text):
                paragraph.content = [Note(type="separator", text=content[0].text.strip())]
            elif content and type(content[0]) in (Text, Note) and content[0].text[:2] == "[^" \
                    and FOOTNOTE_DEFINITION.match(text := _plain_text(content)):
                paragraph.content = [Note(type="editorial", text=text)]  # (its marker may be a note already)


def _plain_text(content: list) -> str:
    """The printed text of a paragraph whose inline items are text, notes and events (a footnote's
    definition the events pass read brackets in), with its line breaks."""
    return "".join("\n" if type(i) is LineBreak else getattr(i, "text", "") for i in content).strip()
