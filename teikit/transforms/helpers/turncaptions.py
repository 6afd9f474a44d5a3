"""A picture's caption closed by its credit, printed between two turns (P2548m).

A news magazine prints the photo of its guest between two exchanges, the caption naming the
person and the office, the credit after it:

    D.T.: … Lo demás no se ha hecho oficial.

    Ana Ruiz, representante a la Cámara del Partido Verde. - Foto: Ana Ruiz en Twitter

    SEMANA: En Cámara …

The caption was read as the last paragraph of the answer above it. A one-line paragraph that
closes a turn (after a paragraph of speech), right above a labelled turn, and that is a
caption closed by its credit (`photocaptions.credited_caption`: a word for the picture, a colon
and a name or agency after the caption's words) is a note of its own between the two turns, as
H1751j reads such a caption in a page's header; the roles pass reads the office beside the
name there, as in any line outside the speech. Speech that speaks of a photo without a credit
at its end stays speech.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.photocaptions import credited_caption

# A caption is a sentence or two: a longer paragraph is speech.
MAX_CAPTION_WORDS = 40


def set_turn_captions_apart(doc: Transcript, lex: Lexicon) -> None:
    if not lex.photo_credits:
        return
    blocks = doc.blocks
    out: list = []
    for k, block in enumerate(blocks):
        out.append(block)
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        if type(block) is not Turn or len(block.paragraphs) < 2 or type(after) is not Turn or after.label is None:
            continue
        last, before = block.paragraphs[-1], block.paragraphs[-2]
        text = _one_line(last)
        if text and type(before) is Paragraph and len(text.split()) <= MAX_CAPTION_WORDS \
                and credited_caption(text, lex):
            block.paragraphs.pop()
            out.append(HeaderLine(HeaderKind.NOTE, text.strip(), last.line))
    doc.blocks = out


def _one_line(para) -> str | None:
    """The text of a paragraph of one line of plain text, else None."""
    if type(para) is not Paragraph or any(type(i) is not Text for i in para.content):
        return None
    return "".join(i.text for i in para.content)
