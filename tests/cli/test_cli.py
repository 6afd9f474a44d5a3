"""The command line as a user meets it: version, help, completion, usage errors."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import teikit

ENTRY = "import sys; from teikit.cli import main; sys.argv[0] = 'teikit'; main()"


def teikit_run(*args, env=None):
    return subprocess.run([sys.executable, "-c", ENTRY, *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})})


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version(flag):
    run = teikit_run(flag)
    assert run.returncode == 0 and run.stdout == f"teikit {teikit.__version__}\n"


def test_version_is_the_package_metadata_version():
    from importlib.metadata import version
    assert version("teikit") == teikit.__version__


@pytest.mark.parametrize("command", ["convert", "validate", "transform"])
def test_help_shows_metavars_people_understand(command):
    run = teikit_run(command, "--help")
    assert run.returncode == 0
    assert f"Usage: teikit {command} [OPTIONS] FILE...\n" in run.stdout
    for internal in ("{", "<list", "<str>", "<int>", "<path>", "<float>"):
        assert internal not in run.stdout, internal
    assert "-o, --output PATH" in run.stdout


def test_no_arguments_shows_the_help_on_stderr():
    run = teikit_run()
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.startswith("Usage: teikit [OPTIONS] COMMAND [ARGS]...\n")
    assert "Commands:" in run.stderr


def test_root_help_lists_commands_version_and_completion():
    run = teikit_run("--help")
    assert run.returncode == 0
    for word in ("convert", "validate", "transform", "--version", "--install-completion"):
        assert word in run.stdout


def test_help_imports_no_heavy_module():
    """`teikit --help` must not import lxml, rich, pydantic or the engines (start-up time)."""
    code = ("import sys, io, contextlib\nsys.argv = ['teikit', '--help']\n"
            "from teikit.cli import main\ntry:\n"
            "    with contextlib.redirect_stdout(io.StringIO()):\n        main()\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('lxml.etree', 'rich', 'xmlschema', 'pydantic', "
            "'teikit.pipeline', 'teikit.validate.engine') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.stdout.strip() == "[]", run.stderr


@pytest.mark.parametrize("shell, expect", [
    ("bash", "complete -o default -F _teikit_completion teikit"),
    ("zsh", "compdef _teikit_completion teikit"),
    ("fish", "complete --command teikit"),
])
def test_completion_scripts(shell, expect):
    run = teikit_run(env={"_TEIKIT_COMPLETE": f"source_{shell}"})
    assert run.returncode == 0 and expect in run.stdout, run.stdout + run.stderr


def test_bash_completes_options_and_commands():
    env = {"_TEIKIT_COMPLETE": "complete_bash", "COMP_WORDS": "teikit validate --for",
           "COMP_CWORD": "2"}
    assert teikit_run(env=env).stdout.split() == ["--format"]
    env.update(COMP_WORDS="teikit tr", COMP_CWORD="1")
    assert teikit_run(env=env).stdout.split() == ["transform"]
    env.update(COMP_WORDS="teikit validate --engine ", COMP_CWORD="3")
    assert teikit_run(env=env).stdout.split() == ["auto", "lxml", "jing"]


@pytest.mark.parametrize("args, line", [
    (["validate", "a.xml", "--foramt", "json"],
     "teikit: error: --foramt: no such option (did you mean --format?); "
     "see teikit validate --help\n"),
    (["transform", "--to", "pdf", "x.xml"],
     "teikit: error: --to: 'pdf' is not one of text, html, json, tsv, vert, conllu\n"),
    (["convert", "a.txt", "--flavour", "opera"],
     "teikit: error: --flavour: 'opera' is not one of speech, drama, iso\n"),
    (["transform", "x.xml", "--width", "0"], "teikit: error: --width: 0 is not >= 1\n"),
    (["validate"], "teikit: error: missing argument 'FILE...'; see teikit validate --help\n"),
    (["valdate", "a.xml"],
     "teikit: error: valdate: no such command (did you mean validate?); see teikit --help\n"),
    (["validate", "a.xml", "--xinclude=yes"], "teikit: error: --xinclude: does not take a value\n"),
    (["validate", "a.xml", "--jobs"], "teikit: error: --jobs: requires an argument\n"),
])
def test_usage_errors_are_one_line(args, line):
    run = teikit_run(*args)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr == line
