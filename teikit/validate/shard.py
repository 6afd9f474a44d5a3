"""`--shard K/N`: the part of the inputs one job of a CI matrix validates.

Every job expands the same inputs and computes the same split, so the N parts are disjoint
and together are all the inputs, whatever machine runs them. The split is balanced by
size: inputs are dealt largest first (ties broken by a hash of the name, never by the
order of the file system) to the part with the fewest bytes so far, so no job gets all the
big files. Each part keeps the inputs' own order. An archive is one input (its members
stay together: XInclude resolves within it); standard input goes to part 1.
"""
from __future__ import annotations

import hashlib
import os
import re

from teikit.errors import TeikitError

_SHARD = re.compile(r"\s*(\d+)\s*/\s*(\d+)\s*\Z")


def parse_shard(text: str | None) -> tuple[int, int] | None:
    """(K, N) from "K/N" with 1 <= K <= N; None for None."""
    if text is None:
        return None
    m = _SHARD.match(text)
    if m is None or not 1 <= int(m[1]) <= int(m[2]):
        raise TeikitError(f"--shard {text!r}: give K/N with 1 <= K <= N, e.g. 2/4")
    return int(m[1]), int(m[2])


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported as unreadable by whichever part gets it


def _name_hash(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()


def part_of(names_and_paths: list[tuple[str, str]], count: int, stdin: str = "-") -> list[int]:
    """The part (0-based) of each (name, path) input, balanced by size."""
    parts = [0] * len(names_and_paths)
    loads = [0] * count
    order = sorted(range(len(names_and_paths)),
                   key=lambda i: (-_size(names_and_paths[i][1]),
                                  _name_hash(names_and_paths[i][0])))
    for i in order:
        name, path = names_and_paths[i]
        if path == stdin:
            continue  # part 0
        target = min(range(count), key=lambda p: (loads[p], p))
        parts[i] = target
        loads[target] += _size(path)
    return parts


def select(inputs: list, shard: tuple[int, int] | None, stdin: str = "-") -> list:
    """The inputs ((path, name, ...) tuples) of part K of N, in their own order."""
    if shard is None:
        return inputs
    k, n = shard
    parts = part_of([(item[1], item[0]) for item in inputs], n, stdin)
    return [item for item, part in zip(inputs, parts) if part == k - 1]
