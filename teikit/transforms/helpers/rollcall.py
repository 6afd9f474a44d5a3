"""Speakers labelled by a letter, named by the host's roll call in the opening turns (N1037f):
"I'll introduce your crew... there's me, Saf. I'm joined by Canti." over `S:` and `C:`. A
podcast's transcriber labels its voices by their initials and the host names them in the first
minutes. A one-word capitalised name after a roll-call cue (lexicon `roll_call_cues`: "me,",
"joined by", "with me") in the first turns is the name of the one letter-labelled speaker with
its initial, when no other such name has that initial and no one else has the name. When the
roll call names such initials, an answer letter (`A:`) is an initial too unless a question
voice (`Q:`) asks in the text (N1039f)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.attribution import add_person
from teikit.transforms.helpers.letterlabels import LETTER_LABEL

# The opening turns a host calls the roll in.
MAX_ROLL_TURNS = 8
# A name of the roll call is a word of at least this many letters ("Bo", not "A").
MIN_NAME_CHARS = 2


def roll_call_letters(people: list, turns: list[Turn], lex: Lexicon) -> None:
    """Name each unnamed letter-labelled speaker from the opening turns' roll call (`people`:
    (key, Person) pairs); then an answer letter the roll call names too (N1039f)."""
    if not lex.roll_call_cues:
        return
    voices = {v.upper() for v in (*lex.question_labels, *lex.answer_labels)}
    lettered = [(p, m.group(1).upper()) for _, p in people
                if p.labels and (m := LETTER_LABEL.match(p.labels[0])) and (p.name is None or len(p.name.strip(". ")) == 1)
                and m.group(1).upper() not in voices]
    if not lettered:
        return
    called = _called(turns[:MAX_ROLL_TURNS], lex)
    taken = {nm.fold(p.name) for _, p in people if p.name and len(p.name) > 1}
    named = 0
    for person, letter in lettered:
        found = {nm.fold(n): n for n in called if n[:1].upper() == letter and nm.fold(n) not in taken}
        if len(found) == 1:
            person.name = next(iter(found.values()))
            taken.add(nm.fold(person.name))
            named += 1
    if named:  # the letters are initials: "A:" among "S:" and "C:" too
        _voice_letters(people, turns, called, taken, lex)


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


def _voice_letters(people: list, turns: list[Turn], called: list[str], taken: set[str], lex: Lexicon) -> None:
    """An answer letter ("A:") among initials the roll call named is an initial too, when no
    question voice asks in the text: the one called name with that letter speaks its turns."""
    questions = {q.upper() for q in lex.question_labels}
    answers = {a.upper() for a in lex.answer_labels if len(a) == 1}
    by_letter: dict[str, list[Turn]] = {}
    for turn in turns:
        label = (turn.name or turn.label or "").strip().rstrip(":： ").upper()
        if label in questions:
            return  # "Q:" asks: "A:" answers it, a voice
        if label in answers and turn.who is None:
            by_letter.setdefault(label, []).append(turn)
    for letter, spoken in by_letter.items():
        found = {nm.fold(n): n for n in called if n[:1].upper() == letter and nm.fold(n) not in taken}
        if len(found) == 1:
            name = next(iter(found.values()))
            add_person((nm.fold(name),), people, [], spoken, name=name, labels=[spoken[0].label])
            taken.add(nm.fold(name))
