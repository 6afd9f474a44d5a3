"""Readers turn input bytes into a `Transcript`. A registry: name -> "module:function".

Entries are import paths, not imported functions, so that asking for one reader does not
import the others (and `teikit --help` imports none).
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

READERS: dict[str, str] = {
    "plaintext": "teikit.readers.plaintext:read",
    "tei": "teikit.readers.tei:read",
}


def get_reader(name: str) -> Callable:
    try:
        module, func = READERS[name].split(":")
    except KeyError:
        raise ValueError(f"unknown reader {name!r}; known: {', '.join(sorted(READERS))}") from None
    return getattr(import_module(module), func)
