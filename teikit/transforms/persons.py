"""Persons: one per distinct speaker, however the label is spelt.

- Generic voices (Q, QUESTION, AUDIENCE MEMBER, PARTICIPANT, REPORTER ...) get no person:
  different journalists share the label, and no one is invented.
- Labels naming the same person (SECRETARY BLINKEN, SECRETAR BLINKEN, Secretary Blinken,
  BLINKEN) share one person; its id comes from the surname words (`blinken`, `le-drian`)
  or, for offices without a name, from the label (`moderator`, `senior-state-department-official`).
- The full name and office come from the header when printed there (byline first, then
  the title); otherwise only the name words of the label are used.
- INTERPRETER is a person with role "interpreter".
- An unlabeled opening speech is attributed to the one person the header names who has
  no label of their own; with none or several, it stays unattributed and a warning says so.
- A user registry (`--persons FILE`) adds names, roles, sex and authority ids.
"""
from __future__ import annotations

import re

from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Person, Transcript
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.introductions import SCAN_CHARS, NameIndex


class _Voices:
    """The label patterns of one lexicon: generic voices, outlets, interpreters."""

    def __init__(self, lex: Lexicon):
        self.generic = re.compile(rf"^({lex.pattern('generic_voices', 0).pattern})( \d+)?$")
        self.outlet = re.compile(rf"(^| )({lex.pattern('outlets', 0).pattern})$")
        self.interpreter = re.compile(rf"^({lex.pattern('interpreter_labels', 0).pattern})$")
        self.interview = re.compile(rf"\b(?:{lex.pattern('interviewer_phrases').pattern})\s+(.+)$",
                                    re.IGNORECASE)


@lru_cache(maxsize=None)
def voices(lex: Lexicon) -> _Voices:
    return _Voices(lex)


@lru_cache(maxsize=4096)
def normalised_label(label: str) -> str:
    return " ".join(nm.label_words(label)).upper()


def is_generic(label: str, lex: Lexicon) -> bool:
    plain = normalised_label(label)
    v = voices(lex)
    return v.generic.match(plain) is not None or v.outlet.search(plain) is not None


class PersonsPass:
    name = "persons"
    after = ("header", "labels")

    def apply(self, doc: Transcript, ctx) -> None:
        find_persons(doc, ctx.lexicon, ctx.registry)


def find_persons(doc: Transcript, lex: Lexicon, registry=None) -> None:
    header = [b for b in doc.blocks if isinstance(b, HeaderLine)]
    people: list[tuple[tuple[str, ...], Person]] = []
    by_label: dict[str, Person | None] = {}  # decided once per distinct printed label
    for turn in doc.turns():
        if turn.label is None:
            continue
        name = turn.name or turn.label  # the speaker part, without markup or timestamp
        if name not in by_label:
            generic = is_generic(name, lex)
            by_label[name] = None if generic else _person_for(name, people, header, lex)
            if by_label[name] is not None:
                by_label[name].labels.append(turn.label)
        person = by_label[name]
        turn.who = person.id if person else None
    _merge_office_holders(doc, people)
    _introduced_names(doc, header, people, lex)
    doc.persons = [p for _, p in people]
    _attribute_unlabeled(doc, header, people, lex)
    _attribute_interviewer(doc, header, people, lex)
    if registry is not None:
        registry.apply(doc)


def _introduced_names(doc: Transcript, header: list[HeaderLine], people: list, lex: Lexicon) -> None:
    """A person known by a surname gets the fullest name the text introduces."""
    named = [(k, p) for k, p in people if k and k[0] and p.labels
             and (len((p.name or "").split()) < 2 or p.role is None)]
    if not named:
        return  # every speaker's full name and role are known already
    from teikit.model import Paragraph, Turn
    texts = [h.text for h in header]
    size = 0
    for block in doc.blocks:
        if size > SCAN_CHARS:
            break  # speakers are introduced early; the index reads no further
        for item in (block.paragraphs if isinstance(block, Turn) else [block]):
            if isinstance(item, Paragraph) or (hasattr(item, "text") and not isinstance(item, HeaderLine)):
                texts.append(item.text)
                size += len(texts[-1])
    index = NameIndex(texts, lex)
    for key, person in named:
        office, _ = _office_and_name(person.labels[0], lex)
        found = index.introduced(key, (office or "").split())
        if found is None:
            continue
        full, role = found
        if len(full.split()) > len((person.name or "").split()):
            person.name = full
        if role and (person.role is None or person.role.lower() in role.lower()):
            person.role = role  # "Administrator" -> "Administrator, NASA"


def _merge_office_holders(doc: Transcript, people: list) -> None:
    """THE PRESIDENT and PRESIDENT BIDEN are one person when the title names Biden as the
    president: the office person (whose name came from the title) joins the named one."""
    named = [(k, p) for k, p in people if k and k[0]]
    for entry in list(people):
        key, office = entry
        if key and key[0] or not office.name:
            continue  # not an office person, or no holder printed in the title
        holder = (nm.fold(office.name.split()[-1]),)
        match = next((p for k, p in named if nm.same_person(holder, k)), None)
        if match is None:
            continue
        match.labels.extend(office.labels)
        match.role = match.role or office.role
        people.remove(entry)
        for turn in doc.turns():
            if turn.who == office.id:
                turn.who = match.id


def _person_for(label: str, people: list, header: list[HeaderLine], lex: Lexicon) -> Person:
    key = nm.name_key(label, lex)
    plain = normalised_label(label)
    for other_key, person in people:
        if (key and nm.same_person(key, other_key)) or (not key and other_key == ("",) + (plain,)):
            return person
    if voices(lex).interpreter.match(plain):
        person = Person(id=_unique("interpreter", people), name="Interpreter", interpreter=True)
        people.append((("", plain), person))
        return person
    person = _new_person(label, key, header, people, lex)
    people.append((key or ("", plain), person))
    return person


def _new_person(label: str, key: tuple[str, ...], header: list[HeaderLine], people, lex: Lexicon) -> Person:
    words = nm.label_words(label)
    if not key:  # an office without a name: MODERATOR, THE VICE PRESIDENT
        base = [w for w in words if nm.fold(w) != "the"] or words
        holder = _office_holder(base, header, lex)
        return Person(id=_unique(nm.slug(base), people), name=holder, role=_display(" ".join(words), lex))
    # The id is made of all the name words of the label: an upper-case label prints the
    # surname alone ("LE DRIAN"), a mixed-case one the whole name, whose family name is
    # not always last ("Hua Chunying" -> "hua-chunying").
    name, role = _from_header(key, header, lex)
    office, name_words = _office_and_name(label, lex)
    if name is None:
        name = _display(" ".join(name_words), lex)
    if role is None:
        role = office
    return Person(id=_unique(nm.slug(key), people), name=name, role=role or None)


def _from_header(key: tuple[str, ...], header: list[HeaderLine], lex: Lexicon) -> tuple[str | None, str | None]:
    """Full name and office printed in a byline ("Name, Office") or the title."""
    for line in header:
        if line.kind == K.BYLINE:
            name_part, _, office = line.text.partition(",")
            found = nm.find_name(name_part, key, lex)
            if found:
                # the office after the comma is this person's only when the name ends the
                # part before it ("By Director John Lipsky with Anoop Singh, Director, ..."
                # gives Lipsky "Director", not Singh's office)
                ends = name_part.rstrip().endswith(found[0].split()[-1])
                return found[0], (office.strip() if ends else "") or found[1] or None
    for line in header:
        if line.kind in (K.TITLE, K.SUBTITLE, K.ACTIVITY):
            found = nm.find_name(line.text, key, lex)
            if found:
                return found[0], found[1] or None
    return None, None


def _office_holder(office: list[str], header: list[HeaderLine], lex: Lexicon) -> str | None:
    """For THE VICE PRESIDENT, the name the title prints after "Vice President", if one."""
    if not office or nm.fold(office[-1]) in lex.anonymous_words:
        return None
    for line in header:
        if line.kind in (K.TITLE, K.SUBTITLE):
            name = nm.office_holder(line.text, office, lex)
            if name:
                return name
    return None


def _office_and_name(label: str, lex: Lexicon) -> tuple[str | None, list[str]]:
    """Office and name words of a label: ("President of Russia", ["Vladimir", "Putin"])
    for "President of Russia Vladimir Putin:", ("Moderator", ["Peter", "Stano"]) for
    "Peter Stano, Moderator:". Honorifics (Mr., Dr.) are neither."""
    head, _, role = label.partition(",")
    words = nm.label_words(head)
    key = nm.name_key(head, lex)
    start = next((i for i, w in enumerate(words) if key and nm.fold(w) == key[0]), len(words))
    office = [w for w in words[:start] if nm.fold(w) not in lex.honorifics]
    role = role.strip().rstrip(":").strip() or (_display(" ".join(office), lex) if office else None)
    return role, words[start:]


def _display(text: str, lex: Lexicon) -> str:
    """Upper-case label words shown as a name: "DI MAIO" -> "Di Maio"; mixed case and
    short acronyms ("SG") kept as printed."""
    if not text.isupper():
        return text
    return " ".join(w if _acronym(w, lex) else w.title() for w in text.split())


def _acronym(word: str, lex: Lexicon) -> bool:
    """ "SG", "UN", "NSC": short all-letter words that are not ordinary words of a label."""
    low = word.lower()
    return (len(word) <= 3 and word.isalpha() and low not in lex.honorifics
            and low not in lex.ordinals and low not in lex.small_words)


def _unique(base: str, people: list) -> str:
    base = base or "speaker"
    taken = {p.id for _, p in people}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _attribute_unlabeled(doc: Transcript, header: list[HeaderLine], people: list, lex: Lexicon) -> None:
    """Unlabeled speech, and the answers of a Q/A interview ("A:", "Answer:"), are by the
    one person the header names who has no label of their own."""
    unlabeled = [t for t in doc.turns() if t.label is None]
    answers = [t for t in doc.turns() if t.label and normalised_label(t.name or t.label) in lex.answer_labels]
    candidates = _header_speakers(header, people, lex)
    if answers and len(candidates) == 1:
        unlabeled += answers
    if not unlabeled:
        return
    if not candidates:
        titled = _titled_speaker(header, people)
        if titled is not None:
            for turn in unlabeled:
                turn.who = titled.id
            return
    if len(candidates) != 1:
        why = "no one" if not candidates else f"{len(candidates)} people"
        doc.warn(f"unlabeled speech not attributed: the header names {why} without a label",
                 unlabeled[0].line)
        return
    name, office, key = candidates[0]
    person = Person(id=_unique(nm.slug(key), people), name=name, role=office or None)
    people.append((key, person))
    doc.persons.append(person)
    for turn in unlabeled:
        turn.who = person.id


def _titled_speaker(header: list[HeaderLine], people: list) -> Person | None:
    """The one labelled speaker whose name the title prints ("2021年5月10日外交部发言人华春莹
    主持例行记者会" and a "华春莹：" label): the unlabeled opening statement is theirs."""
    titles = " ".join(h.text for h in header if h.kind in (K.TITLE, K.ACTIVITY))
    named = [p for _, p in people if p.name and len(p.name) >= 2
             and re.search(rf"(?<!\w){re.escape(p.name)}(?!\w)" if p.name.isascii() else re.escape(p.name), titles)]
    return named[0] if len(named) == 1 else None


def _header_speakers(header: list[HeaderLine], people: list, lex: Lexicon) -> list[tuple[str, str, tuple]]:
    """People the byline or title names who have no label of their own."""
    found: list[tuple[str, str, tuple]] = []
    for kind in (K.BYLINE, K.NOTE, K.TITLE):  # a note: "The following is ... by NAME, ROLE"
        for line in (h for h in header if h.kind == kind):
            byline = kind == K.BYLINE
            name_part, _, office = line.text.partition(",") if byline else (line.text, "", "")
            names = nm.names_in(name_part, lex) if byline else nm.introduced_names(name_part, lex)
            for name in names:
                key = (nm.fold(name.split()[-1]),)
                family_first = (nm.fold(name.split()[0]),)  # "Chung Eui-yong", "Kishida Fumio"
                if any(nm.same_person(key, k) or nm.same_person(family_first, k) for k, _ in people) \
                        or any(k == key for _, _, k in found):
                    continue
                full = nm.find_name(line.text, key, lex)
                found.append((name, office.strip() or (full[1] if full else ""), key))
        if found:
            return found
    return found


def _attribute_interviewer(doc: Transcript, header: list[HeaderLine], people: list, lex: Lexicon) -> None:
    """In an interview titled "X with Y", the one question voice is Y when Y has no label.

    Applies only when the question turns all carry one generic label (QUESTION or Q): a
    briefing with many journalists does not name them in its title.
    """
    questions = [t for t in doc.turns() if t.label and normalised_label(t.name or t.label) in lex.question_labels]
    if not questions or len({normalised_label(t.name or t.label) for t in questions}) != 1:
        return
    for line in (h for h in header if h.kind == K.TITLE):
        m = voices(lex).interview.search(line.text)
        names = nm.names_in(m.group(1), lex) if m else []
        if not names or not m.group(1).startswith(names[0]):
            continue  # "with Stephen Colbert", not "with Senior Officials on ..." or "with Foreign Minister X"
        key = (nm.fold(names[0].split()[-1]),)
        if any(nm.same_person(key, k) for k, _ in people):
            return
        person = Person(id=_unique(nm.slug(key), people), name=names[0], labels=[questions[0].label])
        people.append((key, person))
        doc.persons.append(person)
        for turn in questions:
            turn.who = person.id
        return


PASS = PersonsPass()
