"""Interviews that label their answers but not their questions (P14, P31m, P32m, P300j).

Some interviews print each answer under the answerer's label and each question bare: a
question between two labelled answers is the interviewer's unlabeled turn
(`split_unlabeled_questions`), and so is a paragraph opened by a dialogue dash, when the page
marks its questions so (`split_dashed_questions`, P343a); some label only the first exchange and print each later
question on a line of its own over its answer (`split_after_one_labelled_exchange`).
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind, HeaderLine, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.dashtail import DIALOGUE_DASH
from teikit.transforms.helpers.interviewlead import QUESTION_END as _QUESTION_END
from teikit.transforms.helpers.lines import line_text, lines_of

MIN_QUESTIONS = 2
MAX_QUESTION_WORDS = 80


def split_unlabeled_questions(doc: Transcript, lex: Lexicon | None = None) -> None:
    """An interview that labels only the answers, one speaker ("YO Claude : ..."): a question
    paragraph that ends a turn followed by another turn of that label is the interviewer's
    unlabeled question, as a speaker is not labelled twice in a row. Labels of one person count
    as one ("OGS:" and "OGS to Scott:", which names whom the speaker turns to). A generic
    question label over a lone question ("Frage: …?", lexicon `question_labels`), printed
    over the first question only, is no second speaker, and a surname label after the full
    name's label ("Siegfried Müller:", then "Müller:") is the same one (P1822j)."""
    blocks = doc.blocks
    turns = [b for b in blocks if isinstance(b, Turn)]
    # the text opens with the interviewer's unlabeled question: a question that ends the last
    # answer is the next one (the text stops before its answer)
    asks_first = not turns[0].label and turn_asks(turns[0])
    panel = asks_first and _panel_answers(turns)
    answering = [t for t in doc.turns() if t.label and not _labelled_question(t, lex)]
    fullest = _fullest_names({speaker_of(t) for t in answering})
    voice = lambda turn: fullest.get(speaker_of(turn), speaker_of(turn))  # noqa: E731
    quoted = _quoted_answers(answering)
    if len({voice(t) for t in answering}) != 1 and not panel and not quoted:
        return  # several labelled speakers: a repeated label is a second official, a sign-off
    out: list = []
    for n, block in enumerate(blocks):
        out.append(block)
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        last = asks_first and block is turns[-1] and not any(isinstance(b, Turn) for b in blocks[n + 1:])
        if not (isinstance(block, Turn) and block.label and len(block.paragraphs) > 1 and (
                last or (isinstance(after, Turn) and after.label and (panel or voice(block) == voice(after))))):
            continue
        last = block.paragraphs[-1]
        if isinstance(last, Paragraph) and _QUESTION_END.search(line_text(last.content)) \
                and not (quoted and line_text(last.content).lstrip()[:1] in _OPENING_QUOTES):
            block.paragraphs.pop()
            question = Turn(label=None, line=last.line)
            question.paragraphs.append(last)
            out.append(question)
    if sum(1 for b in out if isinstance(b, Turn) and b.label is None) >= MIN_QUESTIONS:
        open_with_question(out)
    doc.blocks = out


# The quotation marks a news interview opens each quoted answer with.
_OPENING_QUOTES = "\"“„«'‘"


def _quoted_answers(answering: list[Turn]) -> bool:
    """ "Pepijn: "Het is …"" / "Yousef: "Ze willen …"": every labelled turn opens its speech
    with a quotation mark, as news pages quote their interviewees, at least `MIN_QUESTIONS`
    turns: a paragraph not in quotes in such a turn is the writer's, a question the
    interviewer's, whatever the number of speakers (P1823j)."""
    return len(answering) > MIN_QUESTIONS and all(
        isinstance(t.paragraphs[0], Paragraph) and line_text(t.paragraphs[0].content).lstrip()[:1] in _OPENING_QUOTES
        for t in answering if t.paragraphs)


def _fullest_names(names: set[str]) -> dict[str, str]:
    """Each one-word name that ends exactly one longer name of `names`, to that name: "Müller"
    -> "Siegfried Müller", the surname label a page prints after the full one."""
    by_last_word: dict[str, list[str]] = {}
    for other in names:
        if " " in other:
            by_last_word.setdefault(other.split()[-1], []).append(other)
    return {name: by_last_word[name][0] for name in names
            if " " not in name and len(by_last_word.get(name, ())) == 1}


def _labelled_question(turn: Turn, lex: Lexicon | None) -> bool:
    """ "Frage: Worüber freuen Sie sich?": a generic question label over one question paragraph."""
    return lex is not None and turn.label.strip().rstrip(":：").strip().upper() in lex.question_labels \
        and turn_asks(turn)


def split_dashed_questions(doc: Transcript) -> None:
    """An interview that labels its answers, one speaker ("МИРОНОВ: ..."), and opens each of
    the interviewer's turns with a dialogue dash ("– С наступающим!"), asking or not: a dashed
    paragraph inside a labelled turn that another turn of the same label follows opens the
    interviewer's unlabeled turn, which runs to that label (P343a). The dash is the page's mark
    of the other side only when no labelled turn opens with one and the page prints at least
    `MIN_QUESTIONS` such paragraphs; a speaker who lists points with dashes is labelled once."""
    turns = doc.turns()
    labelled = [t for t in turns if t.label]
    if not labelled or len({speaker_of(t) for t in labelled}) != 1 or any(_dashed(t.paragraphs[:1]) for t in labelled):
        return
    cuts: dict[int, int] = {}
    for turn, after in zip(turns, turns[1:]):
        if turn.label and after.label:
            cut = next((k for k in range(1, len(turn.paragraphs)) if _dashed(turn.paragraphs[k:k + 1])), None)
            if cut is not None:
                cuts[id(turn)] = cut
    opening = sum(1 for t in turns if not t.label and _dashed(t.paragraphs[:1]))
    if len(cuts) + opening < MIN_QUESTIONS or not cuts:
        return
    out: list = []
    for block in doc.blocks:
        out.append(block)
        cut = cuts.get(id(block))
        if cut is not None:
            rest = block.paragraphs[cut:]
            del block.paragraphs[cut:]
            out.append(Turn(label=None, line=rest[0].line, paragraphs=rest))
    doc.blocks = out


def _dashed(items: list) -> bool:
    return bool(items) and type(items[0]) is Paragraph and DIALOGUE_DASH.match(line_text(items[0].content)) is not None


def _panel_answers(turns: list[Turn]) -> bool:
    """Answers of several labelled speakers, each under its own label ("Martin Amedick:",
    then "Anel Dzaka:"), the questions unlabeled lines: the text opens with an unlabeled
    question right above the first label, and every labelled turn that another labelled turn
    follows ends with a question paragraph of its own (P300j). In a dialogue labelled
    throughout, the first turn is a lead or a header, not a question, and not every turn ends
    by asking."""
    answers = turns[1:]
    followed = [t for t, after in zip(answers, answers[1:]) if after.label]
    return len(followed) >= 1 and all(t.label for t in answers) \
        and len({speaker_of(t) for t in answers}) == len(answers) \
        and all(len(t.paragraphs) > 1 and isinstance(t.paragraphs[-1], Paragraph)
                and _QUESTION_END.search(line_text(t.paragraphs[-1].content)) for t in followed)


def open_with_question(blocks: list) -> None:
    """The interviewer's first question, printed above the first labelled answer with no label
    (so the header read it): the interview's first turn when its other questions are unlabeled
    turns between the answers (P31m)."""
    first = next(n for n, b in enumerate(blocks) if isinstance(b, Turn))
    before = blocks[first - 1] if first else None
    if isinstance(before, HeaderLine) and before.kind != HeaderKind.TITLE and blocks[first].label \
            and _QUESTION_END.search(before.text) and len(before.text.split()) <= MAX_QUESTION_WORDS:
        blocks[first - 1] = Turn(label=None, line=before.line, paragraphs=[Paragraph([Text(before.text)], before.line)])


# A question printed on its own line over its answer is at most this many words.
MAX_LINE_QUESTION_WORDS = 40


def split_after_one_labelled_exchange(doc: Transcript) -> None:
    """An interview that labels its first exchange only ("HAZ: ...?" / "Meyer: ..."), then
    prints each further question on a line of its own over its answer, both unlabeled, in one
    paragraph: each such paragraph of the answerer's turn is cut into a question turn and an
    answer turn (P32m)."""
    turns = doc.turns()
    if len(turns) != 2 or not (turns[0].label and turns[1].label) or speaker_of(turns[0]) == speaker_of(turns[1]) \
            or not turn_asks(turns[0]) or turn_asks(turns[1]):
        return
    answer = turns[1]
    items = answer.paragraphs
    cuts = [n for n, item in enumerate(items) if n and isinstance(item, Paragraph) and _question_over_answer(item)]
    if not cuts:
        return
    out = [answer]
    for start, end in zip(cuts, cuts[1:] + [len(items)]):
        lines = lines_of(items[start])
        line = items[start].line
        question = Paragraph(content=list(lines[0]), line=line)
        rest: list = []
        for k, items_of_line in enumerate(lines[1:]):
            if k:
                rest.append(LineBreak())
            rest.extend(items_of_line)
        out.append(Turn(label=None, line=line, paragraphs=[question]))
        out.append(Turn(label=None, line=line + 1 if line else 0,
                        paragraphs=[Paragraph(content=rest, line=line + 1 if line else 0), *items[start + 1:end]]))
    answer.paragraphs = items[:cuts[0]]
    at = doc.blocks.index(answer)
    doc.blocks[at:at + 1] = out


def _question_over_answer(paragraph: Paragraph) -> bool:
    """The paragraph's first line is a question of its own, and more lines follow it."""
    lines = lines_of(paragraph)
    if len(lines) < 2 or not all(type(i) is Text for i in lines[0]):
        return False
    first = "".join(i.text for i in lines[0])
    return _QUESTION_END.search(first) is not None and len(first.split()) <= MAX_LINE_QUESTION_WORDS \
        and not any(_QUESTION_END.search(line_text(line)) for line in lines[1:])


def turn_asks(turn: Turn) -> bool:
    paras = [p for p in turn.paragraphs if isinstance(p, Paragraph)]
    return len(paras) == 1 and _QUESTION_END.search(line_text(paras[0].content)) is not None


def speaker_of(turn: Turn) -> str:
    return (turn.name or turn.label).strip()
