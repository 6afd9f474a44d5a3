"""`convert` and `transform` on worker processes (-j 2) and on a Dask cluster give what a
sequential run gives: the same files byte for byte, the same messages, the same exit code,
a bad input among good ones included; and the worker processes end with the run."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from teikit import batch_api, executors
from teikit.commands.options import parse, run
from tests.security.io_support import TEI
from tests.security.test_io_processes import (_alive, _busy_workers, _children,
                                              assert_workers_die_with_killed_parent)

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "corpus" / "dev"
PLAY = sorted((ROOT / "corpus" / "plays").glob("*.txt"))[0]


@pytest.fixture(scope="module")
def transcripts(tmp_path_factory) -> Path:
    """Twelve transcripts (one a play, one without labels: a warning) and two bad inputs
    among them (binary, empty): more than one task's worth for the pool."""
    folder = tmp_path_factory.mktemp("transcripts")
    for path in sorted(DEV.glob("1[01]?.txt"))[:10] + [PLAY]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "104b-binary.txt").write_bytes(b"MR. A: x\x00\x01\x02")
    (folder / "108b-empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def tei_files(transcripts, tmp_path_factory) -> Path:
    """The transcripts as TEI (converted one by one), and a broken TEI file among them."""
    folder = tmp_path_factory.mktemp("tei")
    from teikit import convert
    for path in sorted(transcripts.glob("*.txt")):
        if path.stat().st_size and b"\x00" not in path.read_bytes():
            (folder / f"{path.stem}.xml").write_bytes(convert(path.read_bytes(), path.name).tei)
    (folder / "105b-broken.xml").write_bytes(b"<TEI xmlns='http://www.tei-c.org/ns/1.0'><oops")
    # a speaker declared in a person list beside the documents (sent to every worker)
    (folder / "109b-outside.xml").write_text(TEI.format(body="Hello from outside."))
    (folder / "persons.xml").write_text(
        '<listPerson xmlns="http://www.tei-c.org/ns/1.0"><person xml:id="a"><persName>'
        'Ann Outsider</persName></person></listPerson>', encoding="utf-8")
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def same_words(stderr: str, out: Path) -> str:
    """The messages with what legitimately differs between runs taken out: the output
    folder's name and the time taken."""
    return re.sub(r" in [0-9.]+ s", " in T s", stderr.replace(str(out), "OUT"))


def cli(args: list, out: Path, *options: str) -> tuple[int, str, dict]:
    done = subprocess.run([sys.executable, "-m", "teikit", *map(str, args), "-o", f"{out}/",
                           *options], capture_output=True, cwd=ROOT, timeout=300)
    assert b"Traceback" not in done.stderr
    return done.returncode, same_words(done.stderr.decode(), out), outputs(out)


SEQUENTIAL = ("-j", "1")
CASES = {
    "convert": (["convert", "{txt}"], 2, "104b-binary.txt: looks like a binary file"),
    "convert --corpus": (["convert", "{txt}", "--corpus", "dev", "--persons", "{persons}"], 2,
                         "108b-empty.txt: empty file"),
    "transform text": (["transform", "{tei}"], 2, "wrote 12 of 13 file(s)"),
    "transform html": (["transform", "{tei}", "--to", "html"], 2, "wrote 12 of 13 file(s)"),
}


def arguments(case: str, transcripts: Path, tei: Path) -> list[str]:
    persons = transcripts.parent / "persons.toml"
    persons.write_text('[[person]]\nlabels = ["SECRETARY BLINKEN"]\nid = "blinken"\n'
                       'name = "Antony J. Blinken"\n', encoding="utf-8")
    return [a.format(txt=transcripts, tei=tei, persons=persons) for a in CASES[case][0]]


@pytest.fixture(scope="module")
def sequential(transcripts, tei_files, tmp_path_factory) -> dict:
    """Each case run one document after the other: what the others must give."""
    runs = {}
    for case, (_, code, message) in CASES.items():
        out = tmp_path_factory.mktemp("seq")
        runs[case] = cli(arguments(case, transcripts, tei_files), out, *SEQUENTIAL)
        assert runs[case][0] == code and message in runs[case][1], runs[case][1]
    assert "105b-broken.xml" in runs["transform text"][1]
    html = runs["transform html"][2]
    assert "index.html" in html and b"110.html" in html["index.html"]
    assert b"105b-broken" not in html["index.html"]
    assert b"Ann Outsider" in html["109b-outside.html"]
    return runs


@pytest.mark.parametrize("case", CASES)
def test_two_worker_processes_give_the_sequential_run(case, transcripts, tei_files,
                                                      sequential, tmp_path):
    parallel = cli(arguments(case, transcripts, tei_files), tmp_path / "out", "-j", "2")
    assert parallel == sequential[case]


def test_the_api_gives_the_same_outcomes_in_worker_processes(transcripts, tei_files):
    from teikit.transform_api import TransformOptions
    docs = [(p.name, p.read_bytes()) for p in sorted(transcripts.iterdir())]
    one = list(batch_api.convert_documents(docs))
    two = list(batch_api.convert_documents(docs, jobs=2))
    assert one == two and [d.error is None for d in one].count(False) == 2
    pages = [(p.name, p.read_bytes()) for p in sorted(tei_files.iterdir())
             if p.name != "persons.xml"]
    html = TransformOptions(to="html")
    one = list(batch_api.transform_documents(pages, html, facts=True))
    assert one == list(batch_api.transform_documents(pages, html, facts=True, jobs=2))
    assert one[0].about.turns > 0 and [d.error is None for d in one].count(False) == 1


def test_jobs_zero_is_one_worker_per_cpu_and_never_more_than_the_documents(monkeypatch):
    monkeypatch.setattr(executors, "_cpus", lambda: 3)
    assert executors.worker_count(0) == 3 and executors.worker_count(0, documents=2) == 2
    assert executors.worker_count(5, documents=1) == 1 and executors.worker_count(2) == 2
    monkeypatch.setattr(executors, "_cpus", lambda: 1)
    assert executors.worker_count(0) == 1  # one CPU: in this process


@pytest.mark.parametrize("args, message", [
    (["convert", "{txt}", "--scheduler", "tcp://127.0.0.1:1"], "--scheduler is for --executor dask"),
    (["transform", "{tei}", "--executor", "dask"], "--executor dask needs --scheduler"),
    (["convert", "{txt}", "-j", "-1"], "--jobs"),
])
def test_executor_usage_errors_are_one_line(args, message, transcripts, tei_files, tmp_path):
    args = [a.format(txt=transcripts, tei=tei_files) for a in args]
    code, stderr, written = cli(args, tmp_path / "out")
    assert code == 2 and message in stderr and len(stderr.splitlines()) == 1
    assert written == {}


def test_more_jobs_than_teikit_starts_are_capped_with_a_note(transcripts, sequential,
                                                             tmp_path):
    code, stderr, written = cli(["convert", transcripts], tmp_path / "out", "-j", "5000")
    note, *rest = stderr.splitlines(keepends=True)
    assert note.startswith("teikit: note: --jobs 5000: using at most ")
    assert (code, "".join(rest), written) == sequential["convert"]


def _dies_on_six(items: list) -> list:
    if 6 in items:
        os._exit(9)  # as the kernel's OOM killer would end it: no exception, no clean-up
    return [i * 10 for i in items]


def test_a_worker_that_dies_ends_the_run_with_one_line_and_no_worker_left():
    executor = executors.LocalExecutor(2)
    workers = _children(os.getpid())
    assert len(workers) == 2
    results = []
    with pytest.raises(executors.TeikitError, match="a worker process died"):
        results.extend(executor.map_batches(_dies_on_six, range(40)))
    executor.close()
    assert results in ([], [0, 10, 20, 30])  # the batch before, if it was done: in order
    assert not any(map(_alive, workers))


# --- workers end with the run ---------------------------------------------------------------

def _slow_convert(folder: Path, stdout=subprocess.PIPE) -> subprocess.Popen:
    """`teikit convert -j 2` on three transcripts of ~5 MB (seconds of work each)."""
    (folder / "in").mkdir()
    text = b"\n\n".join(p.read_bytes() for p in sorted(DEV.glob("*.txt")))
    for i in range(3):
        (folder / "in" / f"big{i}.txt").write_bytes(text * 8)
    return subprocess.Popen([sys.executable, "-m", "teikit", "convert", "-j", "2",
                             folder / "in", "-o", folder / "out"], cwd=ROOT,
                            stdout=stdout, stderr=stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_sigterm_stops_the_run_and_its_workers(tmp_path):
    proc = _slow_convert(tmp_path)
    workers = _busy_workers(proc) | _children(proc.pid)
    assert len(workers) == 2
    for pid in workers:  # stopped: only killing them ends the run, not waiting for them
        os.kill(pid, signal.SIGSTOP)
    proc.send_signal(signal.SIGTERM)
    signalled = time.monotonic()
    try:
        _, stderr = proc.communicate(timeout=30)
    finally:
        for pid in filter(_alive, workers | {proc.pid}):
            os.kill(pid, signal.SIGKILL)
    # killed, not waited for: asking a stopped worker to stop would take 5 s each
    assert time.monotonic() - signalled < 8
    assert proc.returncode == 128 + signal.SIGTERM
    assert stderr.decode() == "teikit: interrupted by SIGTERM\n"
    assert not any(map(_alive, workers))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_workers_die_with_a_killed_parent(tmp_path):
    assert_workers_die_with_killed_parent(_slow_convert(tmp_path, subprocess.DEVNULL))


# --- a Dask cluster (in this process: the `scheduler` fixture of tests/conftest.py) --


@pytest.mark.parametrize("case", CASES)
def test_a_dask_cluster_gives_the_sequential_run(case, transcripts, tei_files, sequential,
                                                 scheduler, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(executors, "BATCH_ITEMS", 3)  # several tasks, two at a time
    out = tmp_path / "out"
    args = arguments(case, transcripts, tei_files)[1:] + ["-o", f"{out}/", "--executor", "dask",
                                                          "--scheduler", scheduler]
    capsys.readouterr()
    code = run(CASES[case][0][0], parse(CASES[case][0][0], args))
    assert (code, same_words(capsys.readouterr().err, out), outputs(out)) == sequential[case]


def test_the_api_sends_batches_to_the_cluster(transcripts, scheduler, monkeypatch):
    monkeypatch.setattr(executors, "BATCH_ITEMS", 3)
    docs = [(p.name, p.read_bytes()) for p in sorted(transcripts.iterdir())]
    executor = executors.make_executor("dask", scheduler)
    try:
        remote = list(batch_api.convert_documents(docs, executor=executor))
    finally:
        executor.close()
    assert executor.tasks == 5  # 13 documents, 3 a task
    assert remote == list(batch_api.convert_documents(docs))
