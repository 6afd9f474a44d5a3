"""Command lines parsed without typer (teikit.commands.options): the same values as the
typer command, the same messages for bad values, and typer for everything the fast parser
is unsure of."""
from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from teikit import cli_app
from teikit.commands import options
from teikit.errors import TeikitError

VALID = (b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t'
         b"</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p>"
         b"</sourceDesc></fileDesc></teiHeader><text><body><p>x</p></body></text></TEI>\n")


def _typer_kwargs(monkeypatch, command, args):
    seen = {}

    def fake_run(inputs, **kwargs):
        seen.update(kwargs, inputs=list(inputs))
        return 0
    module = importlib.import_module(f"teikit.commands.{command}")
    monkeypatch.setattr(module, f"run_{command}", fake_run)
    result = CliRunner().invoke(cli_app.app, [command, *args])
    assert result.exit_code == 0, result.output
    return seen


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
    fast = options.parse("validate", args)
    assert fast is not None, "the fast parser must take these command lines itself"
    fast = options.convert("validate", fast)
    assert fast == _typer_kwargs(monkeypatch, "validate", args)


@pytest.mark.parametrize("command, args", [
    ("convert", ["a.txt", "--flavour", "drama", "--lang", "de", "--id", "x", "-o", "out"]),
    ("convert", ["--persons", "p.toml", "-q", "a.txt", "b.txt"]),
    ("transform", ["a.xml", "--to", "html", "--width", "72", "--mode", "source", "-q"]),
])
def test_every_command_has_the_fast_path(monkeypatch, command, args):
    fast = options.convert(command, options.parse(command, args))
    assert fast == _typer_kwargs(monkeypatch, command, args)


def test_refused_command_line_is_still_run_by_typer(monkeypatch):
    """An input that looks like an option is left to typer, which reads it as an input."""
    args = ["--timeout", "7", "--", "-odd-name.xml"]
    assert options.parse("validate", args) is None
    assert _typer_kwargs(monkeypatch, "validate", args)["inputs"] == ["-odd-name.xml"]


@pytest.mark.parametrize("args", [
    [], ["--help"], ["a.xml", "--help"], ["a.xml", "--jobz", "2"], ["a.xml", "--form", "json"],
    ["a.xml", "--jobs", "-1"], ["a.xml", "--xinclude=yes"], ["a.xml", "--format"],
])
def test_unsure_command_lines_go_to_typer(args):
    assert options.parse("validate", args) is None


@pytest.mark.parametrize("args, message", [
    (["--jobs", "x"], "--jobs: 'x' is not a whole number"),
    (["--jobs", "-1"], "--jobs: -1 is not >= 0"),
    (["--timeout", "0"], "--timeout: 0.0 is not > 0"),
    (["--timeout", "nan"], "--timeout: 'nan' is not a number"),
    (["--format", "xml"], "--format: 'xml' is not one of text, json, junit, github, sarif"),
    (["--schema", ""], "--schema: an empty path"),
])
def test_bad_values_get_one_message_on_both_paths(monkeypatch, args, message):
    given = options.parse("validate", ["a.xml", *args])
    if given is not None:
        with pytest.raises(TeikitError, match=re.escape(message)):
            options.convert("validate", given)
    result = CliRunner().invoke(cli_app.app, ["validate", "a.xml", *args])
    assert result.exit_code == 2
    assert result.stderr == f"teikit: error: {message}\n"


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
    assert usage.returncode == 2 and usage.stderr == "teikit: error: --jobs: 'x' is not a whole number\n"


def test_fast_path_does_not_import_typer(tmp_path: Path):
    (tmp_path / "ok.xml").write_bytes(VALID)
    code = ("import sys; from teikit.cli import main; sys.argv = ['teikit', 'validate', "
            "'ok.xml']\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('typer', 'pydantic', 'rich') if m in sys.modules), "
            "file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=tmp_path)
    assert run.stderr.strip().endswith("[]"), run.stderr
