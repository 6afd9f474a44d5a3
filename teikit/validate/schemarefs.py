"""What a schema pulls in, checked before any tool (libxml2, trang, jing, xmlschema) reads it.

RELAX NG `include`/`externalRef`, compact-syntax `include`/`external`, XSD
`include`/`import`/`redefine`/`override`, Schematron `include`/`extends` and XSLT
`include`/`import` are references those tools follow on their own, over the network too
(trang fetches `external "http://..."`). So every schema teikit uses is read here first:

* `check_local(path)`: a schema given on the command line may reference local files
  anywhere (the user chose it), but never a URL, and never declare an external DTD or
  entity (jing and trang would fetch it).
* `materialise(href, resolve, out)`: a schema a *document* names (`<?xml-model?>`) is
  fetched, with everything it references, through the document's confined `resolve`
  (`teikit.validate.sources`): only relative references, only files inside the folder or
  archive being validated. The copy (in the cache, keyed by content) is what the tools read.
"""
from __future__ import annotations

import hashlib
import os
import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from teikit.errors import TeikitError

_RNG = "http://relaxng.org/ns/structure/1.0"
_XSD = "http://www.w3.org/2001/XMLSchema"
_SCH = "http://purl.oclc.org/dsdl/schematron"
_XSL = "http://www.w3.org/1999/XSL/Transform"
_XPATH = ("//r:include/@href | //r:externalRef/@href"
          " | //x:include/@schemaLocation | //x:import/@schemaLocation"
          " | //x:redefine/@schemaLocation | //x:override/@schemaLocation"
          " | //s:include/@href | //s:extends/@href"
          " | //t:include/@href | //t:import/@href")
_NS = {"r": _RNG, "x": _XSD, "s": _SCH, "t": _XSL}
_RNC_ESCAPE = re.compile(r"\\x\{([0-9A-Fa-f]{1,6})\}")
_RNC_TOKEN = re.compile(r'#[^\n]*|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"[^"\n]*"|\'[^\'\n]*\''
                        r"|\\?[A-Za-z_][\w.-]*|\S")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
MAX_FILES = 256


def references(name: str, data: bytes) -> list[str]:
    """The hrefs the schema in `data` pulls in. Raises TeikitError for a schema that would
    make a tool load something teikit cannot vet (external DTD or entity, xml:base)."""
    if name.lower().endswith(".rnc"):
        return _rnc_references(name, data)
    from lxml import etree

    from teikit.validate.checks import make_parser
    try:
        tree = etree.ElementTree(etree.fromstring(data, make_parser()))
    except etree.XMLSyntaxError:
        return []  # references nothing; loading it reports the syntax error
    info = tree.docinfo
    dtd = info.internalDTD
    if info.system_url or info.public_id or (
            dtd is not None and any(e.system_url for e in dtd.iterentities())):
        raise TeikitError(f"{name}: schema declares an external DTD or entity; teikit does "
                          "not let its tools load it")
    if tree.xpath("//@xml:base"):
        raise TeikitError(f"{name}: xml:base in a schema is not supported")
    return [str(v).strip() for v in tree.xpath(_XPATH, namespaces=_NS)]


def _rnc_references(name: str, data: bytes) -> list[str]:
    """`include "x"` and `external "x"` (literals may be joined with `~`; `\\x{..}`
    escapes are expanded first, as the compact syntax says)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TeikitError(f"{name}: compact-syntax schema is not UTF-8") from None
    text = _RNC_ESCAPE.sub(lambda m: chr(min(int(m.group(1), 16), 0x10FFFF)), text)
    tokens = [t for t in _RNC_TOKEN.findall(text) if not t.startswith("#")]
    out = []
    for i, token in enumerate(tokens):
        if token not in ("include", "external"):
            continue
        parts, j = [], i + 1
        while j < len(tokens) and tokens[j][:1] in ("'", '"'):
            literal = tokens[j]
            parts.append(literal[3:-3] if literal[:3] in ('"""', "'''") else literal[1:-1])
            j += 1 + (j + 1 < len(tokens) and tokens[j + 1] == "~")
        if parts:
            out.append("".join(parts))
    return out


def check_local(path: Path) -> None:
    """A command-line schema and everything it references: local files only."""
    seen: set[Path] = set()
    todo = [Path(path)]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        if len(seen) > MAX_FILES:
            raise TeikitError(f"{path}: schema references more than {MAX_FILES} files")
        try:
            data = current.read_bytes()
        except OSError as exc:
            raise TeikitError(f"{current}: cannot read schema: {exc.strerror or exc}") from None
        for href in references(str(current), data):
            if _URL.match(href) and not href.startswith("file:"):
                raise TeikitError(f"{current}: references {href}; teikit never fetches "
                                  "schemas from the network")
            local = href.removeprefix("file://") if href.startswith("file:") else href
            todo.append((current.parent / local.removeprefix("file:")).resolve())


def materialise(href: str, resolve: Callable[[str], bytes | None], cache: Path
                ) -> Path | None:
    """The document-named schema `href` and what it references, fetched only through
    `resolve`, copied under `cache`; its path there, or None when `href` is not found.
    Raises TeikitError for a reference that is a URL or leaves the folder or archive."""
    from teikit.validate.members import href_path
    top = href_path(href)
    if top is None:
        raise TeikitError(f"xml-model {href} is not a relative path; teikit only uses "
                          "schemas inside the folder or archive being validated")
    top = posixpath.normpath(top)
    files: dict[str, bytes] = {}
    todo = [top]
    while todo:
        rel = todo.pop()
        if rel in files:
            continue
        if len(files) >= MAX_FILES:
            raise TeikitError(f"xml-model {href} references more than {MAX_FILES} files")
        data = resolve(rel)
        if data is None:
            if rel == top:
                return None
            raise TeikitError(f"xml-model {href}: {rel} is not in the folder or archive "
                              "being validated")
        files[rel] = data
        for ref in references(rel, data):
            target = href_path(ref)
            if target is None:
                raise TeikitError(f"xml-model {href}: {rel} references {ref}; only relative "
                                  "references inside the folder or archive are followed")
            todo.append(posixpath.normpath(posixpath.join(posixpath.dirname(rel), target)))
    return _write_copy(top, files, cache)


def _write_copy(top: str, files: dict[str, bytes], cache: Path) -> Path:
    """Write `files` (relative paths, some may start with `..`) below one folder named by
    their content, nested deep enough that `..` stays inside it."""
    digest = hashlib.sha256()
    for rel in sorted(files):
        digest.update(rel.encode() + b"\0" + hashlib.sha256(files[rel]).digest())
    ups = max(rel.split("/").count("..") for rel in files)
    base = cache / "xml-model" / digest.hexdigest()[:24] / "/".join(["_"] * ups or ["."])
    for rel, data in files.items():
        out = Path(posixpath.normpath(f"{base.as_posix()}/{rel}"))
        if not out.is_file():
            out.parent.mkdir(parents=True, exist_ok=True)
            tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            tmp.replace(out)
    return Path(posixpath.normpath(f"{base.as_posix()}/{top}"))
