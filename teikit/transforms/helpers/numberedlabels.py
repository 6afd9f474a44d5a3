"""Question numbers printed before a question label (L164q).

Press-conference reposts and reader Q&A pages number each question and print its label after
the number:

    1  问:据报道,2月5日,……中方有何评论?
    Q: According to reports, …
    A: China has been closely following …
    2  问:据外媒报道,……

When at least `MIN_NUMBERED` paragraphs open with a number (one to three digits, a stop, a
bracket or `、` allowed) and then a question or answer label of the lexicon (`question_labels`,
`answer_labels`, of any supported language: such pages are often bilingual, and the
document's language may be the other one) with its colon, and the numbers count up, each number is no speech: it is set
apart before its paragraph as a `note[@type='number']` (with the spaces printed after it), and
the label opens the paragraph as everywhere else. A number before any other word stays text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import LANGUAGES, Lexicon, own
from teikit.model import Note, Paragraph, Text, Transcript

MIN_NUMBERED = 2
NUMBER_NOTE = "number"


@lru_cache(maxsize=None)
def _numbered_label(lex: Lexicon) -> re.Pattern | None:
    words = {w for x in (lex, *(own(code) for code in LANGUAGES)) for w in (*x.question_labels, *x.answer_labels)}
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "[1.] Q. Mr. President, …": the editor's number in brackets, the label with its stop (L2308l)
    return re.compile(rf"^(?:\[(?=\d{{1,3}}\.?\]))?(\d{{1,3}})(?:\.?\]|[.、)])?[ \u00a0\u3000]+(?=(?:{alternation})(?:[ \u00a0]?[:：]|\.[ \u00a0]))",
                      re.IGNORECASE)


def _numbered_start(text: str) -> bool:
    return text[:1].isdigit() or text[:1] == "[" and text[1:2].isdigit()


def set_question_numbers_apart(doc: Transcript, lex: Lexicon) -> None:
    pattern = _numbered_label(lex)
    if pattern is None:
        return
    # (the pattern opens with a digit: a C-level test of the first character passes over
    # the other lines before the pattern is called)
    hits = [(i, m) for i, b in enumerate(doc.blocks) if type(b) is Paragraph and b.content
            and type(b.content[0]) is Text and _numbered_start(b.content[0].text) and (m := pattern.match(b.content[0].text))]
    numbers = [int(m.group(1)) for _, m in hits]
    if len(hits) < MIN_NUMBERED or numbers[0] > 2 or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return
    for i, m in reversed(hits):
        block = doc.blocks[i]
        first = block.content[0]
        block.content[0] = Text(first.text[m.end():])
        doc.blocks.insert(i, Note(type=NUMBER_NOTE, text=first.text[:m.end()]))
