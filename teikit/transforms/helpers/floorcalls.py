"""A member's speech printed without its name line, after the chair's call (T1455i).

Parliamentary sites print the chair's label alone over the call that gives a member the
floor, then the member's name line over the speech:

    De voorzitter
    Mevrouw Roe heeft het woord.
    Ann Roe (Groen)
    Voorzitter, ...

A page may drop a member's name line. The speech then follows the chair's call in the chair's
turn; it is the called member's, not the chair's: when a chair's turn opens with a call alone
in its paragraph (the lexicon's `floor_calls`: "{name} heeft het woord", "Das Wort hat
{name}", "{name} has the floor") and goes on, what follows the call is an unlabelled turn
named by the call (`Turn.name`; the persons pass names the turn by it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.memberlabels import chair_alone, chair_with_article

# The name a call gives: one to five words, the last capitalised; honorifics and articles
# before it are dropped ("De heer Roe", "Frau Kollegin Roe-Berg").
_NAME = r"(?P<name>(?:[^\s.!?]+ ){0,4}[^\W\d_][\w'’\-]+)"
MAX_NAME_WORDS = 3


@lru_cache(maxsize=None)
def _call_patterns(lex: Lexicon) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(rf"\s*{call.replace('{name}', _NAME, 1)}\s*[.!]?\s*", re.IGNORECASE)
                 for call in lex.floor_calls)


def called_name(text: str, lex: Lexicon) -> str | None:
    """The member a chair's call alone in its paragraph gives the floor to, or None."""
    for pattern in _call_patterns(lex):
        m = pattern.fullmatch(text)
        if m is None:
            continue
        words = [w for w in m.group("name").split() if w.lower() not in lex.honorifics
                 and w.lower() not in lex.articles and w.lower() not in lex.chair_words]
        if 1 <= len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() for w in words):
            return " ".join(words)
    return None


def split_called_speeches(doc: Transcript, lex: Lexicon) -> None:
    """A chair's turn that opens with a call and goes on: the rest is the called member's
    unlabelled turn."""
    if not lex.floor_calls:
        return
    out: list = []
    for block in doc.blocks:
        out.append(block)
        if type(block) is not Turn or len(block.paragraphs) < 2 or not _chair(block.name or "", lex):
            continue
        first = block.paragraphs[0]
        if type(first) is not Paragraph or len(first.content) != 1 or type(first.content[0]) is not Text:
            continue
        name = called_name(first.content[0].text, lex)
        if name is None:
            continue
        said = block.paragraphs[1:]
        del block.paragraphs[1:]
        out.append(Turn(label=None, name=name, line=getattr(said[0], "line", 0), paragraphs=said))
    doc.blocks = out


def _chair(name: str, lex: Lexicon) -> bool:
    base = name.rstrip(".:- ")
    return chair_with_article(base, lex) or chair_alone(base, lex)
