"""After one labelled exchange, later questions as paragraphs of their own (T530a).

A magazine labels its interview's first exchange (`prmagazin: …?` / `Meike Schreiber: …`), or
its first few, and prints the rest without labels: each later question a short paragraph of
its own, its answer the paragraphs under it. The sibling rule P32m
(`labelledanswers.split_after_one_labelled_exchange`) reads the same page printed with the
question on a line right over its answer; here a blank line stands between them, so the
question is a whole paragraph of the answerer's turn.
"""
from __future__ import annotations

from teikit.model import LineBreak, Paragraph, Transcript, Turn
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.labelledanswers import MAX_LINE_QUESTION_WORDS, MIN_QUESTIONS, turn_asks, speaker_of
from teikit.transforms.helpers.lines import line_text


def split_later_question_paragraphs(doc: Transcript) -> None:
    """When the document's turns are labelled exchanges (`labelled_exchanges`: two labelled
    turns of two speakers, the first one question paragraph and the second answering, or
    several such pairs; or the first question unlabeled over the one labelled answer,
    `unlabeled_first_question`, T581a), each paragraph of the last answer that is a question (one
    line, at most `MAX_LINE_QUESTION_WORDS` words, shorter than the paragraph under it) between
    two paragraphs that ask nothing opens an unlabeled question turn, and the paragraphs under
    it an unlabeled answer turn; after several labelled pairs, when the last answer holds
    `MIN_QUESTIONS` such questions at least (where the labels stop). A speaker's own rhetorical question seldom stands alone between
    statements in an answer that a labelled question opened; in a dialogue labelled throughout
    the rule does not look."""
    turns = doc.turns()
    if not labelled_exchanges(turns) and not unlabeled_first_question(turns):
        return
    answer = turns[-1]
    items = answer.paragraphs
    cuts = [n for n in range(1, len(items) - 1) if _lone_question(items[n - 1], items[n], items[n + 1])]
    if not cuts or (len(turns) > 2 and len(cuts) < MIN_QUESTIONS):
        return
    out = [answer]
    for start, end in zip(cuts, cuts[1:] + [len(items)]):
        out.append(Turn(label=None, line=items[start].line, paragraphs=[items[start]]))
        out.append(Turn(label=None, line=items[start + 1].line, paragraphs=items[start + 1:end]))
    answer.paragraphs = items[:cuts[0]]
    at = doc.blocks.index(answer)
    doc.blocks[at:at + 1] = out


def labelled_exchanges(turns: list[Turn]) -> bool:
    """Every turn labelled, two speakers taking turns, the first's every turn one question
    paragraph and the second's none: an interview's labelled exchanges (one or more)."""
    if not turns or len(turns) % 2 or not all(t.label for t in turns):
        return False
    askers, answerers = turns[0::2], turns[1::2]
    return len({speaker_of(t) for t in askers}) == 1 and len({speaker_of(t) for t in answerers}) == 1 \
        and speaker_of(turns[0]) != speaker_of(turns[1]) and all(map(turn_asks, askers)) and not any(map(turn_asks, answerers))


def unlabeled_first_question(turns: list[Turn]) -> bool:
    """(T581a) Two turns: the interview's first question unlabeled (one paragraph that asks, or
    that opens by addressing the answerer by the label's name: "Carsten, im Jahr ..."), then
    the one labelled answer, which asks nothing in its first paragraph: a page that labels
    only its first answer."""
    if len(turns) != 2 or turns[0].label or not turns[1].label or len(turns[0].paragraphs) != 1:
        return False
    first, answer = turns[0].paragraphs[0], turns[1].paragraphs[0] if turns[1].paragraphs else None
    if type(first) is not Paragraph or type(answer) is not Paragraph or QUESTION_END.search(line_text(answer.content)):
        return False
    name = speaker_of(turns[1]).rstrip(":：").strip()
    return turn_asks(turns[0]) or bool(name) and line_text(first.content).startswith(name + ",")


def _lone_question(before, item, after) -> bool:
    if not all(type(p) is Paragraph for p in (before, item, after)) or any(type(i) is LineBreak for i in item.content):
        return False
    text, under = line_text(item.content), line_text(after.content)
    words = len(text.split())
    return QUESTION_END.search(text) is not None and words <= MAX_LINE_QUESTION_WORDS \
        and words < len(under.split()) and not QUESTION_END.search(line_text(before.content)) \
        and not QUESTION_END.search(under)
