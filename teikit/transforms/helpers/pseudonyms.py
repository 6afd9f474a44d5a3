"""A participant named by the interview guide's code and pseudonym fields (N1112g).

A research interview typed into a guide names its participant only in the guide's header:

    **Código del participante:** E1
    **Seudónimo (opcional):** Abel Marco
    ...
    **E1:** Aproximadamente 10 años.

A header field whose value is printed as a label (`E1`) is the participant's code; a field
of the lexicon's `pseudonym_fields` (`seudónimo`, `pseudonym`, `alias`, `Pseudonym` ...)
whose value is a name of one to four capitalised words is how the text names that person.
With one such code and one such name, the label's person takes the name.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderLine

# "**Field (note):** value", "- Field: value", "__Field__: value".
_FIELD_LINE = re.compile(r"^[\s\-•*]*?(?:\*\*|__)?(?P<field>[^:：*_\n]{1,60}?)[ \t]*(?:\*\*|__)?[ \t]*[:：]"
                         r"[ \t]*(?:\*\*|__)?[ \t]*(?P<value>\S.*?)[ \t]*$")
_NAME_VALUE = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?: [^\W\d_][^\W\d_'’.-]*){0,3}")
_LABEL_MARKS = "*_ \t:："


def name_by_pseudonym(header: list[HeaderLine], persons: list, lex: Lexicon) -> None:
    """The labelled person whose label a header field prints as its value gets the name of
    the header's one pseudonym field (see the module)."""
    if not lex.pseudonym_fields:
        return
    pattern = lex.pattern("pseudonym_fields")
    fields = [(m.group("field").strip(), m.group("value").strip("*_ ")) for h in header
              if (m := _FIELD_LINE.match(h.text))]
    names = [v for f, v in fields if pattern.match(f) and _NAME_VALUE.fullmatch(v) and v[:1].isupper()]
    if len(names) != 1:
        return
    values = {v for _, v in fields}
    coded = [p for p in persons if p.labels and any(label.strip(_LABEL_MARKS) in values for label in p.labels)]
    if len(coded) == 1:
        coded[0].name = names[0]
