"""Writers turn a `Transcript` into output bytes. A registry: name -> "module:function".

Each writer is `write(transcript, options) -> bytes`. Entries are import paths so that
one writer's dependencies are loaded only when it is used.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

WRITERS: dict[str, str] = {
    "tei": "teikit.writers.tei:write",          # u/seg, Parla-CLARIN style (default)
    "drama": "teikit.writers.tei:write_drama",  # sp/speaker/p/stage, DraCor style
    "text": "teikit.writers.text:write",
    "html": "teikit.writers.html:write",
}


def get_writer(name: str) -> Callable:
    try:
        module, func = WRITERS[name].split(":")
    except KeyError:
        raise ValueError(f"unknown writer {name!r}; known: {', '.join(sorted(WRITERS))}") from None
    return getattr(import_module(module), func)
