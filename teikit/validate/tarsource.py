"""Tar archives as a source of documents, read in place, header by header, in bounded
memory: extended headers (pax, GNU long names) are refused above a size limit before
tarfile reads them, members are read a chunk at a time, and the whole scan stops once the
bytes decompressed exceed `max_ratio` times the compressed bytes actually read (a tar bomb
can declare honest sizes and still inflate 1000:1)."""
from __future__ import annotations

import lzma
import tarfile
import threading
import zlib
from collections.abc import Callable, Iterator

from teikit.validate import Document
from teikit.validate.members import (
    CHUNK,
    Rejected,
    Source,
    SourceLimits,
    member_name,
    member_target,
    reject,
    size_problem,
    size_text,
    total_problem,
    unsafe_member_name,
)

_TAR_ERRORS = (tarfile.TarError, OSError, EOFError, zlib.error, lzma.LZMAError, ValueError)


class _TarArchive:
    """A tar archive read header by header. Skipping a member of a compressed tar means
    decompressing it, so the scan stops for good at the first member whose declared size
    breaks the limits; members seen so far stay available for XInclude resolution."""

    def __init__(self, path: str, name: str, wanted: Callable[[str], bool], limits: SourceLimits):
        self.name, self.wanted, self.limits = name, wanted, limits
        self.raw = open(path, "rb")  # noqa: SIM115 (closed in __del__, with the archive)
        try:
            self.tf = tarfile.open(fileobj=self.raw, mode="r:*",  # noqa: SIM115
                                   tarinfo=_bounded_tarinfo(limits.max_header))
        except BaseException:
            self.raw.close()
            raise
        self.entries: list[tarfile.TarInfo | Rejected] = []  # in archive order
        self.files: dict[str, tarfile.TarInfo] = {}
        self.total = 0
        self.done = False
        self.lock = threading.Lock()  # a TarFile is not safe to share between threads

    def __del__(self):
        tf = getattr(self, "tf", None)
        if tf is not None:
            tf.close()
        raw = getattr(self, "raw", None)
        if raw is not None:
            raw.close()

    def _check_ratio(self) -> None:
        """Stop a tar bomb by what has actually been read: the bytes decompressed so far
        against the compressed bytes read from disk (declared sizes can be honest and
        still inflate 1000:1)."""
        produced, consumed = self.tf.fileobj.tell(), self.raw.tell()
        if produced > self.limits.ratio_floor and produced > self.limits.max_ratio * consumed:
            raise _TarBomb(f"compression ratio over {self.limits.max_ratio}:1 "
                           "(possible tar bomb)")

    def entry(self, i: int) -> tarfile.TarInfo | Rejected | None:
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
            self._check_ratio()
        except _TarBomb as exc:
            self._stop(self.name, f"{exc}; rest of the archive not read")
            return True
        except _TAR_ERRORS as exc:
            self._stop(self.name, f"cannot read tar archive: {exc}")
            return True
        if info is None:
            self.done = True
            return False
        member = member_name(self.name, info.name)
        problem = unsafe_member_name(info.name) or _tar_type_problem(info)
        if problem:
            self.entries.append(reject(member, problem))
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
        self.entries.append(reject(name, message))
        self.done = True

    def read(self, info: tarfile.TarInfo) -> bytes:
        """The member's bytes, a chunk at a time, under the ratio limit; a tar bomb ends
        the scan of the archive (what follows would have to be decompressed too)."""
        with self.lock:
            fh = self.tf.extractfile(info)
            chunks = []
            try:
                while fh is not None and (chunk := fh.read(CHUNK)):
                    chunks.append(chunk)
                    self._check_ratio()
            except _TarBomb:
                self.done = True
                raise
            return b"".join(chunks)

    def find(self, target: str) -> tarfile.TarInfo | None:
        with self.lock:
            while target not in self.files and self._advance():
                pass
            return self.files.get(target)


class _TarBomb(tarfile.TarError):
    pass


_EXTENDED_HEADERS = (tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.XHDTYPE,
                     tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE)
_MAX_HEADER_CHAIN = 8


def _bounded_tarinfo(max_header: int):
    """A TarInfo class whose extended headers (pax, GNU long names) are refused above
    `max_header` bytes: tarfile reads each one whole into memory (a 300 MB GNU long name
    took 2 GB), and follows chains of them recursively. Sparse members are refused too
    (their extension headers are another unbounded chain)."""
    class BoundedTarInfo(tarfile.TarInfo):
        def _proc_member(self, tf):
            if self.type == tarfile.GNUTYPE_SPARSE:
                raise tarfile.TarError(f"{self.name!r}: sparse member (not supported)")
            if self.type not in _EXTENDED_HEADERS:
                return super()._proc_member(tf)
            if self.size > max_header:
                raise tarfile.TarError(f"extended header of {size_text(self.size)} exceeds the "
                                       f"{size_text(max_header)} limit (possible tar bomb)")
            depth = getattr(tf, "_teikit_header_chain", 0)
            if depth >= _MAX_HEADER_CHAIN:
                raise tarfile.TarError(f"more than {_MAX_HEADER_CHAIN} extended headers "
                                       "in a row")
            tf._teikit_header_chain = depth + 1
            try:
                return super()._proc_member(tf)
            finally:
                tf._teikit_header_chain = depth
    return BoundedTarInfo


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


def iter_tar(path: str, name: str, wanted: Callable[[str], bool],
              limits: SourceLimits) -> Iterator[Source]:
    try:
        archive = _TarArchive(path, name, wanted, limits)
    except _TAR_ERRORS as exc:
        yield reject(name, f"cannot read tar archive: {exc}")
        return
    i = 0
    while (entry := archive.entry(i)) is not None:
        i += 1
        if isinstance(entry, Rejected):
            yield entry
        elif wanted(entry.name):
            yield _tar_document(archive, entry)


def _tar_document(archive: _TarArchive, info: tarfile.TarInfo) -> Source:
    member = member_name(archive.name, info.name)
    try:
        data = archive.read(info)
    except _TarBomb as exc:
        return reject(member, f"{exc}; rest of the archive not read")
    except _TAR_ERRORS as exc:
        return reject(member, f"cannot read member: {exc}")

    def resolve(href: str) -> bytes | None:
        target = member_target(info.name, href)
        found = archive.find(target) if target else None
        try:
            return archive.read(found) if found else None
        except _TAR_ERRORS:
            return None
    return Document(member, data, resolve=resolve)

