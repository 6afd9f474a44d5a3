"""What CI systems and people rely on in each format, beyond the golden files."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from teikit.diagnostics import Diagnostic
from teikit.reporters import render
from teikit.reporters.github import annotation, escape_data, escape_property, step_summary
from teikit.validate_api import DocumentResult, Report


def test_github_escaping_follows_the_actions_toolkit():
    assert escape_data("100%\r\nnext: a,b") == "100%25%0D%0Anext: a,b"
    assert escape_property("100%\r\nnext: a,b") == "100%25%0D%0Anext%3A a%2Cb"


def test_github_annotation_locates_plain_files_and_archive_members():
    d = Diagnostic("a b.xml", 3, 9, "error", "relaxng", "bad\nthing")
    assert annotation(d) == "::error file=a b.xml,line=3,col=9,title=teikit validate%3A relaxng::bad%0Athing"
    member = Diagnostic("c.zip!/x/y.xml", 2, 1, "warning", "r", "m")
    assert annotation(member) == "::warning file=c.zip,title=teikit validate%3A r::x/y.xml:2:1: m"


def test_step_summary_caps_the_table_but_counts_the_rest(report):
    out = step_summary(report, max_rows=2)
    rows = [line for line in out.splitlines() if line.startswith("| texts/")]
    assert len(rows) == 2 and "… and 4 more" in out
    assert "5 files, 3 invalid, 4 errors, 1 warning" in out


def test_step_summary_of_a_valid_run_has_no_table():
    out = step_summary(Report([DocumentResult("a.xml")]))
    assert "1 file, all valid" in out and "|" not in out


def test_text_colours_only_when_asked(report):
    assert "\033[" not in render("text", report)
    coloured = render("text", report, color=True)
    assert "\033[1;31merror\033[0m" in coloured and "\033[1;33mwarning\033[0m" in coloured


def test_text_without_summary_is_diagnostics_only(report):
    lines = render("text", report, summary=False).splitlines()
    assert len(lines) == len(report.diagnostics)
    assert all(": error: " in line or ": warning: " in line or ": info: " in line for line in lines)


def test_junit_is_one_testcase_per_file_with_failure_bodies(report):
    root = ET.fromstring(render("junit", report).encode())
    assert root.tag == "testsuites"
    (suite,) = root
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [r.name for r in report.results]
    assert suite.get("tests") == "5" and suite.get("failures") == "2" and suite.get("errors") == "1"
    failure = cases[1].find("failure")
    assert failure.get("message") == "2 errors"
    assert failure.text.splitlines()[1] == "texts/bad, odd: name.xml:30: error: 50% done then: a, b"
    assert cases[3].find("error").get("type") == "archive"
    assert cases[0].find("failure") is None and cases[4].find("failure") is None


def test_json_round_trips(report):
    data = json.loads(render("json", report))
    assert data["summary"]["exit_code"] == 2
    assert data["files"][2]["diagnostics"][0]["path"] == "corpus.zip!/inner/doc.xml"


def test_sarif_has_the_2_1_0_structure(report):
    sarif = json.loads(render("sarif", report))
    assert sarif["version"] == "2.1.0" and sarif["$schema"].endswith("sarif-2.1.0.json")
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "teikit" and driver["version"]
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    assert all(r["shortDescription"]["text"] for r in driver["rules"])
    assert len(run["results"]) == len(report.diagnostics)
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note", "none")
        assert result["message"]["text"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] and " " not in physical["artifactLocation"]["uri"]
        region = physical.get("region", {})
        assert region.get("startLine", 1) >= 1 and region.get("startColumn", 1) >= 1


def test_sarif_uris():
    from teikit.reporters.sarif import artifact_uri
    assert artifact_uri("./texts/a b.xml") == "texts/a%20b.xml"
    assert artifact_uri("/abs/c.xml") == "file:///abs/c.xml"
    assert artifact_uri("-") == "-"


def test_report_names_the_engine_that_gave_each_verdict():
    """A document libxml2 handed to jing says so: in JSON as a field, in text as a note
    (not for runs where jing gave every verdict)."""
    report = Report([DocumentResult("a.xml", engine="libxml2"),
                     DocumentResult("slow.xml", engine="jing")])
    files = json.loads(render("json", report))["files"]
    assert [f["engine"] for f in files] == ["libxml2", "jing"]
    text = render("text", report)
    assert "slow.xml: note: verdict from jing" in text and "a.xml: note" not in text
    only_jing = Report([DocumentResult("a.xml", engine="jing")])
    assert "note" not in render("text", only_jing)
