"""Control over diagnostics: --select/--ignore by rule id, --warnings, -q, and the project
settings in teikit.toml / pyproject.toml, honoured by the CLI (and so by pre-commit and the
GitHub Action, which run it)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_engine_docs import tei

from teikit.errors import TeikitError
from teikit.validate.api import validate
from teikit.validate.filters import DiagnosticFilter, rule_matches

# One schema error (relaxng), one duplicate id (error), one dangling pointer (warning).
DOC = tei('<p xml:id="a"><foo/></p>\n      <p xml:id="a" ana="#nowhere">x</p>')
SCH = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt2">
  <ns prefix="tei" uri="http://www.tei-c.org/ns/1.0"/>
  <pattern><rule context="tei:p">
    <report id="p-seen" test="true()" role="warning">a paragraph</report>
  </rule></pattern></schema>"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.xml").write_text(DOC)
    (tmp_path / "data" / "skip.xml").write_text("<not-tei/>")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "p.sch").write_text(SCH)
    return tmp_path


def rules(report):
    return sorted({d.rule for d in report.diagnostics})


def test_rule_patterns():
    assert rule_matches("schematron:who-single", "schematron")
    assert rule_matches("teikit:u-has-id", "teikit:*")
    assert not rule_matches("schematron-error", "schematron")
    assert not rule_matches("relaxng", "relax")


def test_select_ignore_and_warnings_in_the_api(project):
    doc = project / "data" / "a.xml"
    assert rules(validate(doc)) == ["dangling-pointer", "duplicate-id", "relaxng"]
    assert rules(validate(doc, select=["relaxng", "dangling-pointer"])) == [
        "dangling-pointer", "relaxng"]
    assert rules(validate(doc, ignore=["relaxng", "duplicate-id"])) == ["dangling-pointer"]
    hidden = validate(doc, warnings="hide")
    assert rules(hidden) == ["duplicate-id", "relaxng"] and hidden.warnings == 0
    only_warning = validate(doc, select=["dangling-pointer"])
    assert only_warning.exit_code == 0
    assert validate(doc, select=["dangling-pointer"], warnings="error").exit_code == 1
    with pytest.raises(TeikitError, match="--warnings"):
        DiagnosticFilter(warnings="loud")


def test_unreadable_inputs_cannot_be_ignored(tmp_path):
    (tmp_path / "bad.zip").write_bytes(b"not a zip")
    report = validate(tmp_path / "bad.zip", ignore=["archive", "*"])
    assert rules(report) == ["archive"] and report.exit_code == 2


def teikit(*args, cwd):
    return subprocess.run([sys.executable, "-m", "teikit", "validate", *args],
                          capture_output=True, text=True, cwd=cwd)


def test_pyproject_settings_are_honoured(project):
    (project / "pyproject.toml").write_text("""[project]
name = "corpus"

[tool.teikit.validate]
schemas = ["rules/p.sch"]
exclude = ["skip.xml"]
ignore = ["duplicate-id"]
warnings = "error"
""")
    proc = teikit("--format", "json", ".", cwd=project / "data")  # found from a subfolder
    report = json.loads(proc.stdout)
    assert [f["path"] for f in report["files"]] == ["a.xml"]  # skip.xml excluded
    found = {(d["rule"], d["severity"]) for d in report["files"][0]["diagnostics"]}
    # schemas replaced tei_all: no relaxng; duplicate-id ignored; warnings are errors.
    assert found == {("schematron:p-seen", "error"), ("dangling-pointer", "error")}
    assert proc.returncode == 1


def test_teikit_toml_wins_and_the_command_line_overrides(project):
    (project / "pyproject.toml").write_text('[tool.teikit.validate]\nignore = ["relaxng"]\n')
    (project / "teikit.toml").write_text('[validate]\nignore = ["dangling-pointer"]\n'
                                         'exclude = ["skip.xml"]\n')
    data = project / "data"
    found = json.loads(teikit("--format", "json", ".", cwd=data).stdout)
    assert {d["rule"] for d in found["files"][0]["diagnostics"]} == {"relaxng", "duplicate-id"}
    found = json.loads(teikit("--format", "json", "--ignore", "relaxng", ".", cwd=data).stdout)
    assert {d["rule"] for d in found["files"][0]["diagnostics"]} == {
        "duplicate-id", "dangling-pointer"}
    isolated = json.loads(teikit("--format", "json", "--isolated", "a.xml", cwd=data).stdout)
    assert {d["rule"] for d in isolated["files"][0]["diagnostics"]} == {
        "relaxng", "duplicate-id", "dangling-pointer"}


def test_bad_settings_are_usage_errors(project):
    (project / "teikit.toml").write_text('[validate]\nignor = ["x"]\n')
    proc = teikit("data", cwd=project)
    assert proc.returncode == 2 and "unknown setting 'ignor'" in proc.stderr
    (project / "teikit.toml").write_text('[validate]\nwarnings = 3\n')
    proc = teikit("data", cwd=project)
    assert proc.returncode == 2 and "warnings has the wrong type" in proc.stderr
    proc = teikit("--config", "nope.toml", "data", cwd=project)
    assert proc.returncode == 2 and "nope.toml: no such config file" in proc.stderr


def test_settings_exclude_drops_files_named_explicitly(project):
    """pre-commit passes staged file names: the project's exclusions hold for them too."""
    (project / "teikit.toml").write_text('[validate]\nexclude = ["data/skip.xml"]\n')
    proc = teikit("data/a.xml", "data/skip.xml", "--format", "json", cwd=project)
    assert [f["path"] for f in json.loads(proc.stdout)["files"]] == ["data/a.xml"]
    proc = teikit("data/skip.xml", cwd=project)
    assert (proc.returncode, proc.stdout) == (0, "")
    proc = teikit("--isolated", "data/skip.xml", cwd=project)
    assert proc.returncode == 1 and "not a TEI document" in proc.stdout


def test_quiet_hides_warnings_and_keeps_errors(project):
    data = project / "data"
    proc = teikit("-q", "a.xml", cwd=data)
    assert "warning" not in proc.stdout and "error" in proc.stdout and proc.returncode == 1
    shown = teikit("-q", "--warnings", "show", "a.xml", cwd=data)
    assert "warning: @ana" in shown.stdout


def test_several_schemas_on_the_command_line(project):
    from teikit.validate.schemas import default_schema
    pytest.importorskip("saxonche")
    proc = teikit("--schema", str(default_schema()), "--schema", "../rules/p.sch", "a.xml",
                  cwd=project / "data")
    lines = proc.stdout.splitlines()
    assert any(line.endswith("[tei_all.rng]") and "error" in line for line in lines)
    assert any(line.endswith("warning: a paragraph [p.sch]") for line in lines)


def test_the_pre_commit_hook_and_action_run_the_cli_that_reads_the_settings():
    root = Path(__file__).resolve().parents[2]
    hook = (root / ".pre-commit-hooks.yaml").read_text()
    action = (root / "action.yml").read_text()
    assert "entry: teikit validate" in hook
    assert "teikit validate" in action and "working-directory" not in action
