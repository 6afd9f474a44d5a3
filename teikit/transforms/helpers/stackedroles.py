"""Two roles printed before a name, one after the other: "политолог, директор Института
региональных проблем Дмитрий Журавлев", "economist, director of the Harbour Institute Ann
Roe" (N300f). The role read next to the name is the second; the first, a role word alone
before a comma, is the speaker's too, so the role keeps both.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Person
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers import roleshapes as rs
from teikit.transforms.helpers.printednames import comparable

# At most this many role words make the first role ("senior economist").
MAX_FIRST_WORDS = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*$")


def stacked_role(person: Person, texts: list[str], lex: Lexicon, lowered: list[str] | None = None) -> str | None:
    """The person's role with the role printed before it and a comma: "политолог, директор
    …" for "директор …", when a text prints "<first>, <role> <full name>"; else None.
    `lowered`: the texts in lower case, when the caller has them."""
    role, name = (person.role or "").strip(), (person.name or "").strip()
    if not role or len(name.split()) < 2:
        return None
    # only a role printed right after ", " can follow a first one: for an ASCII role, a text
    # without ", <role>" in lower case is passed over without the pattern (compiled per
    # speaker, and most never print it so), where lower cases compare as `re` does
    mark = ", " + role.lower() if role.isascii() and lowered is not None else None
    printed = None
    for k, text in enumerate(texts):
        if mark is not None and mark not in lowered[k] and comparable(text, lowered[k]):
            continue
        if printed is None:
            printed = re.compile(rf"(?i:{re.escape(role)})\s+(?i:{re.escape(name)})(?![\w-])")
        for m in printed.finditer(text):
            first = _first_role(text[:m.start()], lex)
            if first:
                return f"{first}, {text[m.start():m.start() + len(role)]}"
    return None


def _first_role(before: str, lex: Lexicon) -> str | None:
    """The role words right before ", " at the end of `before`, the last a role word (an
    office or occupation), none of them capitalised after the first ("Ann Roe, director" is a
    name, not a role) and none printed in capitals."""
    if not before.endswith(", "):
        return None
    words = before[:-2].split()
    heads, vocab = rs.role_heads(lex), rs.role_vocabulary(lex)
    if not words or not _WORD.match(words[-1]) or not rs.compound_in(words[-1], heads):
        return None
    run = [words[-1]]
    for word in reversed(words[:-1]):
        if len(run) >= MAX_FIRST_WORDS or not _WORD.match(word) or not rs.compound_in(word, vocab) \
                or nm.fold(word) in nm.folded(lex, "articles"):
            break
        run.insert(0, word)
    if any(w[:1].isupper() for w in run[1:]) or any(w.isupper() and len(w) > 1 for w in run):
        return None  # (in capitals, "… AS THE INTERVIEWER, JOHN CLARKE AS …", a role is no longer told from a name)
    return " ".join(run)
