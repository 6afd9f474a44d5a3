"""The header field that names who answers an interview (N1504i): a write-up of an
interview without labels prints the person asked as one field, often with a table of the
person's details under it, then the questions (headings, bold) and the answers:

    Interviewee: Fermat

    | Age | Gender | Job |
    | --- | ------ | --- |
    | ~21 | male   | Student (Bachelor of Science) |

The field's name is one of the lexicon's `answerer_fields` ("Interviewee", "Befragte",
"Entrevistado"), its value a name or a pseudonym (capitalised words, no sentence); the
table's column headed by an occupation word (lexicon `occupation_fields`: "Job", "Beruf")
gives the role. Used by `attribution.attribute_unlabeled` for the answers.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderLine
from teikit.transforms.helpers import names as nm

# "Interviewee: Fermat", "**Befragte:** Anna K.": the field's name and its value.
_FIELD = re.compile(r"^[*_\s]*([^\W\d_][^:：\n]{0,30}?)[*_\s]*[:：][*_\s]*(\S[^\n]*?)[*_\s]*$")
MAX_NAME_WORDS = 4


def answerer_field(header: list[HeaderLine], people: list, lex: Lexicon) -> list[tuple[str, str, tuple]]:
    """[(name, role, key)] of the one person an answerer field names, unless a labelled
    person has the name; else []."""
    if not lex.answerer_fields:
        return []
    fields = nm.folded(lex, "answerer_fields")
    for at, line in enumerate(header):
        m = _FIELD.match(line.text.strip())
        if m is None or nm.fold(m.group(1).strip()) not in fields or not _name(m.group(2)):
            continue
        name = m.group(2).strip()
        key = (nm.fold(name.split()[-1]),)
        if any(nm.same_person(key, k) for k, _ in people):
            return []
        return [(name, _occupation(header[at + 1:], lex), key)]
    return []


def _name(value: str) -> bool:
    """A name or a pseudonym: one to `MAX_NAME_WORDS` words, each opening with a capital or a
    digit ("Fermat", "Anna K.", "Participant 3"), no sentence's end."""
    words = value.split()
    return 0 < len(words) <= MAX_NAME_WORDS and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
        and not value.rstrip().endswith(("?", "!", ":"))


def _occupation(below: list[HeaderLine], lex: Lexicon) -> str:
    """The cell under the column headed by an occupation word in the table right below the
    field (its header row, the rule row, the first row of values); "" without one."""
    rows = []
    for line in below:
        text = line.text.strip()
        if not text:
            continue
        if not (text.startswith("|") and text.endswith("|")):
            break
        rows.append([cell.strip() for cell in text.strip("|").split("|")])
    if len(rows) < 3 or not lex.occupation_fields:
        return ""
    words = nm.folded(lex, "occupation_fields")
    column = next((i for i, cell in enumerate(rows[0]) if nm.fold(cell.strip(" *_")) in words), None)
    return rows[2][column] if column is not None and column < len(rows[2]) else ""
