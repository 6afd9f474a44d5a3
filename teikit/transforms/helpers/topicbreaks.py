"""A page's topic headings between turns, printed like the one over its first question
(T2285l).

A government press conference's record prints a topic heading over each round of questions:
`Äußerungen des … über den türkischen Präsidenten` / `FRAGE: …` / `WAGNER (AA): …` / … /
`Aufruf der US-Botschaft in Moskau …` / `FRAGE: …`. The first heading stands in the header,
right over the first turn; the later ones, read line by line, end the turn above them as its
last paragraph. A one-line paragraph closing a turn is such a heading when it ends no sentence,
the next turn opens with the label the first turn opens with (the round's first question), and
the header's last line, right over that first turn, is a heading line of the same kind (no
sentence end). It becomes a heading note there, like a Markdown heading closing a turn (T928e).
A closing line that ends a sentence, or one before another label, stays speech.
"""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine, Note, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.shapes import SENTENCE_END

MIN_HEADING_WORDS = 3
MAX_HEADING_CHARS = 160
# The header line over the first turn that is a topic heading: a subheading, or a line no
# field rule claimed (the title over the first turn heads the whole page, not a round).
_TOPIC_KINDS = (HeaderKind.SUBTITLE, HeaderKind.UNKNOWN)


def mark_topic_headings(doc: Transcript) -> None:
    blocks = doc.blocks
    first = next((i for i, b in enumerate(blocks) if type(b) is Turn), None)
    if first is None or not first or blocks[first].label is None:
        return
    above = blocks[first - 1]
    if type(above) is not HeaderLine or above.kind not in _TOPIC_KINDS or not _heading_text(above.text):
        return
    opening = blocks[first].label
    for n in range(first, len(blocks) - 1):
        turn, after = blocks[n], blocks[n + 1]
        if type(turn) is not Turn or type(after) is not Turn or after.label != opening or len(turn.paragraphs) < 2:
            continue
        text = _plain_line(turn.paragraphs[-1])
        if text is not None and _heading_text(text):
            turn.paragraphs[-1].content = [Note(type="heading", text=text)]


def _plain_line(item) -> str | None:
    if type(item) is not Paragraph or len(item.content) != 1 or type(item.content[0]) is not Text:
        return None
    return item.content[0].text.strip()


def _heading_text(text: str) -> bool:
    text = text.strip()
    return "\n" not in text and len(text) <= MAX_HEADING_CHARS and len(text.split()) >= MIN_HEADING_WORDS \
        and text[:1].isupper() and not SENTENCE_END.search(text)
