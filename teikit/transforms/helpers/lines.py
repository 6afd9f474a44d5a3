"""Lines of a paragraph: a paragraph's content is split at its line breaks by several passes."""
from __future__ import annotations

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


def first_texts(paragraph: Paragraph) -> list[str]:
    """`first_text` of each line of the paragraph; a paragraph that is one line of words
    (most of a transcript) without splitting it."""
    content = paragraph.content
    if len(content) == 1 and type(content[0]) is Text:
        return [content[0].text]
    return [first_text(line) for line in lines_of(paragraph)]


def plain_texts(lines: list[list]) -> list[str | None]:
    """The text of each line that is one Text item, None for the others."""
    return [items[0].text if len(items) == 1 and type(items[0]) is Text else None for items in lines]


def line_text(items: list) -> str:
    return "".join(i.text for i in items if not isinstance(i, LineBreak))


def joined(lines: list[list], line: int) -> Paragraph:
    """Lines made one paragraph again, with line breaks between them."""
    content: list = []
    for i, items in enumerate(lines):
        if i:
            content.append(LineBreak())
        content.extend(items)
    return Paragraph(content=content, line=line)
