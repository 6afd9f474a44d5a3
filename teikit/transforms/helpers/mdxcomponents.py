"""A component of an MDX page written over several lines is page furniture (B1137g).

Gatsby and Next.js sites write their posts in MDX, Markdown with JSX components: a picture
between two answers is printed as its component, the tag's name, one attribute a line and the
closing mark (one paragraph, or a paragraph a line where the text's lines are read so):

    <RemoteImage
      alt={`Pepes Penthouse`}
      size="medium"
    />

None of it is speech. A paragraph line that opens a tag of a capitalised name (a component,
never an HTML element), followed only by attribute lines (`name="…"`, `name={…}`, a bare
`name`) and closed by `/>` or the component's closing tag, is set apart line by line as the
page's furniture; a component written on one line (`<Youtube id="x" />`) too.
"""
from __future__ import annotations

import re

_OPENING = re.compile(r"^[ \t]*<([A-Z][\w.]*)[ \t]*$")
_ATTRIBUTE = re.compile(r"""^[ \t]*[A-Za-z_][\w:.-]*(?:=(?:"[^"\n]*"|'[^'\n]*'|\{.*\}))?[ \t]*$""")
_CLOSING = re.compile(r"^[ \t]*(?:/>|</([A-Z][\w.]*)>)[ \t]*$")
_ONE_LINE = re.compile(r"""^[ \t]*<[A-Z][\w.]*(?:[ \t]+[A-Za-z_][\w:.-]*(?:=(?:"[^"\n]*"|'[^'\n]*'|\{[^}\n]*\}))?)*[ \t]*/>[ \t]*$""")


def component_lines(texts: list[str], owners: list[int]) -> set[int]:
    """The indexes of `texts` (lines of paragraphs; `owners`: the block of each) that are a
    component's lines."""
    found: set[int] = set()
    n = 0
    while n < len(texts):
        text = texts[n]
        if text[:1] not in "< \t":
            n += 1
            continue
        if _ONE_LINE.match(text):
            found.add(n)
        elif (opening := _OPENING.match(text)) is not None:
            k = n + 1
            while k < len(texts) and _next_line(owners, k) and _ATTRIBUTE.match(texts[k]):
                k += 1
            closing = _CLOSING.match(texts[k]) if k < len(texts) and _next_line(owners, k) else None
            if closing is not None and closing.group(1) in (None, opening.group(1)):
                found.update(range(n, k + 1))
                n = k + 1
                continue
        n += 1
    return found


def _next_line(owners: list[int], k: int) -> bool:
    """Line `k` follows line `k - 1` in the same paragraph or opens the next block (a text read
    a paragraph a line)."""
    return owners[k] - owners[k - 1] in (0, 1)
