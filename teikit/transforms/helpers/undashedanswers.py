"""A dashed dialogue whose answers are sometimes printed without the dash (T531a).

A page that prints its interview as dashed turns (`– Bonjour, … c’est ça ?` / `– Oui, c’est
ça.`), each dash a change of speaker, may drop the dash before some answers when they were
typed live: the answer then follows the question as a paragraph of its own with no dash
(`– Et vous, … vous avez commencé comment ?` / `Moi, je suis tombée dedans par hasard, …`),
and the labels pass leaves it in the question's turn.
"""
from __future__ import annotations

from teikit.model import Paragraph, Transcript, Turn
from teikit.transforms.helpers.dashtail import DIALOGUE_DASH
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import line_text

# Turns opened by a dialogue dash that make the page a dashed dialogue.
MIN_DASHED_TURNS = 4


def split_undashed_answers(doc: Transcript) -> None:
    """In a document of unlabeled turns of which at least `MIN_DASHED_TURNS` open with a
    dialogue dash, a paragraph without the dash right after a paragraph that ends with a
    question mark inside a dashed turn is the answer: it opens an unlabeled turn, which runs to
    the turn's end or to the next such answer. A paragraph that asks again is the same voice
    going on (`– Bonjour.` / `Derrière la voix, il y a un prénom ?`), and one after a statement
    the same speaker's next paragraph; a labelled document's dashes are lists or pauses."""
    turns = doc.turns()
    if any(t.label for t in turns) or sum(_dashed(t.paragraphs[:1]) for t in turns) < MIN_DASHED_TURNS:
        return
    out: list = []
    for block in doc.blocks:
        if not isinstance(block, Turn) or not _dashed(block.paragraphs[:1]):
            out.append(block)
            continue
        items = block.paragraphs
        cuts = [n for n in range(1, len(items)) if _answers(items[n - 1], items[n])]
        out.append(block)
        out.extend(Turn(label=None, line=items[start].line, paragraphs=items[start:end])
                   for start, end in zip(cuts, cuts[1:] + [len(items)]))
        block.paragraphs = items[:cuts[0]] if cuts else items
    doc.blocks = out


def _answers(before, item) -> bool:
    if type(before) is not Paragraph or type(item) is not Paragraph:
        return False
    text = line_text(item.content)
    return QUESTION_END.search(line_text(before.content)) is not None and not QUESTION_END.search(text) \
        and DIALOGUE_DASH.match(text.lstrip()) is None


def _dashed(items: list) -> bool:
    return bool(items) and type(items[0]) is Paragraph \
        and DIALOGUE_DASH.match(line_text(items[0].content).lstrip()) is not None
