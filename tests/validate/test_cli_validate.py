"""`teikit validate` end to end with the real engines: exit codes, formats, archives, stdin."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
import zipfile

import pytest
from typer.testing import CliRunner

from teikit.cli import app

VALID = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>t</title></titleStmt><publicationStmt><p>p</p></publicationStmt>
<sourceDesc><p>s</p></sourceDesc></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>
"""
INVALID = VALID.replace(b"<p>x</p>", b"<foo>x</foo>")
MALFORMED = b"<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<teiHeader>\n</TEI>\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "good").mkdir()
    (tmp_path / "good/a.xml").write_bytes(VALID)
    (tmp_path / "good/b.xml").write_bytes(VALID)
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad/invalid.xml").write_bytes(INVALID)
    (tmp_path / "bad/malformed.xml").write_bytes(MALFORMED)
    with zipfile.ZipFile(tmp_path / "c.zip", "w") as zf:
        zf.writestr("inner/ok.xml", VALID)
        zf.writestr("inner/bad.xml", INVALID)
    return tmp_path


def run(*args, input=None):
    result = CliRunner().invoke(app, ["validate", *args], input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def test_all_valid_exits_0_with_a_summary(corpus):
    result = run("good")
    assert result.exit_code == 0
    assert result.stdout == "2 files, all valid\n"


def test_invalid_exits_1_with_jing_style_lines(corpus):
    result = run("good", "bad")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("4 files, 2 invalid, ")
    assert any(line.startswith("bad/invalid.xml:") and ": error: " in line for line in lines)
    assert any(line.startswith("bad/malformed.xml:3:") for line in lines)


def test_quiet_drops_the_summary(corpus):
    assert run("good", "-q").stdout == ""


def test_archive_members_are_named_in_messages(corpus):
    result = run("c.zip")
    assert result.exit_code == 1
    assert result.stdout.startswith("c.zip!/inner/bad.xml:")
    assert result.stdout.splitlines()[-1].startswith("2 files, 1 invalid")


def test_hostile_archive_exits_2(corpus):
    with zipfile.ZipFile(corpus / "evil.zip", "w") as zf:
        zf.writestr("../escape.xml", VALID)
    result = run("evil.zip")
    assert result.exit_code == 2
    assert "evil.zip!/../escape.xml: error: path with '..' escapes the archive" in result.stdout


def test_stdin(corpus):
    assert run("-", input=VALID).exit_code == 0
    result = run("-", input=MALFORMED)
    assert result.exit_code == 1 and result.stdout.startswith("-:3:")


@pytest.mark.parametrize("args, message", [
    (["missing.xml"], "missing.xml: no such file"),
    (["good", "--format", "yaml"], "--format: 'yaml' is not one of text, json,"),
    (["good", "--engine", "xerces"], "--engine: 'xerces' is not one of auto, lxml, jing"),
    (["good", "--profile", "nope"], "--profile: 'nope' is not one of teikit"),
    (["good", "--schema", "nothere.rng"], "nothere.rng: no such schema file"),
    (["good", "--jobs", "-1"], "--jobs: -1 is not >= 0"),
    (["good/a.xml", "-o", "good/a.xml"], "refusing to overwrite an input file"),
    (["good", "--include", "*.tei"], "no documents to validate"),
])
def test_usage_errors_exit_2_with_one_line(corpus, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_json_format(corpus):
    result = run("good", "bad", "--format", "json")
    data = json.loads(result.stdout)
    assert data["summary"]["files"] == 4 and data["summary"]["exit_code"] == 1
    assert result.stderr.startswith("4 files, 2 invalid")


def test_junit_report_file(corpus):
    result = run("good", "c.zip", "--format", "junit", "-o", "reports/junit.xml")
    assert result.exit_code == 1 and result.stdout == ""
    root = ET.parse(corpus / "reports/junit.xml").getroot()
    names = [case.get("name") for case in root.iter("testcase")]
    assert names == ["good/a.xml", "good/b.xml", "c.zip!/inner/ok.xml", "c.zip!/inner/bad.xml"]


def test_sarif_format(corpus):
    sarif = json.loads(run("bad", "--format", "sarif").stdout)
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in sarif["runs"][0]["results"]}
    assert uris == {"bad/invalid.xml", "bad/malformed.xml"}


def test_github_is_the_default_under_actions_and_fills_the_job_summary(corpus, monkeypatch):
    summary = corpus / "summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run("bad")
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=bad/invalid.xml,line=")
    table = summary.read_text()
    assert table.startswith("earlier step\n### teikit validate")
    assert "| bad/malformed.xml | 3 |" in table


def test_include_and_exclude(corpus):
    result = run(".", "--exclude", "malformed.xml", "--exclude", "*.zip")
    assert "malformed" not in result.stdout
    assert result.stdout.splitlines()[-1].startswith("3 files, 1 invalid")


def test_xinclude_resolves_inside_the_folder_and_archive_only(corpus):
    main = VALID.replace(b"<p>x</p>", b'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                                      b'href="parts/p.xml"/>')
    (corpus / "xi/parts").mkdir(parents=True)
    (corpus / "xi/main.xml").write_bytes(main)
    (corpus / "xi/escape.xml").write_bytes(main.replace(b"parts/p.xml", b"../good/a.xml"))
    (corpus / "xi/parts/p.xml").write_bytes(b'<p xmlns="http://www.tei-c.org/ns/1.0">x</p>')
    with zipfile.ZipFile(corpus / "xi.zip", "w") as zf:
        for rel in ("main.xml", "escape.xml", "parts/p.xml"):
            zf.write(corpus / "xi" / rel, rel)
    for target, prefix in (("xi", "xi/"), ("xi.zip", "xi.zip!/")):
        result = run(target, "--xinclude", "--exclude", "parts/*")
        assert result.exit_code == 1
        assert f"{prefix}main.xml" not in result.stdout
        assert f"{prefix}escape.xml" in result.stdout


def test_progress_bar_passes_every_result_through():
    from teikit.commands.validate import _with_progress
    from teikit.validate_api import DocumentResult
    results = [DocumentResult(f"{i}.xml") for i in range(25)]
    assert list(_with_progress(iter(results), show=True)) == results
    assert list(_with_progress(iter(results[:3]), show=True)) == results[:3]
