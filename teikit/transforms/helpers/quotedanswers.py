"""An interview whose answers are printed as quotations (L212x).

Italian, French and German papers print an unlabeled interview's answers inside quotation
marks, each answer paragraph opening with `«` (or `“`, `„`, `"`), the questions bare:

    Perché nel libro Uffa è senza punto esclamativo?
    «Perché l'Uffa! originale era uno scatto nervoso …»
    È un'espressione che indica un certo snobismo?
    «La seconda che ha detto».

The unlabeled-interview rule (`qa_turns`) wants questions shorter than answers, so that a
speech's rhetorical questions are not read as an interview; short answers ("«Sì».") or a
capture cut inside an answer break that. When every paragraph that asks nothing, from the
first question on, opens with a quotation mark, the answers are marked as such, and their
length is no longer needed as evidence.

Also here (L211x): the lead above an interview printed a question or an answer a line, whose
own lines (an image credit) need not end like sentences (`lead_above_questions`).
"""
from __future__ import annotations

import re

from teikit.model import HeaderKind, HeaderLine, Paragraph
from teikit.transforms.helpers.interviewlead import QUESTION_END
from teikit.transforms.helpers.lines import first_texts, line_text, lines_of, plain_paragraphs

QUOTE_OPENINGS = ("«", "“", "„", '"', "»", "<")  # (German prints »answer«; "< answer >", P344a)
# Answers wrapped in marks, at least this many, tell the sides apart (P344a).
MIN_MARKED_ANSWERS = 3
# A stage note in brackets before an answer's opening mark ("(ride) «La Juventus.", "(mostra il petto)" Assolutamente").
_LEADING_NOTE = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?")


def marked(text: str) -> bool:
    """The paragraph opens with a quotation mark or an angle bracket, after a stage note (L771c)."""
    return text[_LEADING_NOTE.match(text).end():].startswith(QUOTE_OPENINGS)


def quoted_answers(texts: list[str], asks: list[bool]) -> bool:
    """`texts`: the paragraphs from the first question on; `asks`: which are questions.
    True when there are answers and each opens with a quotation mark."""
    answers = [t.lstrip() for t, a in zip(texts, asks) if not a]
    return bool(answers) and all(t.startswith(QUOTE_OPENINGS) for t in answers)


def questions_by_marked_answers(texts: list[str], asks: list[bool]) -> list[bool]:
    """(P344a) When the answers are the paragraphs that open with a quotation mark or an angle
    bracket (at least `MIN_MARKED_ANSWERS`, none ending with a question mark) and at least two
    other paragraphs ask, the mark tells the sides apart: a paragraph without it is the
    interviewer's, asking or not ("Atalanta e Lecce al Picco. … Picco decisivo."). `texts`: the
    paragraphs; `asks`: which end with a question mark."""
    if True not in asks:
        return asks
    first = asks.index(True)  # (a lead above the first question stays as it is)
    opened = _quoted_paragraphs(texts[first:], asks[first:])
    answers = [a for m, a in zip(opened, asks[first:]) if m]
    if len(answers) < MIN_MARKED_ANSWERS or any(answers) or sum(asks) < 2:
        return asks  # few marked answers, an answer that asks, or one question only
    top = _exchange_above(texts[:first])
    return asks[:top] + [not marked(t) for t in texts[top:first]] + [not m for m in opened]


# A quotation closed at the end of a paragraph: its mark, then at most a stop.
_CLOSED = re.compile(r"[”»«\"“’>][.!?…]?\s*$")


def _quoted_paragraphs(texts: list[str], asks: list[bool]) -> list[bool]:
    """Which paragraphs are inside quotation marks: those that open with one, and, as a
    quotation of several paragraphs is printed, those that ask nothing after a quoted
    paragraph left open, up to the one that closes it (the closing mark only at the end of
    the last: "“Da molto prima …" / "Altra condizione … mai!”", P1235h). A quotation never
    closed so continues nothing."""
    out = [marked(t) for t in texts]
    n = 0
    while n < len(texts):
        if not out[n] or _CLOSED.search(texts[n]):
            n += 1
            continue
        end = n + 1  # the quotation opened at n runs on: where does it close?
        while end < len(texts) and not out[end] and not asks[end] and not _CLOSED.search(texts[end]):
            end += 1
        if end < len(texts) and not out[end] and not asks[end] and end > n:
            out[n + 1:end + 1] = [True] * (end - n)
        n = end
    return out


def _exchange_above(texts: list[str]) -> int:
    """(L771c) Where the interview starts above its first question: the paragraphs just above
    it that alternate a bare greeting and a marked answer ("Buongiorno Antonio. Grazie …" /
    "«Figurati! …»"), the last one marked; a lead over the first question is bare, so stays."""
    top = len(texts)
    while top >= 2 and marked(texts[top - 1]) and not marked(texts[top - 2]):
        top -= 2
    return top


def lead_above_questions(items: list, most: int) -> int:
    """(L211x) How many paragraphs stand above the paragraph that holds the first line ending with a
    question mark, when they are at most `most`: a news lead, an image's
    caption or a biography box, whose lines need not end like sentences (0 otherwise)."""
    for n, item in enumerate(items[:most + 1]):
        if type(item) is Paragraph and any(QUESTION_END.search(line_text(line).strip()) for line in lines_of(item)):
            return n
    return 0


# The lead's last line: a sentence of a few words that ends with a colon ("The manager spoke to
# the press ... and started by giving an update on the injury situation:").
MIN_LEAD_WORDS = 4


def lead_over_quotations(speech: list) -> list[HeaderLine]:
    """(P2141k) An unlabelled page whose speech is printed as quotations, one opening mark a
    paragraph ("“Unfortunately, we got some bad news.", "“It is a challenge."; a club prints
    its manager's answers without the questions), under a writer's sentence that ends with a
    colon: that sentence is the page's lead (a summary line), not the speaker's words. Needs
    the paragraph right after it and most of those below (at least MIN_MARKED_ANSWERS) to open
    with a quotation mark; [] otherwise (a speech that quotes a letter keeps its own words)."""
    if len(speech) <= MIN_MARKED_ANSWERS or not plain_paragraphs(speech[:2]):
        return []
    lines = first_texts(speech[0])
    text = lines[-1].strip()
    if len(lines) != 1 or marked(text) or not text.endswith((":", "：")) or len(text.split()) < MIN_LEAD_WORDS \
            or "?" in text or not marked(first_texts(speech[1])[0]):
        return []
    quoted = sum(type(b) is Paragraph and marked(first_texts(b)[0]) for b in speech[1:])
    if quoted < MIN_MARKED_ANSWERS or 2 * quoted <= len(speech) - 1:
        return []
    return [HeaderLine(kind=HeaderKind.SUMMARY, text=text, line=speech[0].line)]


# A lead over one quoted speech holds at most this many paragraphs before its colon line.
MAX_LEAD_PARAGRAPHS = 2
MAX_ANNOUNCING_WORDS = 8


def lead_over_quoted_speech(speech: list) -> int:
    """(H2564m) A newspaper gives a speaker's remarks in full as ONE quotation over several
    paragraphs, opened at the first and closed at the last ("“Vi ringrazio. …" … "Grazie e buon
    lavoro”."), under a short line of its own that ends with a colon ("Ecco il suo intervento:",
    "Here are his remarks:") and at most MAX_LEAD_PARAGRAPHS lead paragraphs: the number of
    paragraphs above the quotation, the writer's, not speech (0 when not so). One quotation
    mark in the lead or a quotation closed before the last paragraph keeps it all speech. The
    speech is read up to a site's block under it (a comment form)."""
    end = next((k for k, b in enumerate(speech) if type(b) is not Paragraph), len(speech))
    if end < 3 or not plain_paragraphs(speech[:end]):
        return 0
    texts = [" ".join(first_texts(b)).strip() for b in speech[:end]]
    opened = next((k for k, t in enumerate(texts) if marked(t)), None)
    if opened is None or not 1 <= opened <= MAX_LEAD_PARAGRAPHS + 1 or not texts[opened].startswith(("“", "«", "„")):
        return 0
    colon = texts[opened - 1]
    if not colon.endswith((":", "：")) or len(colon.split()) > MAX_ANNOUNCING_WORDS \
            or any(q in t for t in texts[:opened] for q in '“”«»„"'):
        return 0
    closes = [k for k in range(opened, len(texts)) if _CLOSED.search(texts[k])]
    return opened if closes == [len(texts) - 1] else 0
