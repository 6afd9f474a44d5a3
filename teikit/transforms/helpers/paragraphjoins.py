"""Paragraphs joined again where the page broke them: a run of short lines the reader marked
as continuing the line above (`join_continued_lines`), and a paragraph broken by a blank
line in the middle of a sentence (`join_broken_paragraphs`). The labels pass runs the first
before its splitting helpers (`runon`, ...) and the second on each turn it groups.
"""
from __future__ import annotations

from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import CONTINUED_LINE, LineBreak, Paragraph, Text, Transcript


def join_continued_lines(doc: Transcript) -> None:
    """Lines the reader marked as continuing the line above (a run of short lines: hard
    wrapping, one sentence per line) become one paragraph with line breaks again."""
    out: list = []
    for block in doc.blocks:
        if isinstance(block, Paragraph) and block.kind == CONTINUED_LINE:
            block.kind = None
            if out and isinstance(out[-1], Paragraph):
                out[-1].content.append(LineBreak())
                out[-1].content.extend(block.content)
                continue
        out.append(block)
    doc.blocks = out


def join_broken_paragraphs(turn, lex: Lexicon) -> None:
    """A blank line in the middle of a sentence (a page break, a copy-paste gap) does not
    end the paragraph: a paragraph that ends with a comma or a small word ("and", "of",
    "der", "et") continues in the next one of the same turn; so does a hard-wrapped one that
    stops at a lower-case word in a turn whose wrapped paragraphs end sentences (L871d)."""
    if len(turn.paragraphs) < 2:
        return  # nothing to join (a transcript's turns are mostly one paragraph)
    out: list = []
    punctuated: list = []  # whether the turn's wrapped paragraphs end sentences, read once when asked
    for item in turn.paragraphs:
        if out and isinstance(item, Paragraph) and isinstance(out[-1], Paragraph) \
                and (_broken(out[-1], lex) or _column_break(out[-1], turn, punctuated)) \
                and item.content and isinstance(item.content[0], Text) and _blank_between(out[-1], item):
            out[-1].content.append(LineBreak())
            out[-1].content.extend(item.content)
            continue
        out.append(item)
    turn.paragraphs = out


def _blank_between(first: Paragraph, second: Paragraph) -> bool:
    """A blank line separates the two (a text with one paragraph per line breaks where
    its lines break, and says so)."""
    last_line = first.line + sum(isinstance(i, LineBreak) for i in first.content)
    return bool(first.line and second.line) and second.line > last_line + 1


_BREAK_ENDS = (",", "，", "、")  # a paragraph ending so goes on in the next one
_SENTENCE_ENDS = tuple('.?!:;…"”“«»)]')
# A turn whose hard-wrapped paragraphs end sentences: this many of them at least, this share.
MIN_WRAPPED_PARAGRAPHS, PUNCTUATED_SHARE = 3, 0.75


def _column_break(paragraph: Paragraph, turn, punctuated: list) -> bool:
    """A hard-wrapped paragraph (two lines or more) that stops at a word in lower case, in a
    turn whose wrapped paragraphs end sentences: a record's column or page break in the middle
    of a sentence ("… Das ist kein" / "Vorwurf an die Justizministerin …", L871d)."""
    last = paragraph.content[-1] if paragraph.content else None
    if type(last) is not Text or not any(type(i) is LineBreak for i in paragraph.content):
        return False
    word = last.text.rstrip().rsplit(None, 1)[-1] if last.text.strip() else ""
    if not (word.isalpha() and word.islower()):
        return False
    if not punctuated:
        wrapped = [p for p in turn.paragraphs if isinstance(p, Paragraph) and p.content and type(p.content[-1]) is Text
                   and any(type(i) is LineBreak for i in p.content)]
        ends = sum(p.content[-1].text.rstrip().endswith(_SENTENCE_ENDS) for p in wrapped)
        punctuated.append(len(wrapped) >= MIN_WRAPPED_PARAGRAPHS and ends >= PUNCTUATED_SHARE * len(wrapped))
    return punctuated[0]


def _broken(paragraph: Paragraph, lex: Lexicon) -> bool:
    last = paragraph.content[-1] if paragraph.content else None
    if not isinstance(last, Text):
        return False
    end = last.text[-1:]  # (most paragraphs end a sentence: that mark settles it, no copy made)
    if end and not end.isalpha() and end not in _BREAK_ENDS and not end.isspace():
        return False
    text = last.text.rstrip()
    if text.endswith(_BREAK_ENDS):
        return True
    # the last word, looked for in the line's tail only (no copy of the rest): a longer one
    # is no small word, and neither is its tail
    tail = text[-_longest(lex.small_words) - 1:]
    word = tail.rsplit(None, 1)[-1] if tail else ""
    return word.isalpha() and word.islower() and word in lex.small_words


@lru_cache(maxsize=None)
def _longest(words: frozenset) -> int:
    return max(map(len, words), default=0)
