"""The characters a match of a regular expression can begin with: a cheap test before a long
alternation runs.

`re` tries the alternatives of a pattern one after another at a string's start, so a
phrase list of many alternatives (the boilerplate lines of a lexicon) costs a microsecond
or more on every line even when the line's first character opens none of them.
`FirstChar(pattern, flags)` reads the parsed pattern once and answers `may_start_with(char)`
by a one-character pattern made of the pattern's first items, compiled with the pattern's
own flags (so case and Unicode classes are treated exactly as the pattern treats them);
`Alternatives` uses it to try, for each line, only the alternatives that may match it. The answer errs only
towards "may": zero-width conditions (`^`, `\\b`, look-arounds) are passed over, and a
pattern whose start cannot be read this way (back-references, inline flag groups, or a
match that may be empty) is always tried.
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as sre_c
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants as sre_c  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_CATEGORIES = {
    sre_c.CATEGORY_DIGIT: r"\d", sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s", sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w", sre_c.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT)
_REPEATS = tuple(getattr(sre_c, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(sre_c, name))
_GROUPS = tuple(getattr(sre_c, name) for name in ("SUBPATTERN", "ATOMIC_GROUP") if hasattr(sre_c, name))


class _Unknown(Exception):
    """The pattern's first character cannot be told from its parse."""


class FirstChar:
    """The first-character test of one pattern; `first` is None when it cannot be told."""

    def __init__(self, pattern: str, flags: int):
        try:
            parsed = sre_parse.parse(pattern, flags)
            items, empty = _first_items(parsed.data)
            if empty:
                raise _Unknown
            self.first: re.Pattern | None = re.compile("|".join(items), parsed.state.flags)
        except (_Unknown, re.error, KeyError, TypeError, ValueError):
            self.first = None

    def may_start_with(self, char: str) -> bool:
        return self.first is None or (bool(char) and self.first.match(char) is not None)


class Alternatives:
    """`match(line)`: whether one of the patterns `alternatives` matches at the start of
    `line`, as the alternation of them all would say, trying only the alternatives that
    may begin with the line's first character (one alternation per set of them, made on
    first need and kept with the characters seen)."""

    def __init__(self, alternatives: list[str], flags: int):
        self.whole = re.compile("|".join(f"(?:{x})" for x in alternatives), flags)
        self.flags = flags
        self.tests = [FirstChar(x, flags) for x in alternatives]
        self.sources = [f"(?:{x})" for x in alternatives]
        # group numbers would change in an alternation of some of them: a back-reference
        # keeps the whole alternation
        self.split = not any(_has_group_reference(x, flags) for x in alternatives)
        self.by_char: dict[str, re.Pattern | None] = {}
        self.by_set: dict[tuple, re.Pattern | None] = {}

    def match(self, line: str) -> bool:
        if not self.split:
            return self.whole.match(line) is not None
        char = line[:1]
        pattern = self.by_char.get(char, _UNSEEN)
        if pattern is _UNSEEN:
            chosen = tuple(n for n, test in enumerate(self.tests) if test.may_start_with(char))
            if chosen not in self.by_set:
                self.by_set[chosen] = re.compile("|".join(self.sources[n] for n in chosen), self.flags) \
                    if chosen else None
            pattern = self.by_char[char] = self.by_set[chosen]
        return pattern is not None and pattern.match(line) is not None


_UNSEEN = object()


def _has_group_reference(pattern: str, flags: int) -> bool:
    try:
        return _references(sre_parse.parse(pattern, flags).data)
    except re.error:
        return True


def _references(items) -> bool:
    for op, av in items:
        if op in (sre_c.GROUPREF, sre_c.GROUPREF_EXISTS) or (
                op is not sre_c.IN and _references(_subpatterns(av))):
            return True
    return False


def _subpatterns(av) -> list:
    """The (op, av) items nested in an item's argument."""
    out: list = []
    for x in (av if isinstance(av, (tuple, list)) else (av,)):
        if isinstance(x, sre_parse.SubPattern):
            out.extend(x.data)
        elif isinstance(x, (tuple, list)):
            out.extend(_subpatterns(x))
    return out


def _first_items(items: list) -> tuple[list[str], bool]:
    """Patterns of one character for the items a match can consume first, and whether the
    sequence `items` can match the empty string."""
    found: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre_c.LITERAL:
            return found + [re.escape(chr(av))], False
        if op is sre_c.NOT_LITERAL:
            return found + [f"[^{re.escape(chr(av))}]"], False
        if op is sre_c.ANY:
            return found + ["."], False
        if op is sre_c.IN:
            return found + [_char_class(av)], False
        if op is sre_c.BRANCH:
            empty = False
            for alternative in av[1]:
                more, alt_empty = _first_items(alternative.data)
                found += more
                empty = empty or alt_empty
            if not empty:
                return found, False
        elif op in _GROUPS:
            if op is sre_c.SUBPATTERN:
                _, add_flags, del_flags, sub = av
                if add_flags or del_flags:
                    raise _Unknown  # "(?-i:...)": flags of its own
            else:
                sub = av
            more, empty = _first_items(sub.data)
            found += more
            if not empty:
                return found, False
        elif op in _REPEATS:
            low, _, sub = av
            more, empty = _first_items(sub.data)
            found += more
            if low and not empty:
                return found, False
        else:  # a back-reference, a conditional group
            raise _Unknown
    return found, True


def _char_class(items: list) -> str:
    parts = []
    for op, av in items:
        if op is sre_c.NEGATE:
            parts.insert(0, "^")
        elif op is sre_c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre_c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre_c.CATEGORY:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown
    return f"[{''.join(parts)}]"
