"""Which turns of a dashed interview ask (N1095f).

An interview printed as dialogue dashes gives no labels: a dash opens each reply, and each
reply is the other person's. A dashed turn that ends with a question mark is the
interviewer's; the others were taken for the guest's. But an interviewer also asks without a
question mark ("— Расскажите о планах.") and closes with thanks ("— Спасибо за интервью."),
and the dash itself says that the speaker changed. So in a run of consecutive dashed turns
whose questions all stand at the same places of the alternation (every other turn, most of
those places asking), every turn in those places asks; otherwise only the questions do.
"""
from __future__ import annotations

import re

from teikit.model import Paragraph, Turn
from teikit.transforms.helpers.unnamedturns import DASH_TURN

# A run needs this many questions in the same places before their places decide the rest.
MIN_ALTERNATING_QUESTIONS = 2
_QUESTION_END = re.compile(r"[?？][\"”»’)]*\s*$")


def _paragraphs(turn: Turn) -> list[Paragraph]:
    return [p for p in turn.paragraphs if isinstance(p, Paragraph)]


def _dashed(turn: Turn) -> bool:
    paras = _paragraphs(turn)
    return bool(paras) and DASH_TURN.match(paras[0].text) is not None


def ends_with_question(text: str) -> bool:
    """The paragraph ends with a question mark (closing quotes after it)."""
    return _QUESTION_END.search(text) is not None


def _dashed_question(turn: Turn) -> bool:
    """ "— When will the quay open?": an unlabeled turn opened by a dash that ends in a
    question mark (helpers.unnamedturns.split_dash_turns makes such turns)."""
    paras = _paragraphs(turn)
    return _dashed(turn) and ends_with_question(paras[-1].text)


def asking_turns(turns: list[Turn]) -> set[int]:
    """The ids (`id()`) of the unlabeled, unattributed dashed turns that ask."""
    asking: set[int] = set()
    run: list[Turn] = []
    for turn in [*turns, None]:
        if turn is not None and turn.label is None and turn.who is None and _dashed(turn):
            run.append(turn)
            continue
        asking |= _asking_in_run(run)
        run = []
    return asking


def _asking_in_run(run: list[Turn]) -> set[int]:
    questions = [n for n, turn in enumerate(run) if _dashed_question(turn)]
    places = {n % 2 for n in questions}
    if len(questions) >= MIN_ALTERNATING_QUESTIONS and len(places) == 1:
        place = places.pop()
        turns_there = run[place::2]
        if 2 * len(questions) >= len(turns_there):
            return {id(turn) for turn in turns_there}
    return {id(run[n]) for n in questions}
