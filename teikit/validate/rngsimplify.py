"""Propagate `notAllowed` through a pruned RELAX NG grammar and drop what became unreachable.

Why: libxml2 compiles an element's content model into a fast automaton only when nothing in
it is `notAllowed` (see xmlRelaxNGIsCompilable); left in place, the pruning's notAllowed
patterns push every element onto libxml2's slow backtracking path (8x slower than the full
grammar). The rules are those of the RELAX NG spec's simplification (section 4.19):
notAllowed disappears from a choice, makes a group/interleave/oneOrMore/element/attribute
notAllowed, and an optional/zeroOrMore of it is `empty`. They preserve the language, so
verdicts do not change.

Only self-contained grammars are rewritten (no include/externalRef/parentRef/nested grammar/
combine/div); others are left as pruned, which is slower but equally correct.
"""
from __future__ import annotations


RNG_NS = "http://relaxng.org/ns/structure/1.0"
_R = f"{{{RNG_NS}}}"
NA, EMPTY, OK = "notAllowed", "empty", "ok"
_UNSUPPORTED = {f"{_R}{t}" for t in ("include", "externalRef", "parentRef", "div")}
_NAMECLASS = {f"{_R}{t}" for t in ("name", "anyName", "nsName", "choice")}
_GROUPING = {f"{_R}{t}" for t in ("group", "interleave", "mixed", "oneOrMore", "list")}
_OPTIONAL = {f"{_R}{t}" for t in ("optional", "zeroOrMore")}
_LEAVES = {f"{_R}notAllowed": NA, f"{_R}empty": EMPTY, f"{_R}text": OK, f"{_R}data": OK,
           f"{_R}value": OK}


def simplifiable(root) -> bool:
    if any(el.tag in _UNSUPPORTED for el in root.iter()):
        return False
    if any(el.get("combine") for el in root.iter(f"{_R}define", f"{_R}start")):
        return False
    return sum(1 for _ in root.iter(f"{_R}grammar")) == 1


def simplify(tree) -> bool:
    """Rewrite `tree` (a grammar) in place; False (untouched) for grammars outside the
    supported subset."""
    root = tree.getroot()
    if root.tag != f"{_R}grammar" or not simplifiable(root):
        return False
    defines = {d.get("name"): d for d in root.iter(f"{_R}define")}
    # Pruning cut most of the grammar off from start: only what start still reaches counts.
    reachable = {name: defines[name] for name in _reachable(root, defines, {})}
    settled = _settled_defines(root, reachable)
    live = _reachable(root, defines, settled)
    for name, define in defines.items():
        if name not in live:
            root.remove(define)
    for define in [d for d in root if d.tag in (f"{_R}define", f"{_R}start")]:
        _rewrite(define, settled)
    return True


def _patterns(el):
    """Pattern children of `el`: without the name class of an element/attribute."""
    kids = [c for c in el if isinstance(c.tag, str)]
    if el.tag in (f"{_R}element", f"{_R}attribute") and el.get("name") is None and kids \
            and kids[0].tag in _NAMECLASS:
        return kids[1:]
    return kids


def _settled_defines(root, defines) -> dict[str, str]:
    """Define name -> NA or EMPTY for defines whose pattern became notAllowed or empty.
    A worklist over reverse references: a define is re-examined only when one it refers to
    has just changed (both only spread upwards). Refs to empty attribute classes matter:
    libxml2 validates each left-over ref on every element, ~1 us apiece."""
    users: dict[str, set[str]] = {}
    for name, define in defines.items():
        for ref in define.iter(f"{_R}ref"):
            users.setdefault(ref.get("name"), set()).add(name)
    known: dict[str, str] = {}
    # Only a define holding notAllowed or empty can start out other than OK (a valid
    # grammar has no childless group or choice); the rest are examined when one they
    # refer to changes. Examining every define first was most of a cold prune's time.
    leaves = (f"{_R}notAllowed", f"{_R}empty")
    work = [name for name, define in defines.items()
            if next(define.iter(*leaves), None) is not None]
    outlines: dict[str, object] = {}
    while work:
        name = work.pop()
        if name not in outlines:
            outlines[name] = _outline(defines[name], group=True)
        status = _evaluate(outlines[name], known)
        if status != OK and known.get(name) != status and known.get(name) != NA:
            known[name] = status
            work.extend(users.get(name, ()))
    return known


def _outline(el, group: bool = False):
    """`el`'s pattern reduced to what its status depends on, for re-examining it cheaply: a
    status where it cannot change, else (kind, name or outlines) with kind "ref",
    "element" (or attribute), "choice", "optional" or "group". The rules are `_rewrite`'s
    (the spec's), evaluated without editing the tree."""
    tag = el.tag
    if not group:
        if tag in _LEAVES:
            return _LEAVES[tag]
        if tag == f"{_R}ref":
            return ("ref", el.get("name"))
    kind = "group" if group else _kind(tag)
    if kind is None:
        return OK
    node = (kind, [_outline(c) for c in _patterns(el)])
    if all(isinstance(k, str) for k in node[1]):
        return _evaluate(node, {})  # no refs below: settled now
    return node


def _evaluate(node, known) -> str:
    if isinstance(node, str):
        return node
    kind, arg = node
    if kind == "ref":
        return known.get(arg, OK)
    return _combined(kind, [_evaluate(c, known) for c in arg])


def _kind(tag) -> str | None:
    """How a pattern's status follows from its children's (None: a leaf, always OK)."""
    if tag == f"{_R}choice":
        return "choice"
    if tag in (f"{_R}element", f"{_R}attribute"):
        return "element"
    if tag in _OPTIONAL:
        return "optional"
    return "group" if tag in _GROUPING else None


def _combined(kind: str, statuses: list[str]) -> str:
    """The spec's rules: notAllowed leaves a choice, makes a group (and an element or
    attribute) notAllowed; an optional of notAllowed or empty is empty."""
    if kind == "choice":
        alive = [k for k in statuses if k != NA]
        return NA if not alive else (EMPTY if all(k == EMPTY for k in alive) else OK)
    if kind == "element":
        return NA if NA in statuses else OK
    if kind == "optional":
        return EMPTY if NA in statuses or all(k == EMPTY for k in statuses) else OK
    if NA in statuses:
        return NA
    return EMPTY if all(k == EMPTY for k in statuses) else OK


def _reachable(root, defines, settled) -> set[str]:
    seen: set[str] = set()
    stack = [s for s in root if s.tag == f"{_R}start"]
    while stack:
        for ref in stack.pop().iter(f"{_R}ref"):
            name = ref.get("name")
            if name not in seen and settled.get(name, OK) == OK and name in defines:
                seen.add(name)
                stack.append(defines[name])
    return seen


def _rewrite(el, settled) -> str:
    """Rewrite `el`'s descendants bottom-up and return `el`'s status (one pass, no
    re-evaluation: this runs on every recompile)."""
    tag = el.tag
    if tag == f"{_R}ref":
        return settled.get(el.get("name"), OK)
    if tag in _LEAVES:
        return _LEAVES[tag]
    statuses = []
    for child in _patterns(el):
        status = _rewrite(child, settled)
        if status == NA and child.tag != f"{_R}notAllowed":
            _replace(child, f"{_R}notAllowed")
        elif status == EMPTY and child.tag != f"{_R}empty":
            _replace(child, f"{_R}empty")
        elif status == OK:
            _unwrap(child)
        statuses.append(status)
    if tag == f"{_R}choice":
        for child in _patterns(el):
            if child.tag == f"{_R}notAllowed":
                el.remove(child)
        return _combined("choice", statuses)
    if tag != f"{_R}attribute":
        _drop_empties(el)
    return _combined(_kind(tag) or "group", statuses)  # define, start: a group


def _unwrap(el) -> None:
    """A choice or group of one pattern is that pattern (libxml2 can loop forever while
    simplifying some single-child groups that sit next to attributes)."""
    kids = _patterns(el)
    if el.tag in (f"{_R}choice", f"{_R}group") and len(kids) == 1:
        _replace(el, kids[0])


def _drop_empties(el) -> None:
    """`empty` in a sequence means nothing; libxml2 mis-validates some groups that keep it
    (a TEI <body> with group(empty, choice(...), empty) rejected valid content)."""
    kids = _patterns(el)
    empties = [k for k in kids if k.tag == f"{_R}empty"]
    keep_one = len(empties) == len(kids)
    for extra in empties[1:] if keep_one else empties:
        el.remove(extra)


def _replace(old, new) -> None:
    if isinstance(new, str):
        from lxml import etree
        new = etree.Element(new)
    new.tail = old.tail
    old.getparent().replace(old, new)
