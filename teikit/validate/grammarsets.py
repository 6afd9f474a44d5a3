"""Which pruned grammar validates which document: few grammars, each small.

libxml2's compile time grows with about the cube of the number of element patterns left in
a pruned grammar (measured on tei_all, 2 cores: 50 elements 3 ms, 90 30 ms, 170 0.26 s,
250 0.7 s, 450 4.3 s), because every element's content model is turned into an automaton
and checked for determinism. One grammar for the union of all names of a mixed corpus
(TEI test files, plays, parliaments: ~450 elements) therefore costs several seconds,
and a grammar per document costs the fixed price of pruning (~30 ms of Python, or ~1 ms
from the on-disk cache) hundreds of times.

`GrammarPlan` (in the parent) groups the name sets of documents as they are scanned: a
document joins a group whose names cover it, or the group whose estimated compile cost
grows least by taking it in, unless a grammar of its own is cheaper. Every document is
sent with its group's name set, so a worker compiles each group once, and keeps the
compiled grammars it has (`CompiledGrammars`, a small LRU). Groups, and so the cached
pruned grammars' names, depend only on the documents and their order: a second run over
the same corpus finds every pruned grammar in the cache. A group stops growing at about
150 elements (0.1 s), and a document that alone needs more than ~75 (0.02 s: most TEI
Guidelines' and Stylesheets' test files, up to the kitchen-sink ones with 260-370
elements) gets a grammar of its own, pruned per parent as well (`CHILDREN` in its hint:
the worker adds the (parent, child) pairs of its tree, see rngchildren), which libxml2
compiles in a few milliseconds whatever the number of elements. (Before per-parent
pruning, such documents went to jing, and groups grew to ~250 elements: on the mixed
benchmark set 1.2 s of compiles per worker and a JVM for two documents, now ~0.35 s.)
"""
from __future__ import annotations

from collections import OrderedDict

GRAMMAR_COST = 0.01      # seconds: one more grammar, the fixed part (cached: read + parse)
ELEMENT_COST = 2.5e-8    # seconds * elements^-3: libxml2's compile, see above
MAX_GROUP_COST = 0.1     # a group grows no further (~150 elements)
CHILDREN_COST = 0.02     # a document whose own grammar costs more is pruned per parent
                         # (~75 elements; rngchildren: its compile then costs ~5 ms)
MAX_OWN = 64             # per-parent grammars per run (each costs ~0.1 s of Python when
                         # not cached); then big documents are grouped, in groups that
LARGE_GROUP_COST = 0.4   # may grow to ~250 elements
KEEP_COMPILED = 16       # compiled grammars kept per worker
# In a hint: prune this document's grammar per parent too, with the (parent, child) pairs
# of its tree (rngchildren); not a name (no XML name contains ">").
CHILDREN = ">"


def elements(names) -> int:
    return sum(1 for n in names if "@" not in n and CHILDREN not in n)


def hint_cost(hint) -> float:
    """The estimated compile cost of a worker's hint (a group or a document pruned per
    parent: ~0.1 s of Python when its grammar is not cached yet)."""
    return 0.1 if CHILDREN in hint else compile_cost(elements(hint))


def compile_cost(element_count: int) -> float:
    return GRAMMAR_COST + ELEMENT_COST * element_count ** 3


class GrammarPlan:
    """Groups of name sets, each validated with one pruned grammar."""

    def __init__(self):
        self.groups: list[set[str]] = []
        self._sizes: list[int] = []        # element counts of the groups
        self._own = 0                      # documents given a per-parent grammar
        self._issued: dict[int, list[frozenset[str]]] = {}  # group -> its names as sent

    def assign(self, batch: list[set[str]]) -> list[frozenset[str]]:
        """The name set to prune to, for each document of a batch (its group's names
        once the whole batch is placed: a group grown by a later document of the batch
        is compiled once, not once before and once after, or the group's names as an
        earlier batch had them when they cover the document, see `_issued_key`); for a
        document that uses much of the grammar, its own names and `CHILDREN`."""
        chosen = [self._place(names) for names in batch]
        keys = {i: frozenset(g) for i, g in enumerate(self.groups)}
        return [frozenset(names) | {CHILDREN} if i is None
                else self._issued_key(i, names, keys[i]) for i, names in zip(chosen, batch)]

    def _issued_key(self, group: int, names: set[str], current: frozenset) -> frozenset:
        """The oldest name set of `group` sent with an earlier document that covers
        `names` (the workers have compiled its grammar), else the group's current one.
        A group grows as batches bring new names (the plays: 138, 153, 167 and 169
        names), and each worker compiled every version for the documents it got; now
        only documents with the new names need the grown grammar (any grammar pruned to
        a superset of a document's names gives the same verdict)."""
        issued = self._issued.setdefault(group, [])
        for key in issued:
            if names <= key:
                return key
        if not issued or issued[-1] != current:
            issued.append(current)
        return current

    def _place(self, names: set[str]) -> int | None:
        for i, group in enumerate(self.groups):
            if names <= group:
                return i
        own = compile_cost(elements(names))
        if own > CHILDREN_COST and self._own < MAX_OWN:
            self._own += 1
            return None
        limit = MAX_GROUP_COST if own <= MAX_GROUP_COST else LARGE_GROUP_COST
        best, best_cost = None, own
        new_elements = {n for n in names if "@" not in n}
        for i, group in enumerate(self.groups):
            size = self._sizes[i] + len(new_elements - group)
            extra = compile_cost(size) - compile_cost(self._sizes[i])
            if extra < best_cost and compile_cost(size) <= limit:
                best, best_cost = i, extra
        if best is None:
            self.groups.append(set(names))
            self._sizes.append(elements(names))
            return len(self.groups) - 1
        self._sizes[best] += len(new_elements - self.groups[best])
        self.groups[best] |= names
        return best


class CompiledGrammars:
    """The compiled grammars of one worker, by name set; a request is served by the
    grammar for exactly those names or, failing that, the smallest one covering them."""

    def __init__(self, compile_for, keep: int = KEEP_COMPILED):
        self._compile_for = compile_for
        self._keep = keep
        self._by_names: OrderedDict[frozenset, object] = OrderedDict()

    def covering(self, names, exact: bool = False) -> tuple[frozenset, object]:
        names = frozenset(names)
        key = names if names in self._by_names or exact else min(
            (k for k in self._by_names if names <= k), key=len, default=None)
        if key not in self._by_names:
            key = None
        if key is None:
            key = names
            self._by_names[key] = self._compile_for(set(key))
            while len(self._by_names) > self._keep:
                self._by_names.popitem(last=False)
        self._by_names.move_to_end(key)
        return key, self._by_names[key]
