"""A short dashed interview: a news lead, then a question and its answer, each after a dash.

`unnamedturns.split_dash_turns` reads dashed turns from four lines on (two questions, two
answers: an exchange, not a list of points). A page cut after the first exchange, or a
short interview, prints fewer: its evidence is then the order and the lead. The dashed
lines alternate, a question first ("- Where will it be?" / "- In Geneva."), and the lead
paragraph before them names the occasion (lexicon `occasions`: "interview", "интервью",
"entretien"), as an agency's interview story opens, or who answers, in an answering sentence
that introduces one person by office (`answeringlead`: "… "Ъ" рассказал гендиректор «Ромашки»
Иван Петров.", T2541m).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Transcript
from teikit.transforms.helpers.answeringlead import answering_subject
from teikit.transforms.helpers.lines import line_text

MIN_SHORT_EXCHANGE = 2
MIN_LEAD_WORDS = 8


def short_exchange(doc: Transcript, dashed: list[str], asks, lex: Lexicon) -> bool:
    """`dashed`: the lines opening with a dash; `asks(text)`: the line ends with a question."""
    if len(dashed) < MIN_SHORT_EXCHANGE or any(bool(asks(text)) != (i % 2 == 0) for i, text in enumerate(dashed)):
        return False
    leads = _leads(doc, dashed[0])
    if not leads:
        return False
    # the first names the occasion, or the last, right above the exchange, who answers: "…, "Ъ"
    # рассказал гендиректор «Ромашки» Иван Петров." (T2541m)
    return lex.occasions != () and lex.pattern("occasions").search(leads[0]) is not None \
        or answering_subject(leads[-1:], lex) is not None


def _leads(doc: Transcript, first_dashed: str) -> list[str]:
    """The paragraphs of prose before the first dashed line (a headline's quotation is one)."""
    out = []
    for block in doc.blocks:
        if type(block) is not Paragraph:
            continue
        text = line_text(block.content)
        if text.startswith(first_dashed):
            break
        words = text.split()
        if len(words) >= MIN_LEAD_WORDS and text.rstrip()[-1:] in ".!?…»\"”":
            out.append(text)
    return out


# A body of dashed prose: at least this many dashed lines, every line from the first of them
# on dashed, each line this many words on average, and half of them two sentences or more.
MIN_BODY_DASHES = 4
MIN_BODY_WORDS = 10
MIN_ASKED_BODY = 3  # a question, its answer, the next question
_ASKS = re.compile(r"[?？][\"”»’)]*\s*$")
_SENTENCE_INSIDE = re.compile(r"[.?!…][\"”»’)]*[ \u00a0]+[^\W\d_a-zà-ÿа-я]")


def dialogue_body(lines: list[str], is_dashed) -> bool:
    """A transcript printed as dialogue dashes without labels (an automatic transcript, a
    radio page: "- Bonjour. Vous êtes ... ?" / "- Oui. ..."): from its first dashed line on,
    every line opens with a dash, and the lines are prose of several sentences, not the short
    points of a list. `lines`: the first text of every line of the document, in reading
    order; `is_dashed(text)`: the line opens with a dialogue dash."""
    first = next((i for i, text in enumerate(lines) if is_dashed(text)), None)
    if first is None:
        return False
    body = [text for text in lines[first:] if text.strip()]
    # a capture cut after the first exchange: three dashed lines, opened by a question (L2122k)
    asked = len(body) >= MIN_ASKED_BODY and _ASKS.search(body[0]) is not None
    if (len(body) < MIN_BODY_DASHES and not asked) or not all(is_dashed(text) for text in body):
        return False
    words = sum(len(text.split()) for text in body) / len(body)
    several = sum(1 for text in body if _SENTENCE_INSIDE.search(text))
    return words >= MIN_BODY_WORDS and several * 2 >= len(body)
