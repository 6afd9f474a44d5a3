"""Per-element attribute pruning: each element pattern keeps only the attributes that occur
on elements of that name in the documents at hand.

Why: libxml2 checks every attribute pattern an element *could* have on every element it
validates (~1 us each); tei_all gives most elements dozens through the shared `att.*`
classes. Global pruning (rngprune) drops attributes no element carries, but `xml:id`,
`rend`, `who`, ... stay on every element once any element uses them.

Soundness: an `attribute` pattern belongs to the nearest enclosing `element` pattern (through
refs), and can only match an attribute of an element that this element pattern matches. If
that pattern has the single name E and no element named E carries an attribute named A in
the documents, the pattern for A there matches nothing in them: replacing it by notAllowed
changes no verdict. Names are local names (a superset of exact names).

Shared attribute classes are specialised, not edited: a ref from element E to a define
that holds only attributes (no element pattern, transitively) is pointed at a copy of that
define made for E's attribute set (copies are shared between elements with the same set).
Element content that reaches attributes through a define that also holds elements is left
as it is (less pruning, still sound).
"""
from __future__ import annotations

from teikit.validate.rngsimplify import RNG_NS

_R = f"{{{RNG_NS}}}"
_ELEMENT, _ATTRIBUTE, _REF, _DEFINE = (f"{_R}element", f"{_R}attribute", f"{_R}ref",
                                       f"{_R}define")


def attributes_by_element(names) -> dict[str, set[str]]:
    """{"sp": {"who", "id"}, ...} from the "element@attribute" keys of a name set."""
    pairs: dict[str, set[str]] = {}
    for key in names:
        element, at, attribute = key.partition("@")
        if at and element:
            pairs.setdefault(element, set()).add(attribute)
    return pairs


def plain_name(el) -> str | None:
    """The local name of an element/attribute pattern with a single-name name class."""
    name = el.get("name")
    if name is None:
        first = next(iter(el), None)
        if first is None or first.tag != f"{_R}name":
            return None
        name = (first.text or "").strip()
    return name.rpartition(":")[2]


class _Specialiser:
    def __init__(self, root):
        self.root = root
        self.defines = {d.get("name"): d for d in root if d.tag == _DEFINE}
        self._attrs: dict[str, frozenset | None] = {}   # None: holds an element pattern
        self._copies: dict[tuple[str, frozenset], str] = {}

    def attrs_of(self, name: str, stack=()) -> frozenset | None:
        """Attribute names a define reaches without crossing an element pattern, or None
        if it reaches an element pattern (or a name class we do not follow)."""
        if name in self._attrs:
            return self._attrs[name]
        define = self.defines.get(name)
        if define is None or name in stack:
            return None  # unknown or recursive: leave it alone
        found: set[str] = set()
        result: frozenset | None = None
        for el in define.iter(_ELEMENT, _ATTRIBUTE, _REF):
            if el.tag == _ELEMENT:
                break
            if el.tag == _ATTRIBUTE:
                attr = plain_name(el)
                if attr is None:
                    break
                found.add(attr)
            elif el.tag == _REF and not _inside_attribute(el, define):
                sub = self.attrs_of(el.get("name"), stack + (name,))
                if sub is None:
                    break
                found |= sub
        else:
            result = frozenset(found)
        self._attrs[name] = result
        return result

    def specialise(self, scope, allowed: set[str]) -> None:
        """In `scope` (an element pattern or a define copy) make attributes outside
        `allowed` notAllowed and point refs to attribute-only defines at copies."""
        for el in list(_own_nodes(scope)):
            if el.tag == _ATTRIBUTE:
                attr = plain_name(el)
                if attr is not None and attr not in allowed:
                    _to_not_allowed(el)
            elif el.tag == _REF:
                attrs = self.attrs_of(el.get("name"))
                if attrs:
                    el.set("name", self.copy_for(el.get("name"), attrs & allowed))

    def copy_for(self, name: str, keep: frozenset) -> str:
        return specialised_copy(self, name, keep, "..")


def specialised_copy(grammar, name: str, keep: frozenset, mark: str) -> str:
    """The name of a copy of define `name` specialised to `keep` (made once per pair and
    appended to the grammar): `grammar` has `defines`, `root`, `_copies` and
    `specialise(copy, keep)`; `mark` keeps the copies of different prunings apart."""
    key = (name, keep)
    if key not in grammar._copies:
        from copy import deepcopy
        new_name = f"{name}{mark}{len(grammar._copies)}"
        grammar._copies[key] = new_name
        copy = deepcopy(grammar.defines[name])
        copy.set("name", new_name)
        grammar.root.append(copy)
        grammar.specialise(copy, keep)
    return grammar._copies[key]


def _own_nodes(scope):
    """Attribute and ref nodes under `scope`, not inside a nested element pattern or an
    attribute's value (its content belongs to the attribute, not to the element)."""
    stack = list(scope)
    while stack:
        el = stack.pop()
        tag = el.tag
        if tag == _ELEMENT:
            continue
        if tag == _ATTRIBUTE or tag == _REF:
            yield el
            continue
        stack.extend(el)


def _inside_attribute(el, stop) -> bool:
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == _ATTRIBUTE:
            return True
        parent = parent.getparent()
    return False


def _to_not_allowed(el) -> None:
    from lxml import etree
    replacement = etree.Element(f"{_R}notAllowed")
    replacement.tail = el.tail
    el.getparent().replace(el, replacement)


def prune_attributes_per_element(tree, names) -> None:
    """Rewrite `tree` (an already pruned grammar) in place, see the module docstring."""
    pairs = attributes_by_element(names)
    if not pairs:  # a name set without pairs: global attribute pruning only
        return
    root = tree.getroot()
    if root.tag != f"{_R}grammar":
        return
    spec = _Specialiser(root)
    for el in list(root.iter(_ELEMENT)):
        element = plain_name(el)
        if element is not None:
            spec.specialise(el, pairs.get(element, set()))
