"""A dashed interview that opens with an exchange of greetings (T2240l).

A TV or radio interview printed as text often opens with the host greeting the guest and
the guest greeting back, each after a dialogue dash and without names:

    – Здравствуйте, Алексей Владимирович.
    – Здравствуйте, уважаемый Сергей Витальевич.
    – Спасибо, что нашли время ...

No question is asked yet, so the interview tests of `unnamedturns.split_dash_turns` (questions
and answers taking turns) find no evidence in a page cut after the first question. Two dashed
lines in a row that each open with a greeting word (lexicon `greeting_words`) are two voices:
one person does not greet twice. A list's dashed points do not open with greetings.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon

MIN_GREETED_DASHES = 3  # the two greetings and at least one more dashed line
_DASH = re.compile(r"^[-–—\u0336][ \u00a0]+")


def greeting_exchange(dashed: list[str], lex: Lexicon | None, asks) -> bool:
    """`dashed`: the lines opening with a dialogue dash, in reading order; `asks(text)`: the
    line ends with a question. True when the first two open with a greeting, at least one
    more dashed line follows them, and none asks: where questions are asked, the interview
    tests of `split_dash_turns` and the later passes read the exchange."""
    if lex is None or not lex.greeting_words or len(dashed) < MIN_GREETED_DASHES \
            or any(asks(text.rstrip()) for text in dashed):
        return False
    greets = re.compile(r"(?:" + lex.alternation("greeting_words") + r")\b", re.IGNORECASE)
    return all(greets.match(_DASH.sub("", text, count=1)) is not None for text in dashed[:2])
