"""A header field that lists the people who speak, each with a role (N950e): "Participantes:
Sebastián Chocho (Entrevistador) y Andrea Ordóñez (Docente)", "Guests: Ann Lee, Harbour Master,
and Tom Poe, Mayor", "Invités : Ann Lee (maire), Tom Poe (capitaine) et Jo Roe".

The field's name is one of the lexicon's `participant_fields`; its entries are split at
commas, semicolons, `&` and the lexicon's list joiners outside brackets. An entry is a name
with its role in brackets after it (`Name (Role)`), or a name alone, which the next entry gives
a role when that entry holds a role word and is no name (`Name, Role`). A label names the one
entry whose name opens or ends with the label's words: "Sebastián" is Sebastián Chocho,
"ROE" Ann Roe. Brackets inside a name ("Elizabeth (Jake) Feinler") hold a second name, no role.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.rolefields import name_initials, role_field
from teikit.transforms.helpers.roleshapes import role_vocabulary

# Emphasis marks around the field's name: "**Participantes:**", "__Guests__:".
_FIELD = re.compile(r"^[*_\s]*([^\W\d_][^:：()\n]{0,40}?)[*_\s]*[:：][*_\s]*(\S.*)$")
_BRACKETED_ROLE = re.compile(r"^(.+?)\s*\(([^()]{1,100})\)$")
MAX_ENTRIES = 20
MAX_NAME_WORDS = 5


@lru_cache(maxsize=1024)
def listed_people(text: str, lex: Lexicon) -> tuple[tuple[str, str | None], ...]:
    """(name, role or None) for each person a participants field lists; () for other lines.
    (Read once per line: every new speaker's label asks the header's lines.)"""
    m = _FIELD.match(text.strip())
    if m is None:
        return ()
    pieces = _pieces(m.group(2).strip(" *_."), lex)[:MAX_ENTRIES]
    if not lex.participant_fields or nm.fold(m.group(1).strip()) not in nm.folded(lex, "participant_fields"):
        return _bracketed_list(pieces, lex)
    out: list[tuple[str, str | None]] = []
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        bracketed = _BRACKETED_ROLE.match(piece)
        if bracketed and _name(bracketed.group(1), lex):
            out.append((bracketed.group(1), bracketed.group(2).strip()))
        elif _name(piece, lex):
            role = pieces[k + 1] if k + 1 < len(pieces) and _role(pieces[k + 1], lex) else None
            out.append((piece, role))
            k += role is not None
        k += 1
    return tuple(out)


def _bracketed_list(pieces: list[str], lex: Lexicon) -> tuple[tuple[str, str | None], ...]:
    """Under a field of any name ("Part One: Ann LEE (Harbour Board), Tom ROE (City)"), a list
    of two entries or more, each a name with its role in brackets, lists the speakers (N1033f)."""
    found = [(b.group(1), b.group(2).strip()) for piece in pieces
             if (b := _BRACKETED_ROLE.match(piece)) and _name(b.group(1), lex)]
    return tuple(found) if len(found) >= 2 and len(found) == len(pieces) else ()


def listed_person(key: tuple[str, ...], lines: list[str], lex: Lexicon) -> tuple[str, str | None] | None:
    """(name, role) of the one listed person whose name opens or ends with the label's key."""
    found = {}
    n = len(key)
    for line in lines:
        fielded = _role_field_entry(line, lex)
        entries = fielded or [(name, role, None) for name, role in listed_people(line, lex)]
        for name, role, short in entries:
            words = tuple(nm.fold(w) for w in re.sub(r"\([^()]*\)", " ", name).split())
            if n and len(words) >= n and (words[:n] == key or words[-n:] == key) \
                    or short is not None and key == (nm.fold(short),) \
                    or fielded and short is None and n == 1 and key[0] in {nm.fold(f) for f in name_initials(name)}:
                found.setdefault(words, (name, role))  # "TB:" for "Tom Baker (TB)" (L996e), "RD:" for "Ruth Ann Delacroix" (N1278h)
    return next(iter(found.values())) if len(found) == 1 else None


def _role_field_entry(line: str, lex: Lexicon) -> list[tuple[str, str, str | None]]:
    """[(name, role, short form)] of a role field ("Interviewer: Tom Baker (TB)", L996e)."""
    m = _FIELD.match(line.strip())
    found = role_field(m.group(1), m.group(2), lex) if m else None
    return [found] if found else []


def _pieces(value: str, lex: Lexicon) -> list[str]:
    """The value split at separators outside brackets (a role may hold a comma in them)."""
    joiners = "|".join(re.escape(w) for w in sorted(lex.list_joiners))
    splitter = re.compile(rf"\s*(?:[,;&]\s*(?:(?:{joiners})\s+)?|\s(?:{joiners})\s+)" if joiners else r"\s*[,;&]\s*")
    pieces, depth, start = [], 0, 0
    for m in re.finditer(r"[()]|" + splitter.pattern, value):
        token = m.group()
        if token in "()":
            depth = max(0, depth + (1 if token == "(" else -1))
        elif depth == 0:
            pieces.append(value[start:m.start()].strip())
            start = m.end()
    pieces.append(value[start:].strip())
    return [p for p in pieces if p]


def _name(text: str, lex: Lexicon) -> bool:
    """One to five capitalised words (a name in brackets among them), none a role word."""
    words = re.sub(r"\([^()]*\)", " ", text).split()
    vocab = role_vocabulary(lex)
    return 0 < len(words) <= MAX_NAME_WORDS and all(
        (w[:1].isupper() or nm.fold(w) in nm.folded(lex, "name_particles")) and nm.fold(w.strip(".")) not in vocab
        and not any(c.isdigit() for c in w) for w in words)


def _role(text: str, lex: Lexicon) -> bool:
    """A role after a listed name: it holds a role word of the lexicon."""
    vocab = role_vocabulary(lex)
    return any(nm.fold(w.strip(".()")) in vocab for w in text.split()) and not _name(text, lex)
