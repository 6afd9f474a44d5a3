"""`<?xml-model?>` processing instructions: which schemas a document asks for.

Only files inside the folder or archive being validated are used, always through the
document's confined `resolve` callback (see `teikit.validate.schemarefs`); teikit never
fetches a schema from the network.
"""
from __future__ import annotations

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
    """Local schema files for the document's xml-model PIs, plus notes on skipped ones.
    Every schema (and whatever it includes) comes through the document's confined
    `resolve`: nothing outside the folder or archive being validated is read."""
    from teikit.errors import TeikitError
    from teikit.validate.schemarefs import materialise
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
        try:
            path = materialise(href, resolve or (lambda _href: None), cache_root)
        except TeikitError as exc:
            notes.append(Diagnostic(name, line, 0, "error", "xml-model", str(exc)))
            continue
        except OSError as exc:
            notes.append(Diagnostic(name, line, 0, "error", "xml-model",
                                    f"xml-model {href}: cannot write the schema cache: "
                                    f"{exc.strerror or exc}"))
            continue
        if path is None:
            notes.append(Diagnostic(name, line, 0, "error", "xml-model",
                                    f"xml-model schema {href} not found in the folder or archive "
                                    "being validated"))
        else:
            paths.append(path)
    return paths, notes


def _note(name: str, line: int, message: str) -> Diagnostic:
    return Diagnostic(name, line, 0, "warning", "xml-model", message)
