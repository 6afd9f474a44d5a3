"""Answers under question labels (P42n): an interview that labels only its questions.

School papers and small sites print "Frage 1: …?" (or "Question:", "Вопрос 2:") over the answer
on the next line, with no label for the answer. The labels pass reads each question label and
keeps the answer in its turn. When every label of the text is a question label of the
lexicon (a number after the word allowed), printed at least `MIN_QUESTIONS` times, and every
such turn's first paragraph is a question followed by more paragraphs, the paragraphs after
the question are the answer: an unlabeled turn of their own. So too when the labels are
the interviewer's names, not question words: every labelled turn opens the text or follows
an answer with a question, and its other paragraphs never ask (`_asker_only`, P345a).
"""
from __future__ import annotations

import re

from teikit.model import Boilerplate, Paragraph, Transcript, Turn
from teikit.transforms.helpers.lines import line_text
from teikit.transforms.helpers.questionline import question_line_apart

MIN_QUESTIONS = 2
MAX_ASKER_QUESTION_WORDS = 60
# "Frage 3", "Question 2.", "Вопрос №4": the label word and its number
_NUMBER = re.compile(r"[\s\u00a0]*(?:№\s*)?\d{1,3}[.)]?$")
# a question mark, then closing quotes (typed as apostrophes too: ",,Wie bitte?''")
_ASKS = re.compile(r"[?？][\"”»’'“)*_]*\s*$")


def question_label(label: str, lex) -> bool:
    word = _NUMBER.sub("", label.strip().rstrip(":：").strip())
    return bool(word) and word.upper() in {w.upper() for w in lex.question_labels}


def split_answers_under_questions(doc: Transcript, lex) -> None:
    labelled = [t for t in doc.turns() if t.label]
    if len(labelled) < MIN_QUESTIONS:
        return
    if not all(_asks_then_more(t.paragraphs) for t in labelled):
        if not all(question_label(t.name or t.label, lex) for t in labelled):
            return
        cut = [question_line_apart(t.paragraphs, _ASKS) for t in labelled]  # the answer on the next line (T653c)
        if not all(map(_asks_then_more, cut)):
            return
        for turn, paragraphs in zip(labelled, cut):
            turn.paragraphs = paragraphs
    if not all(question_label(t.name or t.label, lex) for t in labelled) and not _asker_only(doc.turns()):
        return
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if isinstance(block, Turn) and block.label:
            rest = block.paragraphs[1:]
            del block.paragraphs[1:]
            while type(rest[0]) is not Paragraph:
                out.append(rest.pop(0))  # a box's closing fence under the question: between the turns (L1238h)
            out.append(Turn(label=None, line=rest[0].line, paragraphs=rest))
    doc.blocks = out


def _asker_only(turns: list[Turn]) -> bool:
    """Labels that are the interviewer's only, by name ("Louis Trengloux : …?", "LT : …?"; P345a):
    the text opens with a labelled turn, every labelled turn opens with a question of at most
    `MAX_ASKER_QUESTION_WORDS` words, and no answer paragraph under a label asks (an answer's
    question is rhetorical once or twice, a second asker's turn is labelled)."""
    if not turns or not turns[0].label:
        return False
    for turn in turns:
        if not turn.label:
            continue
        texts = [line_text(p.content) for p in turn.paragraphs if type(p) is Paragraph]
        if len(texts[0].split()) > MAX_ASKER_QUESTION_WORDS or any(_ASKS.search(t) for t in texts[1:]):
            return False
    return True


def _asks_then_more(items: list) -> bool:
    """A question, then a paragraph: right under it, or under the page lines of the question's
    box (`::: .box` / `*Interviewer:* …?` / `:::`, L1238h)."""
    return len(items) >= 2 and type(items[0]) is Paragraph and _ASKS.search(line_text(items[0].content)) is not None \
        and (type(items[1]) is Paragraph or _page_lines_then_paragraph(items[1:]))


def _page_lines_then_paragraph(items: list) -> bool:
    following = next((item for item in items if not isinstance(item, Boilerplate)), None)
    return type(following) is Paragraph


# A lone question's paragraphs: it may run over a line or two before its question mark.
MAX_LONE_QUESTION_PARAGRAPHS = 3


def split_answer_under_one_question(doc: Transcript, lex) -> None:
    """A text that is one turn under a question label printed once ("Q : Monsieur le
    Président, … / … remettra-t-elle en cause la concurrence ?" / "Merci de cette
    introduction …"): the answer has no label. The question ends with the first of its
    first `MAX_LONE_QUESTION_PARAGRAPHS` paragraphs that ends with a question mark; the
    paragraphs after it, when there are any, are the answer, an unlabeled turn (T1673i)."""
    turns = doc.turns()
    if len(turns) != 1 or not turns[0].label or not question_label(turns[0].name or turns[0].label, lex):
        return
    turn = turns[0]
    items = turn.paragraphs
    for n, item in enumerate(items[:MAX_LONE_QUESTION_PARAGRAPHS]):
        if type(item) is not Paragraph:
            return  # a note or a site line inside the question: another shape
        if _ASKS.search(line_text(item.content)):
            rest = items[n + 1:]
            if not rest or type(rest[0]) is not Paragraph:
                return
            del items[n + 1:]
            at = doc.blocks.index(turn)
            doc.blocks.insert(at + 1, Turn(label=None, line=rest[0].line, paragraphs=rest))
            return
