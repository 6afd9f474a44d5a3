"""A static-site template tag printed at the start of a line of text (B1239h):
`{{ imágen biografia/pedro.jpg posición: izq }} **Pedro: ¿Cómo te defines …?**`. A Metalsmith,
Handlebars or Nunjucks page embeds an image or a box with a tag in double braces (or `{% … %}`)
and goes on with the text on the same line; the tag is page code, never speech, and what
follows it is the line it would be without it (here a label line). A tag alone on its line is
the boilerplate pass's (`page._TEMPLATE_TAG`, B1103g)."""
from __future__ import annotations

import re

from teikit.model import Boilerplate, Paragraph, Text, Transcript
from teikit.transforms.helpers.lines import joined, lines_of, replace_blocks

_LEADING_TAG = re.compile(r"^(\{\{[^{}\n]{1,300}\}\}|\{%[^{}\n]{1,300}%\})[ \t\u00a0]+(?=\S)")


def split_leading_template_tags(doc: Transcript) -> None:
    """Set a template tag that opens a line apart as page furniture: the paragraph is cut
    before it (a front matter's closing `---` may share the block), the tag stands alone, and
    its line goes on as the next paragraph."""
    replace_blocks(doc, lambda block: _cut_at_tag(block) if type(block) is Paragraph and _opens_a_line(block)
                   else None)


def _opens_a_line(block: Paragraph) -> bool:
    """Whether a line of the paragraph may open with a tag (a brace follows a line start)."""
    return any(type(item) is Text and item.text[:1] == "{" for item in block.content)


def _cut_at_tag(block: Paragraph) -> list | None:
    lines = lines_of(block)
    for n, line in enumerate(lines):
        first = line[0] if line else None
        m = _LEADING_TAG.match(first.text) if type(first) is Text and first.text[:1] == "{" else None
        if m is None:
            continue
        number = block.line + n if block.line else 0
        rest = [[Text(first.text[m.end():])] + line[1:]] + lines[n + 1:]
        before = [joined(lines[:n], block.line)] if n else []
        return before + [Boilerplate(m.group(1), number), joined(rest, number)]
    return None
