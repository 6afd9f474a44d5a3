"""Hostile and careless inputs and outputs (issue 12, items 4, 5, 6 and 12): special files,
clashing and overwriting outputs, failed writes, input decoding, entities. Each case asserts
the exact outcome a user relies on: message, exit code, what was and was not written."""
from __future__ import annotations

import codecs
import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.security.io_support import (ONE_INPUT_COMMANDS, TEI, TRANSCRIPT, device, err,
                                       is_char_device, leftovers, needs_root, one_input,
                                       one_line_error, teikit)


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


@pytest.mark.parametrize("command", ONE_INPUT_COMMANDS)
def test_output_dash_is_standard_output_not_a_file_named_dash(tmp_path, command):
    args = one_input(tmp_path, command)
    run = subprocess.run([sys.executable, "-m", "teikit", *map(str, args), "-q", "-o", "-"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60, cwd=tmp_path)
    assert run.returncode == 0, err(run)
    expected = {"convert": b"<?xml", "transform": b"T\n\na: Hi", "validate": b"{"}[command[0]]
    assert run.stdout.startswith(expected)
    assert not (tmp_path / "-").exists()


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


def test_transform_summary_counts_an_unreadable_input_as_not_written(tmp_path):
    """A FIFO among three inputs: two pages written, "wrote 2 of 3", exit 2."""
    folder = tmp_path / "in"
    folder.mkdir()
    for stem in ("a", "c"):
        (folder / f"{stem}.xml").write_text(TEI.format(body=f"{stem} says hi"))
    os.mkfifo(folder / "b.xml")
    run = teikit("transform", "--to", "text", folder, "-o", tmp_path / "out", timeout=30)
    assert run.returncode == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.txt", "c.txt"]
    assert err(run).splitlines() == [
        f"teikit: error: {folder / 'b.xml'}: a FIFO, not a regular file: not read",
        f"teikit: wrote 2 of 3 file(s) to {tmp_path / 'out'}"]


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


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_special_file_as_the_stylesheet_is_refused_at_once(tmp_path, kind):
    """`transform --css` reads a file too: the same refusal as for inputs, before any page
    is written (memory capped at 2 GiB, should a regression read /dev/zero)."""
    import resource
    css = tmp_path / "extra.css"
    if kind == "fifo":
        os.mkfifo(css)
    else:
        css.symlink_to("/dev/zero")
    (tmp_path / "a.xml").write_text(TEI.format(body="Hi"))
    run = subprocess.run(
        [sys.executable, "-m", "teikit", "transform", "--to", "html", "--css", str(css),
         str(tmp_path / "a.xml"), "-o", str(tmp_path / "a.html")],
        capture_output=True, timeout=30, cwd=tmp_path,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)))
    what = "a FIFO" if kind == "fifo" else "a character device"
    assert (run.returncode, err(run)) == (
        2, f"teikit: error: {css}: {what}, not a regular file: not read\n")
    assert not (tmp_path / "a.html").exists()


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
    pages = ["index-2.html", "index.html", "x-2.html", "x.html"]
    sources = ["index-2.tei.xml", "x-2.tei.xml", "x.tei.xml"]  # each page's TEI beside it
    assert sorted(p.name for p in out.iterdir()) == sorted(pages + sources)
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


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("bad", ["\x01", "\x1b", "\x1f", "\ufffe", "\uffff"])
def test_characters_xml_cannot_hold_are_kept_as_g_and_said(encoding, bad):
    from teikit import convert
    from teikit.model.nonxml import visible
    if encoding == "cp1252" and bad > "\xff":
        return  # not in that code page
    source = f"MR. SMITH: one{bad}two\tthree\n\nQ: four{bad}\n"
    result = convert(source.encode(encoding), name="a.txt")
    text = result.tei.decode()
    g = f'<g ref="#a.ctrl-{ord(bad):04X}">{visible(bad)}</g>'
    assert bad not in text and f"one{g}two" in text and f"four{g}" in text
    assert any(w.message == "2 control character(s) that XML cannot hold kept as TEI g (declared in charDecl)"
               for w in result.warnings)


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
    one_line_error(run, 2, "e.xml:1: not well-formed XML: Entity 'ext' not defined")
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
