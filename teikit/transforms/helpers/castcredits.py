"""A cast credit names who plays each labelled part (N2444m). A satirical sketch, a radio play or
a dramatised reading prints its players before the dialogue, each part after the player's name
and the lexicon's `cast_links` ("as", "dans le rôle de"):

    ANN LEE AS THE INTERVIEWER, TOM ROE AS PRIME MINISTER JOHN SMITH.

    INTERVIEWER: Prime Minister, thanks for your time.
    JOHN SMITH: Good to be here.

The labels are the parts; the speakers are the players: the person of `JOHN SMITH:` is Tom Roe,
the part ("Prime Minister John Smith") their role. The line must be credits only, each entry a
name of two to four words, the link and a part that ends with the label's words, before the
part's first turn; a sentence that says someone acts as something ("He served as the
interviewer") names no one.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import Paragraph, Person, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.holders import display
from teikit.transforms.helpers.presiding import name_of_words, shown

# A cast line is short: a few credits.
MAX_LINE_CHARS = 300


def players(people: list[Person], doc: Transcript, lex: Lexicon) -> None:
    """Each labelled person whose label is the part of one credit gets the player's name."""
    if not lex.cast_links:
        return
    credits, first = _credit_lines(doc, lex)
    for person in people:
        if not credits or not person.labels or person.group or person.interpreter:
            continue
        part = tuple(nm.fold(w) for w in nm.label_words(person.labels[0]))
        at = first.get(person.id, len(doc.blocks))
        found = {nm.fold(name): (name, played) for k, name, played in credits if k < at and _plays(played, part, lex)}
        if len(found) == 1:
            person.name, played = next(iter(found.values()))
            person.role = _part_role(played, part, lex) or person.role


def _credit_lines(doc: Transcript, lex: Lexicon) -> tuple[list[tuple[int, str, str]], dict[str, int]]:
    """(block index, player, part) of every credit, and the index of each speaker's first turn:
    one walk of the document for all the labels."""
    credits: list[tuple[int, str, str]] = []
    first: dict[str, int] = {}
    for k, block in enumerate(doc.blocks):
        if isinstance(block, Turn):
            first.setdefault(block.who, k)
            lines = [p.text for p in block.paragraphs if isinstance(p, Paragraph)]
        else:
            lines = [block.text] if isinstance(getattr(block, "text", None), str) else []
        credits.extend((k, name, played) for line in lines for name, played in _credits(line, lex))
    return credits, first


def _part_role(played: str, label: tuple[str, ...], lex: Lexicon) -> str | None:
    """The part as the role when it says more than the label ("Prime Minister John Smith" for
    JOHN SMITH), its article left out; None for the label's own words ("THE INTERVIEWER")."""
    words = played.split()
    while words and nm.fold(words[0]) in nm.folded(lex, "articles"):
        words = words[1:]
    return display(" ".join(words), lex) if len(words) > len(label) else None


def _credits(line: str, lex: Lexicon) -> list[tuple[str, str]]:
    """(player, part) of each entry of a line made of cast credits only, else []."""
    text = line.strip().rstrip(".")
    if not text or len(text) > MAX_LINE_CHARS:
        return []
    link = compiled_once(rf"\s(?:{lex.alternation('cast_links')})\s", re.IGNORECASE)
    out = []
    for entry in re.split(r"\s*[,;]\s*", text):
        player, linked, part = (x.strip() for x in _split_once(entry, link))
        words = player.split()
        if not linked or not part or not name_of_words(words, lex):
            return []
        out.append((shown(words, lex), part))
    return out


def _split_once(entry: str, link: re.Pattern) -> tuple[str, str, str]:
    m = link.search(entry)
    return (entry[:m.start()], m.group(), entry[m.end():]) if m else (entry, "", "")


def _plays(part: str, label: tuple[str, ...], lex: Lexicon) -> bool:
    """The part ends with the label's words ("PRIME MINISTER JOHN SMITH" for JOHN SMITH)."""
    words = [nm.fold(w) for w in part.split()]
    return bool(label) and tuple(words[-len(label):]) == label and len(words) >= len(label)
