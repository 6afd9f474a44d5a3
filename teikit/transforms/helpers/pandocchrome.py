"""A web page captured as Pandoc Markdown (B1506i): the HTML's `<div>`s are fenced divs
(`::: {.navbar-inner}` … `:::`), its spans and links carry attributes (`[Accueil](/){#menu-item-14}`,
`[Share]{.apss-share}`), and the article's headline is a heading with its id
(`Interview : … {#interview-… .post-title}` over `=====`). Everything the site prints above that
headline (menus, banners, the logo, a breadcrumb) is its chrome; below it, a fenced div that
holds nothing but links, icons and spans (share buttons) or that holds an image (a figure and
its caption between two answers) is page furniture too, never speech.

Only a capture that prints at least `MIN_ATTRIBUTED_FENCES` fences with attributes is read so:
a Markdown file of the documentation kind prints a few plain `::: warning` boxes (B1237h).
"""
from __future__ import annotations

import re

MIN_ATTRIBUTED_FENCES = 4
# A site prints its chrome above the headline in at most this many lines (a blog's menus, banners
# and sidebar: about 150). A heading with an id further down is inside the text (a long
# transcript, several captures joined), and the lines above it are speech, not chrome.
MAX_CHROME_LINES = 400
# A div of share buttons, icons or a figure with its caption fills a few lines; a "div" that spans
# more is a fence left open whose closing fence is another div's, and its lines are the text.
MAX_FURNITURE_LINES = 40
_FENCE = re.compile(r"^[ \t]*:{3,}[ \t]*(?:\{[^{}\n]{0,200}\}|[.#]?[\w-]+(?:[ \t]+[.#]?[\w-]+){0,3})?[ \t]*$")
_CLOSING = re.compile(r"^[ \t]*:{3,}[ \t]*$")
# A heading's text followed by its Pandoc attributes, an id first: "Title {#title .post-title}".
_ATTRIBUTED_HEADING = re.compile(r"^(?:#{1,6}[ \t]+)?\S[^\n]*?[ \t]+\{#[^{}\s]+[^{}\n]*\}[ \t]*$")
_SETEXT_RULE = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
# A line of links and attributed spans only (an icon link "[](https://…)", "[Share]{.apss-share}"),
# after a list marker maybe: no word of the page's text stands outside the markup.
_MARKUP_ONLY = re.compile(r"^[ \t]*(?:[-*+][ \t]+|\d+\.[ \t]+)?(?:!?\[[^\[\]\n]*\](?:\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)|\{[^{}\n]*\})[ \t]*)+$")


def pandoc_chrome_lines(texts: list[str]) -> set[int]:
    """Indexes (into `texts`, the document's lines) of a Pandoc capture's chrome (see the
    module); empty for any other text."""
    if sum(1 for t in texts if "{" in t and t.lstrip().startswith(":::") and _FENCE.match(t)) < MIN_ATTRIBUTED_FENCES:
        return set()
    title = _headline(texts)
    if title is not None and title > MAX_CHROME_LINES:
        title = None  # a heading deep in the text is no page's headline: what is above it is not chrome
    found = set(range(title)) if title is not None else set()
    found |= _furniture_divs(texts, title + 1 if title is not None else 0)
    return found


def _headline(texts: list[str]) -> int | None:
    """The index of the article's headline: the first heading with an id in its attributes,
    a top-level one (a setext "=" rule under it, or one "#") before any other."""
    found = [n for n, t in enumerate(texts) if "{#" in t and _ATTRIBUTED_HEADING.match(t)
             and (t.startswith("#") or (n + 1 < len(texts) and _SETEXT_RULE.match(texts[n + 1])))]
    top = [n for n in found if texts[n].startswith("# ") or texts[n + 1].strip().startswith("=")]
    return (top or found or [None])[0]


def _furniture_divs(texts: list[str], start: int) -> set[int]:
    """The lines of each fenced div from `start` on that holds only fences and markup-only
    lines, or that holds an image, fences included."""
    found: set[int] = set()
    opened: list[int] = []
    for n in range(start, len(texts)):
        text = texts[n]
        if not text.lstrip().startswith(":::") or not _FENCE.match(text):
            continue
        if not _CLOSING.match(text):
            opened.append(n)
        elif opened:
            first = opened.pop()
            if n - first > MAX_FURNITURE_LINES:
                continue  # a fence closing far below its opening (a fence left open) holds the text itself
            inner = [texts[k] for k in range(first + 1, n) if k not in found and not _FENCE.match(texts[k])]
            if any(t.lstrip().startswith("![") for t in inner) or all(_MARKUP_ONLY.match(t) for t in inner):
                found.update(range(first, n + 1))
    return found
