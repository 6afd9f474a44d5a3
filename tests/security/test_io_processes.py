"""Processes and numbers (issue 12, items 8 and 10): workers die with their parent, SIGTERM
cleans up like Ctrl-C and says so, option numbers and I/O problems are one-line errors."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.security.io_support import (IS_ROOT, ROOT, TEI, TRANSCRIPT, err, leftovers,
                                       one_line_error, teikit)


# --- item 8: processes and interruptions --------------------------------------------------

def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _slow_documents(folder: Path, count: int = 2) -> None:
    body = "a<hi>b</hi><lb/><seg>c</seg><note>d</note>" * 150_000
    folder.mkdir()
    for i in range(count):
        (folder / f"slow{i}.xml").write_text(TEI.format(body=body))


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def _busy_workers(proc: subprocess.Popen) -> set[int]:
    """The workers that are validating (so past their start-up, prctl included)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        busy = {pid for pid in _children(proc.pid) if _cpu_seconds(pid) >= 0.2}
        if busy:
            return busy
        time.sleep(0.01)
    pytest.fail("no worker process got busy")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_workers_die_with_a_killed_parent(tmp_path):
    _slow_documents(tmp_path / "in")
    proc = subprocess.Popen([sys.executable, "-m", "teikit", "validate", "--engine", "lxml",
                             "--jobs", "2", tmp_path / "in"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert_workers_die_with_killed_parent(proc)


def assert_workers_die_with_killed_parent(proc: subprocess.Popen) -> None:
    """SIGKILL `proc` once its workers are busy: they must end without its help."""
    workers = _busy_workers(proc)
    for pid in workers:  # a stopped worker would never notice its parent went away
        os.kill(pid, signal.SIGSTOP)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 5
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_sigterm_stops_validate_its_workers_and_says_so(tmp_path):
    _slow_documents(tmp_path / "in")
    proc = subprocess.Popen([sys.executable, "-m", "teikit", "validate", "--engine", "lxml",
                             "--jobs", "2", tmp_path / "in"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers = _busy_workers(proc) | _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGTERM
    assert stderr.decode() == "teikit: interrupted by SIGTERM\n"
    time.sleep(0.2)
    assert not any(map(_alive, workers))


def test_sigterm_during_a_write_removes_the_temporary_file(tmp_path, monkeypatch):
    from teikit import files, procs
    real_write = os.write

    def write_then_signal(fd, data):
        written = real_write(fd, data[:10])  # half the file is on disk ...
        os.kill(os.getpid(), signal.SIGTERM)  # ... when the signal arrives
        return written
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    procs.terminate_on_signals()
    try:
        monkeypatch.setattr(files.os, "write", write_then_signal)
        with pytest.raises(procs.Interrupted) as caught:
            files.write_output(tmp_path / "o.xml", b"x" * 100)
            time.sleep(1)  # the handler runs between bytecodes: here at the latest
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    assert caught.value.signum == signal.SIGTERM and caught.value.exit_code == 143
    assert list(tmp_path.iterdir()) == []


def test_sigterm_during_a_multi_file_convert_leaves_no_hidden_files(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    big = TRANSCRIPT * 4000
    for i in range(200):
        (folder / f"t{i:03}.txt").write_bytes(big)
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "teikit", "convert", "-q", folder, "-o", out],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (out.is_dir() and any(out.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.005)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 143 and stderr.decode() == "teikit: interrupted by SIGTERM\n"
    assert leftovers(out) == []  # the signal came as the first output was being written
    written = list(out.iterdir())
    assert len(written) < 200 and all(p.read_bytes().rstrip().endswith(b"</TEI>") for p in written)


def test_die_with_parent_exits_when_the_parent_is_already_gone():
    code = ("import os; from teikit.procs import die_with_parent; "
            "die_with_parent(os.getppid() + 1000000); print('survived')")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=ROOT, timeout=30)
    assert run.returncode == 1 and run.stdout == b""


# --- item 10: numbers and I/O errors without a traceback ----------------------------------

@pytest.mark.parametrize("value, message", [
    ("inf", "--timeout: 'inf' is not a number"),
    ("nan", "--timeout: 'nan' is not a number"),
    ("-1", "--timeout: -1.0 is not > 0"),
    ("0", "--timeout: 0.0 is not > 0"),
    ("1e9", "--timeout: 1000000000.0 is not a number of seconds above 0 and at most 86400"),
])
def test_timeout_must_be_finite_and_positive(tmp_path, value, message):
    (tmp_path / "a.xml").write_text(TEI.format(body="Hi"))
    run = teikit("validate", tmp_path / "a.xml", "--timeout", value)
    one_line_error(run, 2, "teikit: error: " + message)


@pytest.mark.parametrize("field,value", [("timeout", float("nan")), ("timeout", float("inf")),
                                         ("jobs", -3), ("max_errors", -1)])
def test_the_api_options_check_their_numbers(field, value):
    from teikit.errors import TeikitError
    from teikit.validate import ValidateOptions
    with pytest.raises(TeikitError, match=f"--{field.replace('_', '-')}: .* is not a"):
        ValidateOptions(**{field: value})


def test_many_jobs_are_capped_with_a_note(tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.xml").write_text(TEI.format(body="Hi"))
    start = time.monotonic()
    run = teikit("validate", tmp_path, "--jobs", "5000", "--engine", "lxml")
    assert run.returncode == 0, err(run)
    assert time.monotonic() - start < 30
    from teikit.validate.pool import max_workers
    assert f"--jobs 5000: using at most {max_workers()} worker processes" in err(run)


def test_the_pool_starts_no_more_workers_than_documents(monkeypatch):
    from teikit.validate import Document, ValidateOptions, pool, validate_documents
    started = []
    real = pool._Worker.__init__

    def counting(self, *args):
        started.append(1)
        real(self, *args)
    monkeypatch.setattr(pool._Worker, "__init__", counting)
    docs = [Document(f"a{i}.xml", TEI.format(body="Hi").encode()) for i in range(3)]
    results = dict(validate_documents(docs, ValidateOptions(engine="lxml", jobs=1000)))
    assert len(results) == 3 and len(started) == 3


@pytest.mark.skipif(not IS_ROOT or not shutil.which("setpriv"),
                    reason="needs root and setpriv to run as another user (root ignores modes)")
@pytest.mark.parametrize("mode", [0o000, 0o555])
def test_an_unusable_schema_cache_is_a_one_line_error(mode):
    tmp_path = Path(tempfile.mkdtemp(prefix="teikit-cache-test-"))  # pytest's is root-only
    tmp_path.chmod(0o755)
    (tmp_path / "s.rnc").write_text('default namespace = "http://www.tei-c.org/ns/1.0"\n'
                                    "start = element TEI { text }\n")
    (tmp_path / "d.xml").write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">hi</TEI>')
    cache = tmp_path / "cache"
    cache.mkdir(mode=mode)
    cache.chmod(mode)
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    try:
        run = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                              sys.executable, "-m", "teikit", "validate", "--schema",
                              tmp_path / "s.rnc", tmp_path / "d.xml"], capture_output=True,
                             cwd=ROOT, env=env, timeout=60)
    finally:
        cache.chmod(0o755)
        shutil.rmtree(tmp_path)
    one_line_error(run, 2, "cannot use the schema cache", "Permission denied",
                   "set XDG_CACHE_HOME to a writable folder")
