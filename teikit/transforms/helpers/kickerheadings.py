"""Kicker headings that name each speaker of an unlabeled page (L197u).

A sports paper prints the statements of a club's staff each under a kicker in capitals that
ends with a dash, the same word or two and then the speaker's name:

    PARLA ALESSIO —
    "Conte is always ready ..."
    PARLA CARRERA —
    "We are focused on the record ..."

No label is printed. When at least `MIN_KICKERS` paragraphs of one line are such kickers (in
capitals, at most `MAX_KICKER_WORDS` words before a final spaced dash), all opening with the
same words and each ending with a different name, each kicker is a heading outside the turns
and the paragraphs under it one unlabeled turn, its speaker the name the kicker ends with;
the paragraphs before the first kicker are the writer's lead (summary lines of the header).
"""
from __future__ import annotations

import re

from teikit.model import Heading, Paragraph, Text, Turn
from teikit.transforms.helpers.dashedquestions import writers_lead
from teikit.transforms.helpers.lines import line_text

MIN_KICKERS = 2
MAX_KICKER_WORDS = 5
_KICKER = re.compile(r"^(\S+(?:[ \u00a0]\S+)*?)[ \u00a0]+[—–-]$")


def _kicker_words(item) -> list[str] | None:
    if type(item) is not Paragraph or len(item.content) != 1 or type(item.content[0]) is not Text:
        return None
    text = item.content[0].text.strip()
    if not text[-1:] in "—–-" or not text.isupper():
        return None
    m = _KICKER.match(text)
    words = m.group(1).split() if m else []
    return words if 2 <= len(words) <= MAX_KICKER_WORDS and all(w.isalpha() for w in words) else None


def kicker_names(texts: list[str]) -> dict[str, str]:
    """The speaker's name of each kicker among `texts` ("PARLA ALESSIO —" -> "Alessio"),
    when at least `MIN_KICKERS` of them share their opening words and end with different
    names; {} otherwise."""
    found: dict[str, list[str]] = {}
    for text in texts:
        words = _kicker_words(Paragraph(content=[Text(text)]))
        if words:
            found[text] = words
    if len(found) < MIN_KICKERS:
        return {}
    shared = _shared_opening(list(found.values()))
    if not shared:
        return {}
    names = {text: " ".join(w.capitalize() for w in words[shared:]) for text, words in found.items()}
    return names if len(set(names.values())) == len(names) else {}


def _shared_opening(kickers: list[list[str]]) -> int:
    """How many opening words every kicker shares, leaving each at least one word of name."""
    n = 0
    while all(len(k) > n + 1 for k in kickers) and len({k[n] for k in kickers}) == 1:
        n += 1
    return n


def split_at_kickers(turn: Turn) -> list | None:
    """The unlabeled turn as its lead (summary lines) and, per kicker, a heading and the
    turn of the paragraphs under it; None when the turn prints no such kickers."""
    items = turn.paragraphs
    if turn.lead_notes:
        return None  # (a delivery note after no label: the turn is kept as it is)
    positions = [n for n, item in enumerate(items) if _kicker_words(item)]
    if len(positions) < MIN_KICKERS or not kicker_names([line_text(items[n].content).strip() for n in positions]):
        return None
    if any(b - a < 2 for a, b in zip(positions, positions[1:])) or positions[-1] == len(items) - 1:
        return None  # each kicker over speech of its own
    lead = items[:positions[0]]
    out = writers_lead(lead)
    if out is None:  # a lead with notes: a turn of its own, as printed
        out = [Turn(label=None, line=turn.line, paragraphs=list(lead))]
    for start, end in zip(positions, positions[1:] + [len(items)]):
        kicker = items[start]
        out.append(Heading(kicker.content[0].text.strip(), level=2))
        out.append(Turn(label=None, line=items[start + 1].line, paragraphs=list(items[start + 1:end])))
    return out
