"""Pruned RELAX NG: compile only the part of a big grammar that a set of documents can use.

libxml2 needs 6-9 s to compile tei_all, but a document can only ever match `element`
patterns whose name occurs in it. Replacing every `element` pattern with a plain name that
occurs in none of the documents by `<notAllowed/>` therefore changes no verdict for those
documents, and libxml2 then drops the unreachable rest of the grammar: compiling takes
milliseconds. Name classes that are not a single name (anyName, nsName, choice) are kept.
Names are compared by local part only, a superset of the exact names, which keeps it sound.
"""
from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from teikit.validate.cache import cache_dir
from teikit.validate.rngsimplify import RNG_NS, simplify

_ELEMENT = f"{{{RNG_NS}}}element"
_ATTRIBUTE = f"{{{RNG_NS}}}attribute"
_NAME = f"{{{RNG_NS}}}name"
_NOT_ALLOWED = f"{{{RNG_NS}}}notAllowed"
# Start tags in raw bytes: a cheap over-approximation of the element names of a document
# (tags in comments or CDATA only add names, which is harmless).
# Attribute values are blanked first (they cannot contain "<"), so that start tags collapse
# to a few hundred distinct strings like b'<sp who= xml:id='.
_VALUE = re.compile(rb"""=\s*(?:"[^"<]*"|'[^'<]*')""")
_START = re.compile(rb"<[^\s/>!?]+[^<>]*")
_ELEMENT_NAME = re.compile(rb"<([^\s/>!?]+)")
_ATTR = re.compile(rb"\s([^\s=]+)\s*=")


def names_in_bytes(data: bytes) -> set[str]:
    """The names a grammar is pruned to, from the raw bytes: local names of the start tags,
    "@attr" for each attribute name and "element@attr" for each pair (all local names).
    For ASCII-compatible encodings; for others (UTF-16), or attributes hidden in entities,
    the result is incomplete, and callers re-check with `names_in_tree` before they trust
    an "invalid" verdict (a grammar pruned too much can only reject more)."""
    names: set[str] = set()
    for tag in set(_START.findall(_VALUE.sub(b"=", data))):
        found = _TAG_NAMES.get(tag)
        if found is None:
            found = _TAG_NAMES[tag] = _tag_names(tag)
        names.update(found)
    if len(_TAG_NAMES) > 20000:  # distinct start tags repeat across documents; bound it
        _TAG_NAMES.clear()
    return names


_TAG_NAMES: dict[bytes, tuple[str, ...]] = {}


def _tag_names(tag: bytes) -> tuple[str, ...]:
    """(element, "@attr", "element@attr", ...) of one value-less start tag."""
    element = _ELEMENT_NAME.match(tag).group(1).decode("utf-8", "replace").rpartition(":")[2]
    names = [element]
    for attr in _ATTR.findall(tag):
        local = attr.decode("utf-8", "replace").rpartition(":")[2]
        names += ("@" + local, f"{element}@{local}")
    return tuple(names)


def names_in_tree(tree) -> set[str]:
    """Exact local names of the elements of a parsed tree (after XInclude), "@name" for
    every attribute name and "element@name" for every pair. A walk over all elements: used
    on the rare paths only."""
    names: set[str] = set()
    for el in tree.iter("{*}*"):
        element = el.tag.rpartition("}")[2]
        names.add(element)
        for key in el.attrib:
            local = key.rpartition("}")[2]
            names.add("@" + local)
            names.add(f"{element}@{local}")
    return names


class PrunableGrammar:
    """A RELAX NG grammar read once, compiled on demand for a set of element names."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._digest = _file_digest(self.path)
        self._source = _strip_foreign(self.path, self._digest)
        self._index = None

    def _reach_index(self):
        """The grammar parsed once per process, indexed for fast copies (see rngreach)."""
        if self._index is None:
            from teikit.validate.rngreach import ReachIndex
            self._index = ReachIndex(self._parse().getroot())
        return self._index

    def for_messages(self, names) -> frozenset:
        """The names to prune to for an invalid document's diagnostics (rngreach)."""
        from teikit.validate.rngreach import required_keys
        return required_keys(self._reach_index(), names)

    def _parse(self):
        from lxml import etree
        from teikit.validate.checks import make_parser
        return etree.ElementTree(etree.fromstring(self._source, make_parser(),
                                                  base_url=self.path.resolve().as_uri()))

    @staticmethod
    def _plain_names(tree):
        """(pattern, key) for every element or attribute pattern whose name class is a
        single name; the key is the local name, "@"-prefixed for attributes."""
        for el in tree.iter(_ELEMENT, _ATTRIBUTE):
            name = el.get("name")
            if name is None:
                first = next(iter(el), None)
                if first is None or first.tag != _NAME:
                    continue  # anyName / nsName / choice: keep the pattern intact
                name = (first.text or "").strip()
            prefix = "@" if el.tag == _ATTRIBUTE else ""
            yield el, prefix + name.rpartition(":")[2]

    def pruned_tree(self, names: set[str]):
        """The grammar with every element and attribute pattern whose name is not in
        `names` made notAllowed (the same argument holds for attributes: a pattern for an
        attribute no element carries can match nothing), then, when `names` holds
        "element@attr" pairs, attributes pruned per element (see rngattrs)."""
        from lxml import etree
        from teikit.validate.rngattrs import prune_attributes_per_element
        tree = self._reach_index().copy_for(names) or self._parse()
        for el, key in list(self._plain_names(tree)):
            if key not in names:
                replacement = etree.Element(_NOT_ALLOWED)
                replacement.tail = el.tail
                el.getparent().replace(el, replacement)
        prune_attributes_per_element(tree, names)
        return tree

    def compile(self, names: set[str] | None):
        """A compiled lxml RelaxNG for `names` (None = the full grammar)."""
        from lxml import etree
        if names is None:
            return etree.RelaxNG(self._parse())
        # "r3": pruned grammars also have their list repeats factored (rngfactor), and
        # (from the stripped grammar) no list token patterns.
        cached = _cache_dir() / f"{self._digest}-r3{_names_digest(names)}.rng"
        if cached.is_file():  # the cold path: a small file instead of prune + simplify
            from teikit.validate.checks import make_parser
            tree = etree.ElementTree(etree.fromstring(cached.read_bytes(), make_parser()))
            return etree.RelaxNG(tree)
        from teikit.validate.rngchildren import prune_children  # a cache miss only
        from teikit.validate.rngfactor import factor_repeats
        tree = self.pruned_tree(names)
        if simplify(tree):  # without it libxml2 validates 8x slower, see rngsimplify
            if prune_children(tree, names):  # "parent>child" keys: see rngchildren
                simplify(tree)
            factor_repeats(tree)  # without it, minutes on a long listPerson: see rngfactor
            # Only self-contained grammars: nothing relative to resolve when read back.
            _write_quietly(cached, etree.tostring(tree), evict=True)
        return etree.RelaxNG(tree)


def _file_digest(path: Path) -> str:
    """The cache key of a grammar file: its resolved path, size and modification time, not
    its content (hashing tei_all's 1 MB cost ~2 ms of every cold run). An edited file gets
    a new key; the cached copies of the old one are only left unused."""
    st = path.stat()
    key = f"{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}"
    return "s" + hashlib.sha256(key.encode()).hexdigest()[:23]


def _strip_foreign(path: Path, digest: str) -> bytes:
    """The grammar without foreign-namespace annotations (documentation, embedded
    Schematron): RELAX NG ignores them, and tei_all is two-thirds annotation. Cached on
    disk by `_file_digest`: reading the stripped copy is ~10x faster (the cold path)."""
    cached = _cache_dir() / f"{digest}.stripped2.rng"  # 2: list token patterns dropped
    if cached.is_file():
        return cached.read_bytes()
    stripped = _strip(path)
    _write_quietly(cached, stripped)
    return stripped


def _cache_dir() -> Path:
    return cache_dir() / "rng"


def _names_digest(names: set[str]) -> str:
    return hashlib.sha256("\n".join(sorted(names)).encode()).hexdigest()[:24]


_MAX_CACHED = 256


def _write_quietly(path: Path, data: bytes, evict: bool = False) -> None:
    """Best effort: a read-only or full cache directory only costs speed. With `evict`,
    the oldest pruned grammars go when there are too many (one per name set)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if evict:
            _evict(path.parent)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass


def _evict(folder: Path) -> None:
    pruned = [p for p in folder.glob("*-*.rng")]
    if len(pruned) < _MAX_CACHED:
        return
    pruned.sort(key=lambda p: p.stat().st_mtime)
    for old in pruned[: len(pruned) // 2]:
        old.unlink(missing_ok=True)


def _strip(path: Path) -> bytes:
    from lxml import etree
    from teikit.validate.checks import make_parser
    tree = etree.parse(str(path), make_parser())
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or not el.tag.startswith(f"{{{RNG_NS}}}"):
            if el.getparent() is not None:
                el.getparent().remove(el)
    _drop_list_token_patterns(tree)
    return etree.tostring(tree)


# A pattern that every token of a list matches: RELAX NG splits a list at whitespace
# (space, tab, CR, LF: XML Schema's `\s`), so each token is one or more non-blanks.
_ALWAYS_TRUE_IN_LIST = {r"\S+"}


def _drop_list_token_patterns(tree) -> None:
    r"""Remove `<param name="pattern">\S+</param>` from `data` inside a `list` (TEI's
    teidata.pointer: @ana, @who, @corresp, @target, @ref ...). It never fails there, so
    no verdict or message changes, but libxml2 compiles a facet's regular expression
    again for every value it checks: ~0.75 us per pointer token, half the validation
    time of a linguistically annotated ParlaMint file."""
    r = f"{{{RNG_NS}}}"
    for lst in tree.iter(f"{r}list"):
        for param in list(lst.iter(f"{r}param")):
            if param.get("name") == "pattern" and (param.text or "") in _ALWAYS_TRUE_IN_LIST \
                    and param.getparent().tag == f"{r}data":
                param.getparent().remove(param)
