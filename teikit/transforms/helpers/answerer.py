"""The answer voice of a Q/A interview, named where the interviewer addresses it.

An interview printed as "Q:"/"A:" (or "D -"/"R -", "P:"/"R:") prints no name in its answer
label; the first question often opens by addressing the person who answers it: "Admiral
Raborn, you have just left the Agency ...", "Parisi, avanti o indietro?". That name is the
answer voice's. A capitalised word before a comma opens many sentences ("Well, ..."), so the
address counts only when a title of office or a form of address precedes the name, or when
the header or the lead before the first question prints the same name (a lead "parla mister
Parisi" before "Parisi, avanti ..."). Only a name the text prints is taken, and only when the
answers carry one answer label and no other rule has named their speaker.
"""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Person, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.attribution import normalised_label, unique_id
from teikit.transforms.helpers.introductions import NameIndex

# The address is at most this many words before its comma ("Admiral William Raborn,").
MAX_ADDRESS_WORDS = 5
_OPENING_MARKS = "\"“«¿¡-–— "


def addressed_name(text: str, lead: list[str], lex: Lexicon) -> str | None:
    """The name a question opens by addressing ("Admiral Raborn, you have ..." -> "Raborn"),
    or None. See the module docstring for the evidence asked for."""
    head, comma, _ = text.lstrip(_OPENING_MARKS).partition(",")
    words = head.split()
    if not comma or not words or len(words) > MAX_ADDRESS_WORDS:
        return None
    honorifics = nm.folded(lex, "honorifics")
    k = 0
    while k < len(words) and (nm.fold(words[k]) in honorifics or nm.is_title_word(words[k], lex)):
        k += 1  # "Mr.", "Admiral", "Mister President"
    name = words[k:]
    if not name or not all(w[:1].isupper() and nm._given_name(w, lex) for w in name) \
            or nm.fold(name[-1]) in nm.folded(lex, "discourse_words"):
        return None
    if k == 0 and not _printed_in(name[-1], lead):
        return None  # "Well, I think": a sentence's opening, not an address
    return " ".join(name)


def _printed_in(word: str, texts: list[str]) -> bool:
    return any(word in text.replace(",", " ").replace(".", " ").split() for text in texts)


def name_answerer(turns: list[Turn], lead: list[str], people: list, persons: list[Person], lex: Lexicon) -> None:
    """Point the answers of a Q/A interview at the person the first question addresses.
    `lead` is the text before the first question (header lines, unlabeled opening);
    `people` the (key, Person) pairs found so far, `persons` the document's list."""
    labelled = [(normalised_label(t.name or t.label), t) for t in turns if t.label]
    answers = [t for plain, t in labelled if plain in lex.answer_labels]
    if not answers or len({plain for plain, t in labelled if plain in lex.answer_labels}) != 1:
        return
    first_answer = turns.index(answers[0])
    question = next((t for plain, t in labelled if plain in lex.question_labels), None)
    if question is None or turns.index(question) > first_answer:
        return
    current = {t.who for t in answers}
    if len(current) != 1:
        return
    who = current.pop()
    person = next((p for _, p in people if p.id == who), None) if who else None
    plain = normalised_label(answers[0].name or answers[0].label)
    if person is not None and nm.fold(person.name or "") != nm.fold(plain):
        return  # a header already names the answerer
    opening = next((p.text for p in question.paragraphs if isinstance(p, Paragraph)), "")
    name = addressed_name(opening, lead, lex)
    if name is None:
        return
    found = NameIndex(lead + [opening], lex).introduced(tuple(nm.fold(w) for w in name.split()), [])
    role = None
    if found and len(found[0].split()) > len(name.split()):
        name, role = found
    if person is None:
        key = tuple(nm.fold(w) for w in name.split()[-1:])
        person = Person(id=unique_id(nm.slug(key), people), name=name, role=role, labels=[answers[0].label])
        people.append((key, person))
        persons.append(person)
    else:
        person.name, person.role = name, person.role or role
    for turn in answers:
        turn.who = person.id
