"""Where the documents to validate come from: files, folders, globs, stdin, zip and tar.

Documents are produced lazily, one at a time, so a large corpus is never held in memory at
once. Archives are read in place: nothing is extracted or written to disk, and what a hostile
archive could do (members escaping with `..` or absolute paths, links, devices, members that
inflate to gigabytes) is refused from the headers alone and reported as an error
`Diagnostic` (rule "archive") in place of the member. Each `Document` carries a `resolve`
that finds XInclude targets only inside the folder or archive it was found in.
"""
from __future__ import annotations

import lzma
import os
import stat
import zipfile
import zlib
from typing import Callable, Iterable, Iterator

from teikit.errors import TeikitError
from teikit.files import STDIN, expand_inputs, matches, read_regular_file, read_stdin
from teikit.validate import Document
from teikit.validate.members import (  # Rejected, SourceLimits: this module's API too
    CHUNK,
    Rejected,
    Source,
    SourceLimits,
    href_path,
    member_name,
    member_target,
    reject,
    size_problem,
    unsafe_member_name,
)

__all__ = ["ARCHIVE_SUFFIXES", "Rejected", "Source", "SourceLimits", "folder_resolver",
           "href_path", "iter_sources", "member_filter"]

ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
ARCHIVE_SUFFIXES = ZIP_SUFFIXES + TAR_SUFFIXES
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error,
               lzma.LZMAError, NotImplementedError, RuntimeError, ValueError)


def iter_sources(args: Iterable[str], include: Iterable[str] = (), exclude: Iterable[str] = (),
                 limits: SourceLimits = SourceLimits()) -> Iterator[Source]:
    """Documents to validate from command-line style arguments, lazily and in a stable order.

    Folders are searched for `*.xml` (or `include`), minus `exclude`; the same filter selects
    archive members. A missing path raises `TeikitError` before anything is read.
    """
    include, exclude = tuple(include), tuple(exclude)
    inputs = _expand(args, include, exclude)
    wanted = member_filter(include, exclude)
    for path, name, root in inputs:
        if path == STDIN:
            yield _stdin_document(limits)
        elif name.lower().endswith(ARCHIVE_SUFFIXES) and not _is_regular(path):
            # zipfile and tarfile would block on a FIFO or read a device without end
            yield reject(name, "not a regular file: not read", "io")
        elif name.lower().endswith(ZIP_SUFFIXES):
            yield from _iter_zip(path, name, wanted, limits)
        elif name.lower().endswith(TAR_SUFFIXES):
            from teikit.validate.tarsource import iter_tar
            yield from iter_tar(path, name, wanted, limits)
        else:
            yield _file_document(path, name, root, limits)


def _expand(args: Iterable[str], include: tuple, exclude: tuple) -> list[tuple[str, str, str]]:
    """(path, name, root) per input, where `root` bounds XInclude resolution: the folder given
    on the command line, or the file's own folder. Expanded per argument to know the root."""
    out, seen = [], set()
    for arg in args:
        root_arg = arg if arg != STDIN and os.path.isdir(arg) else None
        for f in expand_inputs([arg], (".xml",), include, exclude):
            key = f.path if f.path == STDIN else os.path.realpath(f.path)
            if key in seen:
                continue
            seen.add(key)
            root = root_arg or os.path.dirname(os.path.abspath(f.path))
            out.append((f.path, "-" if f.path == STDIN else f.name, root))
    return out


def _is_regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # let the archive reader report why it cannot open it


def member_filter(include: tuple = (), exclude: tuple = ()) -> Callable[[str], bool]:
    """Which archive members to validate: the rule `teikit.files` applies to folders, plus
    skipping hidden entries, macOS resource forks (`__MACOSX/`, `._a.xml`) and nested
    archives (not opened: `--include '*.zip'` for folders must not send zips to the parser)."""
    def wanted(rel: str) -> bool:
        parts = rel.split("/")
        if any(p.startswith(".") or p == "__MACOSX" for p in parts) \
                or rel.lower().endswith(ARCHIVE_SUFFIXES):
            return False
        ok = matches(rel, include) if include else rel.endswith(".xml")
        return ok and not matches(rel, exclude)
    return wanted


# --- plain files and stdin -------------------------------------------------------------

def _stdin_document(limits: SourceLimits) -> Source:
    try:
        data = read_stdin(limits.max_member_size, "-")
    except TeikitError as exc:
        return reject("-", str(exc).removeprefix("-: "), "io")
    return Document("-", data, resolve=folder_resolver(os.getcwd(), os.getcwd(), limits))


def _file_document(path: str, name: str, root: str, limits: SourceLimits) -> Source:
    try:  # regular files only: a FIFO would block forever, /dev/zero never end
        data = read_regular_file(path, name, limits.max_member_size)
    except TeikitError as exc:
        return reject(name, str(exc).removeprefix(f"{name}: "), "io")
    base = os.path.dirname(os.path.abspath(path))
    return Document(name, data, resolve=folder_resolver(base, root, limits))


def folder_resolver(base: str, root: str, limits: SourceLimits) -> Callable[[str], bytes | None]:
    """Resolve hrefs relative to `base`, refusing anything whose real path (symlinks
    followed) leaves `root`."""
    real_root = os.path.realpath(root)

    def resolve(href: str) -> bytes | None:
        rel = href_path(href)
        if rel is None:
            return None
        target = os.path.realpath(os.path.join(base, rel))
        if os.path.commonpath([real_root, target]) != real_root or not os.path.isfile(target):
            return None
        try:
            return read_regular_file(target, href, limits.max_member_size)
        except TeikitError:
            return None
    return resolve


# --- archive members --------------------------------------------------------------------

def read_zip_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, inflated a chunk at a time. `zf.read` asks zlib for up to 2 GiB
    in one call and only then cuts to the declared size: a member whose header declares
    1,000 bytes but inflates to 1 GiB took 2 GB of memory. Reading in chunks, zipfile
    stops at the declared size (then checks the CRC), so memory stays within what the
    headers declare, which `size_problem` has bounded."""
    chunks = []
    with zf.open(info) as fh:
        while chunk := fh.read(CHUNK):
            chunks.append(chunk)
    return b"".join(chunks)


def _zip_entry_problem(info: zipfile.ZipInfo) -> str | None:
    reason = unsafe_member_name(info.filename)
    if reason:
        return reason
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        # zipfile inflates bzip2 and lzma members without any output bound per call.
        return "compression method other than stored or deflate (not supported)"
    mode = info.external_attr >> 16
    if info.create_system == 3 and (mode & 0o170000) not in (0, 0o100000, 0o040000):
        return "symbolic link or special file" if (mode & 0o170000) == 0o120000 else "special file"
    if info.flag_bits & 0x1:
        return "encrypted member"
    return None


def _iter_zip(path: str, name: str, wanted: Callable[[str], bool],
              limits: SourceLimits) -> Iterator[Source]:
    try:
        # Not closed here on purpose: the documents' resolvers read from it later; it is
        # closed when the last of them is garbage-collected.
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except _ZIP_ERRORS as exc:
        yield reject(name, f"cannot read zip archive: {exc}")
        return
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        member = member_name(name, info.filename)
        problem = _zip_entry_problem(info)  # reported whether wanted or not: a hostile archive
        if problem is None:
            if not wanted(info.filename):
                continue
            problem = size_problem(info.file_size, info.compress_size, total, limits)
        if problem:
            yield reject(member, problem)
            continue
        total += info.file_size
        try:
            data = read_zip_member(zf, info)
        except _ZIP_ERRORS as exc:
            yield reject(member, f"cannot read member: {exc}")
            continue
        yield Document(member, data, resolve=_zip_resolver(zf, info.filename, limits))


def _zip_resolver(zf: zipfile.ZipFile, member: str, limits: SourceLimits):
    def resolve(href: str) -> bytes | None:
        target = member_target(member, href)
        if target is None:
            return None
        try:
            info = zf.getinfo(target)
        except KeyError:
            return None
        if _zip_entry_problem(info) or size_problem(info.file_size, info.compress_size, 0, limits):
            return None
        try:
            return read_zip_member(zf, info)
        except _ZIP_ERRORS:
            return None
    return resolve
