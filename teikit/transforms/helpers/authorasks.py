"""The page's one author asks the questions a generic voice carries (N441a).

A newspaper or school paper prints its interview with the questions under a generic voice
("Frage 1:", "Frage 2:", or the paper's own name "齐鲁晚报:") and credits its author once, above
or below the exchange: "本报记者 于涛" (the paper's reporter), "- Geschrieben von:" over "- Luca
Anger". The author asked the questions. Only a two-party exchange is read (the answers carry
at most one other speaker, or none), only when the page credits exactly one author, and only
when the voice asks (most of its turns end with a question mark): a press conference's
QUESTION voice is many journalists, and a wrong name is worse than none.
"""
from __future__ import annotations

import re
from typing import Callable

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import Boilerplate, EndLine, HeaderLine, Transcript, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.answerer import ends_asking
from teikit.transforms.helpers.attribution import add_person, normalised_label
from teikit.transforms.helpers.titlenames import names_in

_BULLET = " -–—•*·\t"
_IDEOGRAPHIC_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
# A credited name has at most this many words ("Luca Anger", "Anna Maria Roe").
MAX_NAME_WORDS = 4
# The asking voice asks at least this many questions.
MIN_QUESTIONS = 2


def name_author_asker(doc: Transcript, turns: list[Turn], people: list, lex: Lexicon,
                      generic: Callable[[str], bool]) -> None:
    """Point the generic voice's turns at the page's one credited author (see the module);
    `generic` tells a label that names no one (persons.is_generic)."""
    if not lex.author_credits:
        return
    # (the decisive test first, read up to a second speaker: a long record has many, and the
    # generic voices' turns, each label normalised, were gathered for nothing)
    if _speakers_beyond(turns, 1):
        return  # more than one other speaker: no two-party interview
    answers = {nm.fold(a) for a in lex.answer_labels}  # (folded once, not per turn)
    voiced = [t for t in turns if t.label is not None and t.who is None and generic(t.name or t.label)
              and nm.fold(normalised_label(t.name or t.label)) not in answers]
    if len(voiced) < MIN_QUESTIONS or 2 * sum(ends_asking(t) for t in voiced) < len(voiced):
        return
    authors = credited_authors(_page_lines(doc), lex)
    if len(authors) != 1:
        return
    name = authors[0]
    key = tuple(nm.fold(w) for w in name.split()[-1:]) if " " in name else (nm.fold(name),)
    if any(nm.same_person(key, k) for k, _ in people):
        return  # the author is a speaker of their own (an answerer, a host)
    add_person(key, people, doc.persons, voiced, name=name)


def _speakers_beyond(turns: list[Turn], most: int) -> bool:
    """More than `most` different speakers (ids) have turns."""
    seen: set[str] = set()
    for turn in turns:
        if turn.who is not None and turn.who not in seen:
            seen.add(turn.who)
            if len(seen) > most:
                return True
    return False


def _page_lines(doc: Transcript) -> list[str]:
    """The lines printed outside the turns: header, site lines, closing lines."""
    return [b.text for b in doc.blocks if isinstance(b, (HeaderLine, Boilerplate, EndLine))]


def credited_authors(lines: list[str], lex: Lexicon) -> list[str]:
    """The distinct names the lexicon's author credits give (`author_credits`), in order: the
    name after the credit on its line, or on the next line when the credit ends the line
    ("Geschrieben von:" / "Luca Anger")."""
    credit = compiled_once(rf"^(?:{lex.pattern('author_credits').pattern})\s*[:：]?\s*(.*)$", re.IGNORECASE)
    found: list[str] = []
    for k, line in enumerate(lines):
        m = credit.match(line.strip(_BULLET))
        if m is None:
            continue
        rest = m.group(1).strip() or (lines[k + 1].strip(_BULLET) if k + 1 < len(lines) else "")
        name = _one_name(rest, lex)
        if name and name not in found:
            found.append(name)
    return found


def _one_name(text: str, lex: Lexicon) -> str | None:
    """`text` when it is one personal name and nothing else."""
    text = text.strip(" .")
    if _IDEOGRAPHIC_NAME.fullmatch(text):
        return text
    words = text.split()
    return text if 2 <= len(words) <= MAX_NAME_WORDS and names_in(text, lex) == [text] else None
