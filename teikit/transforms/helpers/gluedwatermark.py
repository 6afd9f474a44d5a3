"""A site's watermark glued to the end of its paragraphs (P2149k).

Reposting sites paste their own tag onto the end of each paragraph, after its last sentence
mark and without a space: "…改变现状的?Pg6拜客生活常识网", "…召开了记者吹风会…。Pg6拜客生活常识网".
The tag hides the sentence end, so that an opening question above the first label reads as
a heading. The watermark is the tail printed so after at least MIN_WATERMARKS paragraphs and
after half of them or more; a line that ends with it is judged without it. The text is kept
as printed (the tag stays in the paragraph).
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.model import Paragraph, Text, Turn
from teikit.transforms.helpers.headerlines import looks_like_speech

MIN_WATERMARKS = 3
MAX_PARAGRAPHS = 60  # the first paragraphs are enough to tell
MAX_TAIL_CHARS = 26  # the tag and the sentence mark before it: read no further back
# The tag right after the paragraph's last sentence mark: letters or digits, no space.
_TAIL = re.compile(r"[。？！?!.…”」』](\w{2,24})$")


def glued_watermark(blocks: list) -> str | None:
    """The tag glued to the end of most paragraphs of `blocks` (lead paragraphs and turns), or None."""
    tails: Counter = Counter()
    seen = 0
    for block in blocks:
        for paragraph in (block.paragraphs[:MAX_PARAGRAPHS] if isinstance(block, Turn) else [block]):
            if not isinstance(paragraph, Paragraph) or not paragraph.content or type(paragraph.content[-1]) is not Text:
                continue
            seen += 1
            if m := _TAIL.search(paragraph.content[-1].text.rstrip()[-MAX_TAIL_CHARS:]):
                tails[m.group(1)] += 1
        if seen >= MAX_PARAGRAPHS:
            break
    if not tails:
        return None
    tail, n = tails.most_common(1)[0]
    return tail if n >= MIN_WATERMARKS and 2 * n >= seen else None


def speech_under_watermark(text: str, watermark: str | None) -> bool:
    """The line is speech once the watermark glued to its end is set aside."""
    return watermark is not None and text.endswith(watermark) and looks_like_speech(text[:-len(watermark)])
