"""A label that names two or three speakers at once (L1505i): "**Nicolò / Juri:** Grazie.",
"**Ann Lee, Tom Poe et Jo Roe** : notre mission …", "Ana & Luis: ¡Gracias!". People who
thank or answer together are printed under one label of their names joined by a slash, a
comma, an ampersand or the lexicon's `list_joiners` ("and", "et", "e"), the last one no comma
("Ann Lee, Harbour Master" is a name and a role). Each part is a name in shape (capitalised
words, at most `MAX_PART_WORDS`, no role word of the lexicon); the label is taken where the document
prints another label, twice at least, that the policy takes: a labelled dialogue, not a
sentence that opens with names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import words_of

MAX_PARTS = 3
MAX_PART_WORDS = 3


def joint_names(name: str, lex: Lexicon) -> list[str]:
    """The names a joint label joins ("Nicolò / Juri" -> ["Nicolò", "Juri"]); [] for a label
    of one name or of parts that are no names."""
    joints = _joints(lex).findall(name.strip())
    if not joints or "," in joints[-1]:
        return []  # "Ann Lee, Harbour Master": a name and a role; a list ends with a joiner
    parts = [p for p in _joints(lex).split(name.strip()) if p]
    if not 2 <= len(parts) <= MAX_PARTS or len(parts) != len(joints) + 1:
        return []
    roles = lex.label_role_words
    if all(1 <= len(words_of(p)) <= MAX_PART_WORDS and p[:1].isupper() and is_mixed_candidate(p, lex)
           and not any(w.lower().strip(".") in roles for w in words_of(p)) for p in parts):
        return parts
    return []


@lru_cache(maxsize=None)
def _joints(lex: Lexicon) -> re.Pattern:
    """A slash, a comma, an ampersand or a list joiner word between two names."""
    words = "|".join(re.escape(w) for w in sorted(lex.list_joiners, key=len, reverse=True))
    if not words:
        return re.compile(r"[ \u00a0]*[/,&][ \u00a0]*")
    return re.compile(rf"[ \u00a0]*[/,&][ \u00a0]*(?:(?:{words})[ \u00a0]+)?|[ \u00a0]+(?:{words})[ \u00a0]+", re.IGNORECASE)


def jointly_named(counts, lex: Lexicon) -> frozenset[str]:
    """The joint labels two of whose names the document prints as labels of their own ("**Ann
    Lee, Tom Poe et Jo Roe** :" beside "**Ann Lee** :" and "**Tom Poe** :"), and those names:
    each such label is a speaker's, however few times it is printed (`counts`: name -> lines)."""
    out: set[str] = set()
    for name in [n for n in counts if _could_join(n)]:
        parts = [p for p in joint_names(name, lex) if counts.get(p)]
        if len(parts) >= 2:
            out.add(name)
            out.update(parts)
    return frozenset(out)


def _could_join(name: str) -> bool:
    """A quick test before the split: a joint label holds a slash, a comma, an ampersand or
    a space between words (most labels of one word are passed over at once)."""
    return " " in name.strip() or "/" in name or "&" in name
