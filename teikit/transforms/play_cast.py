"""Pass `play_cast`: the characters of a play, as DraCor lists them.

Runs after `persons` on a play read by `play_structure` (a document with a cast list or
acts and scenes) and replaces the transcript's persons by the play's characters:

- every speaker label is joined to a cast entry when the evidence is strong: the same
  name ("HAMLET." / "Hamlet"), an abbreviation that starts exactly one name of the cast
  ("Ber." / "Bernardo", "Laer." / "Laertes"), or the first word of exactly one role
  description ("King." / "Claudius, King of Denmark.");
- a label naming several speakers ("Cor., Volt.", "Both [Mar. and Ber.]") speaks for all
  of them (`sp/@who` lists each); a bare group word printed after such a label ("Both.")
  stands for the same people; any other group ("All.") is a `personGrp`;
- a label that joins no one is a character of its own, named as printed;
- ids follow DraCor's rules: lower case, words joined by hyphens ("first-gravedigger");
- `--persons` adds names, Wikidata ids and sex (written as DraCor's MALE/FEMALE/UNKNOWN).
"""
from __future__ import annotations

import re

from teikit.model import CastEntry, CastList, Division, HeaderKind, HeaderLine, Person, Transcript, Turn
from teikit.transforms.helpers.romanise import romanised

ARTICLES = frozenset("a an the two some der die das ein eine le la les un une el los las il lo gli i".split())
DRACOR_SEX = {"m": "MALE", "male": "MALE", "f": "FEMALE", "female": "FEMALE", "u": "UNKNOWN", "unknown": "UNKNOWN"}
_NOT_ID = re.compile(r"[^a-z0-9]+")  # DraCor's ids are ASCII: ideographs kept by `romanised` are dropped
_SPLIT_NAMES = re.compile(r"\.?,\s+|\.?\s+(?:and|&|und|et|y|e)\s+")


def dracor_id(name: str) -> str:
    """ "First Gravedigger" -> "first-gravedigger", "Hamlet's Father" -> "hamlets-father"."""
    plain = re.sub(r"['’]", "", romanised(name.lower()))  # "Лопахин" -> "lopakhin"
    words = [w for w in _NOT_ID.split(plain) if w]
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    slug = "-".join(words) or "speaker"
    return slug if slug[0].isalpha() else f"character-{slug}"


class PlayCastPass:
    name = "play_cast"
    after = ("persons",)

    def apply(self, doc: Transcript, ctx) -> None:
        if getattr(ctx.options, "flavour", None) != "drama":
            return
        if not any(isinstance(b, (CastList, Division)) for b in doc.blocks):
            return
        cast_characters(doc, ctx.lexicon)
        _title(doc)
        if ctx.registry is not None:
            _apply_registry(doc, ctx.registry)
        for person in doc.persons:
            if person.sex:
                person.sex = DRACOR_SEX.get(person.sex.casefold(), person.sex.upper())


def cast_characters(doc: Transcript, lex) -> None:
    entries = [e for b in doc.blocks if isinstance(b, CastList) for e in b.entries]
    cast = _Cast(entries)
    people: dict[str, Person] = {}
    groups: dict[str, list[str]] = {}
    for turn in doc.turns():
        if turn.label is None or not turn.name:
            turn.who, turn.others = None, []
            continue
        names, qualifier = _label_names(turn)
        base = turn.name.strip().casefold()
        if qualifier:
            ids = [_person(n, cast, people, turn.label) for n in qualifier]
            groups[base] = ids
        elif len(names) == 1 and base in groups:
            ids = groups[base]
        elif len(names) == 1 and base in lex.group_speakers:
            ids = [_group(turn.name.strip(), people, turn.label)]
        else:
            ids = [_person(n, cast, people, turn.label) for n in names]
        ids = list(dict.fromkeys(ids))
        turn.who, turn.others = ids[0], ids[1:]
    doc.persons = list(people.values())


def _title(doc: Transcript) -> None:
    """A play's first line is its title ("THE TRAGEDY OF HAMLET, PRINCE OF DENMARK"), even
    when its shape made the header pass read it as a byline."""
    first = doc.blocks[0] if doc.blocks else None
    if isinstance(first, HeaderLine) and first.kind in (HeaderKind.BYLINE, HeaderKind.UNKNOWN, HeaderKind.SUBTITLE) \
            and not any(isinstance(b, HeaderLine) and b.kind == HeaderKind.TITLE for b in doc.blocks):
        first.kind = HeaderKind.TITLE


def _label_names(turn: Turn) -> tuple[list[str], list[str]]:
    """The names a label prints, and those in its bracketed qualifier ("[Mar. and Ber.]")."""
    names = [n.strip(" .") for n in _SPLIT_NAMES.split(turn.name) if n.strip(" .")]
    qual = re.search(r"\[([^\]]*)\]", turn.label or "")
    qualifier = [n.strip(" .") for n in _SPLIT_NAMES.split(qual.group(1)) if n.strip(" .")] if qual else []
    return names, qualifier


class _Role:
    """One role of the cast: an entry's name, or one name of a group entry, with the
    description it is printed with."""

    def __init__(self, name: str, desc: str, owner: CastEntry, member: int | None = None):
        self.role, self.desc, self.owner, self.member = name, desc, owner, member

    def link(self, person_id: str) -> None:
        if self.member is None:
            self.owner.who = person_id
        else:
            self.owner.member_who[self.member] = person_id


def _roles(entry: CastEntry) -> list[_Role]:
    entry.member_who = [None] * len(entry.members)
    return [_Role(entry.role, entry.desc, entry)] + [
        _Role(name, entry.desc, entry, i) for i, (_, name) in enumerate(entry.members)]


class _Cast:
    """Looks speaker names up in the dramatis personae (each name of a group entry is a
    role of its own, with the group's description)."""

    def __init__(self, entries: list[CastEntry]):
        self.entries = [role for e in entries for role in _roles(e)]

    def find(self, label: str) -> _Role | None:
        key = label.casefold().strip(" .")
        if not key:
            return None
        for rule in (self._same, self._abbreviates, self._described):
            found = [e for e in self.entries if rule(e, key)]
            names = {_display(e).casefold() for e in found}
            if len(names) == 1:
                return found[0]
            if len(names) > 1:
                return None  # ambiguous: no join on weak evidence
        return None

    @staticmethod
    def _same(entry: _Role, key: str) -> bool:
        name = _display(entry).casefold()
        upper = " ".join(w for w in entry.role.split() if w.isupper() and len(w) > 1).casefold()
        return key in (name, _without_article(name), upper)

    @staticmethod
    def _abbreviates(entry: _Role, key: str) -> bool:
        words = _without_article(_display(entry).casefold()).split()
        return len(key) >= 2 and bool(words) and words[0].startswith(key) and words[0] != key

    @staticmethod
    def _described(entry: _Role, key: str) -> bool:
        words = [w.strip(".,;") for w in entry.desc.split()]
        words = [w for w in words if w.casefold() not in ARTICLES]
        return bool(words) and words[0][:1].isupper() and words[0].casefold() == key


def _display(entry) -> str:
    return entry.role.strip().rstrip(".").strip()


def _character_name(role: str) -> str:
    """The name in a cast entry: its upper-case words when the entry sets them apart ("The
    GHOST of the late king" -> "Ghost"), else the entry's name part."""
    upper = [w for w in role.split() if w.isupper() and len(w) > 1]
    if upper and not role.isupper():
        return " ".join(upper).title()
    return role


def _without_article(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].casefold() in ARTICLES else name


def _person(name: str, cast: _Cast, people: dict[str, Person], label: str) -> str:
    entry = cast.find(name)
    display = _character_name(_display(entry)) if entry is not None else name.strip(" .")
    if display.isupper() and len(display) > 1:
        display = display.title()
    key = display.casefold()
    person = people.get(key)
    if person is None:
        person = Person(id=_unique(dracor_id(display), people), name=display,
                        role=entry.desc.strip().rstrip(".") or None if entry is not None else None)
        people[key] = person
    if entry is not None:
        for role in cast.entries:
            if _display(role).casefold() == _display(entry).casefold():
                role.link(person.id)
        person.labels.append(_display(entry))
    if label not in person.labels:
        person.labels.append(label)
    return person.id


def _group(name: str, people: dict[str, Person], label: str) -> str:
    key = f"group:{name.casefold()}"
    if key not in people:
        people[key] = Person(id=_unique(dracor_id(name), people), name=name, group=True)
    people[key].labels.append(label)
    return people[key].id


def _unique(base: str, people: dict[str, Person]) -> str:
    taken = {p.id for p in people.values()}
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _apply_registry(doc: Transcript, registry) -> None:
    """The registry renames ids; speeches by several people follow."""
    before = [p.id for p in doc.persons]
    registry.apply(doc)
    renamed = {old: p.id for old, p in zip(before, doc.persons) if old != p.id}
    for turn in doc.turns():  # registry.apply renamed `who`, not the others of a speech
        turn.others = [renamed.get(w, w) for w in turn.others]
    for block in doc.blocks:
        if isinstance(block, CastList):
            for entry in block.entries:
                entry.who = renamed.get(entry.who, entry.who)
                entry.member_who = [renamed.get(w, w) for w in entry.member_who]


PASS = PlayCastPass()
