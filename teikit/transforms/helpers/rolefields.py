"""Header fields that say who speaks in which part (L996e): `Host: Tom Baker` / `Guest: Sarah
Chen, urban planner at MIT`, `Interviewer: Tom Baker (TB)` / `Interviewee: Sarah Chen (SC)`,
printed one under the other over a transcript whose labels are those names (`Tom Baker:`,
`TB:`). Each field's name is a role of the lexicon (`roleshapes.role_vocabulary`), printed
once in the text, and its value is a name, with the short form the labels use in brackets or
a role after a comma. They were read as labels: the first field became a turn of a person
named Host holding the other fields as speech.

`role_field_lines` gives the (label, rest) pairs of such fields, which the label policy
refuses; `participantlines.listed_people` then reads them like a participants field, so the
labels get the names and roles they give.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.roleshapes import role_vocabulary
from teikit.transforms.helpers.titlenames import names_in

# A value: a name, then a short form in brackets ("(TB)") or a role after a comma.
# (the role may list several, "chemist, opera singer": R2448m)
_VALUE = re.compile(r"^(?P<name>[^(),]+?)\s*(?:\((?P<short>[^\W\d_]{1,4})\)|,\s*(?P<role>[^()]{2,100}))?\s*$")
MAX_FIELD_WORDS = 2
MAX_NAME_WORDS = 5
MIN_FIELDS = 2
FIELD_CHARS = 200  # a field's line before and after the name it holds, at most (N2020k)


def role_field(field: str, value: str, lex: Lexicon) -> tuple[str, str, str | None] | None:
    """(name, role, short form) of a field `Host: Tom Baker` (role Host), `Guest: Sarah Chen,
    urban planner at MIT` (the role after the comma), `Interviewer: Tom Baker (TB)`; None when
    the field's name is no role or its value no name."""
    words = field.strip(" *_").split()
    if not 0 < len(words) <= MAX_FIELD_WORDS or not all(nm.fold(w) in role_vocabulary(lex) for w in words):
        return None
    m = _VALUE.match(value.strip(" *_"))
    if m is None or not _name(m["name"], lex) or m["role"] and any(_name(r.strip(), lex) for r in m["role"].split(",")):
        return None  # (a second name after the comma: a list, "Guests: Ann Lee, Tom Poe")
    return m["name"].strip(), (m["role"] or field.strip(" *_")).strip(), m["short"]



def field_role_of(text: str, start: int, end: int, lex: Lexicon) -> str | None:
    """The role a field of the lead gives the name printed as its whole value, from `start` to
    `end` of `text`: "### Moderator: Tim Beiko" (a heading's marks before the field), "Host:
    Ann Roe, author of …" (the role after the comma), N2020k. A field that only announces a
    speaker ("Speaker: Ann Roe") gives none."""
    # (only a window around the name is read: a long line of many names stays linear)
    window = text[max(0, start - FIELD_CHARS):start]
    if "\n" not in window and start > FIELD_CHARS:
        return None
    head = window[window.rfind("\n") + 1:].rstrip()
    value = text[start:end + FIELD_CHARS]
    if not head.endswith(":") or "\n" in text[start:end] or "\n" not in value and end + FIELD_CHARS < len(text):
        return None
    field = head[:-1].lstrip("#>*_ \t")
    if any(nm.fold(w) in nm.folded(lex, "label_announcers") for w in field.split()):
        return None
    found = role_field(field, value.split("\n", 1)[0], lex)
    return found[1] if found else None

def _name(text: str, lex: Lexicon) -> bool:
    words = text.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and names_in(text, lex) == [" ".join(words)]


def role_field_lines(colons: list, counts, lex: Lexicon) -> set[tuple[str, str]]:
    """The (label, rest) pairs of the role fields printed one under the other among the colon
    lines before the first label printed twice (`colons`: `labellike.spoken_colons`), when the labels of the text
    print one of their names, its short form, or its first or last word."""
    run: list = []
    fields: list[tuple[str, str, str | None]] = []
    for i, colon in colons:
        if counts[colon.name] >= 2 or run and i != run[-1][0] + 1:
            break  # the dialogue has begun, or the fields have ended
        found = role_field(colon.name, colon.rest, lex)
        if found is None:
            if run:
                break
            continue  # a field before them ("Transcript: Interview with ...")
        run.append((i, colon))
        fields.append(found)
    if not run:
        return set()
    own = {colon.name for _, colon in run}
    printed = {nm.fold(name) for name, n in counts.items() if n and name not in own}
    if len(run) < MIN_FIELDS:
        # one field alone ("Moderator: Sarah Kim" over "SARAH KIM: Welcome"): when a label
        # prints its whole name (H1281h)
        return {(colon.label, colon.rest) for _, colon in run} if nm.fold(fields[0][0]) in printed else set()
    forms = {nm.fold(f) for name, _, short in fields
             for f in (name, short or "", name.split()[0], name.split()[-1]) if f}
    return {(colon.label, colon.rest) for _, colon in run} if forms & printed else set()


def name_initials(name: str) -> tuple[str, str]:
    """ "RAD" and "RD" for "Ruth Ann Delacroix": the labels an oral history gives its
    interviewer and narrator when the fields print no short form (N1278h)."""
    words = name.split()
    return "".join(w[0] for w in words), words[0][0] + words[-1][0]
