"""A one-word heading under the title that is the topic, not the place (H1205i).

"Moscow" alone under a title is the place of the event; "Housing" or "Woningbouw" in the same
spot is the page's topic heading. No word list tells them apart, but the speech does: a place
keeps its capital in the middle of a sentence ("here in Nice"), a common noun loses it ("we
talked about housing"). A one-word place line whose word the speech prints in lower case, and
never capitalised after another word, is no place. (In German every noun keeps its capital:
there the rule never fires, and the line stays what it was.)
"""
from __future__ import annotations

import re

from teikit.model import HeaderKind, HeaderLine, Paragraph, Turn


def topic_headings(header: list, blocks: list) -> None:
    """Each one-word place line of `header` that the speech of `blocks` shows to be a common
    noun becomes a subtitle (the topic heading under the title)."""
    places = [h for h in header if isinstance(h, HeaderLine) and h.kind == HeaderKind.PLACE
              and len(h.text.split()) == 1]
    if not places:
        return
    speech = "\n".join(p.text for b in blocks if isinstance(b, Turn)
                       for p in b.paragraphs if isinstance(p, Paragraph))
    for line in places:
        if common_noun(line.text.strip(), speech):
            line.kind = HeaderKind.SUBTITLE


def common_noun(word: str, speech: str) -> bool:
    """`word` ("Housing") printed in lower case in `speech` and never capitalised after another
    word ("in Housing")."""
    lower = word.lower()
    if lower == word or not re.search(rf"(?<!\w){re.escape(lower)}(?!\w)", speech):
        return False
    return not re.search(rf"\w[,;]?\s+{re.escape(word)}(?!\w)", speech)
