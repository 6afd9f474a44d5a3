"""A record's label opened by an article and a courtesy title, its parts joined by spaced
dashes: `O SR. PRESIDENTE - WALTER FELDMAN - PSDB - Havendo número legal, …` (L2496m).

A Brazilian state assembly's stenographic record labels each speech with the article and the
courtesy title (`O SR.`, `A SRA.`), the office or the member's name, the name after an office,
the party, all in capitals and joined by spaced dashes, then a last dash before the speech. The
"spaced_dash" shape cut the label at its first dash (`O SR. PRESIDENTE -`), and took it for
no label, since one office alone is no record's style. Here the label runs over the parts in
capitals (a party may print small letters in its abbreviation: `PCdoB`, one short word) up to
the dash before the first words in mixed case: `O SR. PRESIDENTE - WALTER FELDMAN - PSDB -`. It
opens with an article of the lexicon and a courtesy title (its `honorifics`), both in capitals;
the policy takes such labels when the text prints two of them at least (the record's style).
`O sr. Roe - …` in a sentence, or one line of the shape alone, is no label.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm

# a dash between spaces, where a label's parts are joined and where the speech starts
_DASH = re.compile(r"[ \u00a0]+[-–—][ \u00a0]+")
MAX_PARTS = 4
MAX_PART_WORDS = 5
MAX_PARTY_CHARS = 7


def titled_dash(line: str, lex: Lexicon) -> tuple[int, str] | None:
    """(where the speech starts, the label's name) for a line of that shape, or None."""
    words = line.split(None, 2)
    if len(words) < 3 or not (words[0].isupper() and words[1].isupper()) \
            or nm.fold(words[0]) not in nm.folded(lex, "articles") or nm.fold(words[1]) not in nm.folded(lex, "honorifics"):
        return None
    end, name_end = None, None
    start = 0
    for n, m in enumerate(_DASH.finditer(line)):
        part = line[start:m.start()]
        if n >= MAX_PARTS or not _label_part(part, first=n == 0):
            break
        end, name_end = m.end(), m.start()
        start = m.end()
    if end is None or not line[end:end + 1].isalpha() or line[end:].split(None, 1)[0].isupper():
        return None
    return end, line[:name_end]


def _label_part(part: str, first: bool) -> bool:
    """A part of the label: words in capitals (digits and ordinals too: `2º SECRETÁRIO`), or a
    party's abbreviation of one short word (`PSDB`, `PCdoB`)."""
    part = part.strip()
    if not part or len(part.split()) > MAX_PART_WORDS or not any(c.isalpha() for c in part):
        return False
    if part.upper() == part:
        return True
    return not first and " " not in part and len(part) <= MAX_PARTY_CHARS and part[:1].isupper() and part.isalpha() \
        and sum(c.isupper() for c in part) >= 2


def titled_dash_parts(text: str, lex: Lexicon) -> tuple[str, str | None, str | None] | None:
    """(name, office, party) of such a label (`O SR. PRESIDENTE - WALTER FELDMAN - PSDB`, N2499m):
    after the article and the courtesy title, an office of the lexicon with the holder's name in
    the next part (`O SR. 2º SECRETÁRIO - ALBERTO CALVO - PSB`), or the member's name (`O SR.
    NIVALDO SANTANA - PCdoB`); the last part, a party's abbreviation of one word, is the party.
    None for a text of another shape."""
    words = text.rstrip(" -–—").split(None, 2)
    parts = [p.strip() for p in _DASH.split(words[2])] if len(words) == 3 else []
    if len(parts) < 2 or nm.fold(words[0]) not in nm.folded(lex, "articles") or nm.fold(words[1]) not in nm.folded(lex, "honorifics") \
            or not words[0].isupper() or not words[1].isupper() or not all(_label_part(p, not n) for n, p in enumerate(parts)):
        return None  # (one part: the office or name alone, read as any label is: "EL SEÑOR PRESIDENTE (…)")
    party = parts.pop() if len(parts) >= 2 and " " not in parts[-1] and len(parts[-1]) <= MAX_PARTY_CHARS else None
    head = parts[0]
    offices = nm.folded(lex, "title_words") | nm.folded(lex, "label_role_words") | nm.folded(lex, "chair_words")
    ordinals = nm.folded(lex, "ordinals")
    office_words = [w for w in head.split() if nm.fold(w) not in ordinals]
    if office_words and all(nm.fold(w) in offices or nm.office_link(w.lower(), lex) for w in office_words):
        return (parts[1] if len(parts) >= 2 else None), head, party
    return head, None, party
