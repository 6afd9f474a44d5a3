"""XInclude done by teikit itself, fed only by the document's confined `resolve` callback.

libxml2's own XInclude loads `parse="text"` targets straight from disk (no lxml resolver
sees them), so `file:///etc/passwd` or `/abs/path` would be read, while a legitimate
in-folder text include failed. Here every target, XML or text, comes from
`Document.resolve` (see `teikit.validate.sources`), which serves only files inside the
folder or archive being validated; nothing else is ever opened.

Supported: `parse="xml"` (default) and `parse="text"` (with `encoding`), `xi:fallback`,
`xpointer` as a shorthand id, `element(id)`, `element(/1/2)` or `element(id/1)`, nested
includes relative to the including file, base URI fix-up (`xml:base`) as libxml2 does.
Bounded: at most `MAX_DEPTH` nested includes, no include loops, and no more than the
document size limit in total (an include bomb cannot multiply a small file).
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

from teikit.diagnostics import Diagnostic

XI_NAMESPACES = ("http://www.w3.org/2001/XInclude", "http://www.w3.org/2003/XInclude")
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
MAX_DEPTH = 32
_ELEMENT_SCHEME = re.compile(r"^element\(([^()/]*)((?:/\d+)*)\)$")
_NCNAME = re.compile(r"^[^\s:/()#]+$")


class IncludeError(Exception):
    """Why one xi:include could not be done (the message names the href, never content)."""

    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.message, self.line = message, line


_INCLUDE_TAGS = tuple(f"{{{ns}}}include" for ns in XI_NAMESPACES)


class Includer:
    """Expands the xi:include elements of one document, in place."""

    def __init__(self, name: str, resolve: Callable[[str], bytes | None] | None,
                 max_bytes: int):
        self.name, self.resolve = name, resolve
        self.budget = max_bytes  # bytes all included targets may add up to

    def run(self, tree) -> list[Diagnostic]:
        """Expand every include; one that fails (with no fallback) is reported and removed,
        as libxml2 did, and the others are still done."""
        found = []
        for include in _outermost(tree.getroot()):
            try:
                self._one(include, "", ())
            except IncludeError as exc:
                found.append(Diagnostic(self.name, exc.line, 0, "error", "xinclude",
                                        exc.message))
                _replace(include, "", [])
        return found

    def _expand(self, root, here: str, chain: tuple[str, ...]) -> None:
        """Expand the includes under `root`, whose document is at relative path `here`."""
        for include in _outermost(root):
            self._one(include, here, chain)

    def _one(self, include, here: str, chain: tuple[str, ...]) -> None:
        line = include.sourceline or 0
        try:
            loaded = self._load(include, here, chain)
        except IncludeError as exc:
            fallback = _fallback_of(include)
            if fallback is None:
                raise IncludeError(exc.message, line) from None
            self._expand(fallback, here, chain)
            _replace(include, fallback.text or "", list(fallback))
            return
        if isinstance(loaded, str):
            _replace(include, loaded, [])
        else:
            _replace(include, "", loaded)

    def _load(self, include, here: str, chain: tuple[str, ...]):
        href = include.get("href", "")
        parse = include.get("parse", "xml")
        if parse not in ("xml", "text"):
            raise IncludeError(f'xi:include parse="{parse}" is neither "xml" nor "text"')
        if not href:
            raise IncludeError("xi:include without href (same-document includes are not "
                               "supported)")
        if "#" in href:
            raise IncludeError(f'xi:include href="{href}" has a fragment; use xpointer')
        target = target_path(here, href)
        if target is None:
            raise IncludeError(f'xi:include href="{href}" is outside the folder or archive '
                               "being validated; teikit only includes files from there")
        if target in chain or len(chain) >= MAX_DEPTH:
            raise IncludeError(f'xi:include href="{href}": include loop or more than '
                               f"{MAX_DEPTH} nested includes")
        data = self.resolve(target) if self.resolve is not None else None
        if data is None:
            raise IncludeError(f'could not load xi:include href="{href}": not found in the '
                               "folder or archive being validated")
        self.budget -= len(data) + 256  # a fixed cost too: many includes of empty files
        if self.budget < 0:
            raise IncludeError("included files add up to more than the document size "
                               "limit (possible include bomb)")
        if parse == "text":
            return _decode(href, data, include.get("encoding") or "utf-8")
        return self._xml(href, here, target, data, include.get("xpointer"), chain)

    def _xml(self, href, here, target, data, pointer, chain) -> list:
        from teikit.validate.checks import parse
        parsed = parse(target, data)
        if parsed.tree is None:
            first = parsed.diagnostics[0]
            raise IncludeError(f'xi:include href="{href}" is not well-formed: '
                               f"line {first.line}: {first.message}")
        root = parsed.tree.getroot()
        self._expand(root, target, chain + (target,))
        node = _select(root, pointer, href) if pointer else root
        node.tail = None
        if posixpath.dirname(target) != posixpath.dirname(here):
            node.set(XML_BASE, posixpath.relpath(target, posixpath.dirname(here) or "."))
        return [node]


def _outermost(root) -> list:
    """The includes under `root` not inside another include (those are in a fallback: the
    business of the include that holds them)."""
    def nested(inc) -> bool:
        for ancestor in inc.iterancestors():
            if ancestor is root:
                return False
            if ancestor.tag in _INCLUDE_TAGS:
                return True
        return False
    return [inc for inc in root.iter(*_INCLUDE_TAGS) if not nested(inc)]


def target_path(here: str, href: str) -> str | None:
    """The path, relative to the validated document's folder, that `href` in the file at
    `here` names; None for a URL (any scheme, `file:` included) or an absolute path."""
    from teikit.validate.members import href_path
    rel = href_path(href)
    if rel is None:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(here), rel))


def _decode(href: str, data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise IncludeError(f'xi:include href="{href}" parse="text" cannot be decoded as '
                              f"{encoding}: {exc.__class__.__name__}") from None
    return text.removeprefix("\ufeff")


def _select(root, pointer: str, href: str):
    """The element an xpointer names: a shorthand id or the element() scheme."""
    match = _ELEMENT_SCHEME.match(pointer.strip())
    start, steps = (match.group(1), match.group(2)) if match else (pointer.strip(), "")
    if not match and not _NCNAME.match(start):
        raise IncludeError(f'xi:include href="{href}": xpointer "{pointer}" is not '
                              "supported (use an id or element())")
    node = root
    if start:
        found = root.xpath("//*[@xml:id=$v or @id=$v][1]", v=start)
        node = found[0] if found else None
    elif steps:  # element(/1/...): the first step selects the document element
        first, steps = steps.split("/")[1], "/" + "/".join(steps.split("/")[2:])
        node = root if first == "1" else None
        steps = steps if steps != "/" else ""
    for step in filter(None, steps.split("/")):
        children = [c for c in node if isinstance(c.tag, str)] if node is not None else []
        node = children[int(step) - 1] if 0 < int(step) <= len(children) else None
    if node is None:
        raise IncludeError(f'xi:include href="{href}": xpointer "{pointer}" selects '
                              "nothing")
    return node


def _fallback_of(include):
    for child in include:
        if isinstance(child.tag, str) and child.tag.endswith("}fallback") \
                and child.tag[1:].split("}")[0] in XI_NAMESPACES:
            return child
    return None


def _replace(include, text: str, nodes: list) -> None:
    """Put `text` then `nodes` where `include` is, keeping the include's tail."""
    parent = include.getparent()
    if parent is None:
        raise IncludeError("xi:include as the document element is not supported",
                           include.sourceline or 0)
    tail = include.tail or ""
    previous = include.getprevious()
    if text:
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
    index = parent.index(include)
    parent.remove(include)
    for offset, node in enumerate(nodes):
        parent.insert(index + offset, node)
    last = nodes[-1] if nodes else parent[index - 1] if index > 0 else None
    if last is not None:
        last.tail = (last.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
