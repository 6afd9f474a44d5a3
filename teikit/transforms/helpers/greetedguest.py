"""The answerer of an unlabeled interview, named by the greeting that opens it (N810c).

An interview printed without labels, its answers in quotation marks or its questions ending
with a question mark, often opens by greeting the guest: "Buongiorno Antonio. Grazie per …",
"Guten Tag, Herr Weber.", "Hello, Tom.". That name is the answer voice's. Only a name right
after a greeting word (lexicon `greeting_words`) at the very start of the first turn is read,
never one from the middle of a turn; the turns must alternate, the interviewer's first.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.answerer import ends_asking
from teikit.transforms.helpers.attribution import add_person
from teikit.transforms.helpers.quotedanswers import MIN_MARKED_ANSWERS, marked

# A greeted name is at most this many words ("Buongiorno Antonio Cassano.").
MAX_NAME_WORDS = 3
# An interview without marked answers asks at least this many questions.
MIN_QUESTIONS = 2
_NAME_END = re.compile(r"[.,!;:]")


def greeted_name(text: str, lex: Lexicon) -> str | None:
    """The name a greeting at the start of `text` addresses: "Bonjour Marie, …" -> "Marie",
    "Guten Tag, Herr Weber." -> "Weber"; None when no greeting opens the text or no name
    (capitalised name words, after forms of address) follows it before a stop or a comma."""
    start = text.lstrip("\"“«-–— ")
    lowered = start.lower()
    greeting = next((g for g in lex.greeting_words if lowered.startswith(g)
                     and not start[len(g):len(g) + 1].isalnum()), None)
    if greeting is None:
        return None
    rest = start[len(greeting):].lstrip(",! ")
    stop = _NAME_END.search(rest[:80])
    if stop is None:
        return None
    words = rest[:stop.start()].split()
    honorifics = nm.folded(lex, "honorifics")
    while words and nm.fold(words[0]) in honorifics:
        words = words[1:]  # "Herr", "Monsieur", "Mr."
    if not 1 <= len(words) <= MAX_NAME_WORDS or not all(w[:1].isupper() and nm.is_name_word(w, lex) for w in words) \
            or nm.fold(words[-1]) in nm.folded(lex, "discourse_words"):
        return None
    return " ".join(words)


def _opening(turn: Turn) -> str:
    return next((p.text for p in turn.paragraphs if isinstance(p, Paragraph)), "")


def _alternating_interview(turns: list[Turn]) -> bool:
    """The even turns ask, the odd ones answer: every answer opens with a quotation mark (at
    least `MIN_MARKED_ANSWERS`, no question marked), or, without marks, at
    least `MIN_QUESTIONS` even turns ask and no odd turn does."""
    asks, answers = turns[0::2], turns[1::2]
    if len(answers) >= MIN_MARKED_ANSWERS and all(marked(_opening(t)) for t in answers):
        return not any(marked(_opening(t)) for t in asks)
    return sum(map(ends_asking, asks)) >= MIN_QUESTIONS and not any(map(ends_asking, answers))


def name_greeted_answerer(turns: list[Turn], people: list, persons: list, lex: Lexicon) -> None:
    """Point the answers of an unlabeled interview at the guest its first turn greets by name."""
    if len(turns) < 2 * MIN_QUESTIONS or any(t.label is not None or t.who is not None for t in turns):
        return
    name = greeted_name(_opening(turns[0]), lex)
    if name is None or not _alternating_interview(turns):
        return
    add_person((nm.fold(name.split()[-1]),), people, persons, turns[1::2], name=name)
