"""The Python API: results in input order, unreadable inputs in their place, counts and
exit codes. The engines are replaced by a fake here; test_cli runs the real ones."""
from __future__ import annotations

import zipfile

import pytest

import teikit.validate_api as api
from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError
from teikit.validate import Document
from teikit.validate_api import DocumentResult, Report, merge_rejected, validate
from teikit.validate.sources import Rejected


def fake_engine(docs, options):
    """Invalid when the bytes contain "bad"; reads ahead of its results like a job pool."""
    docs = list(docs)
    for doc in docs:
        found = [Diagnostic(doc.name, 1, 1, "error", "relaxng", "bad element")] \
            if b"bad" in doc.data else []
        yield doc.name, found


@pytest.fixture(autouse=True)
def engine(monkeypatch):
    monkeypatch.setattr(api, "validate_documents", fake_engine)


def rejected(name):
    return Rejected(name, Diagnostic(name, 0, 0, "error", "archive", "refused"))


def test_rejected_inputs_keep_their_place_even_when_the_engine_reads_ahead():
    sources = [rejected("r0"), Document("a", b"ok"), rejected("r1"), rejected("r2"),
               Document("b", b"bad"), rejected("r3")]
    out = list(merge_rejected(iter(sources), lambda docs: fake_engine(docs, None)))
    assert [r.name for r in out] == ["r0", "a", "r1", "r2", "b", "r3"]
    assert [r.valid for r in out] == [False, True, False, False, False, False]


def test_validate_folder_and_archive(tmp_path):
    (tmp_path / "good.xml").write_bytes(b"<ok/>")
    (tmp_path / "wrong.xml").write_bytes(b"<bad/>")
    with zipfile.ZipFile(tmp_path / "more.zip", "w") as zf:
        zf.writestr("in/bad.xml", b"<bad/>")
    report = validate([tmp_path, tmp_path / "more.zip"], schema=None)
    assert [r.name for r in report.results] == [
        str(tmp_path / "good.xml"), str(tmp_path / "wrong.xml"), f"{tmp_path / 'more.zip'}!/in/bad.xml"]
    assert (report.files, report.invalid, report.errors, report.exit_code) == (3, 2, 2, 1)
    assert report.summary() == "3 files, 2 invalid, 2 errors"


def test_single_path_and_all_valid(tmp_path):
    (tmp_path / "good.xml").write_bytes(b"<ok/>")
    report = validate(tmp_path / "good.xml")
    assert report.exit_code == 0 and report.summary() == "1 file, all valid"


def test_unreadable_input_makes_exit_code_2():
    report = Report([DocumentResult("a.xml", [Diagnostic("a.xml", 3, 1, "error", "relaxng", "x")]),
                     DocumentResult("c.zip", [Diagnostic("c.zip", 0, 0, "error", "archive", "x")])])
    assert report.exit_code == 2


def test_warnings_alone_keep_a_file_valid():
    report = Report([DocumentResult("a.xml", [Diagnostic("a.xml", 1, 1, "warning", "x", "hm")])])
    assert report.exit_code == 0 and report.summary() == "1 file, all valid, 1 warning"


def test_to_dict_lists_every_file():
    report = Report([DocumentResult("a.xml"), DocumentResult("b.xml", [Diagnostic("b.xml", 2)])])
    data = report.to_dict()
    assert data["summary"] == {"files": 2, "invalid": 1, "errors": 1, "warnings": 0, "exit_code": 1}
    assert [f["valid"] for f in data["files"]] == [True, False]


def test_usage_errors_raise(tmp_path):
    with pytest.raises(TeikitError, match="no input"):
        validate([])
    with pytest.raises(TeikitError, match="no such file"):
        validate(tmp_path / "missing.xml")
