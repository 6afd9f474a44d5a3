"""Hostile and careless inputs to teikit's files, outputs and processes (issue 12, items 4, 5,
6, 8, 10 and 12): each case asserts the exact outcome a user relies on (message, exit code,
what was and was not written, no process left behind).

Special files are made with mknod in a temporary folder, never the machine's own /dev/null:
(1, 3) is a "null" device, (1, 7) a "full" one (every write fails with ENOSPC)."""
from __future__ import annotations

import codecs
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
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


# --- item 4: special files ---------------------------------------------------------------

@needs_root
@pytest.mark.parametrize("command", ONE_INPUT_COMMANDS)
def test_output_onto_a_null_device_writes_into_it_and_keeps_the_device(tmp_path, command):
    args = one_input(tmp_path, command)
    null = device(tmp_path / "null", 3)
    run = teikit(*args, "-q", "-o", null)
    assert run.returncode == 0, err(run)
    assert is_char_device(null) and os.major(os.lstat(null).st_rdev) == 1
    assert leftovers(tmp_path) == []


def test_output_onto_a_fifo_writes_into_it(tmp_path):
    (tmp_path / "a.txt").write_bytes(TRANSCRIPT)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    run = teikit("convert", tmp_path / "a.txt", "-o", fifo)
    reader.join(10)
    assert run.returncode == 0 and got and got[0].startswith(b"<?xml")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("command,name", [("convert", "b.txt"), ("transform", "b.xml"),
                                          ("validate", "b.xml")])
def test_a_fifo_among_the_inputs_is_refused_not_waited_for(tmp_path, command, name):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(TRANSCRIPT)
    (folder / "a.xml").write_text(TEI.format(body="Hi"))
    os.mkfifo(folder / name)
    run = teikit(command, folder, "-o", tmp_path / "out", timeout=30)
    assert run.returncode == 2
    said = (err(run) + _report(tmp_path / "out")).splitlines()
    assert [line for line in said if name in line] == [
        line for line in said if f"{name}: " in line and "a FIFO, not a regular file: not read" in line]
    assert any(name in line for line in said)


def _report(path: Path) -> str:
    return path.read_text() if path.is_file() else ""


@pytest.mark.parametrize("command", ["convert", "transform", "validate"])
def test_a_symlink_to_dev_zero_is_refused_at_once(tmp_path, command):
    link = tmp_path / ("zero.txt" if command == "convert" else "zero.xml")
    link.symlink_to("/dev/zero")
    start = time.monotonic()
    run = teikit(command, link, timeout=30)
    assert time.monotonic() - start < 15
    assert run.returncode == 2
    text = err(run) + run.stdout.decode()
    assert "zero" in text and "a character device, not a regular file" in text
    assert "MemoryError" not in text and "Traceback" not in text


def test_stdin_is_read_up_to_the_size_limit_only(monkeypatch):
    import io

    from teikit import files
    from teikit.errors import TeikitError

    endless = io.BufferedReader(io.BytesIO(b"x" * 2000))
    monkeypatch.setattr(sys, "stdin", type("S", (), {"buffer": endless})())
    with pytest.raises(TeikitError, match="larger than"):
        files.read_stdin(limit=1000)
    assert endless.tell() == 1001  # not a byte more than needed to know


# --- item 5: silent output loss -----------------------------------------------------------

def test_clashing_stems_get_distinct_predictable_names(tmp_path):
    for folder, stem in (("a", "x"), ("b", "x"), ("c", "x-2")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{stem}.txt").write_bytes(TRANSCRIPT.replace(b"morning", stem.encode()))
    out = tmp_path / "out"
    run = teikit("convert", tmp_path / "a/x.txt", tmp_path / "b/x.txt", tmp_path / "c/x-2.txt",
                 "-o", out)
    assert run.returncode == 0, err(run)
    assert sorted(p.name for p in out.iterdir()) == ["x-2.xml", "x-3.xml", "x.xml"]
    assert b"Good x-2." in (out / "x-2.xml").read_bytes()  # c/x-2.txt keeps its own name
    assert "converted 3 files" in err(run)


def test_transform_clashing_stems_and_an_input_named_index(tmp_path):
    for folder, stem in (("a", "x"), ("b", "x"), ("c", "index")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{stem}.xml").write_text(TEI.format(body=f"{folder} says hi"))
    out = tmp_path / "out"
    run = teikit("transform", "--to", "html", tmp_path / "a", tmp_path / "b", tmp_path / "c",
                 "-o", out)
    assert run.returncode == 0, err(run)
    assert sorted(p.name for p in out.iterdir()) == ["index-2.html", "index.html", "x-2.html",
                                                     "x.html"]
    assert "c says hi" in (out / "index-2.html").read_text()
    assert 'href="index-2.html"' in (out / "index.html").read_text()
    assert "wrote 3 of 3" in err(run)


def test_transform_into_the_input_folder_never_replaces_the_transcripts(tmp_path):
    (tmp_path / "a.xml").write_text(TEI.format(body="Hi"))
    (tmp_path / "a.txt").write_bytes(b"the source transcript")
    (tmp_path / "b.xml").write_text(TEI.format(body="Ho"))
    run = teikit("transform", "--to", "text", tmp_path, "-o", tmp_path)
    one_line_error(run, 2, "a.txt: exists beside the inputs and would be replaced: nothing written")
    assert (tmp_path / "a.txt").read_bytes() == b"the source transcript"
    assert not (tmp_path / "b.txt").exists()  # refused before anything was written


def test_output_paths_skip_names_other_inputs_own():
    from teikit.files import InputFile, output_paths
    inputs = [InputFile(p, p, Path(p).stem) for p in ("x-2.txt", "a/x.txt", "b/X.txt", "x-3.txt")]
    names = [p.name for p in output_paths(inputs, Path("o"), ".xml", reserved=["index.xml"])]
    assert names == ["x-2.xml", "x.xml", "X-4.xml", "x-3.xml"]


# --- item 6: every write checked ----------------------------------------------------------

@needs_root
@pytest.mark.parametrize("command", ONE_INPUT_COMMANDS)
def test_a_full_disk_on_stdout_is_an_error(tmp_path, command):
    args = one_input(tmp_path, command)
    full = device(tmp_path / "full", 7)
    with open(full, "wb") as fh:
        run = teikit(*args, "-q", stdout=fh)
    one_line_error(run, 2, "<stdout>: cannot write: No space left on device")


@needs_root
@pytest.mark.parametrize("command", ONE_INPUT_COMMANDS)
def test_a_full_disk_on_an_output_file_is_an_error(tmp_path, command):
    args = one_input(tmp_path, command)
    full = device(tmp_path / "full", 7)
    run = teikit(*args, "-q", "-o", full)
    one_line_error(run, 2, f"{full}: cannot write: No space left on device")
    assert is_char_device(full)


@pytest.fixture
def small_disk(tmp_path):
    """A 64 KiB tmpfs: a real file system that fills up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", mount], check=True)


def test_a_full_file_system_keeps_the_old_output_and_no_temporary_file(tmp_path, small_disk):
    (tmp_path / "big.txt").write_bytes(TRANSCRIPT * 3000)  # ~300 KB of TEI
    (small_disk / "out.xml").write_bytes(b"the previous output")
    run = teikit("convert", tmp_path / "big.txt", "-o", small_disk / "out.xml")
    one_line_error(run, 2, f"{small_disk / 'out.xml'}: cannot write: No space left on device")
    assert (small_disk / "out.xml").read_bytes() == b"the previous output"
    assert leftovers(small_disk) == []


def test_the_summary_counts_only_the_outputs_written(tmp_path, small_disk):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_bytes(TRANSCRIPT)  # small: fits
    (tmp_path / "in/b.txt").write_bytes(TRANSCRIPT * 3000)  # does not fit
    run = teikit("convert", tmp_path / "in", "-o", small_disk / "out")
    assert run.returncode == 2
    lines = err(run).splitlines()
    assert lines[0] == f"teikit: error: {small_disk / 'out/b.xml'}: cannot write: No space left on device"
    assert lines[1].startswith("converted 1 file ") and lines[1].endswith(", 1 failed")
    assert sorted(p.name for p in (small_disk / "out").iterdir()) == ["a.xml"]


def test_a_failed_write_leaves_no_temporary_file_and_no_output(tmp_path, monkeypatch):
    from teikit import files
    from teikit.errors import TeikitError

    def short(fd, data):
        return 0
    monkeypatch.setattr(files.os, "write", short)
    with pytest.raises(TeikitError, match="short write"):
        files.write_output(tmp_path / "o.xml", b"data")
    assert list(tmp_path.iterdir()) == []


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

@pytest.mark.parametrize("value", ["inf", "nan", "-1", "0", "1e9"])
def test_timeout_must_be_finite_and_positive(tmp_path, value):
    (tmp_path / "a.xml").write_text(TEI.format(body="Hi"))
    run = teikit("validate", tmp_path / "a.xml", "--timeout", value)
    one_line_error(run, 2, "--timeout must be a number of seconds above 0 and at most 86400")


@pytest.mark.parametrize("field,value", [("timeout", float("nan")), ("timeout", float("inf")),
                                         ("jobs", -3), ("max_errors", -1)])
def test_the_api_options_check_their_numbers(field, value):
    from teikit.errors import TeikitError
    from teikit.validate import ValidateOptions
    with pytest.raises(TeikitError, match=f"--{field.replace('_', '-')} must be"):
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


# --- item 12: convert inputs and transform entities ---------------------------------------

def test_utf32_with_bom_is_read_as_utf32():
    from teikit import convert
    text = "MR. SMITH: Caf\u00e9 \u2014 na\u00efve \U0001F600.\n\nQ: Yes.\n"
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")):
        result = convert(bom + text.encode(codec), name="a.txt")
        assert "Caf\u00e9 \u2014 na\u00efve \U0001F600." in result.tei.decode()
        assert result.warnings == []


def test_mixed_utf8_and_cp1252_lines_are_each_decoded_right():
    from teikit import convert
    data = ("MR. SMITH: Caf\u00e9 na\u00efve.\n\n".encode()
            + "Q: \u201cquoted\u201d r\u00e9sum\u00e9.\n".encode("cp1252"))
    result = convert(data, name="a.txt")
    tei = result.tei.decode()
    assert "Caf\u00e9 na\u00efve." in tei and "\u201cquoted\u201d r\u00e9sum\u00e9." in tei
    assert [w.message for w in result.warnings] == [
        "mixed encodings: lines that are not valid UTF-8 decoded as cp1252, the others as UTF-8"]


def test_vt_ff_nel_are_line_breaks_and_the_reader_says_so():
    from teikit import convert
    result = convert("MR. SMITH: one\x0btwo\x0cthree\x85four\n\nQ: five\n", name="a.txt")
    text = result.tei.decode()
    for word in ("one", "two", "three", "four", "five"):
        assert word in text
    assert not any(c in text for c in "\x0b\x0c\x85")
    assert [w.message for w in result.warnings] == [
        "3 vertical tab, form feed, NEL or line/paragraph separator character(s) read as line "
        "breaks (not kept as characters)"]


@pytest.mark.parametrize("lang,hint", [("en US", ""), ("xx_YY", " (use '-' between parts: en-US)"),
                                       ("", "")])
def test_lang_must_be_a_bcp47_tag(tmp_path, lang, hint):
    (tmp_path / "a.txt").write_bytes(TRANSCRIPT)
    run = teikit("convert", tmp_path / "a.txt", "--lang", lang, "-o", tmp_path / "a.xml")
    one_line_error(run, 2, f"--lang: {lang!r} is not a BCP 47 language tag{hint}")
    assert not (tmp_path / "a.xml").exists()


@pytest.mark.parametrize("lang", ["en-US", "sr-Latn-RS", "de-CH-1996", "x-private"])
def test_good_language_tags_are_written(lang):
    from teikit import convert
    assert f'xml:lang="{lang}"'.encode() in convert(TRANSCRIPT, name="a.txt", lang=lang).tei


def test_a_bad_id_is_refused_not_rewritten(tmp_path):
    (tmp_path / "a.txt").write_bytes(TRANSCRIPT)
    run = teikit("convert", tmp_path / "a.txt", "--id", "1 bad id")
    one_line_error(run, 2, "--id: '1 bad id' is not a valid XML id")
    assert run.stdout == b""


def test_output_with_a_trailing_slash_is_a_folder(tmp_path):
    (tmp_path / "a.txt").write_bytes(TRANSCRIPT)
    (tmp_path / "a.xml").write_text(TEI.format(body="Hi"))
    assert teikit("convert", tmp_path / "a.txt", "-o", f"{tmp_path}/new/").returncode == 0
    assert (tmp_path / "new").is_dir() and (tmp_path / "new/a.xml").is_file()
    assert teikit("transform", tmp_path / "a.xml", "-o", f"{tmp_path}/view/").returncode == 0
    assert (tmp_path / "view/a.txt").read_text().strip().endswith("Hi")


def _with_entities(body: str, declarations: str) -> str:
    return TEI.format(body=body).replace("<TEI", f"<!DOCTYPE TEI [{declarations}]><TEI", 1)


def test_transform_renders_an_internal_entity_as_its_text(tmp_path):
    (tmp_path / "e.xml").write_text(_with_entities("Say &x; now.", '<!ENTITY x "the text">'))
    for to in ("text", "html"):
        run = teikit("transform", "--to", to, tmp_path / "e.xml")
        assert run.returncode == 0, err(run)
        assert "Say the text now." in run.stdout.decode() and "&x;" not in run.stdout.decode()


def test_transform_never_reads_an_external_entity(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    (tmp_path / "e.xml").write_text(_with_entities("Say &ext; now.",
                                                   f'<!ENTITY ext SYSTEM "{secret}">'))
    run = teikit("transform", tmp_path / "e.xml")
    one_line_error(run, 2, "e.xml:1: entity &ext; is not defined in the document "
                           "(external entities are never read)")
    assert b"SECRET" not in run.stdout


def test_an_entity_bomb_in_transform_fails_fast(tmp_path):
    ents = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
    (tmp_path / "bomb.xml").write_text(
        f"<!DOCTYPE TEI [{ents}]>" + TEI.format(body="&a9;"))
    run = teikit("transform", tmp_path / "bomb.xml", timeout=30)
    one_line_error(run, 2, "bomb.xml")


def test_outputs_into_a_folder_above_the_inputs_replace_nothing_there(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/a.xml").write_text(TEI.format(body="Hi"))
    (tmp_path / "a.txt").write_bytes(b"someone's notes")
    run = teikit("transform", "--to", "text", tmp_path / "sub", "-o", tmp_path)
    one_line_error(run, 2, f"{tmp_path / 'a.txt'}: exists beside the inputs")
    assert (tmp_path / "a.txt").read_bytes() == b"someone's notes"


def test_rerunning_into_a_separate_output_folder_replaces_its_own_outputs(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in/a.txt").write_bytes(TRANSCRIPT)
    for _ in range(2):
        run = teikit("convert", tmp_path / "in", "-o", tmp_path / "out")
        assert run.returncode == 0, err(run)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.xml"]
