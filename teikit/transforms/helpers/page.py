"""Page furniture: lines a web site adds around a transcript (phrases from the lexicon).

Two strengths of evidence:
- strong phrases (government-site banners, "originally published on", cookie notices,
  share bars, language switchers, weather/date widgets, mailing-list invitations) mark a
  short line as boilerplate wherever it stands;
- soft phrases (donation appeals, "Source: ...", "Subscribe", site/category names) are
  only trusted outside the speech: the header and ending passes ask `is_soft()`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from teikit.lexicons import Lexicon

# A boilerplate line is short; long lines are speech even if they mention a newsletter.
MAX_BOILERPLATE_CHARS = 220

# Shapes that are no language's words: locale switchers, one address, a counter.
_SHAPE_LINES = (
    r"[•·\s]*([a-z]{2}-[A-Z]{2}\d*[\s|•·]*){2,}$",
    r"(https?://|www\.)\S+$", r"[\w-]+(\.[\w-]+)+/\S*$", r"\d{1,3}$",
    r"#\w+(\s+#\w+)*$",                                               # a row of hashtags
    r"[A-ZÀ-Þ]{3,}/\d+:\s",                                            # a press archive's entry "SERIES/586: ..."
    r"[^→›»>\n]+(\s*[→›»>]\s*[^→›»>\s][^→›»>]*){2,}$",                   # a breadcrumb trail "Site → Section → Page"
    r".*(\(\d{2,4}\)\s?\d{3}[-.\s]\d{4}|\+\d{1,3}[\s-]?\d[\d\s-]{6,}\d)$",  # ends in a telephone number
)


class _Page:
    def __init__(self, lex: Lexicon):
        share, langs = "|".join(lex.share_words), "|".join(lex.page_languages)
        lines = list(lex.boilerplate_lines) + [
            rf"({share})(\s*[|·•/,]?\s*({share})){{1,}}$",
            rf"({langs})(\s*[|·•/,]?\s*({langs})){{2,}}$",
            _SHAPE_LINES[0],
        ]
        self.at_start = re.compile("|".join(f"(?:{x})" for x in lines), re.IGNORECASE)
        self.anywhere = [(literal, re.compile(p, re.IGNORECASE)) for literal, p in lex.boilerplate_anywhere]
        soft = [rf"^({share})$"] + [f"^(?:{x})" for x in _SHAPE_LINES[1:]] + list(lex.boilerplate_soft)
        self.soft = re.compile("|".join(f"(?:{x})" for x in soft), re.IGNORECASE)

    def strong(self, line: str) -> bool:
        if self.at_start.match(line):
            return True
        return self._anywhere(line, line.lower())

    def _anywhere(self, line: str, low: str) -> bool:
        # the literal is a fast substring test; the pattern runs only on the few lines with it
        return any(literal in low and pattern.search(line) for literal, pattern in self.anywhere)

    def strong_each(self, lines: list[str]) -> list[bool]:
        """`strong` of each line, found together: each phrase's literal is searched in a batch
        of lines at once (one C search per literal, not one per line and literal)."""
        found: list[bool] = []
        for start in range(0, len(lines), _BATCH_LINES):
            batch = lines[start:start + _BATCH_LINES]
            lows = [line.lower() for line in batch]
            ends = list(accumulate(len(low) + 1 for low in lows))  # where each line's "\n" ends
            text = "\n".join(lows)
            patterns: dict[int, list] = {}  # line -> the patterns whose literal it holds
            for literal, pattern in self.anywhere:
                if "\n" in literal:  # never inside a line: such a literal is tested line by line
                    patterns = {n: [p for lit, p in self.anywhere if lit in low] for n, low in enumerate(lows)}
                    break
                at = text.find(literal)
                while at >= 0:
                    n = bisect_right(ends, at)
                    patterns.setdefault(n, []).append(pattern)
                    at = text.find(literal, ends[n]) if n + 1 < len(ends) else -1
            found.extend(self.at_start.match(line) is not None
                         or (n in patterns and any(p.search(line) for p in patterns[n]))
                         for n, line in enumerate(batch))
        return found


_BATCH_LINES = 2048  # lines searched together (bounds the memory of the joined copy)


@lru_cache(maxsize=None)
def _page(lex: Lexicon) -> _Page:
    return _Page(lex)


def _short(line: str) -> bool:
    return 0 < len(line) <= MAX_BOILERPLATE_CHARS


_BULLETS = " \t\u00a0•·*–—|>"


def is_strong(line: str, lex: Lexicon) -> bool:
    line = line.strip(_BULLETS)
    return _short(line) and _page(lex).strong(line)


def strong_each(lines: list[str], lex: Lexicon) -> list[bool]:
    """`is_strong` of each line, found together (much faster on many lines)."""
    stripped = [line.strip(_BULLETS) for line in lines]
    short = [n for n, line in enumerate(stripped) if _short(line)]
    flags = [False] * len(lines)
    for n, strong in zip(short, _page(lex).strong_each([stripped[n] for n in short])):
        flags[n] = strong
    return flags


def is_soft(line: str, lex: Lexicon) -> bool:
    line = line.strip(_BULLETS)
    page = _page(lex)
    return _short(line) and (page.strong(line) or page.soft.search(line) is not None)
