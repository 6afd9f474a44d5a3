"""A speaker's full label alone over the speech and the short forms printed at later turns:
a name and role ("ANNE DUPONT, ANCHOR", then "ANNE DUPONT", L1097f), a member or an office with
a bracket ("Jane Roe (Bristol East) (Lab)", then "Jane Roe", L1185h), and a surname alone over
the speech, in capitals: the short form of a label printed alone in full
before ("ANDERSON COOPER, CNN HOST" … "COOPER", "SEN. MARK WARNER (D), VIRGINIA" … "WARNER"), as
TV, radio and hearing transcripts print a speaker's later turns (L1722j).

The two forms confirm each other: the full label line is a speaker's because its surname is
printed alone over speech later, and the surname alone is a label because a full label line
over speech ends the person's name with it. A surname that ends two different full names is
nobody's in particular and is left alone.
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelshapes import Candidate
from teikit.transforms.helpers.labeltext import base_label, is_upper_label, words_of
from teikit.transforms.helpers.namerolelines import comma_role_line

# The person part of a full label line ends at its role (", CNN HOST") or its group (" (D)").
_PERSON_END = re.compile(r",\s|\s\(")
# Words of a full name before its surname (a title, given names): "SEN. MARK WARNER".
MAX_NAME_WORDS = 5


def surname_of(label: str) -> str | None:
    """The last word of the person part of a full label line of two to five words."""
    words = words_of(_PERSON_END.split(base_label(label), 1)[0])
    return words[-1] if 2 <= len(words) <= MAX_NAME_WORDS else None


def long_forms_of_surname(name: str, weak: Counter, spoken: set, lex: Lexicon) -> list[str]:
    """The full label lines alone over speech whose person part ends with `name`, a single
    upper-case word alone over speech; none when they name two different people."""
    if " " in name or name not in spoken or not is_upper_label(name, lex):
        return []
    forms = [n for s, n in weak if s == "alone" and n != name and n in spoken and surname_of(n) == name]
    people = {_PERSON_END.split(base_label(n), 1)[0] for n in forms}
    return forms if len(people) == 1 else []


def surname_alone_over_speech(full_name: str, weak: Counter, spoken: set, lex: Lexicon) -> bool:
    """The surname of `full_name` (the person part of a label line) is printed alone over speech,
    in capitals."""
    words = words_of(full_name)
    surname = words[-1] if 2 <= len(words) <= MAX_NAME_WORDS else None
    return surname is not None and ("alone", surname) in weak and surname in spoken \
        and is_upper_label(surname, lex)


def full_label_with_surname_alone(name: str, weak: Counter, spoken: set, lex: Lexicon) -> bool:
    """ "SEN. MARK WARNER (D), VIRGINIA" alone over the speech: a person part in capitals that a
    role or group follows, whose surname is printed alone over speech later ("WARNER")."""
    parts = _PERSON_END.split(base_label(name), 1)
    return len(parts) == 2 and name in spoken and is_upper_label(parts[0], lex) \
        and surname_alone_over_speech(parts[0], weak, spoken, lex)


def long_forms_alone(style, name: str) -> list[Candidate]:
    """The labels alone over speech (of the `labelstyle.LabelStyle` `style`) that print `name`
    with a bracket: a member with constituency and party ("Jane Roe (Bristol East) (Lab)") or an
    office with its holder ("The Prime Minister (Rishi Sunak)"), of which `name` is the short
    form a record prints at the member's next turns ("Jane Roe", "The Prime Minister", "Rishi
    Sunak", L1185h); and the full label lines whose surname `name` is (L1722j)."""
    if "bracketed_alone" not in style.styles:
        style.styles["bracketed_alone"] = [n for s, n in style.weak if s == "alone" and n in style.spoken
                                           and n.endswith(")") and " (" in n]
    return [Candidate(n, n, "", "alone") for n in style.styles["bracketed_alone"]
            if n != name and name in (n.partition(" (")[0], n.partition(" (")[2].partition(")")[0])] \
        + [Candidate(n, n, "", "alone") for n in long_forms_of_surname(name, style.weak, style.spoken, style.lex)]


def comma_role_speaker(style, name: str) -> bool:
    """ "ANNE DUPONT, ANCHOR" alone over the speech, and later "ANNE DUPONT" alone (L1097f):
    labels when two different speakers are printed so, or when the name is printed both ways
    over speech, or its surname alone later (L1722j)."""
    if name not in style.spoken:
        return False
    if "comma_roles" not in style.styles:
        style.styles["comma_roles"] = {found.group(1) for s, n in style.weak if s == "alone" and n in style.spoken
                                       and (found := comma_role_line(n, style.lex))}
    names = style.styles["comma_roles"]
    m = comma_role_line(name, style.lex)
    if m is None:
        return name in names and len(names) >= 2  # the name alone, after its first mention
    return len(names) >= 2 or (("alone", m.group(1)) in style.weak and m.group(1) in style.spoken) \
        or surname_alone_over_speech(m.group(1), style.weak, style.spoken, style.lex)  # later "COOPER"
