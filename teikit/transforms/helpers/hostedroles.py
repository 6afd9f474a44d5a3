"""A host names a guest or a co-host by a possessive, a role and a comma, then the name
(N951e): "Here with me today is my cohost, Dan.", "notre invité, Adam, qui commentera …",
"unser Gast, Max Roe". The possessive opens the noun phrase as an article does ("the mayor,
Ann Roe", N4), so the role is the words between it and the comma, up to three, the last a
role word of the lexicon (`role_nouns`, `label_role_words`): "my son, Hunter" gives none.
The name after the comma is the person's full name, surname or given name ("my cohost, Dan"
for `Dan Ott:`), followed by no other letter of a longer name.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import Person
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.roleshapes import role_heads

# Up to this many characters after the comma are kept for the name (names are shorter).
NAME_CHARS = 80
_NAME_GOES_ON = re.compile(r"[\w'’-]")


def possessive_mentions(texts: list[str], lex: Lexicon) -> list[tuple[int, str, str]]:
    """(index of the text, role, the text after the comma) for each possessive, role and
    comma in `texts` whose role ends with a role word; read once for all speakers."""
    if not lex.possessives:
        return []
    words = "|".join(re.escape(w) for w in sorted(lex.possessives))
    pattern = compiled_once(rf"(?<![\w'’-])(?:{words})\s+((?:[^\W\d_][\w'’-]*\s+){{0,2}}[^\W\d_][\w'’-]*)\s*,[ \t]+",
                            re.IGNORECASE)
    heads = role_heads(lex)
    out = []
    for k, text in enumerate(texts):
        for m in pattern.finditer(text):
            last = nm.fold(m.group(1).split()[-1])
            if last in heads or last.endswith("s") and last[:-1] in heads:
                out.append((k, m.group(1), text[m.end():m.end() + NAME_CHARS]))
    return out


def possessive_role(person: Person, mentions: list[tuple[int, str, str]], limit: int) -> str | None:
    """The role of the first mention, among texts below `limit`, followed by the person's name."""
    forms = _forms(person)
    for k, role, after in mentions:
        if k >= limit:
            break
        for form in forms:
            if after.startswith(form) and not _NAME_GOES_ON.match(after[len(form):len(form) + 1]):
                return role
    return None


def _forms(person: Person) -> list[str]:
    """The full name, the surname and the given name."""
    words = (person.name or "").split()
    return [person.name, words[-1], words[0]] if len(words) > 1 else words
