"""`<?xml-model?>` processing instructions: which schemas a document asks for.

Only local files are used, relative to the document (on disk, or through the document's
`resolve` callback for archives and stdin); teikit never fetches a schema from the network.
"""
from __future__ import annotations

import hashlib
import posixpath
from pathlib import Path

from teikit.diagnostics import Diagnostic

_TYPENS_KIND = {"http://relaxng.org/ns/structure/1.0": "rng",
                "http://purl.oclc.org/dsdl/schematron": "sch",
                "http://www.w3.org/2001/XMLSchema": "xsd"}


def declared_models(tree) -> list[tuple[str, str | None, int]]:
    """(href, schematypens, line) of each xml-model PI before the root element."""
    out = []
    for node in reversed(list(tree.getroot().itersiblings(preceding=True))):
        if getattr(node, "target", None) == "xml-model" and node.get("href"):
            out.append((node.get("href"), node.get("schematypens"), node.sourceline or 0))
    return out


def schema_paths(name: str, tree, resolve, cache_root: Path
                 ) -> tuple[list[Path], list[Diagnostic]]:
    """Local schema files for the document's xml-model PIs, plus notes on skipped ones."""
    paths, notes = [], []
    for href, typens, line in declared_models(tree):
        if "://" in href and not href.startswith("file:"):
            notes.append(_note(name, line, f"xml-model {href} not used: teikit never fetches "
                                            "schemas from the network"))
            continue
        ext = posixpath.splitext(href)[1].lower()
        if _TYPENS_KIND.get(typens or "") == "sch" and ext in (".rng", ".rnc", ".xsd"):
            notes.append(_note(name, line, f"xml-model {href}: Schematron embedded in a "
                                            "grammar is not checked"))
            continue
        path = _locate(name, href.removeprefix("file:"), resolve, cache_root)
        if path is None:
            notes.append(Diagnostic(name, line, 0, "error", "xml-model",
                                    f"xml-model schema {href} not found next to the document"))
        else:
            paths.append(path)
    return paths, notes


def _locate(name: str, href: str, resolve, cache_root: Path) -> Path | None:
    on_disk = Path(name).parent / href
    if "!/" not in name and name != "-" and on_disk.is_file():
        return on_disk
    data = resolve(href) if resolve is not None else None
    if data is None:
        return None
    # Bytes from an archive: materialise once, by content, so the schema cache can key on it.
    out = cache_root / "xml-model" / hashlib.sha256(data).hexdigest()[:24] / posixpath.basename(href)
    if not out.is_file():
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
    return out


def _note(name: str, line: int, message: str) -> Diagnostic:
    return Diagnostic(name, line, 0, "warning", "xml-model", message)
