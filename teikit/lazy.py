"""Registries of lazily imported functions (readers, writers): name -> "module:function".

An entry is an import path, not an imported function, so that asking for one format
imports only its module, and `teikit --help` imports none.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable


def resolve(table: dict[str, str], name: str, kind: str) -> Callable:
    """The function registered under `name`; ValueError naming the known ones otherwise."""
    try:
        module, func = table[name].split(":")
    except KeyError:
        raise ValueError(f"unknown {kind} {name!r}; known: {', '.join(sorted(table))}") from None
    return getattr(import_module(module), func)
