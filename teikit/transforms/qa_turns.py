"""Pass `qa_turns`: a print interview without labels is questions and answers, turn by turn.

(Also, from `helpers.labelledinterviews`: in an interview that labels only its answers, a
question between two answers is a turn of its own, `split_unlabeled_questions`.)

Newspapers and agencies print an interview as paragraphs with no speaker label at all: the
interviewer's question (a short paragraph that ends with a question mark), then the answer
(one paragraph or several), and so on; the header pass leaves the whole text as one unlabeled
turn. When that turn opens with a question (or with at most `MAX_LEAD_PARAGRAPHS` paragraphs
of lead or statement before it, which stay a turn of their own), holds at least `MIN_QUESTIONS` question
paragraphs and its questions are shorter than its answers, each question and each answer
becomes an unlabeled turn of its own. A speech whose paragraphs end with rhetorical
questions seldom opens with one, and its "questions" are no shorter than the rest.
"""
from __future__ import annotations

import re
from statistics import median

from teikit.model import HeaderKind, HeaderLine, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.boldquestions import (BOLD as _BOLD, ITALIC as _ITALIC, answers_after_marked_questions,
                                                     introduction_above_marked_question, lead_before_marked_questions)
from teikit.transforms.helpers.boxedquestions import split_questions_after_boxes
from teikit.transforms.helpers.bulletexchange import bullet_exchange
from teikit.transforms.helpers.dashalternation import dashed_alternation
from teikit.transforms.helpers.dashedquestions import dashed_questions
from teikit.transforms.helpers.fusedquestions import split_fused_questions
from teikit.transforms.helpers.dashtail import DIALOGUE_DASH_OR_NOTE, dash_answer_lines, dash_tail
from teikit.transforms.helpers.handover import split_unlabeled_hand_over
from teikit.transforms.helpers.introducedturns import split_at_self_introductions
from teikit.transforms.helpers.interviewlead import QUESTION_END as _QUESTION_END
from teikit.transforms.helpers.kickerheadings import split_at_kickers
from teikit.transforms.helpers.laterquestions import split_later_question_paragraphs
from teikit.transforms.helpers.labelledanswers import (MAX_QUESTION_WORDS, MIN_QUESTIONS,
                                                       split_after_one_labelled_exchange, split_dashed_questions,
                                                       split_unlabeled_questions)
from teikit.transforms.helpers.leadexchange import lead_exchange
from teikit.transforms.helpers.lostlabels import split_lost_label_answers
from teikit.transforms.helpers.interviewlead import (addresses_listener, lead_as_summary, lead_names_interview,
                                                     unspoken_lead)
from teikit.transforms.helpers.linepairs import line_pairs
from teikit.transforms.helpers.boldquestionturns import split_bold_questions
from teikit.transforms.helpers.numberedquestions import numbered_questions
from teikit.transforms.helpers.numberedtopics import topic_headings
from teikit.transforms.helpers.topicquotes import split_at_topic_lines
from teikit.transforms.helpers.speechtitle import titled_speech
from teikit.transforms.helpers.quotedanswers import lead_above_questions, questions_by_marked_answers, quoted_answers
from teikit.transforms.helpers.questionlabels import split_answer_under_one_question, split_answers_under_questions
from teikit.transforms.helpers.lines import line_text, lines_of
from teikit.transforms.helpers.timedturns import split_timed_paragraphs
from teikit.transforms.helpers.trailingquestions import trails_after_question
from teikit.transforms.helpers.undashedanswers import split_undashed_answers
from teikit.transforms.helpers.wordlength import words_in

# Paragraphs before the first question (a news lead, a caption, an opening statement) that
# still let the rest be read as an interview: they stay one turn of their own.
MAX_LEAD_PARAGRAPHS = 3


class QaTurnsPass:
    name = "qa_turns"
    after = ("header",)

    def apply(self, doc: Transcript, ctx) -> None:
        split_timed_paragraphs(doc)  # "08:01 Marc: …" / "08:57 Good afternoon, …": a time opens a turn (T532a)
        split_lost_label_answers(doc)  # "Ann Roe: … werden?" / "ist eine Struktur, es": a PDF lost the label (T1753j)
        turns = [b for b in doc.blocks if isinstance(b, Turn)]
        if len(turns) > 1:
            split_unlabeled_questions(doc, ctx.lexicon)  # "Frage: …?" once, then bare questions (P1822j)
            split_bold_questions(doc)  # "**Ann Lee** : …" / "**Et vous ?**" / "**Tom Poe** : …" (P1507i)
            split_dashed_questions(doc)  # "МИРОНОВ: …" / "– С наступающим!": dashed questions (P343a)
            split_after_one_labelled_exchange(doc)
            split_later_question_paragraphs(doc)  # "prmagazin: …?" / "Schreiber: …" / "Worauf …?" (T530a)
            split_answers_under_questions(doc, ctx.lexicon)
            split_questions_after_boxes(doc)  # "… war. / >>>Link<<< / Was …?": a question after a box
            split_undashed_answers(doc)  # "– Et vous, … comment ?" / "Moi, je suis …": the dash dropped (T531a)
        else:
            split_answer_under_one_question(doc, ctx.lexicon)  # "Q : …?" / "Merci …": one question, the answer unlabelled (T1673i)
        if len(turns) != 1 or turns[0].label is not None:
            return  # the common case: labels, or several turns already
        at = doc.blocks.index(turns[0])
        kicked = split_at_kickers(turns[0]) \
            or split_at_topic_lines(turns[0])  # "Dinner with Sir Alex" / "\"It is massive ...": topics (T580a)
        if kicked:
            doc.blocks[at:at + 1] = kicked
            return
        handed = split_unlabeled_hand_over(turns[0], ctx.lexicon) \
            or split_at_self_introductions(turns[0], ctx.lexicon)  # "Hello, my name is Ann …" / "Hello, my name is Ben …" (T2427l)
        if handed:
            doc.blocks[at:at + 1] = handed
            return
        bulleted = bullet_exchange(turns[0])  # "• Question? “Answer.”": one exchange per bullet line
        if bulleted:
            doc.blocks[at:at + 1] = bulleted
            return
        numbered = numbered_questions(turns[0])  # "1 Pourquoi ... ?" / "Quand ...": numbered questions
        if numbered:  # (and "1) PIAZZA ROMA" over "Sindaco, …?": topics over the questions, T2465m)
            doc.blocks[at:at + 1] = topic_headings(lead_as_summary(numbered) if _names_interview(
                doc.blocks[:at], ctx.lexicon) else numbered)
            return
        if titled_speech(doc.blocks[:at], ctx.lexicon) and not _names_interview(doc.blocks[:at], ctx.lexicon):
            return  # "Remarks by the Mayor …": the speech's own questions (T654c)
        before = doc.blocks[at - 1] if at else None
        if isinstance(before, HeaderLine) and before.kind != HeaderKind.TITLE \
                and (_BOLD.match(before.text) or _ITALIC.match(before.text)) and _QUESTION_END.search(before.text):
            # a bold or italic question the header read as a heading, right above the speech: the
            # first question when the speech is an interview with questions so marked (T536a)
            opened = Turn(label=None, line=before.line, lead_notes=turns[0].lead_notes,
                          paragraphs=[Paragraph([Text(before.text)], before.line), *turns[0].paragraphs])
            pieces = _exchange(opened)
            if pieces:
                doc.blocks[at - 1:at + 1] = pieces
                return
        paired = line_pairs(turns[0], before)  # a question's line right over its answer, block by block
        if paired:
            doc.blocks[at - (paired[0] is before):at + 1] = paired[1]
            return
        pieces = _exchange(turns[0]) or _exchange_by_lines(turns[0]) or dash_tail(turns[0]) \
            or dash_answer_lines(turns[0]) or _fused_exchange(turns[0])
        if not pieces and (led := dashed_questions(turns[0]) or lead_exchange(turns[0])):  # P190u, P191u
            doc.blocks[at:at + 1] = led  # the page above the first question: the writer's lines
            return
        if pieces:
            if _names_interview(doc.blocks[:at], ctx.lexicon) or lead_names_interview(pieces, ctx.lexicon) \
                    or unspoken_lead(pieces, ctx.lexicon, MAX_LEAD_PARAGRAPHS) \
                    or introduction_above_marked_question(pieces, MAX_LEAD_PARAGRAPHS):  # P324b, P1100g
                pieces = lead_as_summary(pieces)
            doc.blocks[at:at + 1] = pieces
        elif (pair := _one_exchange(turns[0])) and (_names_interview(doc.blocks[:at], ctx.lexicon)
                                                    or addresses_listener(line_text(pair[0].paragraphs[0].content),
                                                                           ctx.lexicon)):
            doc.blocks[at:at + 1] = pair  # "Из интервью ...", "Herr Minister, …?": one question and its answer
        elif led := _lead_over_one_exchange(turns[0], ctx.lexicon):
            # "En una entrevista a ..., Ramón dice ...", then "¿Qué balance ...?"; the lead is the
            # writer's when written in the third person (P324b)
            doc.blocks[at:at + 1] = lead_as_summary(led) if unspoken_lead(led, ctx.lexicon) else led


def _exchange(turn: Turn, any_lead: bool = False) -> list[Turn] | None:
    """The turn cut before each question that follows an answer and before each answer, or
    None when its paragraphs are not an interview's; `any_lead`: any number of paragraphs may
    stand above the first question (fused questions are evidence enough, T2462m)."""
    paragraphs = [item for item in turn.paragraphs if isinstance(item, Paragraph)]
    texts = [line_text(p.content) for p in paragraphs]
    asks = [_QUESTION_END.search(t) is not None or trails_after_question(t) for t in texts]  # (L263x)
    asks = _marked_questions(texts, answers_after_marked_questions(texts, asks))  # "**Q?**" / "… A?" (P1000f)
    asks = questions_by_marked_answers(texts, asks)  # "< answer >" / "«answer»": the mark tells the sides (P344a)
    # a lead or an opening statement before the first question: a turn of its own
    lead = next((n for n, a in enumerate(asks if any_lead else asks[:MAX_LEAD_PARAGRAPHS + 1]) if a), None)
    if lead is None:  # a blog's introduction above its first bold question (P1100g)
        lead = lead_before_marked_questions(texts, asks)
    paragraphs, asks = paragraphs[lead:], asks[lead:]
    if len(paragraphs) < 3 or not asks[0] or sum(asks) < MIN_QUESTIONS:
        return None
    words = [words_in(line_text(p.content)) for p in paragraphs]  # (Chinese counted by its characters, T535a)
    questions = [w for w, a in zip(words, asks) if a]
    answers = [w for w, a in zip(words, asks) if not a]
    if not answers or max(questions) > MAX_QUESTION_WORDS:
        return None
    # every paragraph opens with a dialogue dash ("- Buenos días." / "- Buenos días, Ana."):
    # each dash is a change of speaker, also between two paragraphs that ask nothing (P30m)
    dashed = all(DIALOGUE_DASH_OR_NOTE.match(t) for t in texts)
    if median(questions) >= median(answers) and not quoted_answers(texts[lead:], asks) \
            and not dashed_alternation(dashed, asks, MIN_QUESTIONS):  # «answers» (L212x), short dashed ones (T651c)
        return None
    asked = dict(zip(map(id, paragraphs), asks))
    out: list[Turn] = []
    previous = False if lead else None  # (after a lead, the first question opens a turn)
    for item in turn.paragraphs:
        ask = asked.get(id(item))
        if (ask is not None and ask != previous) or (dashed and type(item) is Paragraph):
            out.append(Turn(label=None, line=item.line))  # a question after an answer, an answer after questions
            previous = ask
        if not out:
            out.append(Turn(label=None, line=turn.line))
        out[-1].paragraphs.append(item)
    out[0].lead_notes = turn.lead_notes
    return _split_trailing_questions(_split_strict_alternation(out, asked), asked)


def _exchange_by_lines(turn: Turn) -> list[Turn] | None:
    """An interview printed a question or an answer a line, with no blank line between
    (P33t): when every line of the turn's paragraphs ends like a sentence (so the lines are
    not hard-wrapped prose) and some paragraph holds several, the lines are read as the
    paragraphs of the interview rule."""
    items = turn.paragraphs
    if not any(type(p) is Paragraph and any(type(i) is LineBreak for i in p.content) for p in items):
        return None
    lead = lead_above_questions(items, MAX_LEAD_PARAGRAPHS)  # a lead, a caption, a box above the first question (L211x)
    split: list = list(items[:lead])
    for item in items[lead:]:
        if type(item) is not Paragraph:
            split.append(item)
            continue
        for n, line in enumerate(lines_of(item)):
            text = line_text(line).strip()
            if not text or not _ENDS_SENTENCE.search(text):
                return None
            split.append(Paragraph(content=list(line), line=item.line + n if item.line else 0))
    return _exchange(Turn(label=None, line=turn.line, paragraphs=split, lead_notes=turn.lead_notes))


def _fused_exchange(turn: Turn) -> list[Turn] | None:
    """Each question run on into its answer on one line, cut from it, then read as the
    interview rule reads paragraphs (P340a, `helpers/fusedquestions.py`)."""
    fused = split_fused_questions(turn)
    return (_exchange(fused) or _exchange(fused, any_lead=True)) if fused else None


_ENDS_SENTENCE = re.compile(r"[.?!…？。！\"”»’)]$")


def _names_interview(header: list, lex) -> bool:
    """A header line names the text an interview (lexicon `interview_words`): "Из интервью
    агентству ...", "An interview with ...", "专访……"."""
    if not lex.interview_words:
        return False
    pattern = lex.pattern("interview_words")
    for block in header:
        if isinstance(block, HeaderLine):
            for m in pattern.finditer(block.text):
                text = block.text
                if _IDEOGRAPHIC.match(m.group(0)) or (not text[m.start() - 1:m.start()].isalnum()
                                                      and not text[m.end():m.end() + 1].isalnum()):
                    return True
    return False


_IDEOGRAPHIC = re.compile(r"[\u3400-\u9fff]")
def _one_exchange(turn: Turn) -> list[Turn] | None:
    """A printed interview's only question and its answer, cut apart: the first paragraph
    ends with a question mark, no other does, and it is no longer than a question may be
    (the unlabeled-interview rule needs two questions; a capture may hold one, and may cut
    the answer short)."""
    items = turn.paragraphs
    paragraphs = [item for item in items if isinstance(item, Paragraph)]
    if len(paragraphs) < 2 or paragraphs[0] is not items[0]:
        return None
    texts = [line_text(p.content) for p in paragraphs]
    if not _QUESTION_END.search(texts[0]) or any(_QUESTION_END.search(t) for t in texts[1:]):
        return None
    if len(texts[0].split()) > MAX_QUESTION_WORDS:
        return None
    question = Turn(label=None, line=turn.line, paragraphs=[items[0]], lead_notes=turn.lead_notes)
    return [question, Turn(label=None, line=paragraphs[1].line, paragraphs=list(items[1:]))]


# A news lead over an interview's only question is at most this many paragraphs.
MAX_INTERVIEW_LEAD = 6


def _lead_over_one_exchange(turn: Turn, lex) -> list[Turn] | None:
    """A news lead that names an interview (lexicon `interview_words`: "En una entrevista a
    elDiario.es, ..."), then the interview's only question and its answer (a capture cut after
    the first answer): the lead, the question and the answer are three turns (P33m)."""
    items = turn.paragraphs
    paragraphs = [item for item in items if isinstance(item, Paragraph)]
    texts = [line_text(p.content) for p in paragraphs]
    asks = [_QUESTION_END.search(t) is not None for t in texts]
    if not lex.interview_words or sum(asks) != 1:
        return None
    q = asks.index(True)
    if not 1 <= q <= MAX_INTERVIEW_LEAD or q + 1 >= len(paragraphs) or len(texts[q].split()) > MAX_QUESTION_WORDS:
        return None
    if not any(_names_interview([HeaderLine(kind=HeaderKind.SUMMARY, text=t)], lex) for t in texts[:q]):
        return None
    cut_q, cut_a = items.index(paragraphs[q]), items.index(paragraphs[q + 1])
    lead = Turn(label=None, line=turn.line, lead_notes=turn.lead_notes, paragraphs=items[:cut_q])
    question = Turn(label=None, line=paragraphs[q].line, paragraphs=items[cut_q:cut_a])
    return [lead, question, Turn(label=None, line=paragraphs[q + 1].line, paragraphs=items[cut_a:])]


# A paragraph between two answer paragraphs is the question no question mark ends when it is
# no longer than this many times the longest question (and shorter than both answers).
MAX_BARE_QUESTION_SHARE = 1.5


def _marked_questions(texts: list[str], asks: list[bool]) -> list[bool]:
    """Questions printed with a typographic mark: when every paragraph that ends with a question
    mark carries one mark (at least `MIN_QUESTIONS` of them: bold, italics, capitals, quotation
    marks around the whole paragraph) and most other paragraphs do not, the mark is how the page
    tells its questions, and a marked paragraph without the question mark is a question too
    ("**Tell us about the cranes.**", "AND THE FERRY."). A mark the answers share means nothing."""
    asked = [t for t, a in zip(texts, asks) if a]
    if len(asked) < MIN_QUESTIONS:
        return asks
    for mark in _QUESTION_MARKS:
        if not all(mark(t) for t in asked):
            continue
        marked = [mark(t) for t in texts]
        others = [m for m, a in zip(marked, asks) if not a]
        if 2 * sum(others) < len(others):
            return [a or m for a, m in zip(asks, marked)]
    return asks


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 6 and text.isupper()


_QUOTED = re.compile(r"^[\"“«„].+[\"”»“]$", re.DOTALL)
_QUESTION_MARKS = (lambda t: _BOLD.match(t) is not None, lambda t: _ITALIC.match(t) is not None,
                   _capitals, lambda t: _QUOTED.match(t) is not None)


def _split_strict_alternation(turns: list[Turn], asked: dict[int, bool]) -> list[Turn]:
    """In an interview whose every question is one paragraph and whose every other answer is one
    paragraph too, an answer of three paragraphs with a short middle one is answer, question,
    answer: the middle is a question printed without a question mark ("Und jetzt müssen Sie
    loslassen."). The alternation is the evidence: with any other answer of several paragraphs,
    or a middle as long as a question can be, nothing is split."""
    spans = [[p for p in t.paragraphs if isinstance(p, Paragraph)] for t in turns]
    kinds = [asked.get(id(s[0])) if s else None for s in spans]
    questions = [s for s, k in zip(spans, kinds) if k]
    answers = [s for s, k in zip(spans, kinds) if k is False]
    if len(questions) < MIN_QUESTIONS or any(len(s) != 1 for s in questions):
        return turns
    longest = max(len(line_text(s[0].content).split()) for s in questions)
    bare = [n for n, (s, k) in enumerate(zip(spans, kinds)) if k is False and len(s) == 3
            and _short_middle(s, longest * MAX_BARE_QUESTION_SHARE)]
    if not bare or len(answers) - len(bare) < 1 or any(len(s) != 1 for s in answers if len(s) != 3):
        return turns
    out: list[Turn] = []
    for n, turn in enumerate(turns):
        if n not in bare:
            out.append(turn)
            continue
        middle = spans[n][1]
        at = turn.paragraphs.index(middle)
        rest = turn.paragraphs[at + 1:]
        question, answer = Turn(label=None, line=middle.line), Turn(label=None, line=rest[0].line)
        question.paragraphs.append(middle)
        answer.paragraphs.extend(rest)
        del turn.paragraphs[at:]
        out.extend((turn, question, answer))
    return out


# a paragraph that trails off with an ellipsis (P342a)
_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)[\"”»’)]*$")


def _split_trailing_questions(turns: list[Turn], asked: dict[int, bool]) -> list[Turn]:
    """A question that trails off with an ellipsis instead of a question mark ("Il fallait aussi
    convaincre le Président…"), printed between two paragraphs of an answer: a paragraph of one
    line, no longer than the longest question, that ends with its only ellipsis, after a
    paragraph that ends like a sentence, is a question and the rest a new answer, when the page
    prints two such paragraphs at least (P342a). A writer's cut ("... parce que...blabla...")
    has an ellipsis inside too."""
    questions = [p for t in turns for p in t.paragraphs if asked.get(id(p))]
    if len(questions) < MIN_QUESTIONS:
        return turns
    longest = max(len(line_text(p.content).split()) for p in questions)
    cuts = [_trailing_cut(turn, asked, longest) for turn in turns]
    if sum(cut is not None for cut in cuts) < MIN_QUESTIONS:
        return turns  # one such paragraph is as likely the answerer's own pause
    out: list[Turn] = []
    for turn, cut in zip(turns, cuts):
        items = turn.paragraphs
        if cut is None:
            out.append(turn)
            continue
        question = Turn(label=None, line=items[cut].line, paragraphs=[items[cut]])
        answer = Turn(label=None, line=items[cut + 1].line, paragraphs=items[cut + 1:])
        turn.paragraphs = items[:cut]
        out.extend((turn, question, answer))
    return out


def _trailing_cut(turn: Turn, asked: dict[int, bool], longest: int) -> int | None:
    """Where a question that trails off stands inside the answer `turn` (see above)."""
    items = turn.paragraphs
    if not items or asked.get(id(items[0])) is not False:
        return None
    return next((k for k in range(1, len(items) - 1) if asked.get(id(items[k])) is False
                 and _trails_off(items[k], longest) and type(items[k - 1]) is Paragraph
                 and _ENDS_SENTENCE.search(line_text(items[k - 1].content).strip())), None)


def _trails_off(paragraph, longest: int) -> bool:
    if type(paragraph) is not Paragraph or any(type(i) is LineBreak for i in paragraph.content):
        return False
    text = line_text(paragraph.content).strip()
    m = _TRAILS_OFF.search(text)
    return m is not None and len(text.split()) <= longest and "..." not in text[:m.start()] \
        and "…" not in text[:m.start()]


def _short_middle(paragraphs: list[Paragraph], most: float) -> bool:
    words = [len(line_text(p.content).split()) for p in paragraphs]
    return words[1] <= most and words[1] < words[0] and words[1] < words[2]


PASS = QaTurnsPass()
