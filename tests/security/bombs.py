"""Small archives that inflate to a lot: built on the fly, streamed (never held in memory)."""
from __future__ import annotations

import io
import struct
import tarfile
import zipfile
import zlib
from pathlib import Path

MiB = 1 << 20
ZEROS = b"\0" * MiB


def lying_zip(path: Path, inflated: int, declared: int = 1000) -> Path:
    """A zip whose only member declares `declared` bytes but inflates to `inflated`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf, \
            zf.open("a.xml", "w") as out:
        for _ in range(inflated // MiB):
            out.write(ZEROS)
    data = bytearray(path.read_bytes())
    local = data.index(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, declared)       # local header: uncompressed
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, declared)     # central directory: same
    path.write_bytes(bytes(data))
    return path


def bzip2_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as zf:
        zf.writestr("a.xml", b"<TEI/>")
    return path


class _Zeros(io.RawIOBase):
    def __init__(self, size: int):
        self.left = size

    def readable(self):
        return True

    def readinto(self, buffer):
        n = min(len(buffer), self.left)
        buffer[:n] = b"\0" * n
        self.left -= n
        return n


def tar_gz(path: Path, members: list[tuple[tarfile.TarInfo, int]]) -> Path:
    """A .tar.gz of (header, size of zero bytes) pairs, written as a stream."""
    with tarfile.open(path, "w:gz", format=tarfile.GNU_FORMAT, compresslevel=1) as tf:
        for info, size in members:
            info.size = size
            tf.addfile(info, io.BufferedReader(_Zeros(size)) if size else None)
    return path


def raw_header_tar_gz(path: Path, kind: bytes, size: int, then: bytes) -> Path:
    """A .tar.gz that starts with a `kind` extended header (b"L": GNU long name, b"x":
    pax) of `size` bytes, then the member `then` (a small XML file)."""
    info = tarfile.TarInfo("././@LongLink")
    info.type, info.size = kind, size
    with open(path, "wb") as raw:
        gz = zlib.compressobj(1, zlib.DEFLATED, 31)
        raw.write(gz.compress(info.tobuf(tarfile.USTAR_FORMAT)))
        body = (b"a" * 100 + b"\n") if kind == b"x" else b"a"
        left = size
        while left:
            chunk = (body * (MiB // len(body) + 1))[:min(left, MiB)]
            raw.write(gz.compress(chunk))
            left -= len(chunk)
        raw.write(gz.compress(b"\0" * (-size % 512)))
        member = tarfile.TarInfo("doc.xml")
        member.size = len(then)
        raw.write(gz.compress(member.tobuf(tarfile.USTAR_FORMAT) + then
                              + b"\0" * (-len(then) % 512) + b"\0" * 1024))
        raw.write(gz.flush())
    return path
