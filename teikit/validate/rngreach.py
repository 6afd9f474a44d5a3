"""The part of a big grammar that a name set can reach, copied out of it in milliseconds.

Why: pruning tei_all used to parse and walk the whole grammar (1,200 defines) for every
name set, ~0.1 s of Python per grammar, and a run over test files or a mixed corpus needs
dozens of small grammars (see grammarsets.py). Here the grammar is read once per process
and indexed: for each define, the refs it holds and the single-name element/attribute
patterns ("guards") around each ref. For a name set, the defines reachable from `start`
through refs whose guards all carry names of the set are copied into a new grammar; the
rest could only be reached through a pattern that pruning turns into notAllowed, which
simplification would remove anyway. The copy is then pruned and simplified as before, at
a cost proportional to what the documents use.
"""
from __future__ import annotations

from copy import deepcopy

from teikit.validate.rngsimplify import RNG_NS, simplifiable

_R = f"{{{RNG_NS}}}"
_ELEMENT, _ATTRIBUTE, _REF, _NAME = (f"{_R}element", f"{_R}attribute", f"{_R}ref",
                                     f"{_R}name")


def pattern_key(el) -> str | None:
    """The pruning key of an element/attribute pattern with a single-name name class:
    the local name, "@"-prefixed for attributes; None for other name classes."""
    name = el.get("name")
    if name is None:
        first = next(iter(el), None)
        if first is None or first.tag != _NAME:
            return None
        name = (first.text or "").strip()
    return ("@" if el.tag == _ATTRIBUTE else "") + name.rpartition(":")[2]


class ReachIndex:
    """Refs of every define and `start`, each with the pruning keys that guard it."""

    def __init__(self, root):
        self.root = root
        self.supported = root.tag == f"{_R}grammar" and simplifiable(root)
        self.parts = [c for c in root if isinstance(c.tag, str)]
        self.defines = {c.get("name"): c for c in self.parts if c.tag == f"{_R}define"}
        # Walked on first use (`refs_of`): an invalid document's diagnostics grammar
        # (`required_keys`) needs only `start`'s, and walking every define cost each
        # worker ~0.04 s when the pruned grammars came from the cache.
        self._refs: dict[int, list] = {}
        # Defines that are one element (or attribute) pattern: copied as notAllowed when
        # the name set lacks its name, without their content (most of tei_all).
        self.single = {id(part): _single_key(part) for part in self.parts}

    def refs_of(self, part) -> list[tuple[str, tuple[str, ...]]]:
        """The refs in a define (or `start`), each with the keys that guard it."""
        found = self._refs.get(id(part))
        if found is None:
            found = self._refs[id(part)] = _guarded_refs(part)
        return found

    def reachable_parts(self, names) -> list:
        """`start` and the defines reachable from it under `names`, in document order."""
        starts = [p for p in self.parts if p.tag == f"{_R}start"]
        seen = {id(p) for p in starts}
        stack = list(starts)
        while stack:
            part = stack.pop()
            for ref, guards in self.refs_of(part):
                define = self.defines.get(ref)
                if define is not None and id(define) not in seen \
                        and all(g in names for g in guards):
                    seen.add(id(define))
                    stack.append(define)
        return [p for p in self.parts if id(p) in seen]

    def root_keys(self) -> set[str]:
        """The element names `start` allows as the root (TEI and teiCorpus in tei_all)."""
        keys = set()
        for part in self.parts:
            if part.tag != f"{_R}start":
                continue
            for ref, guards in self.refs_of(part):
                define = self.defines.get(ref)
                if guards:
                    keys.add(guards[0])
                elif define is not None and self.single[id(define)] is not None:
                    keys.add(self.single[id(define)])
        return keys

    def required_tables(self) -> tuple[dict, dict]:
        """(key -> defines that are that one element, memo of required keys per define),
        built once per process for `required_keys`."""
        if not hasattr(self, "_required"):
            by_key: dict[str, list] = {}
            for part in self.parts:
                key = self.single[id(part)]
                if key is not None:
                    by_key.setdefault(key, []).append(part)
            self._required = (by_key, {})
        return self._required

    def copy_for(self, names):
        """A new grammar tree holding only what `names` can reach (None if the grammar is
        outside the subset this works for: then the caller copies all of it)."""
        if not self.supported:
            return None
        from lxml import etree
        root = etree.Element(self.root.tag, dict(self.root.attrib), nsmap=self.root.nsmap)
        for part in self.reachable_parts(names):
            key = self.single[id(part)]
            if key is not None and key not in names:
                stub = etree.SubElement(root, part.tag, dict(part.attrib))
                etree.SubElement(stub, f"{_R}notAllowed")
            else:
                root.append(deepcopy(part))
        return etree.ElementTree(root)


def _single_key(part) -> str | None:
    kids = [c for c in part if isinstance(c.tag, str)]
    if len(kids) == 1 and kids[0].tag in (_ELEMENT, _ATTRIBUTE):
        return pattern_key(kids[0])
    return None


def _guarded_refs(part) -> list[tuple[str, tuple[str, ...]]]:
    """(ref name, keys of the single-name patterns around it inside `part`)."""
    out = []
    stack = [(child, ()) for child in part if isinstance(child.tag, str)]
    while stack:
        el, guards = stack.pop()
        tag = el.tag
        if tag == _REF:
            out.append((el.get("name"), guards))
            continue
        if tag in (_ELEMENT, _ATTRIBUTE):
            key = pattern_key(el)
            if key is not None:
                guards = guards + (key,)
        stack.extend((child, guards) for child in el if isinstance(child.tag, str))
    return out


_OPTIONAL_PARTS = {f"{_R}{t}" for t in ("optional", "zeroOrMore", "choice")}


def required_keys(index: ReachIndex, names) -> frozenset:
    """`names` plus, transitively, the elements and attributes that the content of an
    element in `names` requires (outside any optional, zeroOrMore or choice). A grammar
    pruned to these lets libxml2 name what is missing ("titleStmt: expecting title")
    instead of rejecting the root: the diagnostics of an invalid document come from it,
    so they depend on the document alone, not on the other documents of the run.

    Every root element the schema allows is kept too (TEI and teiCorpus in tei_all and
    ParlaMint's ODD), so that `start` stays the choice the schema wrote: with teiCorpus
    pruned away, libxml2 reported nothing inside the teiHeader of an invalid ParlaMint
    session (its first message came 40 lines later), where jing's first error is the
    incomplete titleStmt; with the choice kept, both report that one first."""
    if not index.supported:
        return frozenset(names)
    by_key, memo = index.required_tables()
    found = set(names) | index.root_keys()
    todo = [n for n in names if "@" not in n]
    while todo:
        for part in by_key.get(todo.pop(), ()):
            pattern = next(c for c in part if isinstance(c.tag, str))
            for key in _required_in(pattern, index, memo, inside=True):
                if key not in found:
                    found.add(key)
                    if not key.startswith("@"):
                        todo.append(key)
    return frozenset(found)


def _required_in(el, index, memo, inside=False) -> frozenset:
    """Keys required by pattern `el` (`inside`: `el` is the element whose content this is)."""
    tag = el.tag
    if tag in (_ELEMENT, _ATTRIBUTE) and not inside:
        key = pattern_key(el)
        return frozenset() if key is None else frozenset((key,))
    if tag in _OPTIONAL_PARTS:
        return frozenset()
    if tag == _REF:
        define = index.defines.get(el.get("name"))
        if define is None:
            return frozenset()
        if id(define) not in memo:
            memo[id(define)] = frozenset()  # a cycle through refs requires nothing more
            memo[id(define)] = frozenset().union(*(
                _required_in(c, index, memo) for c in define if isinstance(c.tag, str)))
        return memo[id(define)]
    kids = [c for c in el if isinstance(c.tag, str) and c.tag != _NAME]
    return frozenset().union(*(_required_in(c, index, memo) for c in kids))
