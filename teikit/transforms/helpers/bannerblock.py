"""A site banner at the top of a page: the entries between its known site lines (B2121k).

A radio or TV show's page opens with a block of lines printed one under the other with no
blank line between them: the call-in number, the air times, links to the show's sections
(`Call the Show 800-520-1234` / `LIVE: Mon-Fri, 6-9AM, ET` / `Hugh Hewitt Book Club` / ...).
The known site lines among them are found by the lexicon; the others are short links that
look like names (a section named after the host), and were read as labels alone on their
line. When the page's first block has four lines or more, two of them site lines, and every
other line of it is a short entry (a few words, no sentence or colon) that stands between two
site lines or is printed twice in the block, those entries are site lines too. A first block
without two known site lines, with a sentence in it, or with a heading under its site lines
(a portal's menu bar over the article's headline) is left to the other rules.
"""
from __future__ import annotations

import re
from collections import Counter

MIN_BANNER_LINES = 4
MAX_BANNER_LINES = 12
MIN_SITE_LINES = 2
MAX_ENTRY_WORDS = 6
MAX_ENTRY_CHARS = 60
_NOT_ENTRY = re.compile(r"[.?!:;…]\s*$|[.?!]\s|:")


def banner_entries(texts: list[str], owners: list[int], site: set[int], blocks: list) -> set[int]:
    """Indexes (into `texts`) of the other entries of a banner block opening the page.
    `owners`: the block of each text; `blocks`: the document's blocks (for line numbers)."""
    if not texts or len(site) < MIN_SITE_LINES or owners[0] != 0:
        return set()
    block = [0]
    line = blocks[0].line or 0
    # the page's first lines, with no blank line between them (a banner is short: a long first
    # paragraph is read no further than that)
    for n in range(1, min(len(texts), MAX_BANNER_LINES + 1)):
        # a paragraph's next line, or a paragraph that starts on the next line
        following = owners[n] == owners[n - 1] or (blocks[owners[n]].line or 0) == line + 1
        if not following:
            break
        line += 1
        block.append(n)
    if not MIN_BANNER_LINES <= len(block) <= MAX_BANNER_LINES or sum(n in site for n in block) < MIN_SITE_LINES:
        return set()
    rest = [n for n in block if n not in site]
    known = [n for n in block if n in site]
    printed = Counter(texts[n].strip() for n in rest)
    # each entry stands between two site lines, or is printed twice (a section link in the
    # banner's two rows); a heading under the banner is neither
    if not all(_entry(texts[n]) and (known[0] < n < known[-1] or printed[texts[n].strip()] > 1) for n in rest):
        return set()
    return set(rest)


def _entry(text: str) -> bool:
    line = text.strip()
    return 0 < len(line) <= MAX_ENTRY_CHARS and len(line.split()) <= MAX_ENTRY_WORDS \
        and _NOT_ENTRY.search(line) is None
