"""The question voice an interview's title names: "Secretary Blinken with Stephen Colbert" over
QUESTION labels gives the questions to Stephen Colbert when he has no label of his own (persons
pass; `interview` is the lexicon's "X with Y" pattern, `persons.voices(lex).interview`)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Transcript, Turn
from teikit.transforms.helpers import attribution as at
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.attribution import normalised_label
from teikit.transforms.helpers.titlenames import names_in


def attribute_titled_interviewer(doc: Transcript, turns: list[Turn], header: list[HeaderLine], people: list,
                                 lex: Lexicon, interview: re.Pattern) -> None:
    """In an interview titled "X with Y", the one question voice is Y when Y has no label.

    Applies only when the question turns all carry one generic label (QUESTION or Q): a
    briefing with many journalists does not name them in its title.
    """
    # (the titles first: most documents have no "X with Y" title, and their turns, each
    # label normalised, are not read)
    titled = [m for line in header if line.kind == K.TITLE and (m := interview.search(line.text))]
    if not titled:
        return
    questions = [t for t in turns if t.label and normalised_label(t.name or t.label) in lex.question_labels]
    if not questions or len({normalised_label(t.name or t.label) for t in questions}) != 1:
        return
    for m in titled:
        names = names_in(m.group(1), lex)
        if not names or not m.group(1).startswith(names[0]):
            continue  # "with Stephen Colbert", not "with Senior Officials on ..." or "with Foreign Minister X"
        key = (nm.fold(names[0].split()[-1]),)
        if any(nm.same_person(key, k) or (p.name and nm.same_person(key, (nm.fold(p.name.split()[-1]),)))
               for k, p in people):
            return  # (a label already named so: "J.D." read as Jean Dupont's initials, N1217h)
        at.add_person(key, people, doc.persons, questions, name=names[0], labels=[questions[0].label])
        return
