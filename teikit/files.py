"""I/O at the edges: expanding inputs, reading them safely, choosing output paths, writing.

Nothing here knows about TEI or transcripts. Only regular files are read as inputs (a FIFO
would block forever, /dev/zero never ends), and no more than `MAX_INPUT_SIZE` of them.
Inputs are never modified. Outputs to regular files are written to a temporary file beside
the target and renamed into place, so a reader never sees half a file and a failed or
interrupted run leaves nothing behind; a character device or FIFO given as output (a
terminal, /dev/null, a pipe) is written into, never replaced. Every write is checked: a
failed or short write (a full disk) is a `TeikitError`.
"""
from __future__ import annotations

import fnmatch
import glob
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from teikit.errors import TeikitError

STDIN = "-"
MAX_INPUT_SIZE = 512 * 1024 * 1024  # one input document; the validator's limit too


@dataclass(frozen=True)
class InputFile:
    """One input: `path` is a file path or "-" for standard input; `name` what to call it
    in messages; `stem` the base name used for output files and document ids."""
    path: str
    name: str
    stem: str

    def read_bytes(self, limit: int = MAX_INPUT_SIZE) -> bytes:
        if self.path == STDIN:
            return read_stdin(limit)
        return read_regular_file(self.path, self.name, limit)


def _kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return kind
    return "not a regular file"


def _too_large(name: str, limit: int) -> TeikitError:
    return TeikitError(f"{name}: larger than {limit // (1024 * 1024)} MiB: not read")


def read_regular_file(path: str, name: str, limit: int = MAX_INPUT_SIZE) -> bytes:
    """The bytes of the regular file at `path` (symlinks followed), at most `limit` of them.
    FIFOs, devices and sockets are refused without reading (or blocking on) them."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise TeikitError(f"{name}: {_kind(os.stat(path).st_mode)}, not a regular file: "
                              "not read")
        # O_NONBLOCK: should the path have become a FIFO since the stat, open() must not
        # wait for a writer; fstat on the open file is what decides.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise TeikitError(f"{name}: cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise TeikitError(f"{name}: {_kind(info.st_mode)}, not a regular file: not read")
        if info.st_size > limit:
            raise _too_large(name, limit)
        with os.fdopen(os.dup(fd), "rb") as fh:
            data = fh.read(limit + 1)  # the size may have grown since the fstat
    except OSError as exc:
        raise TeikitError(f"{name}: cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise _too_large(name, limit)
    return data


def read_stdin(limit: int = MAX_INPUT_SIZE, name: str = "<stdin>") -> bytes:
    """Standard input, at most `limit` bytes (`< /dev/zero` must not exhaust memory)."""
    try:
        data = sys.stdin.buffer.read(limit + 1)
    except OSError as exc:
        raise TeikitError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise _too_large(name, limit)
    return data


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
            out.extend(_file(h) for h in hits if not os.path.isdir(h))  # FIFOs: refused when read
            out.extend(f for h in hits if os.path.isdir(h)
                       for f in _walk(h, suffixes, include, exclude))
            continue
        if os.path.isdir(arg):
            out.extend(_walk(arg, suffixes, include, exclude))
        elif os.path.exists(arg):  # a FIFO or device too: reading it refuses it, by name
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


def names_folder(output: str | os.PathLike) -> bool:
    """`-o out/` (a trailing separator) or an existing folder: outputs go inside it."""
    text = os.fspath(output)
    return text.endswith(("/", os.sep)) or os.path.isdir(text)


def output_paths(inputs: list[InputFile], out_dir: Path, suffix: str,
                 reserved: Iterable[str] = ()) -> list[Path]:
    """One output per input in `out_dir`, named by stem + `suffix`, all distinct.

    An input whose name is taken (by an earlier input, or by a `reserved` name such as the
    generated index.html) gets `STEM-2`, `STEM-3`, ..., skipping the names other inputs get
    from their own stems: `a/x.txt b/x.txt c/x-2.txt` give x.xml, x-3.xml, x-2.xml. Names are
    compared ignoring case, as macOS and Windows file systems do."""
    natural = [f"{f.stem}{suffix}" for f in inputs]
    own = {n.casefold() for n in natural}
    taken = {n.casefold() for n in reserved}
    paths = []
    for f, name in zip(inputs, natural):
        n = 1
        while name.casefold() in taken or (n > 1 and name.casefold() in own):
            n += 1
            name = f"{f.stem}-{n}{suffix}"
        taken.add(name.casefold())
        paths.append(out_dir / name)
    return paths


def refuse_overwriting_input(target: Path, inputs: Iterable[InputFile]) -> None:
    """Raise if `target` is one of the inputs: teikit never overwrites its input."""
    if not target.exists():
        return
    real = os.path.realpath(target)
    for f in inputs:
        if f.path != STDIN and os.path.realpath(f.path) == real:
            raise TeikitError(f"{target}: refusing to overwrite an input file")


def refuse_replacing_neighbours(targets: Iterable[Path], inputs: Iterable[InputFile]) -> None:
    """For outputs whose names teikit chose (`-o FOLDER`): raise, before anything is written,
    if one would replace a file that is not regular, or an existing file in a folder that
    holds inputs, itself or in a subfolder (the `.txt` transcripts beside the TEI, a
    hand-made `index.html` at the top of the corpus)."""
    folders = {os.path.realpath(os.path.dirname(os.path.abspath(f.path)))
               for f in inputs if f.path != STDIN}
    for target in targets:
        try:
            mode = os.stat(target).st_mode
        except OSError:
            continue  # nothing there (or nothing we can see): a new file
        if not stat.S_ISREG(mode):
            raise TeikitError(f"{target}: {_kind(mode)} is in the way of an output: "
                              "nothing written")
        where = os.path.realpath(os.path.dirname(os.path.abspath(target)))
        if any(os.path.commonpath([where, folder]) == where for folder in folders):
            raise TeikitError(f"{target}: exists beside the inputs and would be replaced: "
                              "nothing written (choose another output folder)")


def write_output(target: Path, data: bytes) -> None:
    """Write all of `data` to `target`: a character device or FIFO (a terminal, /dev/null,
    a pipe) is written into and never replaced; anything else that exists and is not a
    regular file is refused; a regular file is replaced atomically (`atomic_write`).
    "-" is standard output, as for inputs (never a file named "-")."""
    if str(target) == STDIN:
        write_stdout(data)
        return
    target = Path(target)
    try:
        mode = os.stat(target).st_mode
    except OSError:
        mode = None
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        _write_into(target, data)
    elif mode is not None and not stat.S_ISREG(mode):
        raise TeikitError(f"{target}: {_kind(mode)}, not a file teikit can write to")
    else:
        atomic_write(target, data)


def write_stdout(data: bytes) -> None:
    """Write all of `data` to standard output; a failed or short write is a TeikitError."""
    try:
        sys.stdout.flush()
        fd = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):  # a test runner's in-memory stdout
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except OSError as exc:
            raise TeikitError(f"<stdout>: cannot write: {exc.strerror or exc}") from None
        return
    _write_all(fd, data, "<stdout>")


def _write_into(target: Path, data: bytes) -> None:
    # No O_CREAT, no O_TRUNC: a device is written into as it is; a FIFO waits for its reader
    # as shell redirection does.
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise TeikitError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        _write_all(fd, data, str(target))
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes, name: str) -> None:
    """os.write until every byte is written; an error or a write of 0 bytes raises."""
    view = memoryview(data)
    try:
        while view:
            written = os.write(fd, view)
            if written <= 0:
                raise TeikitError(f"{name}: cannot write: short write ({len(view)} bytes left)")
            view = view[written:]
    except OSError as exc:
        raise TeikitError(f"{name}: cannot write: {exc.strerror or exc}") from None


def atomic_write(target: Path, data: bytes) -> None:
    """Write `data` to the regular file `target` via a temporary file in the same folder
    and a rename. The temporary file is removed on any failure or interruption (Ctrl-C,
    SIGTERM once `teikit.procs.terminate_on_signals` is installed)."""
    from teikit.procs import hold_signals, release_signals
    target = Path(target)
    held = hold_signals()  # SIGTERM between mkstemp and the try below would leak the file
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        release_signals(held)
        raise TeikitError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        release_signals(held)
        try:
            _write_all(fd, data, str(target))
            os.fchmod(fd, 0o644)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise TeikitError(f"{target}: cannot write: {exc.strerror or exc}") from None
    except BaseException:
        _remove(tmp)
        raise


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass
