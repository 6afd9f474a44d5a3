"""Speakers labelled by a letter, named by the host's roll call in the opening turns (N1037f):
"I'll introduce your crew... there's me, Saf. I'm joined by Canti." over `S:` and `C:`. A
podcast's transcriber labels its voices by their initials and the host names them in the first
minutes. A one-word capitalised name after a roll-call cue (lexicon `roll_call_cues`: "me,",
"joined by", "with me") in the first turns is the name of the one letter-labelled speaker with
its initial, when no other such name has that initial and no one else has the name."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Person, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.letterlabels import _LETTER

# The opening turns a host calls the roll in.
MAX_ROLL_TURNS = 8
# A name of the roll call is a word of at least this many letters ("Bo", not "A").
MIN_NAME_CHARS = 2


def roll_call_letters(people: list[Person], turns: list[Turn], lex: Lexicon) -> None:
    """Name each unnamed letter-labelled speaker from the opening turns' roll call."""
    if not lex.roll_call_cues:
        return
    voices = {v.upper() for v in (*lex.question_labels, *lex.answer_labels)}
    lettered = [(p, m.group(1).upper()) for p in people
                if p.labels and (m := _LETTER.match(p.labels[0])) and (p.name is None or len(p.name.strip(". ")) == 1)
                and m.group(1).upper() not in voices]
    if not lettered:
        return
    called = _called(turns[:MAX_ROLL_TURNS], lex)
    taken = {nm.fold(p.name) for p in people if p.name and len(p.name) > 1}
    for person, letter in lettered:
        found = {nm.fold(n): n for n in called if n[:1].upper() == letter and nm.fold(n) not in taken}
        if len(found) == 1:
            person.name = next(iter(found.values()))
            taken.add(nm.fold(person.name))


def _called(turns: list[Turn], lex: Lexicon) -> list[str]:
    """The one-word capitalised names after a roll-call cue in the turns' paragraphs."""
    # (a name of one word: "joined by Ann Lee" calls a full name, which the letter may not stand for)
    cue = re.compile(rf"(?:{lex.alternation('roll_call_cues')})\s*([^\W\d_][\w'’-]*)(?![\w'’-]|\s+(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ]))",
                     re.IGNORECASE)
    out: list[str] = []
    for turn in turns:
        for paragraph in turn.paragraphs:
            if isinstance(paragraph, Paragraph):
                out.extend(w for w in (m.group(1) for m in cue.finditer(paragraph.text))
                           if w[:1].isupper() and not w.isupper() and len(w) >= MIN_NAME_CHARS
                           and nm.is_name_word(w, lex))
    return out
