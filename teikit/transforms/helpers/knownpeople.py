"""The people found behind a document's labels so far, indexed so that telling who a new
label names, and giving a new person a free id, costs the same for the thousandth
speaker as for the first (`transforms.persons`).

A label names a person already known when `names.same_person` says so of their keys. Of
its three tests two need the same last word ("LAVROV" and "Sergey Lavrov": one key ends
the other; "В. ПУТИН" and "ВЛАДИМИР ПУТИН": an initial for the given name) and are
answered from indexes; the third, a near spelling ("DI MAIO", "DE MAIO"), needs a costly
comparison with every key of the same length and initial, so a document has a budget of
them (`MAX_SPELLING_TESTS`). Without the indexes and the budget, a page of many thousand
distinct labels (a hostile upload, a long record) would cost the square of their number.
"""
from __future__ import annotations

from teikit.model import Person
from teikit.transforms.helpers import names as nm

# Comparisons for near spellings one document may make: a real transcript makes a few
# thousand at most. Beyond it, labels are joined when one ends the other or differs by an
# initial, as before, but no longer when spelt a little differently.
MAX_SPELLING_TESTS = 20_000

# Keys of the same length, last word and initials that an initial-for-a-name test reads
# ("A. B. LEE" against "ANN BO LEE", "ANN BEA LEE" ...): far more than any text prints.
MAX_INITIAL_TESTS = 64

Key = tuple[str, ...]


class Ids:
    """The ids in use, and for each base the next number to try ("ann-lee", "ann-lee-2" ...)."""

    def __init__(self, taken=()) -> None:
        self.taken: set[str] = set(taken)
        self.next_number: dict[str, int] = {}

    def free(self, base: str) -> str:
        """The first of base, base-2, base-3 ... not in use."""
        base = base or "speaker"
        n = self.next_number.get(base, 1)
        candidate = base if n == 1 else f"{base}-{n}"
        while candidate in self.taken:
            n += 1
            candidate = f"{base}-{n}"
        self.next_number[base] = n  # ids are only added while labels are read: none frees
        return candidate

    def add(self, person_id: str) -> None:
        self.taken.add(person_id)


class KnownPeople:
    """(key, Person) pairs in the order found (`people`, the list the persons pass hands on),
    with the indexes `find` reads."""

    def __init__(self, people: list) -> None:
        self.people = people
        self.ids = Ids()
        self.exact: dict[Key, Person] = {}  # every key, first person (also "", label and numbered keys)
        self.entries = 0  # keys of words indexed so far: their order
        self.ending: dict[Key, tuple[int, Person]] = {}  # each suffix of a key -> first key ending so
        self.equal: dict[Key, tuple[int, Person]] = {}  # each key -> its first entry
        self.by_initials: dict[tuple, list] = {}  # (length, last word, initials) -> entries
        self.initialled: dict[tuple, list] = {}  # ... of them, those with a one-letter given name
        self.by_shape: dict[tuple[int, str], list] = {}  # (length, initial) -> entries
        self.spelling_tests = 0

    def add(self, key: Key, person: Person) -> None:
        self.people.append((key, person))
        self.ids.add(person.id)
        self.exact.setdefault(key, person)
        if not nm.numbered(key):
            self._index(key, person)

    def alias(self, key: Key, person: Person) -> None:
        """Another key for a person already known: the short form a label defines."""
        if key not in self.exact:
            self.exact[key] = person
            self._index(key, person)

    def _index(self, key: Key, person: Person) -> None:
        entry = (self.entries, key, person)
        self.entries += 1
        self.equal.setdefault(key, entry[::2])
        for i in range(len(key)):
            self.ending.setdefault(key[i:], entry[::2])
        if len(key) > 1:
            self.by_initials.setdefault(_initials(key), []).append(entry)
            if _has_initial(key):
                self.initialled.setdefault(_initials(key), []).append(entry)
        self.by_shape.setdefault((len(key), key[0][:1]), []).append(entry)

    def find(self, key: Key, plain: str, near: bool = True) -> Person | None:
        """The first person, in order found, whose key names the same person as `key`
        (`names.same_person`; without `near`, no near spelling); for a label without name
        words, the person of the same plain label; for a numbered key ("SPEAKER 12"), the
        person of the same key."""
        if not key:
            return self.exact.get(("", plain))
        if nm.numbered(key):
            return self.exact.get(key)
        first = self._plainly_same(key)
        for order, known, person in self.by_shape.get((len(key), key[0][:1]), ()) if near else ():
            if first is not None and order >= first[0] or self.spelling_tests >= MAX_SPELLING_TESTS:
                break
            if nm.near_spelling_pair(key, known) and not nm.numbered(known):
                self.spelling_tests += 1
                if nm.near_spelling(key, known):
                    return person
        return first[1] if first is not None else None

    def _plainly_same(self, key: Key) -> tuple[int, Person] | None:
        """The first (order, person) whose key `names.plainly_same` matches."""
        found = [self.ending.get(key)]  # a key that ends with this one (or equals it)
        found += [self.equal.get(key[i:]) for i in range(1, len(key))]  # a key this one ends with
        if len(key) > 1:
            # two keys without a one-letter given name are plainly the same only when equal
            # (`equal` above): a key of full names is tested against the initialled keys only,
            # so thousands of "Ann Lee", "Bob Lee" ... cost no test each
            pool = self.by_initials if _has_initial(key) else self.initialled
            found += [(order, person) for order, known, person
                      in pool.get(_initials(key), ())[:MAX_INITIAL_TESTS]
                      if nm.plainly_same(key, known)]
        return min((f for f in found if f is not None), key=lambda f: f[0], default=None)


def _has_initial(key: Key) -> bool:
    return any(len(w) == 1 for w in key[:-1])


def _initials(key: Key) -> tuple:
    return len(key), key[-1], tuple(w[:1] for w in key[:-1])
