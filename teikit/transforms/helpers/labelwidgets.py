"""A site's widget line printed under every label line (B346a).

Debate-monitoring and record sites print a link or share widget right under each speaker's
label line (`John Curran (Dublin Mid West, Fianna Fail)` / `Link to this: Individually | In
context`), then the speech. The labels pass reads the label line and takes the widget for the
speech's first paragraph, so every turn opens with the same words. When every labelled turn
(at least `MIN_WIDGET_TURNS`) opens with the same one-line paragraph, followed by more of the
turn, and that line does not end as a sentence does, it is the page's furniture: a site line
kept where it stands, inside the turn, never speech. A speaker's repeated opening (`Thank you,
Chair.`) ends as a sentence and is left alone.
"""
from __future__ import annotations

import re

from teikit.model import Boilerplate, LineBreak, Paragraph, Text, Transcript, Turn

MIN_WIDGET_TURNS = 2
_SENTENCE_END = re.compile(r"[.!?…。！？\"”»’)]\s*$")


def set_label_widgets_apart(doc: Transcript) -> None:
    """Turn the widget line under each label line into a site line (see the module)."""
    labelled = [b for b in doc.blocks if type(b) is Turn and b.label]
    if len(labelled) < MIN_WIDGET_TURNS:
        return
    first = {_widget_text(t) for t in labelled}
    if len(first) != 1 or None in first:
        return
    for turn in labelled:
        head = turn.paragraphs[0]
        turn.paragraphs[0] = Boilerplate(text=head.content[0].text, line=head.line)


def _widget_text(turn: Turn) -> str | None:
    """The turn's first paragraph when it may be a widget line: one line of text only, more of
    the turn after it, no sentence's end."""
    items = turn.paragraphs
    if len(items) < 2 or type(items[0]) is not Paragraph or type(items[1]) is not Paragraph:
        return None
    content = items[0].content
    if len(content) != 1 or type(content[0]) is not Text or any(type(i) is LineBreak for i in content):
        return None
    text = content[0].text.strip()
    return None if not text or _SENTENCE_END.search(text) else text
