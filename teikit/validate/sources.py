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
import posixpath
import re
import tarfile
import threading
import zipfile
import zlib
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Union
from urllib.parse import unquote

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError
from teikit.files import STDIN, expand_inputs, matches, read_regular_file, read_stdin
from teikit.validate import Document

MiB = 1 << 20
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
ARCHIVE_SUFFIXES = ZIP_SUFFIXES + TAR_SUFFIXES
_TAR_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)
_ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error,
               lzma.LZMAError, NotImplementedError, RuntimeError, ValueError)
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class SourceLimits:
    """How much one input may inflate to. Sizes are checked against what the headers declare
    before anything is decompressed, and zip members can never yield more than they declare."""
    max_member_size: int = 512 * MiB   # one document (file, stdin or archive member)
    max_total_size: int = 2048 * MiB   # everything read from one archive
    max_ratio: int = 200               # zip: uncompressed / compressed size ...
    ratio_floor: int = 1 * MiB         # ... checked only for members larger than this


@dataclass(frozen=True)
class Rejected:
    """An input (or archive member) that was not validated, and why."""
    name: str
    diagnostic: Diagnostic


Source = Union[Document, Rejected]


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
        elif name.lower().endswith(ZIP_SUFFIXES):
            yield from _iter_zip(path, name, wanted, limits)
        elif name.lower().endswith(TAR_SUFFIXES):
            yield from _iter_tar(path, name, wanted, limits)
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


def _reject(name: str, message: str, rule: str = "archive") -> Rejected:
    return Rejected(name, Diagnostic(name, 0, 0, "error", rule, message))


# --- plain files and stdin -------------------------------------------------------------

def _stdin_document(limits: SourceLimits) -> Source:
    try:
        data = read_stdin(limits.max_member_size, "-")
    except TeikitError as exc:
        return _reject("-", str(exc).removeprefix("-: "), "io")
    return Document("-", data, resolve=folder_resolver(os.getcwd(), os.getcwd(), limits))


def _file_document(path: str, name: str, root: str, limits: SourceLimits) -> Source:
    try:  # regular files only: a FIFO would block forever, /dev/zero never end
        data = read_regular_file(path, name, limits.max_member_size)
    except TeikitError as exc:
        return _reject(name, str(exc).removeprefix(f"{name}: "), "io")
    base = os.path.dirname(os.path.abspath(path))
    return Document(name, data, resolve=folder_resolver(base, root, limits))


def href_path(href: str) -> str | None:
    """The relative path an XInclude href names, or None for a URL or an absolute path:
    those are never followed (no network, nothing outside the folder or archive)."""
    if not href or _URL_SCHEME.match(href) or href.startswith(("/", "\\")):
        return None
    path = unquote(href.split("#", 1)[0]).replace("\\", "/")
    return path or None


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


def _member_target(member: str, href: str) -> str | None:
    """The archive member an href in `member` points to, if it stays inside the archive."""
    rel = href_path(href)
    if rel is None:
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(member), rel))
    return None if target == ".." or target.startswith("../") else target


# --- archive members --------------------------------------------------------------------

def unsafe_member_name(name: str) -> str | None:
    """Why a member name could write outside an extraction folder, or None if it is safe.
    teikit extracts nothing, but such names mark a hostile archive and are reported."""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "absolute path"
    if ".." in name.replace("\\", "/").split("/"):
        return "path with '..' escapes the archive"
    return None


def size_problem(size: int, compressed: int | None, total: int, limits: SourceLimits) -> str | None:
    """Why a member of `size` bytes (declared) may not be read, given `total` read so far."""
    if size > limits.max_member_size:
        return (f"member declares {_size(size)}, more than the "
                f"{_size(limits.max_member_size)} limit (possible zip bomb)")
    if compressed is not None and size > limits.ratio_floor \
            and size > limits.max_ratio * max(compressed, 1):
        return (f"compression ratio {size // max(compressed, 1)}:1 exceeds "
                f"{limits.max_ratio}:1 (possible zip bomb)")
    return total_problem(size, total, limits)


def total_problem(size: int, total: int, limits: SourceLimits) -> str | None:
    if total + size > limits.max_total_size:
        return f"archive inflates to more than {_size(limits.max_total_size)} (possible zip bomb)"
    return None


def _size(n: int) -> str:
    return f"{n / MiB:.0f} MiB" if n >= MiB else f"{n} bytes"


def _member_name(archive: str, member: str) -> str:
    return f"{archive}!/{member}"


def _zip_entry_problem(info: zipfile.ZipInfo) -> str | None:
    reason = unsafe_member_name(info.filename)
    if reason:
        return reason
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
        yield _reject(name, f"cannot read zip archive: {exc}")
        return
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        member = _member_name(name, info.filename)
        problem = _zip_entry_problem(info)  # reported whether wanted or not: a hostile archive
        if problem is None:
            if not wanted(info.filename):
                continue
            problem = size_problem(info.file_size, info.compress_size, total, limits)
        if problem:
            yield _reject(member, problem)
            continue
        total += info.file_size
        try:
            data = zf.read(info)  # zipfile stops at the declared size and checks the CRC
        except _ZIP_ERRORS as exc:
            yield _reject(member, f"cannot read member: {exc}")
            continue
        yield Document(member, data, resolve=_zip_resolver(zf, info.filename, limits))


def _zip_resolver(zf: zipfile.ZipFile, member: str, limits: SourceLimits):
    def resolve(href: str) -> bytes | None:
        target = _member_target(member, href)
        if target is None:
            return None
        try:
            info = zf.getinfo(target)
        except KeyError:
            return None
        if _zip_entry_problem(info) or size_problem(info.file_size, info.compress_size, 0, limits):
            return None
        try:
            return zf.read(info)
        except _ZIP_ERRORS:
            return None
    return resolve


class _TarArchive:
    """A tar archive read header by header. Skipping a member of a compressed tar means
    decompressing it, so the scan stops for good at the first member whose declared size
    breaks the limits; members seen so far stay available for XInclude resolution."""

    def __init__(self, path: str, name: str, wanted: Callable[[str], bool], limits: SourceLimits):
        self.name, self.wanted, self.limits = name, wanted, limits
        self.tf = tarfile.open(path, "r:*")
        self.entries: list[Union[tarfile.TarInfo, Rejected]] = []  # in archive order
        self.files: dict[str, tarfile.TarInfo] = {}
        self.total = 0
        self.done = False
        self.lock = threading.Lock()  # a TarFile is not safe to share between threads

    def __del__(self):
        tf = getattr(self, "tf", None)
        if tf is not None:
            tf.close()

    def entry(self, i: int) -> Union[tarfile.TarInfo, Rejected, None]:
        """The i-th entry, reading headers as far as needed; None past the end."""
        with self.lock:
            while i >= len(self.entries) and self._advance():
                pass
            return self.entries[i] if i < len(self.entries) else None

    def _advance(self) -> bool:
        """Read one more header; False once the scan is over."""
        if self.done:
            return False
        try:
            info = self.tf.next()
        except _TAR_ERRORS as exc:
            self._stop(self.name, f"cannot read tar archive: {exc}")
            return True
        if info is None:
            self.done = True
            return False
        member = _member_name(self.name, info.name)
        problem = unsafe_member_name(info.name) or _tar_type_problem(info)
        if problem:
            self.entries.append(_reject(member, problem))
            return True
        if not info.isfile():
            return True
        # Unwanted members are never read, but skipping them still costs decompression.
        problem = (size_problem(info.size, None, self.total, self.limits)
                   if self.wanted(info.name) else total_problem(info.size, self.total, self.limits))
        if problem:
            self._stop(member, problem + "; rest of the archive not read")
            return True
        self.total += info.size
        self.entries.append(info)
        self.files[info.name] = info
        return True

    def _stop(self, name: str, message: str) -> None:
        self.entries.append(_reject(name, message))
        self.done = True

    def read(self, info: tarfile.TarInfo) -> bytes:
        with self.lock:
            fh = self.tf.extractfile(info)
            return fh.read(info.size) if fh else b""

    def find(self, target: str) -> tarfile.TarInfo | None:
        with self.lock:
            while target not in self.files and self._advance():
                pass
            return self.files.get(target)


def _tar_type_problem(info: tarfile.TarInfo) -> str | None:
    if info.issym():
        return f"symbolic link (to {info.linkname!r})"
    if info.islnk():
        return f"hard link (to {info.linkname!r})"
    if info.ischr() or info.isblk() or info.isfifo():
        return "device or FIFO"
    if not (info.isfile() or info.isdir()):
        return "unsupported member type"
    return None


def _iter_tar(path: str, name: str, wanted: Callable[[str], bool],
              limits: SourceLimits) -> Iterator[Source]:
    try:
        archive = _TarArchive(path, name, wanted, limits)
    except _TAR_ERRORS as exc:
        yield _reject(name, f"cannot read tar archive: {exc}")
        return
    i = 0
    while (entry := archive.entry(i)) is not None:
        i += 1
        if isinstance(entry, Rejected):
            yield entry
        elif wanted(entry.name):
            yield _tar_document(archive, entry)


def _tar_document(archive: _TarArchive, info: tarfile.TarInfo) -> Source:
    member = _member_name(archive.name, info.name)
    try:
        data = archive.read(info)
    except _TAR_ERRORS as exc:
        return _reject(member, f"cannot read member: {exc}")

    def resolve(href: str) -> bytes | None:
        target = _member_target(info.name, href)
        found = archive.find(target) if target else None
        try:
            return archive.read(found) if found else None
        except _TAR_ERRORS:
            return None
    return Document(member, data, resolve=resolve)

