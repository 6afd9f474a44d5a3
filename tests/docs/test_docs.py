"""Every example in README.md and docs/*.md is executed, so a page that drifts from the code
fails here.

Each page runs in its own temporary folder holding a copy of `tests/docs/workspace/` (the
files the examples name: remarks.txt, samples/, letters.zip, ...) and of the sample corpus
(`corpus/`). Its fenced blocks run in page order, so a later example sees the files an
earlier one wrote:

- ```` ```console ````: each `$ command` runs in bash with the `teikit` under test first on
  PATH. The lines after it, up to the next `$`, are the expected output (standard output and
  standard error together, as on a terminal). A line `...` stands for any number of lines,
  `...` inside a line for any text, and a number followed by a unit of time or size
  (`0.41 s`, `0.67 MB`) for any number. A command shown without output must exit 0; its
  output is not compared.
- ```` ```python ````: the page's Python blocks run in one namespace, in the page's folder,
  with three names defined as a reader would have them: `data` (the bytes of remarks.txt),
  `tei_bytes` (remarks.txt converted to TEI) and `docs` (a list with that TEI as a
  `teikit.validate.Document`).
- A block preceded by the line `<!-- docs-test: skip: REASON -->` is not run (for commands
  that need the network or another machine); the reason is required.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKSPACE = Path(__file__).with_name("workspace")
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
RUN = ("console", "python")

_FENCE = re.compile(r"^( *)(`{3,})([\w-]*)[^\n]*$")
_SKIP = re.compile(r"^<!-- docs-test: skip: (.+) -->$")
# A measured figure: a number followed by a unit of time, size or speed.
_FIGURE = re.compile(r"[0-9]+(?:\\\.[0-9]+)?(?=(?:\\ )?(?:s|ms|µs|MB|MiB|kB|KB|GB|GiB|x)\b)")


def blocks(page: Path) -> list[tuple[int, str, str, str | None]]:
    """(line number, language, text, skip reason) of every fenced block of a page."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found, i = [], 0
    while i < len(lines):
        match = _FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        indent, fence, lang, start = len(match[1]), match[2], match[3], i
        end = next((j for j in range(i + 1, len(lines))
                    if lines[j].strip().startswith(fence) and not lines[j].strip().strip("`")),
                   len(lines))
        skip = _SKIP.match(lines[start - 1].strip()) if start > 0 else None
        body = [line[indent:] if not line[:indent].strip() else line.lstrip()
                for line in lines[start + 1:end]]
        found.append((start + 1, lang, "\n".join(body), skip.group(1) if skip else None))
        i = end + 1
    return found


def commands(text: str) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of a console block; `\\` continues a command."""
    result: list[tuple[str, list[str]]] = []
    lines = iter(text.splitlines())
    for line in lines:
        if line.startswith("$ "):
            command = line[2:]
            while command.endswith("\\"):
                command = command[:-1] + "\n" + next(lines, "")
            result.append((command, []))
        elif result:
            result[-1][1].append(line)
    return result


def expected_pattern(lines: list[str]) -> re.Pattern:
    pieces = []
    for line in lines:
        if line.strip() == "...":
            pieces.append(r"(?:[^\n]*\n)*?")
            continue
        escaped = re.escape(line.rstrip())
        escaped = _FIGURE.sub(r"[0-9]+(?:\\.[0-9]+)?", escaped)
        pieces.append(escaped.replace(r"\.\.\.", r"[^\n]*") + r"\n")
    return re.compile("".join(pieces))


def _environment(bin_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GITHUB_", "NO_COLOR", "TEIKIT_"))}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", PYTHONUNBUFFERED="1",
               COLUMNS="80", TERM="dumb")
    return env


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(WORKSPACE, tmp_path, dirs_exist_ok=True)
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus", dirs_exist_ok=True)
    return tmp_path


def run_console(text: str, where: str, folder: Path, env: dict[str, str]) -> None:
    status = 0
    for command, expected in commands(text):
        run = subprocess.run(["bash", "-c", f"(exit {status}); {command}"], cwd=folder,
                             env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=300)
        status = run.returncode
        output = "".join(line.rstrip() + "\n" for line in run.stdout.splitlines())
        if not expected:
            assert status == 0, f"{where}: `{command}` exited {status}:\n{output}"
        else:
            assert expected_pattern(expected).fullmatch(output), (
                f"{where}: `{command}` printed\n{output}\n--- the page shows ---\n"
                + "\n".join(expected))


def python_namespace(folder: Path) -> dict:
    import teikit
    from teikit.validate import Document
    data = (folder / "remarks.txt").read_bytes()
    tei_bytes = teikit.convert(data, name="remarks.txt").tei
    return {"__name__": "__docs__", "data": data, "tei_bytes": tei_bytes,
            "docs": [Document("remarks.xml", tei_bytes)]}


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_examples_of_the_page_work(page: Path, workspace: Path, monkeypatch, capsys):
    runnable = [b for b in blocks(page) if b[1] in RUN]
    if not runnable:
        pytest.skip("no console or python examples")
    monkeypatch.chdir(workspace)
    env = _environment(Path(sys.executable).parent)
    namespace = None
    for line, lang, text, skip in runnable:
        where = f"{page.relative_to(ROOT)}:{line}"
        if skip:
            continue
        if lang == "console":
            run_console(text, where, workspace, env)
        else:
            namespace = namespace or python_namespace(workspace)
            try:
                exec(compile(text, where, "exec"), namespace)
            except Exception as exc:
                pytest.fail(f"{where}: the Python example raised {exc!r}")


def test_examples_run_the_teikit_of_this_interpreter():
    """The `teikit` the console examples run is the one installed beside this Python (the
    checkout in development, the wheel in CI's fresh environment), the same that `python`
    blocks import."""
    import teikit
    run = subprocess.run(["teikit", "--version"], env=_environment(Path(sys.executable).parent),
                         capture_output=True, text=True)
    assert run.stdout == f"teikit {teikit.__version__}\n"


def test_the_runner_finds_examples_and_rejects_a_false_output(tmp_path: Path):
    """The checks above can fail: a wrong expected line, a wrong figure-free word, a
    failing command without output shown."""
    env = _environment(Path(sys.executable).parent)
    run_console("$ echo converted 3 files in 0.41 s\nconverted 3 files in 9.9 s", "t", tmp_path, env)
    with pytest.raises(AssertionError):
        run_console("$ echo converted 3 files\nconverted 4 files", "t", tmp_path, env)
    with pytest.raises(AssertionError):
        run_console("$ false", "t", tmp_path, env)
    run_console("$ printf 'a\\nb\\nc\\n'; exit 3\na\n...\n$ echo $?\n3", "t", tmp_path, env)
    assert any(lang == "console" for _, lang, _, _ in blocks(ROOT / "README.md"))
    page = tmp_path / "page.md"
    page.write_text("- a list item:\n\n  ```console\n  $ echo hi\n  hi\n  ```\n")
    assert blocks(page) == [(3, "console", "$ echo hi\nhi", None)]
