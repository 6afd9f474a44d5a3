"""Numbered prompts of a questionnaire, not phrased as questions (L261x).

Local papers send candidates a questionnaire and print it numbered, each prompt a short
phrase without a question mark and the answer on the next line:

    1) La prima cosa che fa se viene eletto
    Per prima cosa, rivolgerei un grazie a chi mi ha supportato.
    2) Il paese che vorrebbe
    Voglio un paese che sappia sognare.

P150p wants most numbered lines to ask; a prompt asks without a question mark. A numbered line
is a prompt when it is short (`MAX_PROMPT_WORDS`) and does not end a sentence (no full stop,
exclamation mark, ellipsis or colon at its end: a numbered list of statements or of steps
ends its items so, or runs on into more text); when every numbered line asks or prompts and
every one is answered by a line that ends a sentence, the lines are a questionnaire.
"""
from __future__ import annotations

import re

MAX_PROMPT_WORDS = 12
# "12 Was bedeutet ...", "3. Quel est ...", "4) Why ...": a question's number before a capital.
# A dash may follow the number or its stop: "1.- ¿Por qué …?", "2 – Wann …?" (T650c).
NUMBERED_LINE = re.compile(r"^[ \u00a0]*(\d{1,2})[.)]?(?:[ \u00a0]?[-–])?[ \u00a0]+(?=[¿¡«\"„“]?[^\W\d_])")
# the header pass looks this many lines past a first numbered prompt for the next numbers
PROMPT_REACH = 20
# the end of a statement, a list item's lead-in or a quotation: not a prompt's
_STATEMENT_END = re.compile(r"[.!…:;,»\"”)\]]$")
_SENTENCE_END = re.compile(r"[.!?…»\"”)]$")


def is_prompt(question: str) -> bool:
    """A short phrase that ends neither a sentence nor a list item: a questionnaire's prompt."""
    text = question.strip()
    return bool(text) and len(text.split()) <= MAX_PROMPT_WORDS and not _STATEMENT_END.search(text)


def prompted_answers(prompts: list[tuple[str, str, list[str]]]) -> bool:
    """Whether numbered lines are a questionnaire's prompts: `prompts` holds, per numbered
    line, its question, the answer printed on the same line and the lines below it up to the
    next number. Every line asks or prompts, and every one is answered by a line
    ending a sentence."""
    for question, answer, below in prompts:
        if not (question.rstrip().endswith(("?", "？")) or is_prompt(question)):
            return False
        said = [answer] + below if answer else below
        if not any(_SENTENCE_END.search(line.rstrip()) for line in said):
            return False
    return True


def first_prompt(lines, index: int) -> bool:
    """Whether line `index` of `lines` (texts, indexed and sliced) is a questionnaire's first
    numbered prompt: numbered 1 and prompting, lines numbered 2 and 3 asking or prompting below."""
    m = NUMBERED_LINE.match(lines[index])
    if m is None or m.group(1) != "1" or not is_prompt(lines[index][m.end():]):
        return False
    wanted = 2
    for text in lines[index + 1:index + 1 + PROMPT_REACH]:
        m = NUMBERED_LINE.match(text)
        if m is not None and int(m.group(1)) == wanted:
            rest = text[m.end():].rstrip()
            if not (rest.endswith(("?", "？")) or is_prompt(rest)):
                return False
            wanted += 1
            if wanted > 3:
                return True
    return False
