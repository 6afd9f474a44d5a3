"""The opening speech the first labelled speaker answers by name (N443a).

A page can begin inside an exchange: a radio host's first words are printed without a label
("They tell me that Anthony Albanese is on the line. ... Are you?"), or a council record's page
opens in the middle of a member's speech, which the chair then interrupts. The first label
replies to that speech by addressing its speaker: "ANTHONY ALBANESE, PRIME MINISTER: G'day
John.", "Vorsitzender GR Mag Dietbert Kowarik (unterbrechend): Kollege Deutsch! ...". When every
label of the text is one of two people, the one unlabeled turn before the first label speaks
(a first- or second-person word or a greeting: lexicon `spoken_words`), the first labelled
turn is by one of them and opens with a short address to the other (a first sentence of at
most `MAX_ADDRESS_WORDS` words holding a word of the other's name, none of its own, and no
word that sends the floor on: lexicon `address_words`, "to"), and that other speaks next, the
opening is the other's. A chair who calls the next speaker ("Zum Wort gemeldet ist Herr GR
Jung.") or a host who hands over ("Let's go ahead. Tracy?") names who speaks after, not
before, and is no address; nor is anything taken from a narration (no spoken word) or from a
text with more voices.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Person, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.recordopening import spoken

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A name word shorter than this is no evidence of naming ("Al", "Jo" in other words).
MIN_NAME_WORD = 3
# An address opening a reply is a sentence of at most this many words ("G'day John.").
MAX_ADDRESS_WORDS = 3
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def attribute_opening_reply(turns: list[Turn], persons: list[Person], lex: Lexicon) -> None:
    if len(turns) < 3 or turns[0].label is not None or turns[0].who is not None or turns[1].label is None:
        return
    labelled = [t for t in turns[1:] if t.label is not None]
    if any(t.who is None for t in labelled) or len({t.who for t in labelled}) != 2:
        return  # a generic voice or a third person: no two-party exchange
    replier, opener = turns[1].who, next(t.who for t in labelled if t.who != turns[1].who)
    if turns[2].who != opener:
        return
    by_id = {p.id: p for p in persons}
    if not (by_id.get(opener) and by_id[opener].name and by_id.get(replier)):
        return
    if not any(spoken(p.text, lex) for p in turns[0].paragraphs if isinstance(p, Paragraph)):
        return
    if _addresses(_first_text(turns[1]), by_id[opener], by_id[replier], lex):
        turns[0].who = opener


def _addresses(text: str, other: Person, own: Person, lex: Lexicon) -> bool:
    """`text` opens with a short sentence holding a word of `other`'s name that is no word of
    `own`'s, and no word of the lexicon's `address_words` ("Over to John.")."""
    words = _WORD.findall(_SENTENCE_END.split(text.strip(), maxsplit=1)[0])
    sending = lex.pattern("address_words") if lex.address_words else None
    if not words or len(words) > MAX_ADDRESS_WORDS or sending and any(sending.fullmatch(w) for w in words):
        return False
    theirs = {nm.fold(w) for w in other.name.split() if len(w) >= MIN_NAME_WORD}
    theirs -= {nm.fold(w) for w in (own.name or "").split()}
    return any(nm.fold(w) in theirs for w in words)


def _first_text(turn: Turn) -> str:
    return next((p.text for p in turn.paragraphs if isinstance(p, Paragraph)), "")
