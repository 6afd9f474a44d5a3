"""Question and answer letters run together on one line, as the text layer of an OCR'd
typescript gives an interview: "... Director. Q Admiral Raborn, what is ...? A Excellent.
It is ... Q Why are you leaving now? A When ...".

The letters are bare (no full stop, no colon, one space), and the answer letter is also a
word ("A"), so the line is split only where the shape is unmistakable: a question letter
before a capitalised word, an answer letter right after a question mark, alternating, at
least `MIN_PAIRS` questions and answers on the line. The letters split at are returned, so
that the labels pass takes them as labels ("A Excellent" alone would be an article).
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Transcript
from teikit.transforms.helpers.runon import RUN_ON_MIN_CHARS, line_pieces, split_apart

MIN_PAIRS = 2


@lru_cache(maxsize=None)
def _letters(lex: Lexicon) -> tuple[re.Pattern, str, str] | None:
    """(pattern, question letter, answer letter): a question letter after a space before a
    capitalised word, or an answer letter after "? ", each followed by one space."""
    questions = [w for w in lex.question_labels if len(w) == 1]
    answers = [w for w in lex.answer_labels if len(w) == 1]
    if not questions or not answers:
        return None
    q, a = re.escape(questions[0]), re.escape(answers[0])
    pattern = re.compile(rf"(?:(?<=^)|(?<= ))({q}) (?=[^\W\d_a-z][^\W\d_])|(?<=\? )({a}) (?=[^\W\d_a-z])")
    return pattern, questions[0], answers[0]


def split_bare_qa_lines(doc: Transcript, lex: Lexicon, plain: list, long_lines: list | None = None) -> set[str]:
    """Split long one-line paragraphs at bare, alternating question and answer letters;
    the letters split at, or an empty set. `plain`: `runon.one_line_paragraphs(doc)`;
    `long_lines`: (position in `plain`, paragraph) of its lines longer than
    `RUN_ON_MIN_CHARS`, when known (`runon.split_run_on_turns` lists them): only those are read."""
    letters = _letters(lex)
    if letters is None:
        return set()
    pattern, q, a = letters
    marker = f"? {a} "
    split: dict[int, tuple[int, list]] = {}
    if long_lines is None:
        long_lines = [(at, para) for at, (para, text) in enumerate(plain) if len(text) > RUN_ON_MIN_CHARS]
    for at, para in long_lines:
        text = para.content[0].text
        if marker not in text:  # (most lines)
            continue
        cuts, expect = [], q
        for m in pattern.finditer(text):
            letter = m.group(1) or m.group(2)
            if letter == expect:  # questions and answers alternate, a question first
                cuts.append(m.start())
                expect = a if letter == q else q
        if len(cuts) >= 2 * MIN_PAIRS:
            split[id(para)] = (at, line_pieces(text, cuts, para.line, keep_last=True))
    split_apart(doc, plain, split)
    return {q, a} if split else set()
