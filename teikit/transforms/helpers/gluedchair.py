"""A photo's alt text glued to the chair's label: "Ministro rossiPRESIDENTE. L'ordine del
giorno reca ...". A blog repost of a record loses the space between the picture's caption
and the first label: words ending in a lower-case letter, then at once the chair's office in
capitals (lexicon `chair_words`) and its separator. The glued words are page furniture
(`Boilerplate`), and the line from the office on is the label line it was. The caption
stands over the first label: only the first `TOP_BLOCKS` blocks are looked at."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, Paragraph, Text, Transcript
from teikit.transforms.helpers.lines import joined, lines_of, replace_blocks

MAX_CAPTION_CHARS = 60
TOP_BLOCKS = 12


@lru_cache(maxsize=None)
def _glued(lex: Lexicon) -> re.Pattern | None:
    offices = "|".join(sorted({re.escape(w.upper()) for w in lex.chair_words}, key=len, reverse=True))
    return re.compile(rf"^([^\n]{{1,{MAX_CAPTION_CHARS}}}?[a-zà-ÿ])(?=(?:{offices})[.:][ \u00a0])") if offices else None


def split_glued_chair_labels(doc: Transcript, lex: Lexicon) -> None:
    pattern = _glued(lex)
    if pattern is None:
        return
    replace_blocks(doc, lambda block: _cut_caption(block, pattern), limit=TOP_BLOCKS)  # (the caption stands
    # over the first label, near the top)


def _cut_caption(block, pattern: re.Pattern) -> list | None:
    """The glued caption as boilerplate and the label line after it, or None."""
    first = block.content[0] if type(block) is Paragraph and block.content else None
    m = pattern.match(first.text) if type(first) is Text and first.text[:1].isupper() else None
    if m is None:
        return None
    lines = lines_of(block)
    lines[0] = [Text(first.text[m.end(1):])] + lines[0][1:]
    return [Boilerplate(m.group(1), block.line, joined=True), joined(lines, block.line)]  # glued: no space
