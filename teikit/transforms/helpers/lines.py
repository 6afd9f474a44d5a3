"""Lines of a paragraph: a paragraph's content is split at its line breaks by several passes."""
from __future__ import annotations

import re

from teikit.model import Inline, LineBreak, Paragraph, Text


def lines_of(paragraph: Paragraph) -> list[list[Inline]]:
    """The paragraph's content split at line breaks."""
    if len(paragraph.content) == 1 and not isinstance(paragraph.content[0], LineBreak):  # one line
        return [paragraph.content]
    lines: list[list] = [[]]
    for item in paragraph.content:
        if isinstance(item, LineBreak):
            lines.append([])
        else:
            lines[-1].append(item)
    return lines


def first_text(line_items: list) -> str:
    return line_items[0].text if line_items and isinstance(line_items[0], Text) else ""


def plain_paragraphs(blocks: list) -> bool:
    """Every block is a paragraph of text and line breaks only (no notes, no markup)."""
    return all(isinstance(b, Paragraph) and all(isinstance(i, (Text, LineBreak)) for i in b.content) for b in blocks)


def numbered_lines(blocks: list) -> list[tuple[str, int]]:
    """(`first_text`, source line number or 0) of each line of the paragraphs `blocks`."""
    return [(first_text(items), b.line + n if b.line else 0) for b in blocks for n, items in enumerate(lines_of(b))]


def first_line(paragraph: Paragraph) -> list[Inline]:
    """`lines_of(paragraph)[0]`, without splitting the lines after it."""
    content = paragraph.content
    for n, item in enumerate(content):
        if isinstance(item, LineBreak):
            return content[:n]
    return content


def first_texts(paragraph: Paragraph) -> list[str]:
    """`first_text` of each line of the paragraph; a paragraph that is one line of words
    (most of a transcript) without splitting it. The lines are not built: the first item
    of a line is the first, or the one after a line break (a line of short captions or a
    hard-wrapped paragraph has a break between every two items)."""
    content = paragraph.content
    if len(content) == 1 and type(content[0]) is Text:
        return [content[0].text]
    texts: list[str] = []
    opening = True  # the next item opens a line
    for item in content:
        if isinstance(item, LineBreak):
            if opening:
                texts.append("")  # a line with no item
            opening = True
        elif opening:
            texts.append(item.text if isinstance(item, Text) else "")
            opening = False
    if opening:
        texts.append("")  # the paragraph ends with a break, or is empty: an empty last line
    return texts


def paragraph_lines(blocks: list) -> tuple[list[str], list[int], list[int]]:
    """`first_texts` of every paragraph among `blocks` in one list, in reading order; the
    index of each paragraph among the blocks; and where its lines end in the list. One
    walk, a paragraph that is one line of words (most of a transcript) read without a call."""
    lines: list[str] = []
    paras: list[int] = []
    ends: list[int] = []
    for i, block in enumerate(blocks):
        if type(block) is Paragraph:
            content = block.content
            if len(content) == 1 and type(content[0]) is Text:
                lines.append(content[0].text)
            else:
                lines += first_texts(block)
            paras.append(i)
            ends.append(len(lines))
    return lines, paras, ends


def plain_texts(lines: list[list]) -> list[str | None]:
    """The text of each line that is one Text item, None for the others."""
    return [items[0].text if len(items) == 1 and type(items[0]) is Text else None for items in lines]


def line_text(items: list) -> str:
    if len(items) == 1 and type(items[0]) is Text:
        return items[0].text  # one line of words (most paragraphs): no join (the rules of an
        # unlabeled interview each read every paragraph's text: 87,000 calls on 1 MB)
    return "".join(i.text for i in items if not isinstance(i, LineBreak))


def joined(lines: list[list], line: int) -> Paragraph:
    """Lines made one paragraph again, with line breaks between them."""
    content: list = []
    for i, items in enumerate(lines):
        if i:
            content.append(LineBreak())
        content.extend(items)
    return Paragraph(content=content, line=line)


def lines_hit(text: str, pattern, first: int = 0) -> list[int]:
    """The numbers of the lines of `text` in which `pattern` finds a match (each once, in
    order). `text` is lines joined by line feeds after a leading one ("\\n" + "\\n".join),
    its first line numbered `first`; a match may start at the line feed before its line."""
    found: list[int] = []
    at, line = 0, first - 1  # no line feed counted yet: the leading one opens line `first`
    for m in pattern.finditer(text):
        start = m.start() + 1  # a match at a line feed belongs to the line after it
        line += text.count("\n", at, start)
        at = start
        if not found or found[-1] != line:
            found.append(line)
    return found


# Lines joined for one scan of `lines_matching`: a copy of this many lines at a time, never one
# string of the whole text (up to four bytes a character: a long transcript's memory).
MATCH_BATCH_LINES = 2048


def lines_matching(texts: list[str], pattern: re.Pattern) -> list[int]:
    """The indices of `texts` in which `pattern` finds a match, in order.

    Why: a helper that asks a Python test of every line of a transcript (tens of thousands
    of lines, 1-3 µs each) to reject nearly all of them runs its body only on the lines a
    *necessary condition* of it, one pattern, finds: the texts are joined by line feeds a
    batch at a time and the pattern scans them at C speed. The pattern must be such a
    condition (tests/convert/test_prefilters.py holds each to it on the corpus's lines and on
    generated ones) and must read one line as it reads it alone: no match across a line feed,
    `^`/`$` under `re.M` for the line's ends, and lookarounds that take a line feed as they
    take the text's ends. A batch whose texts hold a line feed themselves is searched a text
    at a time (a match there may be one the text alone would not give: a line too many is
    harmless, a line too few is not)."""
    found: list[int] = []
    for start in range(0, len(texts), MATCH_BATCH_LINES):
        batch = texts[start:start + MATCH_BATCH_LINES]
        text = "\n" + "\n".join(batch)
        if text.count("\n") == len(batch):
            found += lines_hit(text, pattern, start)
        else:
            found += [start + n for n, line in enumerate(batch) if pattern.search(line)]
    return found


def next_text(lines: list[str], i: int) -> str:
    """The next of `lines` after `i` that is not blank (within three), or ""."""
    return next((line for line in lines[i + 1:i + 4] if line.strip()), "")


def replace_blocks(doc, pieces_of, limit: int | None = None) -> None:
    """Put `pieces_of(block)` (a list, or None to keep the block) in place of each of the
    document's blocks; with `limit`, the walk stops after that many blocks when none of them
    was replaced. The list of blocks is rebuilt only once a block is replaced (most documents
    have none)."""
    out: list | None = None
    for i, block in enumerate(doc.blocks):
        if limit is not None and i >= limit and out is None:
            return  # nothing replaced among the blocks looked at
        pieces = pieces_of(block)
        if pieces is None:
            if out is not None:
                out.append(block)
            continue
        if out is None:
            out = doc.blocks[:i]
        out += pieces
    if out is not None:
        doc.blocks = out


def runs_by(texts: list[str], key) -> list[tuple[object, list[int]]]:
    """The runs of consecutive lines whose `key` is the same and not None, as (that key, the
    lines' indexes into `texts`), in order: a page's blocks of links or tabs, one a line."""
    runs: list[tuple[object, list[int]]] = []
    for n, text in enumerate(texts):
        k = key(text)
        if k is None:
            continue
        if runs and runs[-1][0] == k and runs[-1][1][-1] == n - 1:
            runs[-1][1].append(n)
        else:
            runs.append((k, [n]))
    return runs
