"""Shared by the hostile-input tests: running teikit, special files, exact error checks.

Special files are made with mknod in a temporary folder, never the machine's own /dev/null:
(1, 3) is a "null" device, (1, 7) a "full" one (every write fails with ENOSPC)."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSCRIPT = b"MR. SMITH: Good morning.\n\nQ: Thank you.\n"
TEI = ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title>'
       '</titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc>'
       '</fileDesc></teiHeader><text><body><u who="#a">{body}</u></body></text></TEI>')
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(not IS_ROOT, reason="mknod needs root")

# One input each, to stdout or -o: what convert, transform and validate write.
ONE_INPUT_COMMANDS = [("convert", "{txt}"), ("transform", "{xml}"),
                      ("validate", "{xml}", "--format", "json")]


def teikit(*args, stdin=None, stdout=subprocess.PIPE, timeout=60, env=None):
    return subprocess.run([sys.executable, "-m", "teikit", *map(str, args)], input=stdin,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=timeout, cwd=ROOT,
                          env=env)


def err(run) -> str:
    return run.stderr.decode()


def one_line_error(run, code: int, *parts: str) -> None:
    text = err(run)
    assert run.returncode == code, text
    assert "Traceback" not in text and text.count("\n") == 1, text
    for part in parts:
        assert part in text, text


def one_input(folder: Path, command: tuple) -> list[str]:
    """The arguments of one of ONE_INPUT_COMMANDS, with its input written into `folder`."""
    (folder / "a.txt").write_bytes(TRANSCRIPT)
    (folder / "a.xml").write_text(TEI.format(body="Hi"))
    return [a.format(txt=folder / "a.txt", xml=folder / "a.xml") for a in command]


def device(path: Path, minor: int) -> Path:
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    return path


def is_char_device(path: Path) -> bool:
    return stat.S_ISCHR(os.lstat(path).st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*.tmp"))
