"""Hostile archives are refused from their headers: quickly, in bounded memory, writing
nothing to disk, and reported as "archive" diagnostics in place of the member."""
from __future__ import annotations

import io
import os
import struct
import tarfile
import time
import zipfile
import zlib

import pytest

from teikit.validate import Document
from teikit.validate.sources import Rejected, SourceLimits, iter_sources

GiB = 1 << 30
XML = b"<TEI xmlns='http://www.tei-c.org/ns/1.0'/>"


def sources(*args, **kw):
    return list(iter_sources([str(a) for a in args], **kw))


def rejected(items):
    return {s.name: s.diagnostic for s in items if isinstance(s, Rejected)}


def documents(items):
    return {s.name: s.data for s in items if isinstance(s, Document)}


def write_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(zipfile.ZipInfo(name) if isinstance(name, str) else name, data,
                        zipfile.ZIP_DEFLATED)
    return path


def patch_declared_size(path, member: bytes, size: int):
    """Make the headers of `member` claim `size` bytes uncompressed, like a crafted bomb."""
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, size)
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, size)
    path.write_bytes(bytes(data))


def test_zip_member_declaring_1_gib_is_refused_fast(tmp_path):
    path = write_zip(tmp_path / "bomb.zip", {"bomb.xml": b"\0" * 1000, "ok.xml": XML})
    patch_declared_size(path, b"bomb.xml", GiB)
    start = time.monotonic()
    items = sources(path)
    assert time.monotonic() - start < 2
    diag = rejected(items)[f"{path}!/bomb.xml"]
    assert diag.rule == "archive" and diag.severity == "error"
    assert "zip bomb" in diag.message and "1024 MiB" in diag.message
    assert documents(items) == {f"{path}!/ok.xml": XML}


def test_zip_with_huge_compression_ratio_is_refused(tmp_path):
    path = write_zip(tmp_path / "ratio.zip", {"zeros.xml": b"\0" * (20 << 20)})
    items = sources(path)
    assert "compression ratio" in rejected(items)[f"{path}!/zeros.xml"].message
    assert not documents(items)


def test_ordinary_compression_is_accepted(tmp_path):
    body = b"".join(b"<p n='%d'>some text %d</p>\n" % (i, i * 7919 % 1000) for i in range(60000))
    path = write_zip(tmp_path / "ok.zip", {"big.xml": b"<TEI>" + body + b"</TEI>"})
    assert list(documents(sources(path))) == [f"{path}!/big.xml"]


def test_member_and_total_size_caps_are_configurable(tmp_path):
    path = write_zip(tmp_path / "c.zip", {"a.xml": XML * 10, "b.xml": XML * 10, "c.xml": XML})
    limits = SourceLimits(max_member_size=len(XML) * 5, max_total_size=len(XML) * 1000)
    assert set(rejected(sources(path, limits=limits))) == {f"{path}!/a.xml", f"{path}!/b.xml"}
    limits = SourceLimits(max_total_size=len(XML) * 15)
    items = sources(path, limits=limits)
    assert "inflates to more than" in rejected(items)[f"{path}!/b.xml"].message
    assert set(documents(items)) == {f"{path}!/a.xml", f"{path}!/c.xml"}


@pytest.mark.parametrize("name, reason", [
    ("../evil.xml", ".."), ("a/../../evil.xml", ".."), ("/etc/evil.xml", "absolute"),
    ("C:/evil.xml", "absolute"), ("..\\evil.xml", ".."),
])
def test_zip_paths_escaping_the_archive_are_reported(tmp_path, name, reason):
    path = write_zip(tmp_path / "evil.zip", {name: XML, "fine.xml": XML})
    items = sources(path)
    (diag,) = rejected(items).values()
    assert diag.rule == "archive" and reason in diag.message
    assert list(documents(items)) == [f"{path}!/fine.xml"]
    assert sorted(os.listdir(tmp_path)) == ["evil.zip"]  # nothing extracted


def test_zip_symlink_is_reported(tmp_path):
    link = zipfile.ZipInfo("link.xml")
    link.create_system = 3
    link.external_attr = (0o120777 << 16)
    path = write_zip(tmp_path / "l.zip", {link: "/etc/passwd"})
    assert "symbolic link" in rejected(sources(path))[f"{path}!/link.xml"].message


def test_corrupt_zip_is_one_error(tmp_path):
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    (diag,) = rejected(sources(path)).values()
    assert diag.path == str(path) and diag.rule == "archive"


def tar_bytes(entries, mode="w"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for info, data in entries:
            tf.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


def member(name, data=b"", **attrs):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    for key, value in attrs.items():
        setattr(info, key, value)
    return info, data


@pytest.mark.parametrize("suffix, mode", [(".tar", "w"), (".tar.gz", "w:gz"),
                                          (".tar.bz2", "w:bz2"), (".tar.xz", "w:xz")])
def test_tar_links_devices_and_escapes_are_reported(tmp_path, suffix, mode):
    path = tmp_path / f"evil{suffix}"
    path.write_bytes(tar_bytes([
        member("ok.xml", XML),
        member("sym.xml", type=tarfile.SYMTYPE, linkname="/etc/passwd"),
        member("hard.xml", type=tarfile.LNKTYPE, linkname="ok.xml"),
        member("dev", type=tarfile.CHRTYPE, devmajor=1, devminor=3),
        member("fifo", type=tarfile.FIFOTYPE),
        member("../up.xml", XML),
        member("/abs.xml", XML),
    ], mode))
    items = sources(path)
    messages = {name.split("!/")[1]: d.message for name, d in rejected(items).items()}
    assert "symbolic link" in messages["sym.xml"] and "hard link" in messages["hard.xml"]
    assert "device" in messages["dev"] and "FIFO" in messages["fifo"]
    assert ".." in messages["../up.xml"] and "absolute" in messages["/abs.xml"]
    assert documents(items) == {f"{path}!/ok.xml": XML}
    assert sorted(os.listdir(tmp_path)) == [path.name]


def test_tar_gz_member_declaring_1_gib_stops_the_scan_fast(tmp_path):
    """The header claims 1 GiB: refused before decompressing a byte of it."""
    header = tarfile.TarInfo("bomb.xml")
    header.size = GiB
    first, _ = member("first.xml", XML)
    padding = b"\0" * (-len(XML) % tarfile.BLOCKSIZE)
    raw = first.tobuf() + XML + padding + header.tobuf() + b"\0" * 4096
    path = tmp_path / "bomb.tar.gz"
    comp = zlib.compressobj(wbits=31)
    path.write_bytes(comp.compress(raw) + comp.flush())
    start = time.monotonic()
    items = sources(path)
    assert time.monotonic() - start < 2
    assert documents(items) == {f"{path}!/first.xml": XML}
    assert "rest of the archive not read" in rejected(items)[f"{path}!/bomb.xml"].message


def test_tar_total_cap_counts_members_that_are_skipped(tmp_path):
    """Skipping an unwanted member of a compressed tar still means inflating it."""
    path = tmp_path / "t.tar.gz"
    path.write_bytes(tar_bytes([member("video.bin", b"\0" * 5000), member("a.xml", XML)], "w:gz"))
    items = sources(path, limits=SourceLimits(max_total_size=4000))
    assert "video.bin" in next(iter(rejected(items)))
    assert not documents(items)


def test_not_a_tar_is_one_error(tmp_path):
    path = tmp_path / "x.tar.gz"
    path.write_bytes(b"definitely not gzip")
    (diag,) = rejected(sources(path)).values()
    assert diag.path == str(path) and diag.rule == "archive"
