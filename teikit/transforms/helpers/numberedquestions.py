"""Numbered questions of a printed interview (P150p).

School papers, newspapers' questionnaires and small sites number the questions of an
interview and print no label at all: the number and a space, the question, and the answer on
the next line, in the next paragraph, or right after the question mark on the same line:

    1 Pourquoi avez-vous voulu être maire ?
    Quand j'étais au collège, j'aimais la nature.
    7 Combien avez-vous d'adjoints ? J'en ai 9.

At least `MIN_NUMBERED` lines of the unlabeled text open with a number (one or two digits, a
stop or a bracket allowed, then a space and a capital), the numbers count up (each the one
before plus one, a slip allowed), most of those lines ask (a question mark), their questions
are short, and most are answered (text after the question mark or lines before the next
number). Then each numbered line's question is a turn, its number a note (`note[@type=
'number']`, no speech), and what follows it up to the next number the answer, a turn of its
own; the lines before the first number stay one turn (a lead). A numbered list of
statements asks nothing and stays as printed. The numbers are read up to the first one that
counts down (a reader's comment "1. Walker" under the last answer numbers something else).

A number misprinted once (`1.-`, `2.-`, `2.-`, `4.-`, `5.-`: the third typed as the second) is
read as the one its neighbours count to (T2360l), and a question wrapped onto the next line
(`4.- ¿Qué proyectos ha realizado durante su` / `mandato?`) is one question (T2361l).
"""
from __future__ import annotations

import re

from teikit.model import LineBreak, Note, Paragraph, Text, Turn
from teikit.transforms.helpers.lines import joined, line_text, lines_of
from teikit.transforms.helpers.numberedprompts import NUMBERED_LINE, prompted_answers

MIN_NUMBERED = 3
MAX_QUESTION_WORDS = 40
NUMBER_NOTE = "number"
_NUMBER = NUMBERED_LINE  # "12 Was bedeutet ...", "3. Quel est ...", "4) Why ..."
# The question's end and an answer after it on the same line: "... adjoints ? J'en ai 9."
_ASKED = re.compile(r"[?？](?:[ \u00a0]+|$)")
# The rest of a question the page wrapped (T2361l): a line that opens in lower case and ends
# asking, one sentence ("mandato?", "nueva legislatura que va a comenzar?").
_WRAPPED_REST = re.compile(r"^[^.!?？…]*[?？][ \u00a0]*$")
MAX_WRAPPED_WORDS = 12


def numbered_questions(turn: Turn) -> list[Turn] | None:
    """The turn cut into a lead, questions and answers, or None when its lines are not
    numbered questions (see the module)."""
    rows = _rows(turn)
    if rows is None:
        return None
    marks = _counting_run([(n, m) for n, (_, _, text, _) in enumerate(rows) if (m := _NUMBER.match(text))])
    if not _numbered_interview(rows, marks):
        return None
    numbered = {n: m for n, m in marks}
    wrapped = {n + 1: rows[n + 1][1] for n in numbered if _wraps(rows, n, numbered)}  # T2361l
    out: list[Turn] = [Turn(label=None, line=turn.line, lead_notes=turn.lead_notes)]
    pending: list = []  # lines of the answer's current paragraph: (items, source line)
    owner = None  # the paragraph the pending lines come from

    def flush():
        if pending:
            out[-1].paragraphs.append(joined([items for items, _ in pending], pending[0][1]))
            pending.clear()

    for n, (item, items, text, line) in enumerate(rows):
        if item is not None and not isinstance(item, Paragraph):
            flush()
            out[-1].paragraphs.append(item)  # boilerplate, a note between paragraphs: where it stands
            continue
        if owner is not None and item is not owner:
            flush()
        owner = item
        if n in wrapped:
            continue  # the question's second line, in the question's paragraph
        m = numbered.get(n)
        if m is None:
            pending.append((items, line))
            continue
        flush()
        question, answer = _split_line(text[m.end():])
        number = text[m.start(1):m.end()].rstrip()
        space = text[m.start(1) + len(number):m.end()]  # kept after the note: the text says it is apart
        rest = [LineBreak(), *wrapped[n + 1]] if n + 1 in wrapped else []
        out.append(Turn(label=None, line=line, paragraphs=[
            Paragraph([Note(type=NUMBER_NOTE, text=number), Text(space + question), *rest], line)]))
        out.append(Turn(label=None, line=line))
        if answer:
            pending.append(([Text(answer)], line))
    flush()
    turns = [t for t in out if t.paragraphs]
    if out[0].paragraphs == [] and turns:
        turns[0].lead_notes = turn.lead_notes
    return turns


def _rows(turn: Turn) -> list[tuple] | None:
    """(paragraph or other item, the line's items, its text, its source line) per line of the
    turn's paragraphs; None when a numbered line holds more than words (a note, a marker)."""
    rows: list[tuple] = []
    for item in turn.paragraphs:
        if not isinstance(item, Paragraph):
            rows.append((item, None, "", 0))
            continue
        for k, items in enumerate(lines_of(item)):
            text = line_text(items)
            if _NUMBER.match(text) and not (len(items) == 1 and type(items[0]) is Text):
                return None
            rows.append((item, items, text, item.line + k if item.line else 0))
    return rows


def _counting_run(marks: list) -> list:
    """The marks up to the first number that counts down: a later list under the interview
    (a reader's comment "1. Walker", numbered footnotes) numbers something else and stays in
    the text where it stands (P170r)."""
    for k in range(1, len(marks)):
        if int(marks[k][1].group(1)) < int(marks[k - 1][1].group(1)):
            return marks[:k]
    return marks


def _wraps(rows: list[tuple], n: int, numbered: dict) -> bool:
    """The numbered line `n` asks nothing on its own line and the next line, not numbered, is
    the question's rest (T2361l: the page wrapped a long question; a text without blank lines
    has each line a paragraph)."""
    if n + 1 >= len(rows) or n + 1 in numbered or not isinstance(rows[n + 1][0], Paragraph):
        return False
    question, answer = _split_line(rows[n][2][numbered[n].end():])
    rest = rows[n + 1][2]
    return (not answer and not _ASKED.search(question) and rest.strip()[:1].islower()
            and _WRAPPED_REST.match(rest) is not None and len(rest.split()) <= MAX_WRAPPED_WORDS)


def _read_through_misprints(numbers: list[int]) -> list[int]:
    """The numbers with a misprint read as what its neighbours count to: in 1, 2, 2, 4, 5 the
    second 2 stands where 3 belongs, its predecessor plus one, as the next one's minus one
    says (T2360l: a typist's slip, not another list)."""
    read = list(numbers)
    for k in range(1, len(read) - 1):
        if read[k] != read[k - 1] + 1 and read[k + 1] == read[k - 1] + 2:
            read[k] = read[k - 1] + 1
    return read


def _numbered_interview(rows: list[tuple], marks: list) -> bool:
    if len(marks) < MIN_NUMBERED:
        return False
    numbers = _read_through_misprints([int(m.group(1)) for _, m in marks])
    if numbers[0] > 2 or any(b < a for a, b in zip(numbers, numbers[1:])):
        return False
    if sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1) * 4 < 3 * (len(numbers) - 1):
        return False
    asking = answered = 0
    prompts = []  # (question, answer on its line, lines below): for a questionnaire's prompts (L261x)
    numbered = dict(marks)
    for k, (n, m) in enumerate(marks):
        text = rows[n][2][m.end():]
        question, answer = _split_line(text)
        below = n + 1
        if _wraps(rows, n, numbered):
            question, below = f"{question} {rows[n + 1][2].strip()}", n + 2  # T2361l
        if len(question.split()) > MAX_QUESTION_WORDS:
            return False
        asking += bool(_ASKED.search(question))
        following = marks[k + 1][0] if k + 1 < len(marks) else len(rows)
        answered += bool(answer) or any(rows[j][2].strip() for j in range(below, following))
        prompts.append((question, answer, [rows[j][2] for j in range(below, following)]))
    if 2 * answered < len(marks):
        return False
    return 2 * asking >= len(marks) or prompted_answers(prompts)


def _split_line(text: str) -> tuple[str, str]:
    """(question, answer printed after its question mark on the same line, or "")."""
    m = _ASKED.search(text)
    if m is None or m.end() >= len(text.rstrip()):
        return text.strip(), ""
    rest = text[m.end():].strip()
    if not rest[:1].isupper() and rest[:1] not in "«\"„“¿¡":
        return text.strip(), ""  # "Why? and how?": one question
    if rest.rstrip().endswith(("?", "？")):
        return text.strip(), ""  # "A lucky charm? A ritual before going on?": two questions, asked together (P170r)
    return text[:m.end()].strip(), rest
