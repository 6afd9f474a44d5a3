"""Which language a transcript is in, told from the lexicons themselves (`detect`), and the
language a passage's function words point to (`dominant_language`): no model, no network."""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import FALLBACK, LANGUAGES, own

def detect(doc) -> str:
    """The language of a transcript, from the lexicons themselves (no model, no network).

    Scores each language by how many of its distinctive function words (`detect_words`
    of its lexicon) occur among the first 5,000 words; Chinese is recognised by its
    script (a share of CJK ideographs). English is the answer when nothing scores.
    Deterministic, and as good as its word lists: it is meant for whole transcripts,
    not for a line.

    Page furniture must not outvote the speech: web pages in every language carry English
    menus, language switchers and widget sentences ("English | Deutsch", "Search",
    "We use cookies ..."). So lines of fewer than four words (menu rows, buttons) are not
    counted while longer lines score, and when the text has a body, the lines from its
    first turn marker on (a speaker label or a caption timing, not on the first line, and
    holding at least a quarter of the counted words), the body decides (a tie in it goes to
    the language of the whole page's counted lines). A text with
    no marker, or one found only in a short footer, is scored whole.
    """
    lines = _sample_lines(doc)
    cjk = _IDEOGRAPHS.search("".join(lines)) is not None  # (most texts: no ideograph to count)
    sizes = [len(line.split()) + (len(_IDEOGRAPHS.findall(line)) if cjk else 0) for line in lines]
    counted = [i for i, size in enumerate(sizes) if size >= _MENU_LINE_WORDS] or list(range(len(lines)))
    body = _body(counted, lines, sizes)
    scores = []  # per part, the most telling first: its zh verdict or its word counts
    for part in (body, counted, range(len(lines))):
        if not part:
            continue
        text = "\n".join(lines[i] for i in part)
        if cjk and _chinese(text):
            return "zh"
        scores.append(_scores(text))
        if any(scores[-1]):
            break
    if not scores or not any(scores[-1]):
        return _by_script("".join(lines))  # a short text of no function word (D1064f)
    if body and len(scores) == 1 and scores[0].count(max(scores[0])) > 1:  # the body decides; a tie
        scores.append(_scores("\n".join(lines[i] for i in counted)))  # in it goes to the whole page's
    best = max(range(len(LANGUAGES)), key=lambda k: (scores[0][k], scores[-1][k], -k))
    return LANGUAGES[best]


def dominant_language(text: str) -> str | None:
    """The language of one passage (a page's summary, H2164k) when its function words are
    clearly one language's: at least `_MIN_PASSAGE_WORDS` of them and `_PASSAGE_MARGIN` times
    those of the next language; None when they are few or mixed."""
    scores = _scores(text)
    ranked = sorted(range(len(LANGUAGES)), key=lambda k: -scores[k])
    best, second = scores[ranked[0]], scores[ranked[1]] if len(ranked) > 1 else 0
    return LANGUAGES[ranked[0]] if best >= _MIN_PASSAGE_WORDS and best >= _PASSAGE_MARGIN * second else None


_MIN_PASSAGE_WORDS = 8
_PASSAGE_MARGIN = 3


def _by_script(text: str) -> str:
    """Russian for a text written mostly in Cyrillic (the one lexicon of that script: a short
    title and two labels hold none of its function words), else English."""
    letters = _LETTERS.findall(text)
    return "ru" if letters and 2 * len(_CYRILLIC.findall(text)) > len(letters) else FALLBACK


def _chinese(text: str) -> bool:
    """A share of CJK ideographs among the characters that are not spaces."""
    ideographs = len(_IDEOGRAPHS.findall(text))
    return ideographs > 0.2 * max(1, len(text) - len(_SPACE.findall(text)))


def _scores(text: str) -> list[int]:
    """For each language of `LANGUAGES`, how many of the first 5,000 words of `text` are its
    function words."""
    counts = Counter(_WORD.findall(text.lower())[:5000])
    found = counts.keys()
    return [sum(counts[w] for w in found & own(code).detect_words) for code in LANGUAGES]


def _body(counted: list[int], lines: list[str], sizes: list[int]) -> list[int]:
    """The counted lines from the first turn marker on, when they are a real part of the text."""
    for n, i in enumerate(counted):
        line = lines[i]
        if _LABEL_MARKER.match(line) or "-->" in line and _CUE_TIMING.search(line):
            body = counted[n:]
            if n and 4 * sum(sizes[k] for k in body) >= sum(sizes[k] for k in counted):
                return body
            return []  # (from the first line: the whole text, counted once)
    return []


# Lines shorter than this are menu rows, switcher entries and buttons, not sentences.
_MENU_LINE_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+")
_IDEOGRAPHS = re.compile(r"[\u4e00-\u9fff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LETTERS = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")
# Turn markers: a speaker label opening a line (one to five words before a colon), a caption timing.
_LABEL_MARKER = re.compile(
    r"[ \t\u00a0]*(?:\*\*)?[^\W\d_][\w.'’\-]*(?:[ \u00a0][\w.'’\-()]+){0,4}[ \u00a0]?(?:\*\*)?[:：](?!//)")
_CUE_TIMING = re.compile(r"\d\d:\d\d:\d\d[,.]\d{3}[ \t]*-->")


def _sample_lines(doc, limit: int = 20000) -> list[str]:
    lines, size = [], 0
    for block in doc.blocks:
        # a reader that already makes turns (subtitles): their paragraphs are the speech
        for part in getattr(block, "paragraphs", None) or (block,):
            text = getattr(part, "text", "")
            lines.extend(text.split("\n"))
            size += len(text)
        if size > limit:
            break
    return lines
