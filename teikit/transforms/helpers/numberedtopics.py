"""Numbered topic headings over an interview's questions, the answers not on the page (T2465m).

A news agency's page lists the questions it put to a mayor in a video interview, each under a
numbered topic in capitals; the answers are in the video:

    Le domande:
    1) PIAZZA ROMA
    Sindaco: il problema di piazza Roma è decennale. Quali sono gli interventi …?
    2) TRAGHETTI
    Dottor Roe, il traghetto di notte è fermo da mesi. Quando ripartirà?

P150p (with L261x's prompts) read each numbered line as a questionnaire's prompt and the
question under it as its answer. When every numbered line is a topic in capitals (it asks
nothing) and every turn under one is a paragraph that asks, right before the next number or the
end, the numbered lines are section headings (`note[@type='heading']`) and each question a turn
of its own; a lead of one short line closed by a colon above them (`Le domande:`) is their
heading too (a header note). Prompts in mixed case, or answers that do not ask, stay a
questionnaire.
"""
from __future__ import annotations

from teikit.model import HeaderKind, HeaderLine, Note, Paragraph, Turn
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import line_text
from teikit.transforms.helpers.numberedquestions import NUMBER_NOTE

MIN_TOPICS = 3
MAX_INTRO_WORDS = 4


def _topic(turn) -> str | None:
    """The printed line of a turn that is a number and a topic in capitals, or None."""
    if type(turn) is not Turn or len(turn.paragraphs) != 1 or type(turn.paragraphs[0]) is not Paragraph:
        return None
    content = turn.paragraphs[0].content
    if not content or not isinstance(content[0], Note) or content[0].type != NUMBER_NOTE:
        return None
    words = line_text(content[1:])
    return content[0].text + words if words.isupper() and not QUESTION_END.search(words) else None


def _asks(turn) -> bool:
    """One paragraph that ends with a question."""
    return type(turn) is Turn and len(turn.paragraphs) == 1 and type(turn.paragraphs[0]) is Paragraph \
        and QUESTION_END.search(line_text(turn.paragraphs[0].content)) is not None


def _intro(block) -> HeaderLine | None:
    """The lead turn as a header note when it is one short line closed by a colon."""
    if type(block) is not Turn or len(block.paragraphs) != 1 or type(block.paragraphs[0]) is not Paragraph:
        return None
    text = line_text(block.paragraphs[0].content).strip()
    if "\n" in text or len(text.split()) > MAX_INTRO_WORDS or not text.endswith((":", "：")):
        return None
    return HeaderLine(kind=HeaderKind.NOTE, text=text, line=block.line)


def topic_headings(blocks: list | None) -> list | None:
    """`numbered_questions`' blocks with the topics set apart, or as they were (see the module)."""
    if not blocks:
        return blocks
    topics = {k: text for k, b in enumerate(blocks) if (text := _topic(b)) is not None}
    if len(topics) < MIN_TOPICS:
        return blocks
    for k in topics:
        if not _asks(blocks[k + 1] if k + 1 < len(blocks) else None) or (k + 2 < len(blocks) and k + 2 not in topics):
            return blocks
    first = min(topics)
    lead = list(blocks[:first])
    if len(lead) == 1 and (intro := _intro(lead[0])) is not None:
        lead = [intro]
    return lead + [Note(type="heading", text=topics[k]) if k in topics else b
                   for k, b in enumerate(blocks) if k >= first]
