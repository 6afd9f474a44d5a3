"""Labels that name one person in two forms, joined after each label got its person:
an office and its holder named by the title, dotted initials and the full name, the office
alone after "office and name" (`teikit.transforms.persons`)."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.model import Person, Turn
from teikit.transforms.helpers import names as nm
from teikit.transforms.helpers.initialled import hyphened_initials
from teikit.transforms.helpers.labeltext import unbracketed


def merge_office_holders(turns: list[Turn], people: list) -> None:
    """THE PRESIDENT and PRESIDENT BIDEN are one person when the title names Biden as the
    president: the office person (whose name came from the title) joins the named one."""
    named = [(k, p) for k, p in people if k and k[0]]
    for entry in list(people):
        key, office = entry
        if key and key[0] or office.interpreter:
            continue  # not an office person
        if office.name:
            holder = (nm.fold(office.name.split()[-1]),)
            match = next((p for k, p in named if nm.same_person(holder, k)), None)
        else:  # THE MAYOR after MAYOR JANE DOE: the one named speaker who holds that office, first
            holders = [p for _, p in named if office.role and p.role and nm.fold(p.role) == nm.fold(office.role)]
            match = holders[0] if len(holders) == 1 and speaks_first(turns, holders[0], office) else None
        if match is not None:
            join_person(turns, people, entry, match)


def merge_role_repeats(turns: list[Turn], people: list) -> None:
    """ "村支書的父親 楊宇貴:" and later "村支書的父親:": a label that prints nothing but the role
    an earlier "role name" label gave one person is that person, when no one else holds that
    role and that person speaks first (an office label the lexicon does not know as one)."""
    # each role folded once (folding every role for every label cost the square of a record
    # with thousands of speakers); a joined person has no role, so no holder leaves the index
    by_role: dict[str, list[Person]] = {}
    for _, person in people:
        if person.role:
            by_role.setdefault(nm.fold(person.role), []).append(person)
    for entry in list(people):
        key, short = entry
        if short.role or not short.name or not key or len(short.labels) != 1:
            continue
        plain = nm.fold(short.labels[0].rstrip(":： ").strip())
        if plain != nm.fold(short.name):
            continue  # the label is not the name alone
        holders = [p for p in by_role.get(plain, ()) if p is not short]
        if len(holders) == 1 and speaks_first(turns, holders[0], short):
            join_person(turns, people, entry, holders[0])


# A label of dotted initials: "J.E.", "M. R.".
_DOTTED_INITIALS = re.compile(r"^(?:[^\W\d_]\.[ \u00a0]?){2,4}$")
# A label of one to three capitals without stops, the initials of a mixed-case name printed
# as a label before it ("Moreno:", then "M:"; "Ann Lee:", then "AL:").
MAX_PLAIN_INITIALS = 3


def merge_initials(turns: list[Turn], people: list, voices: frozenset = frozenset()) -> None:
    """ "J.E.:" after "JORDI ÉVOLE:": a label of dotted initials is the one other labelled
    person whose name has as many words, beginning with those letters (accents aside), as
    interviews print the full names at first and the initials afterwards. The words may be
    the parts of a hyphenated name ("CHS:" after "Cindy Hyde-Smith:") or leave out its
    lower-case particles ("LB:" after "Ludwig van Beethoven:"); a single letter ("В:" after
    "Василий Демьяненко:") stands for the one name of two or three words it begins, unless it
    is a question or answer voice of the lexicon (`voices`: "Q", "A", "R") (N250y).
    Capitals joined by hyphens ("T-M:" after "Tshabalala-Msimang:") are the initials of the
    parts of the name's last word, the surname (L262x); run after the other labels' joins,
    as they need not begin with the name's first letter."""
    by_initial: dict[str, list[Person]] | None = None  # built on first need
    by_label_initial: dict[str, list[Person]] | None = None  # (the same, by their first label)
    joined: set[int] = set()  # persons joined into another here, gone from `people`
    hyphened: list[tuple[tuple, str]] = []  # (entry, its letters): "T-M", joined last
    for entry in list(people):
        short = entry[1]
        # (Markdown bold around the initials too: "**CH:**" after "**Christian Horner:**", N1032f)
        label = (short.labels[0] if short.labels else "").strip("*_").rstrip(":： ").strip()
        plain = label.isalpha() and label.isupper() and len(label) <= MAX_PLAIN_INITIALS  # "M:" after "Moreno:" (L152p)
        if not plain and not _DOTTED_INITIALS.match(label) or label in voices:
            if (letters := hyphened_initials(label)) is not None:
                hyphened.append((entry, letters))
            continue
        if by_initial is None:
            by_initial = _by_initial(people)
        letters = [nm.fold(c) for c in label if c.isalpha()]
        matches = [p for p in by_initial.get(letters[0] if letters else "", ())
                   if p is not short and id(p) not in joined and initials_fit(letters, p.name)
                   and not (plain and p.name.isupper())]
        if not matches and plain:  # "R:" after "Robbie:", whose name the header made "John Robbie" (N330c)
            if by_label_initial is None:
                by_label_initial = _by_label_initial(people)
            pool = by_label_initial.get(letters[0] if letters else "", []) + by_label_initial[""]
            matches = [p for p in pool if p is not short and id(p) not in joined and _label_abbreviated(letters, p)]
        if len(matches) == 1 and (not plain or speaks_first(turns, matches[0], short)):
            join_person(turns, people, entry, matches[0])
            joined.add(id(short))
    for entry, letters in hyphened:
        matches = [p for _, p in people if p is not entry[1] and p.name and _surname_initials(p.name) == letters]
        if len(matches) == 1 and speaks_first(turns, matches[0], entry[1]):
            join_person(turns, people, entry, matches[0])
    _merge_digraph_initials(turns, people)


# Initials that print a digraph's second letter in lower case, as Polish and Czech write them:
# "WCh:" after "Wiktoria Choręziak:", "MSz:" after "Maria Szymańska:" (N1303h); or a name's
# particle in full, as Irish and Scottish names keep it: "CMacC:" after "Cathal Mac Coille:"
# (N1452i; a chunk of three letters or more must be a whole word of the name).
_DIGRAPH_INITIAL = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]{0,3}")
_DIGRAPH_INITIALS = re.compile(r"(?:[^\W\d_a-z][^\W\d_A-Z]{0,3}){2,4}")


def _merge_digraph_initials(turns: list[Turn], people: list) -> None:
    """A label of two to four initials, one at least a capital and a small letter ("WCh"), is
    the one other person who speaks first and whose name's words begin with them in order."""
    by_shape: dict[tuple[int, str], list[Person]] | None = None  # built on first need
    joined: set[int] = set()  # persons joined into another here, gone from `people`
    for entry in list(people):
        short = entry[1]
        label = (short.labels[0] if short.labels else "").strip("*_").rstrip(":： ").strip()
        if label.isupper() or not _DIGRAPH_INITIALS.fullmatch(label):
            continue
        chunks = [nm.fold(c) for c in _DIGRAPH_INITIAL.findall(label)]
        if by_shape is None:
            by_shape = _by_word_shape(people)
        # (only the names of as many words whose first word begins so can fit: reading every
        # person's name for each such label cost the square of a record of a thousand speakers)
        pool = by_shape.get((len(chunks), chunks[0][:1]), ()) if chunks[0] else [p for _, p in people if p.name]
        matches = [p for p in pool if p is not short and id(p) not in joined and _words_begin(chunks, p.name)]
        if len(matches) == 1 and speaks_first(turns, matches[0], short):
            join_person(turns, people, entry, matches[0])
            joined.add(id(short))


def _by_word_shape(people: list) -> dict[tuple[int, str], list[Person]]:
    """The named persons by the number of their name's words and its first folded letter:
    those `_words_begin` may accept for initials of that many chunks beginning so."""
    out: dict[tuple[int, str], list[Person]] = {}
    for _, person in people:
        if person.name:
            words = _folded_words(person.name)
            out.setdefault((len(words), words[0][:1] if words else ""), []).append(person)
    return out


def _words_begin(chunks: list[str], name: str) -> bool:
    words = _folded_words(name)
    if len(words) != len(chunks):
        return False
    return all(w == c if len(c) > 2 else w.startswith(c) for w, c in zip(words, chunks))


@lru_cache(maxsize=4096)
def _folded_words(name: str) -> tuple[str, ...]:
    """The folded words of a person's name: asked of every person for each label of initials
    (a text of a thousand speakers asked it a hundred thousand times), split once per name."""
    return tuple(map(nm.fold, name.split()))


def merge_given_names(turns: list[Turn], people: list, voices: frozenset = frozenset()) -> None:
    """ "LULU:" after "LULU MILLER:": a label that is one word, the given name of exactly one
    other labelled person whose full name (two or three words) speaks first, is that person,
    as podcast and radio transcripts label a host in full at first and by the given name
    afterwards (N301f). Two persons with that given name give nothing."""
    by_given: dict[str, list[Person]] = {}
    for _, person in people:
        words = (person.name or "").split()
        if len(words) in LETTER_NAME_WORDS and all(w[:1].isupper() for w in words):
            by_given.setdefault(nm.fold(words[0]), []).append(person)
    for entry in list(people):
        short = entry[1]
        # ("[Daniel]:" after "[Daniel Alarcón]:": the brackets are the label's, L490a)
        label = unbracketed((short.labels[0] if len(short.labels) == 1 else "").rstrip(":： ").strip())
        if not label.isalpha() or len(label) < 2 or label in voices or short.role \
                or nm.fold(label) != nm.fold(short.name or ""):
            continue
        matches = [p for p in by_given.get(nm.fold(label), ()) if p is not short]
        if len(matches) == 1 and speaks_first(turns, matches[0], short):
            join_person(turns, people, entry, matches[0])


def _label_abbreviated(letters: list[str], person: Person) -> bool:
    """The `letters` are the initials of the words of the person's first label as printed
    ("R" of "Robbie:", "JR" of "Jane Roe:"), a label in mixed case: an interview labels a
    speaker in full at first and by the initials of that label afterwards, whatever fuller
    name the header gave the person since (N330c)."""
    label = (person.labels[0] if person.labels else "").rstrip(":： ").strip()
    words = label.split()
    return bool(words) and not label.isupper() and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and initials_fit(letters, label)


def _by_label_initial(people: list) -> dict[str, list[Person]]:
    """The persons by the folded first letter of their first label: those whose label
    `_label_abbreviated` may accept for initials beginning so (each plain label of initials
    read every person's label). Under "" those with no label yet, which a join may give one."""
    out: dict[str, list[Person]] = {"": []}
    for _, person in people:
        words = (person.labels[0].rstrip(":： ").split() if person.labels else [""])
        out.setdefault(nm.fold(words[0])[:1] if words else "", []).append(person)
    return out


def _surname_initials(name: str) -> str:
    """ "Nkosazana Tshabalala-Msimang" -> "TM": the first letters of the last word's parts."""
    return "".join(nm.fold(part)[:1].upper() for part in name.split()[-1].split("-") if part)


# The words of a full name a single-letter label may stand for.
LETTER_NAME_WORDS = (2, 3)


def initials_fit(letters: list[str], name: str) -> bool:
    """The folded `letters` begin the words of `name` in order: its words as printed, the
    parts of its hyphenated words, or those parts without lower-case particles; or one
    letter begins a name of two or three words."""
    words = name.split()
    if len(letters) == 1 and len(words) in LETTER_NAME_WORDS and nm.fold(words[0])[:1] == letters[0]:
        return True
    parts = [w for w in re.split(r"[\s\-‐]+", name) if w]
    for form in (words, parts, [w for w in parts if not w.islower()]):
        if len(form) == len(letters) and all(nm.fold(w)[:1] == c for w, c in zip(form, letters)):
            return True
    return False


def _by_initial(people: list) -> dict[str, list[Person]]:
    """The named persons by the first letter of their name (folded): those a label of
    initials may stand for (each such label read every person's name)."""
    out: dict[str, list[Person]] = {}
    for _, person in people:
        if (person.name or "").strip():
            out.setdefault(nm.fold(person.name.split()[0])[:1], []).append(person)
    return out


def join_person(turns: list[Turn], people: list, entry: tuple, into: Person) -> None:
    """The person of `entry` is `into`: its labels and role go there, its turns too."""
    person = entry[1]
    into.labels.extend(person.labels)
    into.role = into.role or person.role
    people.remove(entry)
    for turn in turns:
        if turn.who == person.id:
            turn.who = into.id


def speaks_first(turns: list[Turn], first: Person, then: Person) -> bool:
    """`first` speaks before `then` does (a label shortened after its full form, never the
    other way: THE PRESIDENT before PRESIDENT MACRON is the host, not the guest)."""
    if first.id == then.id:
        return False
    for turn in turns:  # (up to the first turn of either: a table of every speaker's first turn
        if turn.who == first.id:  # cost a walk of all turns for each office)
            return True
        if turn.who == then.id:
            return False
    return False
