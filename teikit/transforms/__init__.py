"""The converter's passes: small, ordered refinements of the document model.

Each pass is an object with a `name`, the names of the passes that must have run before
it (`after`) and one method `apply(doc, ctx)`. `ordered()` sorts them once (a stable
topological sort: among passes whose predecessors have run, the order of `PASSES` is
kept), and the pipeline applies each in turn with no special case. Passes never import
each other; what several need lives in `teikit.transforms.helpers`.

A new pass is a module here with a `PASS` object, and one row in `PASSES`.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any, Protocol

from teikit.lexicons import Lexicon
from teikit.model import Transcript


@dataclass(frozen=True)
class Context:
    """Everything a pass may read besides the document."""
    options: Any                   # teikit.convert_api.ConvertOptions
    lexicon: Lexicon               # words of the document's language
    registry: Any = None           # teikit.registry.PersonRegistry, from --persons


class Pass(Protocol):
    name: str
    after: tuple[str, ...]

    def apply(self, doc: Transcript, ctx: Context) -> None: ...


# Modules holding a PASS, in the preferred order among passes free to run.
PASSES = ("boilerplate", "play_structure", "labels", "segments", "header", "qa_turns", "ending", "delivery", "events",
          "persons", "roles", "play_cast", "setting", "ids", "timestamps")


def load(names=PASSES) -> list[Pass]:
    return [import_module(f"teikit.transforms.{name}").PASS for name in names]


def ordered(passes: list[Pass], within: bool = False) -> list[Pass]:
    """Passes sorted so that each runs after everything in its `after`; a name in `after`
    that no pass has, or a cycle, is a programming error and raises ValueError. With
    `within`, the passes are a chosen subset (subtitles skip the passes whose work their
    reader does) and predecessors outside it are not waited for."""
    names = {p.name for p in passes}
    for p in passes:
        missing = set(p.after) - names
        if missing and not within:
            raise ValueError(f"pass {p.name!r} needs {sorted(missing)}, which no pass provides")
    done: list[Pass] = []
    waiting = list(passes)
    while waiting:
        ready = next((p for p in waiting if set(p.after) & names <= {d.name for d in done}), None)
        if ready is None:
            raise ValueError(f"passes wait on each other: {[p.name for p in waiting]}")
        done.append(ready)
        waiting.remove(ready)
    return done
