"""`teikit validate` parsed without typer (teikit.commands.validate_args): the same options
and values as the typer command, and typer for everything the fast parser is unsure of."""
from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from teikit import cli_app
from teikit.commands import validate_args

VALID = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t'
         b"</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
         b"</sourceDesc></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>\n")


def test_option_table_matches_the_typer_command():
    params = list(inspect.signature(cli_app.validate).parameters.items())
    assert params[0][0] == "inputs"
    table = [(dest, flags, default) for dest, flags, _kind, default in validate_args.OPTIONS]
    typer_side = [(name, tuple(p.default.param_decls), p.default.default)
                  for name, p in params[1:]]
    assert table == typer_side


def _typer_kwargs(monkeypatch, args):
    seen = {}

    def fake_run_validate(inputs, **kwargs):
        seen.update(kwargs, inputs=list(inputs))
        return 0
    import teikit.commands.validate
    monkeypatch.setattr(teikit.commands.validate, "run_validate", fake_run_validate)
    result = CliRunner().invoke(cli_app.app, ["validate", *args])
    assert result.exit_code == 0, result.output
    return {k: list(v) if isinstance(v, (list, tuple)) else v for k, v in seen.items()}


@pytest.mark.parametrize("args", [
    ["a.xml"],
    ["a.xml", "-", "dir", "--jobs", "2", "-q"],
    ["-j3", "a.xml", "--format=json", "-o", "r.json", "--max-errors", "5", "b.xml"],
    ["--schema", "s.rng", "--profile", "teikit", "--engine", "jing", "--xinclude",
     "--use-xml-model", "--include", "*.tei", "--include", "*.xml", "--exclude", "x*",
     "--timeout", "2.5", "c.zip"],
    ["a.xml", "-qj02", "--timeout", ".5", "--engine", "lxml", "--engine", "jing", "--", "b"],
    ["a.xml", "--include=", "--max-errors", "007", "--timeout", "5."],
])
def test_fast_parser_gives_what_typer_gives(monkeypatch, args):
    fast = validate_args.parse(args)
    assert fast is not None, "the fast parser must take these command lines itself"
    assert fast == _typer_kwargs(monkeypatch, args)


def test_refused_command_line_is_still_run_by_typer(monkeypatch):
    """An input that looks like an option is left to typer, which reads it as an input."""
    args = ["--timeout", "7", "--", "-odd-name.xml"]
    assert validate_args.parse(args) is None
    assert _typer_kwargs(monkeypatch, args)["inputs"] == ["-odd-name.xml"]


@pytest.mark.parametrize("args", [
    [], ["--help"], ["a.xml", "--help"], ["a.xml", "--jobz", "2"], ["a.xml", "--form", "json"],
    ["a.xml", "--jobs", "x"], ["a.xml", "--jobs", "-1"], ["a.xml", "--timeout", "1e3"],
    ["a.xml", "--xinclude=yes"], ["a.xml", "--schema", ""], ["a.xml", "--format"],
])
def test_unsure_command_lines_go_to_typer(args):
    assert validate_args.parse(args) is None


def _teikit(*args, cwd):
    code = "import sys; from teikit.cli import main; sys.argv[0] = 'teikit'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          text=True, cwd=cwd)


def test_fast_path_end_to_end(tmp_path: Path):
    (tmp_path / "ok.xml").write_bytes(VALID)
    (tmp_path / "bad.xml").write_bytes(VALID.replace(b"<p>x</p>", b"<foo/>"))
    ok = _teikit("validate", "ok.xml", cwd=tmp_path)
    assert ok.returncode == 0 and "all valid" in ok.stdout
    bad = _teikit("validate", "bad.xml", "ok.xml", "-q", cwd=tmp_path)
    assert bad.returncode == 1 and "bad.xml:" in bad.stdout and "ok.xml" not in bad.stdout
    missing = _teikit("validate", "nothere.xml", cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.startswith("teikit: error: nothere.xml")
    usage = _teikit("validate", "ok.xml", "--jobs", "x", cwd=tmp_path)
    assert usage.returncode == 2 and "--jobs" in usage.stderr  # typer's own message


def test_fast_path_does_not_import_typer(tmp_path: Path):
    (tmp_path / "ok.xml").write_bytes(VALID)
    code = ("import sys; from teikit.cli import main; sys.argv = ['teikit', 'validate', "
            "'ok.xml']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('typer', 'pydantic', 'rich') if m in sys.modules), "
            "file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=tmp_path)
    assert run.stderr.strip().endswith("[]"), run.stderr
