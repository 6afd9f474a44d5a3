"""The guest a lead introduces by name and function in apposition (N516a; used by
`helpers.attribution` for unlabeled speech): "Lauriane, co-fondatrice de Voxa Direct, ... a
passé une tête lors du live." over a call-in printed without labels."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.roleshapes import role_after, role_vocabulary

# The lead opens with one to three capitalised words, then a comma.
_OPENING_NAME = re.compile(r"([^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2})(?=,\s)")


def lead_guest(header: list[HeaderLine], turns: list[Turn], people: list,
               lex: Lexicon) -> list[tuple[str, str, tuple]]:
    """[(name, role, key)] of the one person a lead sentence opens with, a role of the lexicon
    in apposition after the name ("Lauriane, co-fondatrice de Voxa Direct, ..."), when the
    unlabeled speech prints that name again (a greeting, "Oui, Lauriane."): the guest who
    speaks without a label. A capitalised word before a comma opens many sentences
    ("Hier, lors du live, ..."): without the role and the name in the speech nothing is taken;
    nor a name a labelled person has, nor when two leads introduce two people."""
    found: dict[tuple, tuple[str, str, tuple]] = {}
    vocab = role_vocabulary(lex)
    speech = " ".join(p.text for t in turns for p in t.paragraphs if isinstance(p, Paragraph))
    for line in (h for h in header if h.kind == K.SUMMARY):
        text = line.text.strip()
        m = _OPENING_NAME.match(text)
        words = m.group(1).split() if m else []
        if not words or not all(w[:1].isupper() and nm.fold(w) not in vocab for w in words):
            continue
        role = role_after(text, m.end(1), lex)
        key = tuple(nm.fold(w) for w in words[-1:])
        if role and _printed(words[0], speech) and not any(nm.same_person(key, k) for k, _ in people):
            found.setdefault(key, (m.group(1), role, key))
    return list(found.values()) if len(found) == 1 else []


def _printed(word: str, speech: str) -> bool:
    """The word stands in the speech as a word of its own."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", speech) is not None
