"""A Markdown heading hard-wrapped in its paragraph (H2303l).

A page converted to Markdown at a fixed width (pandoc's default) wraps its headings like its
text, the next line with no `#`:

    #  Versión estenográfica. Reunión virtual entre el presidente Ann
    Lee y el ministro Bob Roe

    ##  Reunión virtual entre el presidente Ann Lee y
    el ministro Bob Roe

The wrapped-heading rules read the words at the break (a small word, a lower-case opening) and
miss a break before a name; the deeper heading was then the title and the document's own
heading above it the site's furniture. Here the line right under a heading line, in its
paragraph, not a heading itself and closing no field, goes on with it: with the heading of the
shallowest level the header prints it is the title; a deeper heading under it is a subtitle."""
from __future__ import annotations

import re

from teikit.model import HeaderKind as K

_HEADING = re.compile(r"^(#{1,6})[ \t]+\S")
# A heading wraps over two or three lines at most.
MAX_WRAPPED_LINES = 3


def wrapped_markdown_headings(lines: list) -> None:
    """Mark each wrapped Markdown heading of the header (see the module) title or subtitle."""
    levels = [len(m.group(1)) for h in lines if (m := _HEADING.match(h.text))]
    if not levels:
        return
    top = min(levels)
    for run in _wrapped_runs(lines):
        level = len(_HEADING.match(run[0].text).group(1))
        if level == top and levels.count(top) > 1:
            continue  # several top headings: sections, not the document's heading
        kind = K.TITLE if level == top else K.SUBTITLE
        for h in run:
            h.kind = kind


def _wrapped_runs(lines: list) -> list[list]:
    """Runs of a heading line and the unclaimed lines right under it in its paragraph."""
    runs = []
    for k, h in enumerate(lines):
        if h.kind not in (K.UNKNOWN, K.TITLE) or not h.line or not _HEADING.match(h.text):
            continue
        run = [h]
        for below in lines[k + 1:k + MAX_WRAPPED_LINES]:
            if below.kind != K.UNKNOWN or below.line != run[-1].line + 1 or _HEADING.match(below.text) \
                    or run[-1].text.rstrip().endswith(":"):
                break
            run.append(below)
        if len(run) > 1:
            runs.append(run)
    return runs


# A Markdown image's opening and the line that closes it with its address: "![alt text" ...
# "... text](https://…/photo.jpeg)".
_IMAGE_OPENS = re.compile(r"^!\[")
_IMAGE_CLOSES = re.compile(r"\]\([^()\s]+\)\s*$")
# An image's alt text, wrapped, spans a few lines at most.
MAX_IMAGE_LINES = 4


def markdown_images(lines: list) -> None:
    """A Markdown image in the header, its alt text wrapped over lines (a blank line may fall
    inside it), and the lines right under it in its paragraph, its caption: notes, never the
    title (H2304l)."""
    k = 0
    while k < len(lines):
        end = _image_end(lines, k)
        if end is None:
            k += 1
            continue
        run = lines[k:end + 1]
        for below in lines[end + 1:]:
            if below.kind != K.UNKNOWN and below.kind != K.TITLE or below.line != run[-1].line + 1:
                break
            run.append(below)
        for h in run:
            h.kind = K.NOTE
        k += len(run)


def _image_end(lines: list, k: int) -> int | None:
    """Index of the line closing the image that opens at line `k`, if one does."""
    if not _IMAGE_OPENS.match(lines[k].text) or lines[k].kind not in (K.UNKNOWN, K.TITLE, K.SUBTITLE):
        return None
    for j in range(k, min(k + MAX_IMAGE_LINES, len(lines))):
        if _IMAGE_CLOSES.search(lines[j].text):
            return j
    return None
