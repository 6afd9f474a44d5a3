"""Whitespace between a speaker label (or a block set apart) and what follows it.

TEI keeps labels, boilerplate and notes between turns in elements of their own, and the
whitespace between elements carries no meaning, so whether the source printed a space there
is not in the markup. The views assume the usual: a space after a label, except before
punctuation (", running to Posthumus") and after a Chinese or Japanese label ("记者：请问")
(`label_glues`); a space between blocks. Where the source did otherwise (a label glued to
its speech, "王超: 非常" with a space, a photo's alt text glued to the label after it, a
caption's `<v Ann>` glued to its words), the model records it (`Turn.joined`,
`Boilerplate.joined`, `Note.joined`) and the TEI says so in `@rend` (`RENDS`), which the
TEI reader reads back, so that the source view gives the source again.

The same tokens say how the events and notes of a paragraph without speech ("(Laughter.)
(Applause.)"), which stand in the turn's `u` (or `sp`) with no `seg` around them, are
printed: `space-after` (a space, then the next of them, in the same paragraph),
`nospace-after` (the next follows with nothing between) and none (the paragraph ends
there) (`standalone_rends`). Without them two such paragraphs, or the events of one,
would read back as one glued line.
"""
from __future__ import annotations

import re

from teikit.model.inline import Text

NO_SPACE_AFTER = "nospace-after"
SPACE_AFTER = "space-after"
RENDS = {True: NO_SPACE_AFTER, False: SPACE_AFTER}

# A full stop that opens an ellipsis ("B: ... die nicht") is speech after a space, not
# punctuation glued to the label.
PUNCT_START = re.compile(r"[,;:!?)\]]|\.(?!\.)")
_CJK_LABEL_END = re.compile(r"(?:[\u3400-\u9fff》」』][:：]|：)$")


def label_glues(head: str, text: str) -> bool:
    """Whether a label and what follows it are printed without a space between, when the
    source does not say: before punctuation, and after a Chinese or Japanese label."""
    return bool(PUNCT_START.match(text) or _CJK_LABEL_END.search(head.rstrip()))


def label_rend(joined: bool | None, head: str, text: str) -> str | None:
    """The `@rend` a label's element needs: None when `label_glues` already tells."""
    if joined is None or joined == label_glues(head, text):
        return None
    return RENDS[joined]


def joined_from_rend(rend: str | None) -> bool | None:
    """`@rend` read back: True (no space after), False (a space after) or None (not said)."""
    if not rend:
        return None
    tokens = rend.split()
    if NO_SPACE_AFTER in tokens:
        return True
    if SPACE_AFTER in tokens:
        return False
    return None


def standalone_rends(content: list, joined: bool = False) -> list[tuple[object, str | None]]:
    """The events and notes of a paragraph without speech (its whitespace left out), each
    with the `@rend` that says what follows it: a space or nothing in the same paragraph,
    or (None) the paragraph's end; the last one says nothing, or `nospace-after` when the
    paragraph is glued to what follows (`joined`)."""
    pairs: list[list] = []
    spaced = False  # whitespace since the last event or note
    for item in content:
        if isinstance(item, Text):
            spaced = spaced or bool(item.text)
            continue
        if pairs:
            pairs[-1][1] = SPACE_AFTER if spaced else NO_SPACE_AFTER
        pairs.append([item, None])
        spaced = False
    if pairs and joined:
        pairs[-1][1] = NO_SPACE_AFTER
    return [(item, rend) for item, rend in pairs]
