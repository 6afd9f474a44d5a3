"""An interview template's form lines between the exchanges (L1107g, P1108g).

Research interviews are often typed into an interview guide: after each answer the
interviewer fills in the guide's own fields, printed like labels:

    **E1:** Aproximadamente 10 años.

    **[NOTAS DE OBSERVACIÓN]:** seguridad y confianza en sus respuestas.

    **PROBE aplicado (si/no):** [x] ¿Cómo comenzó a escribir guiones?

    **E1 (probe):** Sí... Vamos a probar.

* L1107g **a note field is no speaker**: a colon or bold label whose name (square brackets,
  italics allowed) opens with a word of the lexicon's `note_fields` (`notas`, `notes`,
  `observations`, `objetivo`, `Anmerkungen` ...) is a field of the guide, not a person.
* P1108g **form lines are notes**: inside a turn, a one-line paragraph that is such a field,
  or a bold field whose value opens with a checkbox (`[x]`, `[ ]`), is the interviewer's
  written record: a `note[@type='comment']`, not a paragraph of speech, and no question of
  an unlabeled interview.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Note, Paragraph, Text, Transcript

# A field's name as printed: "**[NOTAS DE OBSERVACIÓN]:**", "_Objetivo:", "Notes:".
_FIELD = re.compile(r"^[ \t]*(?:\*\*|__|[*_])?\[?(?P<name>[^\]\n:：*_]{1,60})\]?[ \t]*[:：]")
# A bold field whose value opens with a checkbox: "**PROBE aplicado (si/no):** [x] ¿…?"
_CHECKBOX_FIELD = re.compile(r"^[ \t]*(?:\*\*|__)[^*_\n]{1,60}[:：][ \t]*(?:\*\*|__)[ \t]*\[[ xX✓]\][ \t]")


def note_field(name: str, lex: Lexicon) -> bool:
    """The label's name (markup and brackets around it allowed) opens with a note field word
    of the lexicon (L1107g)."""
    if not lex.note_fields:
        return False
    core = name.strip().strip("*_[]").strip()
    m = lex.pattern("note_fields").match(core)
    return m is not None and (m.end() == len(core) or not core[m.end()].isalnum())


def note_field_labels(found: list, lex: Lexicon) -> set[tuple[str, str]]:
    """The (label, rest) pairs of colon and bold candidates (`found`: each line's candidates)
    whose name is a note field: no speaker labels (L1107g)."""
    if not lex.note_fields:
        return set()
    out: set[tuple[str, str]] = set()
    fields: dict[str, bool] = {}  # `note_field` of each name (a transcript prints its few names over and over)
    for shapes in found:
        for c in shapes or ():
            if c.shape in ("colon", "markdown"):
                field = fields.get(c.name)
                if field is None:
                    field = fields[c.name] = note_field(c.name, lex)
                if field:
                    out.add((c.label, c.rest))
                break
    return out


def form_lines_as_notes(doc: Transcript, lex: Lexicon) -> None:
    """Each turn's one-line paragraphs that are a note field or a checkbox field become a
    comment note (P1108g)."""
    for turn in doc.turns():
        for para in turn.paragraphs:
            if type(para) is Paragraph and len(para.content) == 1 and type(para.content[0]) is Text \
                    and _form_line(para.content[0].text, lex):
                para.content = [Note("comment", para.content[0].text)]


def _form_line(text: str, lex: Lexicon) -> bool:
    if ":" not in text and "：" not in text:
        return False  # both shapes hold a colon: most lines of speech are passed over at C speed
    if _CHECKBOX_FIELD.match(text):
        return True
    if not lex.note_fields:
        return False  # (`note_field`'s answer for every name)
    m = _FIELD.match(text)
    return m is not None and note_field(m.group("name"), lex)
