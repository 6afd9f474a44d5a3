"""An operator's or moderator's turn that hands over by name, the next speaker's label lost:
"• Operator" / "• ... I will now turn the program over to Meera Rao. Please go ahead." /
"• Thank you. Good afternoon ..." (an earnings call whose site printed only the operator's
name). The paragraphs after the hand-over are the named speaker's, an unlabeled turn of
their own; the persons pass attributes it to the name handed over to.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Transcript, Turn
from teikit.transforms.helpers import ownwords as ow
from teikit.transforms.helpers.labeltext import base_label


def _unnamed_role(turn: Turn, lex: Lexicon) -> bool:
    base = base_label(turn.name or turn.label or "").strip(" •·-–—*").lower()
    return bool(base) and " " not in base and base in lex.anonymous_words


def split_after_hand_over(doc: Transcript, lex: Lexicon) -> None:
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if not isinstance(block, Turn) or block.label is None or len(block.paragraphs) < 2 \
                or not _unnamed_role(block, lex):
            continue
        for i, para in enumerate(block.paragraphs[:-1]):
            if isinstance(para, Paragraph) and ow.handed_to(para.text, lex):
                rest = block.paragraphs[i + 1:]
                if any(isinstance(p, Paragraph) for p in rest):
                    del block.paragraphs[i + 1:]
                    turn = Turn(label=None, line=next(p.line for p in rest if isinstance(p, Paragraph)))
                    turn.paragraphs = rest
                    out.append(turn)
                break
    doc.blocks = out


def attribute_handed_over(doc: Transcript, turns: list[Turn], people: list, lex: Lexicon) -> None:
    """An unlabeled turn right after an unnamed speaker's turn that hands over by name is that
    person's: "... turn the program over to Meera Rao. Please go ahead." (`people`: the persons
    pass's (key, Person) pairs; a person of that name is reused)."""
    from teikit.transforms.helpers.attribution import person_named
    for before, turn in zip(turns, turns[1:]):
        if turn.label is not None or turn.who is not None or before.label is None or not _unnamed_role(before, lex):
            continue
        last = next((p.text for p in reversed(before.paragraphs) if isinstance(p, Paragraph)), "")
        handed = ow.handed_to(last, lex)
        if not handed:
            continue
        person, new = person_named(people, *handed)
        if new:
            doc.persons.append(person)
        turn.who = person.id
