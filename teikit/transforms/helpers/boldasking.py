"""The asker's turns of an interview whose questions are printed in bold (N1140g).

A blog interview without labels prints each question whole in bold (P1000f) and the answers
plain; the header names the one who answers ("Интервью с Сергеем Вакуленко"). The answers are
that person's, the questions are not: an unlabeled turn whose first paragraph is bold or
italic throughout asks, when at least `MIN_MARKED` such turns end with a question mark (one
may close with a request: "… Поделитесь вашей историей."); such turns keep no speaker (the
asker is unnamed, or named elsewhere).
"""
from __future__ import annotations

from teikit.model import Paragraph, Turn
from teikit.transforms.helpers.boldquestions import BOLD, ITALIC, MIN_MARKED
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import line_text


def bold_asking_turns(turns: list[Turn]) -> set[int]:
    """The ids (`id()`) of the unlabeled, unattributed turns that ask in bold or italics."""
    open_turns = [turn for turn in turns if turn.label is None and turn.who is None]
    for mark in (BOLD, ITALIC):
        marked = [(turn, text) for turn in open_turns if mark.match(text := _opening(turn))]
        if sum(1 for _, text in marked if QUESTION_END.search(text)) >= MIN_MARKED:
            return {id(turn) for turn, _ in marked}  # (a marked question may close with a request)
    return set()


def _opening(turn: Turn) -> str:
    first = next((p for p in turn.paragraphs if isinstance(p, Paragraph)), None)
    return line_text(first.content).strip() if first is not None else ""
