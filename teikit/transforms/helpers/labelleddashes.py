"""Dashed speech under labels alone, then dashed lines without a label (L1772j).

A club's press conference prints each coach's office and name alone on a line, the statement
on the next line after a dialogue dash; the questions from the floor and their answers follow
as dashed lines without any label:

    Главный тренер ХК "Ак Барс" Зинэтула Билялетдинов:
    - Вторую игру мы играем неудачно.
    Главный тренер ХК "Автомобилист" Владимир Крикунов:
    - Мы проспали начало матча.
    - Владимир Васильевич, как вы оцените игру легионеров?
    - Хотелось бы лучше.

The dash marks a change of speaker here, as in a dialogue printed with dashes only
(`unnamedturns.split_dash_turns`, which a labelled text never is): each dashed line that does
not open a labelled turn's speech opens a turn without a name. The evidence: at least two labels
alone, each right over a dashed line, and a question among the other dashed lines (an exchange,
not a list of points inside a statement).
"""
from __future__ import annotations

from teikit.transforms.helpers.unnamedturns import DASH_TURN, QUESTION_END

# Labels alone right over a dashed line that make the layout.
MIN_LABELS_OVER_DASHES = 2


def dashed_turns_under_labels(lines: list[str], alone_label) -> bool:
    """True when the document prints labels alone over dashed speech and dashed questions and
    answers without labels after them. `lines`: the first text of every line, in reading
    order; `alone_label(i)`: the line `i` is a label the policy takes, with no speech on it."""
    dashed = [i for i, text in enumerate(lines) if text[:1] in "-–—" and DASH_TURN.match(text)]
    if len(dashed) <= MIN_LABELS_OVER_DASHES:
        return False  # (most documents: no dashed lines at all, no label asked for)
    under = {i for i in dashed if i and alone_label(i - 1)}
    if len(under) < MIN_LABELS_OVER_DASHES:
        return False
    return any(QUESTION_END.search(lines[i].rstrip()) for i in dashed if i not in under)
