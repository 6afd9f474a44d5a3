"""Per-parent child pruning: each element pattern keeps only the child element patterns whose
name occurs as a child of an element of that name in the document at hand.

Why: libxml2 turns every element's content model into an automaton and checks it for
determinism, at a cost that grows with about the cube of the element patterns left in the
grammar (grammarsets.py). TEI's content models offer dozens to hundreds of alternatives
(`macro.paraContent`, `model.*` classes) where a document uses a handful under each parent,
so a document that uses 260-370 TEI elements (the Stylesheets' `testdrama.compiled.xml`,
`tei_simplePrint.doc.xml`) costs libxml2 0.2-1.2 s to compile with name pruning alone, more
than jing needs for all of tei_all; with child pruning 6-8 ms. Smaller automata also
validate faster (a Parla-CLARIN root with 8,418 persons: 70 ms -> 3 ms).

The (parent, child) pairs need the nesting, so they come from the parsed tree (a walk, ~10 ms
per MB), keyed "parent>child" in the name set; only documents whose grammar would otherwise
be expensive are pruned this way (grammarsets.CHILDREN).

Soundness: an `element` pattern (or a `ref` to a define that is one element pattern) met in
the content of element pattern E without crossing another element or attribute pattern can
only match a child of an element that E matches. If E has the single name e and no element
named e has a child named c in the document, a pattern for c there matches nothing in it:
replacing it by notAllowed changes no verdict. Names are local names (a superset of exact
names), as in rngprune and rngattrs.

Shared content defines are specialised, not edited: a ref from E's content to a define that
can start elements is pointed at a copy of that define made for the child names it can reach
that E's children use (copies shared by all parents that keep the same names); a define
whose reachable names are all kept is left as it is, and a define that reaches a name class
other than a single name (anyName, nsName) is left alone (less pruning, still sound).
"""
from __future__ import annotations

from teikit.validate.rngattrs import plain_name, specialised_copy
from teikit.validate.rngsimplify import RNG_NS

_R = f"{{{RNG_NS}}}"
_ELEMENT, _ATTRIBUTE, _REF, _DEFINE = (f"{_R}element", f"{_R}attribute", f"{_R}ref",
                                       f"{_R}define")
PAIR = ">"


def pairs_in_tree(tree) -> set[str]:
    """"parent>child" for every (parent, child) pair of element local names in `tree`.
    One step per element (to its parent), names made once per distinct pair: 3x faster
    than listing each element's children (0.07 s on a 2.75 MB Stylesheets test file)."""
    tags: set[tuple[str, str]] = set()
    for child in tree.iter("{*}*"):
        parent = child.getparent()
        if parent is not None:
            tags.add((parent.tag, child.tag))
    return {parent.rpartition("}")[2] + PAIR + child.rpartition("}")[2]
            for parent, child in tags}


def children_by_element(names) -> dict[str, frozenset[str]]:
    """{"sp": {"speaker", "p"}, ...} from the "parent>child" keys of a name set."""
    found: dict[str, set[str]] = {}
    for key in names:
        parent, pair, child = key.partition(PAIR)
        if pair:
            found.setdefault(parent, set()).add(child)
    return {parent: frozenset(children) for parent, children in found.items()}


class _Specialiser:
    def __init__(self, root):
        self.root = root
        self.defines = {d.get("name"): d for d in root if d.tag == _DEFINE}
        self._reach: dict[str, frozenset | None] = {}
        self._copies: dict[tuple[str, frozenset], str] = {}

    def single_element(self, define) -> str | None:
        """The local name of a define that is one element pattern ("" for a name class
        other than a single name); None for any other define."""
        kids = [c for c in define if isinstance(c.tag, str)]
        if len(kids) == 1 and kids[0].tag == _ELEMENT:
            return plain_name(kids[0]) or ""
        return None

    def reach(self, name: str) -> frozenset | None:
        """Element names a define can match at its own level (without crossing an element
        pattern); None when that includes a name class other than a single name."""
        if name in self._reach:
            return self._reach[name]
        self._reach[name] = None  # a cycle (not possible in a correct grammar): unknown
        define = self.defines.get(name)
        result: frozenset | None = None
        if define is not None:
            single = self.single_element(define)
            if single is not None:
                result = frozenset((single,)) if single else None
            else:
                result = self._reach_of_content(define)
        self._reach[name] = result
        return result

    def _reach_of_content(self, scope) -> frozenset | None:
        found: set[str] = set()
        for el in _own_patterns(scope):
            sub = self.reach(el.get("name")) if el.tag == _REF else (
                None if plain_name(el) is None else frozenset((plain_name(el),)))
            if sub is None:
                return None
            found |= sub
        return frozenset(found)

    def specialise(self, scope, allowed: frozenset) -> None:
        """In `scope` (an element pattern or a define copy), make element patterns whose
        name is not in `allowed` notAllowed and point refs to content defines at copies."""
        for el in list(_own_patterns(scope)):
            if el.tag == _ELEMENT:
                name = plain_name(el)
                if name is not None and name not in allowed:
                    _to_not_allowed(el)
                continue
            ref = el.get("name")
            define = self.defines.get(ref)
            if define is None:
                continue
            single = self.single_element(define)
            if single is not None:
                if single and single not in allowed:
                    _to_not_allowed(el)
                continue
            reach = self.reach(ref)
            if reach is not None and not reach <= allowed:
                el.set("name", self._copy_for(ref, reach & allowed))

    def _copy_for(self, name: str, keep: frozenset) -> str:
        return specialised_copy(self, name, keep, ".c")


def _own_patterns(scope):
    """Element patterns and refs under `scope`, not inside a nested element pattern or an
    attribute (their content is not `scope`'s children)."""
    stack = [c for c in scope if isinstance(c.tag, str)]
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == _ELEMENT or tag == _REF:
            yield el
        elif tag != _ATTRIBUTE:
            stack.extend(c for c in el if isinstance(c.tag, str))


def _to_not_allowed(el) -> None:
    from lxml import etree
    replacement = etree.Element(f"{_R}notAllowed")
    replacement.tail = el.tail
    el.getparent().replace(el, replacement)


def prune_children(tree, names) -> bool:
    """Rewrite `tree` (a pruned and simplified grammar) in place, see the module docstring;
    False when `names` holds no "parent>child" pairs (nothing done). Simplify again after."""
    children = children_by_element(names)
    root = tree.getroot()
    if not children or root.tag != f"{_R}grammar":
        return False
    spec = _Specialiser(root)
    for el in list(root.iter(_ELEMENT)):
        name = plain_name(el)
        if name is not None:
            spec.specialise(el, children.get(name, frozenset()))
    return True
