"""Rewrite `(P+, Q*)+` as `P, (P | Q)*` in a simplified grammar, for libxml2's sake.

Why: TEI's list elements (listPerson, listPlace, listOrg, listBibl, listEvent, listObject,
listNym) have the content model `(model.xLike+, relation*)+`. Its automaton is ambiguous (a
second person may continue the inner `+` or start a new round of the outer one), and
libxml2 validates such content with backtracking whose cost grows much faster than the
number of children: a Parla-CLARIN corpus root with a listPerson of 8,418 persons did not
finish within 120 s; rewritten, it takes 0.2 s. jing (derivatives) has no such problem.

Why it is sound: for any languages P and Q, (P+ Q*)+ = P (P|Q)*. A word of the right side
starts with a P and continues with Ps and Qs in any order; cutting it before every P that
follows a Q gives rounds of P+ Q*; the converse is immediate. The rewrite is applied only
when P and Q are element-only (elements, refs to element-only defines, choice, group,
repetition, empty, notAllowed): no text, data or attributes, so duplicating P cannot put
an attribute twice into one group (which RELAX NG forbids) or change how text is matched.
"""
from __future__ import annotations

from copy import deepcopy

from teikit.validate.rngsimplify import RNG_NS

_R = f"{{{RNG_NS}}}"
_ELEMENT_ONLY = {f"{_R}{t}" for t in ("choice", "group", "oneOrMore", "zeroOrMore",
                                      "optional", "empty", "notAllowed")}


def factor_repeats(tree) -> int:
    """Rewrite every matching `oneOrMore` in `tree` in place; returns how many."""
    root = tree.getroot()
    defines = {d.get("name"): d for d in root if d.tag == f"{_R}define"}
    memo: dict[str, bool] = {}
    count = 0
    for rep in list(root.iter(f"{_R}oneOrMore")):
        parts = _round(rep)
        if parts is None:
            continue
        p, q = parts
        if all(_element_only(el, defines, memo) for el in list(p) + list(q)):
            _rewrite(rep, p, q)
            count += 1
    return count


def _kids(el) -> list:
    return [c for c in el if isinstance(c.tag, str)]


def _round(rep):
    """(P-children, Q-children) if `rep` is oneOrMore(oneOrMore(P), zeroOrMore(Q)), with
    the two in an implicit or explicit group; else None."""
    kids = _kids(rep)
    if len(kids) == 1 and kids[0].tag == f"{_R}group":
        kids = _kids(kids[0])
    if len(kids) == 2 and kids[0].tag == f"{_R}oneOrMore" and kids[1].tag == f"{_R}zeroOrMore":
        return _kids(kids[0]), _kids(kids[1])
    return None


def _element_only(el, defines, memo, stack=()) -> bool:
    tag = el.tag
    if tag == f"{_R}element":
        return True
    if tag == f"{_R}ref":
        name = el.get("name")
        if name in memo:
            return memo[name]
        define = defines.get(name)
        if define is None or name in stack:
            return False
        memo[name] = all(_element_only(k, defines, memo, stack + (name,))
                         for k in _kids(define))
        return memo[name]
    if tag in _ELEMENT_ONLY:
        return all(_element_only(k, defines, memo, stack) for k in _kids(el))
    return False


def _as_one(tag: str, patterns: list):
    """`patterns` (an implicit group) as one pattern under a new `tag` element."""
    from lxml import etree
    wrapper = etree.Element(tag)
    for pattern in patterns:
        wrapper.append(deepcopy(pattern))
    return wrapper


def _rewrite(rep, p: list, q: list) -> None:
    from lxml import etree
    group = _as_one(f"{_R}group", p)
    more = etree.SubElement(group, f"{_R}zeroOrMore")
    choice = etree.SubElement(more, f"{_R}choice")
    choice.append(_as_one(f"{_R}group", p) if len(p) > 1 else deepcopy(p[0]))
    choice.append(_as_one(f"{_R}group", q) if len(q) > 1 else deepcopy(q[0]))
    group.tail = rep.tail
    rep.getparent().replace(rep, group)
