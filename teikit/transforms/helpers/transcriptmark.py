"""A page's heading or link that announces the transcript ("Transcript", "Read the full
transcript", "• Transcript"): everything above it is the page's header, show notes and
widgets, never speech or a label; the heading itself is page furniture.

Podcast and video pages print the episode title, a description and player widgets first,
then such a line, then the transcript. Only the first one near the top counts, and only when
something follows it.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, Paragraph, Turn
from teikit.transforms.helpers.lines import first_texts

# The heading is looked for among this many first lines of the page.
MAX_MARK_LINE = 40
# Marks a page prints before a link or heading: bullets, a colon after it.
_STRIP = " \t\u00a0•·-–—*>:"


def transcript_mark(blocks: list, lex: Lexicon) -> int | None:
    """Index in `blocks` of the one-line paragraph that announces the transcript, when a
    paragraph follows it and it stands among the page's first lines."""
    pattern = lex.pattern("transcript_headings")
    if pattern.pattern == "(?!)":
        return None
    seen = 0
    for i, block in enumerate(blocks):
        if not isinstance(block, (Paragraph, Boilerplate)):
            continue  # (a line the boilerplate pass set apart may be the heading)
        texts = first_texts(block) if isinstance(block, Paragraph) else [block.text]
        seen += len(texts)
        if seen > MAX_MARK_LINE:
            return None
        if len(texts) == 1 and pattern.fullmatch(texts[0].strip(_STRIP)):
            return i if any(isinstance(b, (Paragraph, Turn)) for b in blocks[i + 1:]) else None
    return None
