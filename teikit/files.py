"""I/O at the edges: expanding inputs, choosing output paths, writing atomically.

Nothing here knows about TEI or transcripts. Inputs are never modified; outputs are written
to a temporary file beside the target and renamed into place, so a reader of the output
never sees half a file and a failed run leaves nothing behind.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from teikit.errors import TeikitError

STDIN = "-"


@dataclass(frozen=True)
class InputFile:
    """One input: `path` is a file path or "-" for standard input; `name` what to call it
    in messages; `stem` the base name used for output files and document ids."""
    path: str
    name: str
    stem: str

    def read_bytes(self) -> bytes:
        if self.path == STDIN:
            return sys.stdin.buffer.read()
        try:
            return Path(self.path).read_bytes()
        except OSError as exc:
            raise TeikitError(f"{self.name}: cannot read: {exc.strerror or exc}") from None


def _has_glob(s: str) -> bool:
    return any(c in s for c in "*?[")


def matches(rel: str, patterns: Iterable[str]) -> bool:
    """Whether a path inside a folder or archive (or its file name) matches one of the globs."""
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)


def expand_inputs(
    args: Iterable[str],
    suffixes: tuple[str, ...],
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
) -> list[InputFile]:
    """Turn command-line arguments into input files, in a stable order.

    A file is taken as given (whatever its suffix); a folder is searched recursively for
    files ending in one of `suffixes` (or matching `include`), minus `exclude`; a glob is
    expanded; "-" is standard input. A missing path is a usage error.
    """
    include, exclude = tuple(include), tuple(exclude)
    out: list[InputFile] = []
    for arg in args:
        if arg == STDIN:
            out.append(InputFile(STDIN, "<stdin>", "stdin"))
            continue
        if _has_glob(arg) and not os.path.exists(arg):
            hits = sorted(glob.glob(arg, recursive=True))
            if not hits:
                raise TeikitError(f"{arg}: no file matches this pattern")
            out.extend(_file(h) for h in hits if os.path.isfile(h))
            out.extend(f for h in hits if os.path.isdir(h)
                       for f in _walk(h, suffixes, include, exclude))
            continue
        if os.path.isdir(arg):
            out.extend(_walk(arg, suffixes, include, exclude))
        elif os.path.isfile(arg):
            out.append(_file(arg))
        else:
            raise TeikitError(f"{arg}: no such file or directory")
    return _dedupe(out)


def _file(path: str) -> InputFile:
    p = Path(path)
    return InputFile(str(p), str(p), p.stem)


def _walk(root: str, suffixes, include, exclude) -> list[InputFile]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, root).replace(os.sep, "/")
            wanted = matches(rel, include) if include else fn.endswith(suffixes)
            if wanted and not matches(rel, exclude) and not fn.startswith("."):
                found.append(_file(full))
    return found


def _dedupe(files: list[InputFile]) -> list[InputFile]:
    seen, out = set(), []
    for f in files:
        key = f.path if f.path == STDIN else os.path.realpath(f.path)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def output_paths(inputs: list[InputFile], out_dir: Path, suffix: str) -> list[Path]:
    """One output per input in `out_dir`, named by stem; clashing stems get a number."""
    used: dict[str, int] = {}
    paths = []
    for f in inputs:
        stem = f.stem
        n = used.get(stem, 0)
        used[stem] = n + 1
        paths.append(out_dir / (f"{stem}{suffix}" if n == 0 else f"{stem}-{n + 1}{suffix}"))
    return paths


def refuse_overwriting_input(target: Path, inputs: Iterable[InputFile]) -> None:
    """Raise if `target` is one of the inputs: teikit never overwrites its input."""
    if not target.exists():
        return
    real = os.path.realpath(target)
    for f in inputs:
        if f.path != STDIN and os.path.realpath(f.path) == real:
            raise TeikitError(f"{target}: refusing to overwrite an input file")


def atomic_write(target: Path, data: bytes) -> None:
    """Write `data` to `target` via a temporary file in the same folder and a rename."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise TeikitError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise TeikitError(f"{target}: cannot write: {exc.strerror or exc}") from None
