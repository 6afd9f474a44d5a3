"""`teikit transform` on the command line and `transform()` in Python."""
from __future__ import annotations

import subprocess
import sys

from pathlib import Path

import pytest

from teikit.transform_api import transform
from teikit.errors import TeikitError

from .conftest import DATA, FOREIGN, ROOT, SAMPLE


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "teikit", "transform", *map(str, args)],
                          cwd=ROOT, input=stdin, capture_output=True, timeout=120)


def test_one_input_to_stdout_matches_the_api():
    r = run(SAMPLE)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == transform(SAMPLE)
    assert r.stdout.decode() == (DATA / "sample.reading.txt").read_text(encoding="utf-8")


def test_source_mode_and_width():
    r = run("--mode", "source", "--width", "40", SAMPLE)
    assert r.returncode == 0 and "mailing list" in r.stdout.decode()
    assert max(len(line) for line in r.stdout.decode().splitlines()) <= 40


def test_stdin_and_output_file(tmp_path):
    out = tmp_path / "page.html"
    r = run("--to", "html", "-", "-o", out, stdin=SAMPLE.read_bytes())
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8") == transform(SAMPLE, to="html")


def test_many_inputs_into_a_folder_with_an_index(tmp_path):
    r = run("--to", "html", SAMPLE, FOREIGN, "-o", tmp_path / "site")
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in (tmp_path / "site").iterdir())
    pages = [p.stem for p in FOREIGN.glob("*.xml")] + ["sample.tei"]
    # each page with its TEI source copied beside it (and linked from it), and the index
    expected = sorted([f"{s}.html" for s in pages] + [f"{s}.tei.xml" for s in pages] + ["index.html"])
    assert names == expected
    page = (tmp_path / "site" / "sample.tei.html").read_text(encoding="utf-8")
    assert 'href="index.html"' in page and 'href="sample.tei.tei.xml"' in page
    assert (tmp_path / "site" / "sample.tei.tei.xml").read_bytes() == Path(SAMPLE).read_bytes()
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'href="sample.tei.html"' in index and "Δύσκολος" in index


def test_many_inputs_need_an_output_folder():
    r = run(SAMPLE, FOREIGN / "parla-clarin-exemplar.xml")
    assert r.returncode == 2 and b"-o" in r.stderr and b"Traceback" not in r.stderr


@pytest.mark.parametrize("content,message", [
    (b"this is not xml", b"not well-formed XML"),
    (b"<html><body/></html>", b"not a TEI document"),
    (b"", b"not well-formed XML"),
])
def test_bad_input_is_one_line_naming_the_file(tmp_path, content, message):
    bad = tmp_path / "bad.xml"
    bad.write_bytes(content)
    r = run(bad)
    assert r.returncode == 2 and b"Traceback" not in r.stderr
    lines = r.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and message.decode() in lines[0]


def test_a_bad_file_among_many_is_reported_and_the_rest_written(tmp_path):
    bad = tmp_path / "in" / "bad.xml"
    bad.parent.mkdir()
    bad.write_bytes(b"<oops")
    r = run(SAMPLE, bad, "-o", tmp_path / "out")
    assert r.returncode == 2 and b"bad.xml" in r.stderr
    assert (tmp_path / "out" / "sample.tei.txt").exists()


def test_a_person_list_among_the_inputs_resolves_who(tmp_path):
    plist = tmp_path / "persons.xml"
    plist.write_text('<listPerson xmlns="http://www.tei-c.org/ns/1.0"><person xml:id="KužnikRafael">'
                     '<persName>Rafael Kužnik</persName></person></listPerson>', encoding="utf-8")
    out = tmp_path / "o.html"
    r = run("--to", "html", FOREIGN / "siparl-KPZONOJFSPD-1998-11-25.xml", plist, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "<strong>Rafael Kužnik</strong>" in out.read_text(encoding="utf-8")


def test_bad_options_are_usage_errors():
    assert run("--to", "pdf", SAMPLE).returncode == 2
    assert run("--mode", "fancy", SAMPLE).returncode == 2
    assert run(ROOT / "no-such-file.xml").returncode == 2


def test_api_accepts_bytes_str_and_path():
    data = SAMPLE.read_bytes()
    assert transform(data) == transform(str(SAMPLE)) == transform(data.decode("utf-8"))
    with pytest.raises(TeikitError):
        transform(b"<nope/>")
    with pytest.raises(TeikitError):
        transform(data, to="pdf")
