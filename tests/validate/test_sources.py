"""Inputs: files, folders, globs, stdin and archives become Documents, each with an XInclude
resolver that stays inside its folder or archive."""
from __future__ import annotations

import io
import os
import tarfile
import zipfile

import pytest

from teikit.errors import TeikitError
from teikit.validate import Document
from teikit.validate.sources import Rejected, iter_sources

XML = b"<TEI xmlns='http://www.tei-c.org/ns/1.0'/>"


def names(args, **kw):
    return [s.name for s in iter_sources([str(a) for a in args], **kw)]


def by_name(args, **kw):
    return {s.name: s for s in iter_sources([str(a) for a in args], **kw)}


@pytest.fixture
def tree(tmp_path):
    for rel in ("a.xml", "sub/b.xml", "sub/deep/c.xml", "notes.txt", ".hidden/x.xml",
                "shared/header.xml", "sub/skip.draft.xml"):
        p = tmp_path / "corpus" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(XML)
    (tmp_path / "outside.xml").write_bytes(b"<secret/>")
    return tmp_path / "corpus"


def test_folder_is_walked_recursively_for_xml_in_stable_order(tree):
    rels = [os.path.relpath(n, tree) for n in names([tree])]
    assert rels == ["a.xml", "shared/header.xml", "sub/b.xml", "sub/skip.draft.xml",
                    "sub/deep/c.xml"]


def test_include_and_exclude_apply_to_folders_and_archives(tree, tmp_path):
    rels = [os.path.relpath(n, tree) for n in names([tree], include=["*.txt", "b.xml"])]
    assert rels == ["notes.txt", "sub/b.xml"]
    assert not any("draft" in n for n in names([tree], exclude=["*.draft.xml"]))
    archive = tmp_path / "c.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for rel in ("a.xml", "b.draft.xml", "n.txt", "__MACOSX/._a.xml", "._a.xml"):
            zf.writestr(rel, XML)
    assert names([archive], exclude=["*.draft.xml"]) == [f"{archive}!/a.xml"]
    assert names([archive], include=["*.txt"]) == [f"{archive}!/n.txt"]


def test_archives_in_folders_are_opened_when_included_but_nested_ones_are_not(tree):
    with zipfile.ZipFile(tree / "sub/more.zip", "w") as zf:
        zf.writestr("m.xml", XML)
        zf.writestr("nested.zip", b"PK")
    found = names([tree], include=["*.xml", "*.zip"])
    assert f"{tree / 'sub/more.zip'}!/m.xml" in found
    assert not any(name.endswith("nested.zip") for name in found)


def test_a_file_is_taken_whatever_its_suffix_and_inputs_are_deduplicated(tree):
    notes = tree / "notes.txt"
    assert names([notes, tree / "a.xml", tree / "a.xml"]) == [str(notes), str(tree / "a.xml")]


def test_glob_and_missing_path(tree):
    assert names([f"{tree}/sub/*.xml"]) == [str(tree / "sub/b.xml"), str(tree / "sub/skip.draft.xml")]
    with pytest.raises(TeikitError, match="no such file"):
        list(iter_sources([str(tree / "missing.xml")]))


def test_stdin_is_named_dash(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(XML)))
    (doc,) = iter_sources(["-"])
    assert isinstance(doc, Document) and doc.name == "-" and doc.data == XML


def test_unreadable_file_is_an_io_diagnostic(tree, monkeypatch):
    real_open = os.open

    def refuse(path, flags, *args, **kwargs):  # tests run as root: chmod would not stop it
        if str(path).endswith("a.xml"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)
    monkeypatch.setattr("teikit.files.os.open", refuse)
    source = by_name([tree / "a.xml"])[str(tree / "a.xml")]
    assert isinstance(source, Rejected)
    assert source.diagnostic.rule == "io" and "Permission denied" in source.diagnostic.message


def test_folder_resolver_stays_inside_the_folder_given(tree, tmp_path):
    doc = by_name([tree])[str(tree / "sub/deep/c.xml")]
    assert doc.resolve("../../shared/header.xml") == XML
    assert doc.resolve("../../../outside.xml") is None
    assert doc.resolve(str(tmp_path / "outside.xml")) is None
    assert doc.resolve("file:///etc/passwd") is None
    assert doc.resolve("http://example.org/x.xml") is None
    assert doc.resolve("missing.xml") is None


def test_folder_resolver_refuses_symlinks_leading_out(tree, tmp_path):
    os.symlink(tmp_path / "outside.xml", tree / "link.xml")
    assert by_name([tree])[str(tree / "a.xml")].resolve("link.xml") is None


def test_single_file_resolves_in_its_own_folder(tree):
    doc = by_name([tree / "sub/b.xml"])[str(tree / "sub/b.xml")]
    assert doc.resolve("deep/c.xml") == XML
    assert doc.resolve("../a.xml") is None


def test_zip_members_resolve_inside_the_archive(tmp_path):
    archive = tmp_path / "c.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("texts/main.xml", XML)
        zf.writestr("common/header.xml", b"<teiHeader/>")
        zf.writestr("common/my%20part.xml", b"no")
        zf.writestr("common/my part.xml", b"<part/>")
    doc = by_name([archive])[f"{archive}!/texts/main.xml"]
    assert doc.resolve("../common/header.xml") == b"<teiHeader/>"
    assert doc.resolve("../common/my%20part.xml") == b"<part/>"
    assert doc.resolve("../../c.zip") is None
    assert doc.resolve("/common/header.xml") is None


def test_tar_members_resolve_forward_and_backward(tmp_path):
    archive = tmp_path / "c.tar.gz"
    with tarfile.open(archive, "w:gz") as tf:
        for name, data in (("a/first.xml", XML), ("a/second.xml", b"<two/>"), ("b/last.txt", b"3")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    docs = by_name([archive])
    first, second = docs[f"{archive}!/a/first.xml"], docs[f"{archive}!/a/second.xml"]
    assert first.resolve("../b/last.txt") == b"3"
    assert second.resolve("first.xml") == XML
    assert first.resolve("../../x.xml") is None


def test_archives_are_read_lazily(tmp_path):
    archive = tmp_path / "c.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for i in range(3):
            zf.writestr(f"{i}.xml", XML)
    it = iter_sources([str(archive)])
    assert next(it).name == f"{archive}!/0.xml"
    archive.unlink()  # already open: the rest still comes from the same archive
    assert [s.name for s in it] == [f"{archive}!/1.xml", f"{archive}!/2.xml"]
