"""Front lines over a transcript printed without labels that read as speech but are the page's
(cv-dev66): a video page's description under its title printed again (H2566m), and a post's
lead and transcript heading that end with colons over the speech (H2567m). Each returns the
number of opening paragraphs that are the page's, 0 when the shape is not there."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph
from teikit.transforms.helpers.lines import first_texts, plain_paragraphs

MAX_FRONT_LINES = 3
# An announcing line holds at least this many words, or ideographs in a caseless script.
MIN_ANNOUNCING_WORDS = 4
MIN_ANNOUNCING_CHARS = 6
MAX_HEADING_CHARS = 20
_CJK = re.compile(r"[\u3400-\u9fff]")
# A numbered section heading: "1.管理层汇报", "2. Domande" (no sentence mark after it).
_NUMBERED_HEADING = re.compile(r"\d{1,2}[.、．][ \u00a0]?[^.。!?！？:：,，]{1,%d}" % MAX_HEADING_CHARS)


def _texts(speech: list) -> list[str]:
    """Each opening paragraph's text, up to the first block that is no plain paragraph."""
    end = next((k for k, b in enumerate(speech) if type(b) is not Paragraph), len(speech))
    return [" ".join(first_texts(b)).strip() for b in speech[:end]] if plain_paragraphs(speech[:end]) else []


def description_under_title(header: list, speech: list, lex: Lexicon) -> int:
    """(H2566m) A video page prints its title, a button, the title again, then the video's
    description and the transcript: the first of two paragraphs or more right under the title
    printed again is the description when it ends as a sentence and holds none of the words
    only a speaker says (lexicon `spoken_words`: "io", "noi", "voi"); 1 then, else 0."""
    lines = [h for h in header if isinstance(h, HeaderLine)]
    texts = _texts(speech)
    title = lines[0].text.strip() if lines else ""
    if len(texts) < 2 or len(lines) < 2 or lines[-1].text.strip() != title or not lex.spoken_words \
            or not any(c.isalpha() for c in title):
        return 0  # (a title printed again: not a "---" fence closing front matter)
    if not texts[0].endswith((".", "!", "?", "。", "！", "？")):
        return 0  # "INTRODUZIONE DEL PRESIDENTE ROE:": a heading over the speech, no description
    return 0 if lex.pattern("spoken_words", 0).search(texts[0]) else 1


def announcing_front(speech: list, lex: Lexicon) -> int:
    """(H2567m) A post over a transcript printed without labels: its one-line lead and the
    heading of the transcript each end with a colon ("… 电话会要点如下:", "Here is the call's
    original text:"), at most MAX_FRONT_LINES of them, then perhaps a numbered section heading
    ("1.管理层汇报"): those paragraphs are the page's; the speech begins below. Each colon line
    holds MIN_ANNOUNCING_WORDS words (or MIN_ANNOUNCING_CHARS characters in ideographs) and no
    word only a speaker says; speech must follow."""
    texts = _texts(speech)
    front = 0
    for k, text in enumerate(texts[:MAX_FRONT_LINES]):
        if not text.endswith((":", "：")) or "\n" in text:
            break
        if len(text.split()) < MIN_ANNOUNCING_WORDS and not (_CJK.search(text) and len(text) >= MIN_ANNOUNCING_CHARS):
            break
        if lex.spoken_words and lex.pattern("spoken_words", 0).search(text):
            break
        if not _CJK.search(text) and text.upper() == text and text.lower() != text:
            break  # "INTRODUZIONE DEL PRESIDENTE ROE:": a heading in capitals names the speaker below
        front = k + 1
    if front and front < len(texts) and _NUMBERED_HEADING.fullmatch(texts[front]):
        front += 1
    return front if 0 < front < len(texts) else 0


def front_lines(blocks: list, last: K) -> list[HeaderLine]:
    """The page's opening paragraphs as header lines: summaries, the last of kind `last`."""
    lines = [(t.strip(), b.line + n if b.line else 0) for b in blocks for n, t in enumerate(first_texts(b)) if t.strip()]
    return [HeaderLine(kind=last if k + 1 == len(lines) else K.SUMMARY, text=t, line=n)
            for k, (t, n) in enumerate(lines)]
