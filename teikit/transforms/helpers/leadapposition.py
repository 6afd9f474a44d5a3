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


# A name of two or three capitalised words, alone between two commas of the lead.
_NAME_ALONE = re.compile(r"[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){1,2}")
MAX_OFFICE_WORDS = 5


def lead_office_apposition(header: list[HeaderLine], people: list, lex: Lexicon) -> list[tuple[str, str, tuple]]:
    """(N2565m) [(name, office, key)] of the one person the lead over a quoted speech names
    after an office, in apposition between commas ("…, il presidente della Repubblica, Anna
    Bruni, ha salutato i cronisti ..."), the page announcing the speech with a note of its own
    ("Ecco il suo intervento:", H2564m): the one who speaks without a label. The office's head
    word is a role of the lexicon, after at most an article; [] when two leads name two people,
    or when no announcing note stands over the speech."""
    if not any(h.kind == K.NOTE and h.text.rstrip().endswith((":", "：")) for h in header):
        return []
    vocab, leading = role_vocabulary(lex), nm.folded(lex, "articles")
    found: dict[tuple, tuple[str, str, tuple]] = {}
    for line in (h for h in header if h.kind == K.SUMMARY):
        parts = [p.strip() for p in line.text.split(",")]
        for office, name in zip(parts, parts[1:-1]):
            words = office.split()[-MAX_OFFICE_WORDS:]
            head = next((k for k, w in enumerate(words) if nm.fold(w) not in leading), None)
            if head is None or nm.fold(words[head]) not in vocab or not _NAME_ALONE.fullmatch(name) \
                    or not all(w[:1].isupper() for w in name.split()) or head and not all(
                        nm.fold(w) in leading for w in words[:head]):
                continue
            key = (nm.fold(name.split()[-1]),)
            if not any(nm.same_person(key, k) for k, _ in people):
                found.setdefault(key, (name, " ".join(words[head:]), key))
    return list(found.values()) if len(found) == 1 else []
