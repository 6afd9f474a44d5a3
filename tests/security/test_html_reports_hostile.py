"""Hostile names and URLs against the HTML view and the validation reports (issue 12,
items 1 and 9): no working script link in a page, no forged report line, no escape
sequence reaching a terminal or CI log, every machine-readable report still parses."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lhtml

from teikit.diagnostics import Diagnostic
from teikit.readers.tei import read
from teikit.reporters import FORMATS, render
from teikit.reporters.github import step_summary
from teikit.validate_api import DocumentResult, Report
from teikit.writers.html import safe_href, write, write_index

# --- item 1: links ------------------------------------------------------------------

# Unicode spaces that str.strip() removes (the old bug) and browsers keep or drop.
SNEAKY_SPACES = ["\xa0", "\u3000", "\x85", "\u2028", "\u1680", "\u2029", "\ufeff", "\t", "\x00"]
HOSTILE_URLS = (
    [f"{s}javascript:alert(1)" for s in SNEAKY_SPACES]
    + ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
       "java\nscript:alert(1)", "java\rscript:alert(1)", " \x01javascript:alert(1)",
       "vbscript:x", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
       "//evil.example/x", "\\\\host\\x", "/\\evil.example", "\\/evil.example",
       " //evil.example", "\u3000//evil.example", "x:y", "%6Aavascript:alert(1)"]
)
ALLOWED = {"http", "https", "mailto"}


def browser_reading(href: str) -> tuple[str | None, bool]:
    """(scheme, goes off-site) as a WHATWG URL parser reads an href attribute: leading and
    trailing C0 controls and spaces dropped, tabs and newlines removed anywhere, a scheme
    is letters then `:`, and a relative URL starting with two slashes or backslashes names
    another host. An independent oracle for `safe_href`."""
    s = href.strip("".join(map(chr, range(0x21))))
    s = re.sub("[\t\n\r]", "", s)
    m = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", s)
    if m:
        return m.group(1).lower(), False
    return None, bool(re.match(r"[/\\]{2}", s))


def assert_link_is_harmless(href: str) -> None:
    scheme, off_site = browser_reading(href)
    assert (scheme in ALLOWED) or (scheme is None and not off_site), href
    assert re.fullmatch(r"[\x21-\x7e]+", href), href  # nothing left for a browser to clean


def tei_with_licence(target: str) -> bytes:
    return ('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T'
            '</title></titleStmt><publicationStmt><availability><licence target="'
            + "".join(f"&#x{ord(c):X};" for c in target) + '">Free</licence></availability>'
            '</publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>'
            '<p>x</p></body></text></TEI>').encode("utf-8")


def page_links(page: bytes, where: str = "") -> list[str]:
    return lhtml.document_fromstring(page.decode("utf-8")).xpath(f"{where}//a/@href")


def xml_chars(s: str) -> bool:
    return not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", s)


IN_TEI = [u for u in HOSTILE_URLS if xml_chars(u)]  # what a TEI attribute can hold


@pytest.mark.parametrize("url", IN_TEI, ids=lambda u: ascii(u)[:30])
def test_hostile_licence_target_gives_no_harmful_link(url):
    page = write(read(tei_with_licence(url), "x.xml"))
    hrefs = page_links(page)
    for href in hrefs:
        assert_link_is_harmless(href)
    assert not any("script:" in h.lower() for h in hrefs), hrefs
    assert b">Free<" in page  # the licence is still shown, as text when not a link


@pytest.mark.parametrize("url", IN_TEI, ids=lambda u: ascii(u)[:30])
def test_hostile_page_image_gives_no_harmful_link(url):
    """`<pb facs>` is the other URL a page links to (the page image): the same `link`."""
    facs = "".join(f"&#x{ord(c):X};" for c in url)
    tei = tei_with_licence("https://example.org/").replace(
        b"<p>x</p>", f'<p>a<pb n="7" facs="{facs}"/>b<pb n="8" facs="img/p8.jpg"/></p>'.encode())
    hrefs = page_links(write(read(tei, "x.xml")), "//main")
    for href in hrefs:
        assert_link_is_harmless(href)
    assert "img/p8.jpg" in hrefs and not any("script:" in h.lower() for h in hrefs), hrefs


@pytest.mark.parametrize("url", HOSTILE_URLS, ids=lambda u: ascii(u)[:30])
def test_safe_href_refuses_or_neutralises(url):
    href = safe_href(url)
    if href is not None:
        assert_link_is_harmless(href)
    scheme, off_site = browser_reading(url.strip(" \t\r\n"))
    if scheme not in (None, *ALLOWED) or off_site:
        assert href is None, (url, href)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(
    list("jJavscript:/\\%#?.@ ") + SNEAKY_SPACES + ["\r", "\n", "\x1f", "\x7f", "é", "http",
                                                  "mailto", "javascript"]),
    max_size=12).map("".join))
def test_any_written_href_is_allow_listed(url):
    href = safe_href(url)
    if href is not None:
        assert_link_is_harmless(href)


@pytest.mark.parametrize("url,expected", [
    ("https://example.org/a b", "https://example.org/a%20b"),
    ("  http://a.b/ü  ", "http://a.b/%C3%BC"), ("mailto:x@y.z", "mailto:x@y.z"),
    ("page.html#t-1", "page.html#t-1"), ("#a:b", "#a:b"), ("sub/x:y.html", "sub/x:y.html"),
    ("\xa0javascript:alert(1)", None), ("\\\\host\\x", None), ("x:y", None), ("", None),
])
def test_safe_href_keeps_good_links_working(url, expected):
    assert safe_href(url) == expected


def test_index_links_are_encoded_file_names():
    names = ["\u3000javascript:alert(1).html", "javascript:x.html", "//evil.html",
             "\\\\host\\x.html", "a b#c?.html", "sub/x:y.html"]
    hrefs = page_links(write_index([(n, n, None) for n in names]), "//main")
    assert sorted(hrefs) == sorted([  # the index is sorted by date, then title
        "%E3%80%80javascript%3Aalert%281%29.html", "javascript%3Ax.html",
        ".///evil.html", "%5C%5Chost%5Cx.html", "a%20b%23c%3F.html", "sub/x%3Ay.html"])


def _teikit(*args, cwd=None):
    code = "import sys; from teikit.cli import main; sys.argv[0] = 'teikit'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=cwd)


def test_transform_index_of_hostile_file_names(tmp_path):
    """A file named `\\u3000javascript:alert(1).xml` gets an index link to its own page."""
    src = tmp_path / "in"
    src.mkdir()
    hostile = "\u3000javascript:alert(1).xml"
    (src / hostile).write_bytes(tei_with_licence("https://example.org/"))
    (src / "plain.xml").write_bytes(tei_with_licence("\u2028javascript:alert(1)"))
    run = _teikit("transform", "--to", "html", str(src), "-o", str(tmp_path / "out"))
    assert run.returncode == 0, run.stderr
    out = tmp_path / "out"
    hrefs = page_links((out / "index.html").read_bytes(), "//main")
    assert sorted(hrefs) == ["%E3%80%80javascript%3Aalert%281%29.html", "plain.html"]
    for href in hrefs:
        assert_link_is_harmless(href)
        assert (out / unquote(href)).is_file()
    for page in out.glob("*.html"):
        for href in page_links(page.read_bytes()):
            assert_link_is_harmless(href)


@pytest.mark.browser
def test_a_real_browser_resolves_every_link_to_an_allowed_place(tmp_path):
    """Chromium's own reading of each link: http(s), mailto, or a file beside the page."""
    from tests.transform.browser_support import find_chromium, quit_chromium, start_chromium
    if find_chromium() is None:
        pytest.skip("headless Chromium not available")
    pages = []
    for i, url in enumerate(HOSTILE_URLS + ["https://example.org/ok", "rel/page.html"]):
        if not xml_chars(url):
            continue  # no TEI can carry it
        path = tmp_path / f"p{i}.html"
        path.write_bytes(write(read(tei_with_licence(url), "x.xml")))
        pages.append(path)
    index = tmp_path / "index.html"
    index.write_bytes(write_index([(p.name, p.name, None) for p in pages]
                                  + [("\u3000javascript:alert(1).html", "x", None)]))
    driver = start_chromium()
    try:
        seen = []
        for path in [index, *pages]:
            driver.get(path.as_uri())
            seen += driver.execute_script(
                "return [...document.querySelectorAll('a[href]')]"
                ".map(a => [a.protocol, a.host, a.getAttribute('href')])")
    finally:
        quit_chromium(driver)
    assert seen
    for protocol, host, href in seen:
        assert protocol in ("http:", "https:", "mailto:") or (protocol == "file:" and not host), href


# --- item 9: reports ------------------------------------------------------------------

HOSTILE_NAMES = [
    "a\nb.xml:1:1: error: forged line.xml",
    "\x1b[2J\x1b[31mred\x1b[0m.xml",
    "ctl\x01\x07\x08.xml",
    "tick`|`pipe *em* [link](javascript:x) <b>.xml",
    "cr\r\nlf.xml",
    "nel\x85ls\u2028ps\u2029vt\x0bff\x0c.xml",
    "csi\x9b31m.xml",
    "rlo\u202etxt.lmx.xml",
    "bad\udcffbyte.xml",
    "comma,colon:percent%.xml",
    "corpus.zip!/member\n\x1b]0;title\x07.xml",
]


def hostile_report() -> Report:
    results = []
    for name in HOSTILE_NAMES:
        results.append(DocumentResult(name, [
            Diagnostic(name, 3, 4, "error", "relaxng", f"bad {name} in\n\x1b[1m <p>"),
            Diagnostic(name, 0, 0, "warning", "x\x01rule", "note"),
        ]))
    results.append(DocumentResult("fine.xml"))
    return Report(results)


_TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def test_text_report_has_one_line_per_diagnostic_and_no_control_characters():
    report = hostile_report()
    out = render("text", report)
    out.encode("utf-8")  # writable as UTF-8 (no lone surrogates)
    lines = out.splitlines()
    assert len(lines) == len(report.diagnostics) + 1
    assert not _TERMINAL_CONTROLS.search(out), ascii(_TERMINAL_CONTROLS.search(out).group())
    assert all(re.match(r".*: (error|warning): ", line) for line in lines[:-1])
    assert lines[-1] == report.summary()


def test_coloured_text_report_has_only_its_own_escape_sequences():
    out = render("text", hostile_report(), color=True)
    ours = re.sub(r"\x1b\[(?:1;3[1236]|1|0)m", "", out)
    assert "\x1b" not in ours and "\x9b" not in ours
    assert len(out.splitlines()) == len(hostile_report().diagnostics) + 1


def test_junit_report_is_well_formed_xml_with_one_testcase_per_file():
    report = hostile_report()
    out = render("junit", report)
    root = etree.fromstring(out.encode("utf-8"))  # lxml: strict XML 1.0
    cases = root.findall(".//testcase")
    assert len(cases) == len(report.results)
    assert not _TERMINAL_CONTROLS.search(out.replace("\n", " "))


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_reports_parse_and_keep_names(fmt):
    report = hostile_report()
    out = render(fmt, report, **({"tool_version": "0"} if fmt == "sarif" else {}))
    data = json.loads(out.encode("utf-8"))  # strictly encodable, then parsed
    if fmt == "json":
        assert [f["path"] for f in data["files"]] == [r.name for r in report.results]
    else:
        uris = [loc["physicalLocation"]["artifactLocation"]["uri"]
                for r in data["runs"][0]["results"] for loc in r["locations"]]
        assert len(uris) == len(report.diagnostics)
        assert all(re.fullmatch(r"[A-Za-z0-9%._~/!-]+", u) for u in uris), uris


def test_github_annotations_are_one_command_per_diagnostic():
    report = hostile_report()
    out = render("github", report)
    lines = out.splitlines()
    assert len(lines) == len(report.diagnostics) + 1 and lines[-1] == report.summary()
    assert not _TERMINAL_CONTROLS.search(out)
    for line in lines[:-1]:
        m = re.fullmatch(r"::(error|warning|notice) ([^:]*)::(.*)", line)
        assert m, line
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        assert set(props) <= {"file", "line", "col", "title"}, line


def test_github_step_summary_table_keeps_its_shape():
    report = hostile_report()
    out = step_summary(report)
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert len(rows) == 2 + len(report.diagnostics)  # header, rule, one row per diagnostic
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == 7, row  # six cells, no extra pipe
        unescaped = re.sub(r"\\.", "", row)
        assert not re.search(r"[`<>*\[\]]", unescaped), row
    assert not _TERMINAL_CONTROLS.search(out)


def _write_hostile_inputs(folder: Path) -> list[str]:
    """Files (and zip members) with hostile names, all invalid so every one is reported."""
    invalid = b'<TEI xmlns="http://www.tei-c.org/ns/1.0"><foo/></TEI>'
    names = ["a\nb.xml:1:1: error: forged.xml", "\x1b[2Jred.xml", "ctl\x01.xml",
             "tick`|pipe.xml", "nel\x85ls\u2028.xml"]
    for name in names:
        (folder / name).write_bytes(invalid)
    with zipfile.ZipFile(folder / "c.zip", "w") as z:
        z.writestr("m\n\x1b[31m\x01.xml", invalid)
    return names


@pytest.mark.parametrize("fmt", FORMATS)
def test_validate_command_on_hostile_file_and_member_names(tmp_path, fmt):
    folder = tmp_path / "in"
    folder.mkdir()
    names = _write_hostile_inputs(folder)
    run = _teikit("validate", str(folder), str(folder / "c.zip"), "--format", fmt, "-q")
    assert run.returncode == 1, run.stderr
    out = run.stdout.decode("utf-8")
    files = len(names) + 1
    if fmt == "text":
        assert len(out.splitlines()) == files and "\x1b" not in out
    elif fmt == "github":
        assert len(out.splitlines()) == files + 1 and "\x1b" not in out
    elif fmt == "junit":
        assert len(etree.fromstring(run.stdout).findall(".//testcase")) == files
    elif fmt == "json":
        paths = [f["path"] for f in json.loads(out)["files"]]
        assert sorted(Path(p).name for p in paths) == sorted([*names, "m\n\x1b[31m\x01.xml"])
    else:
        assert len(json.loads(out)["runs"][0]["results"]) == files


# --- item 10: one parser factory, deep nesting ---------------------------------------

HEADER = ('<teiHeader><fileDesc><titleStmt><title>t</title></titleStmt><publicationStmt><p/>'
          '</publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader>')


def tei(body: str) -> bytes:
    return (f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text><body>{body}'
            '</body></text></TEI>').encode()


def nested(tag: str, n: int, inner: str, attrs: str = "") -> str:
    return f"<{tag}{attrs}>" * n + inner + f"</{tag}>" * n


DEEP = {
    "div-900": tei(nested("div", 900, "<head>deep</head><p>x</p>")),
    "div-2000": tei(nested("div", 2000, "<p>x</p>")),
    "hi-2000-in-p": tei("<p>" + nested("hi", 2000, "x") + "</p>"),
    "hi-2000-in-u": tei('<u who="#a"><seg>' + nested("hi", 2000, "x") + "</seg></u>"),
    "front-div": (f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER}<text><front>'
                  + "<div><front>" * 600 + "<p>x</p>" + "</front></div>" * 600
                  + "</front><body><p>y</p></body></text></TEI>").encode(),
    "teiCorpus-1000": (
        '<teiCorpus xmlns="http://www.tei-c.org/ns/1.0">' + HEADER
        + (f"<teiCorpus>{HEADER}") * 1000 + f"<TEI>{HEADER}<text><body><p>x</p></body></text></TEI>"
        + "</teiCorpus>" * 1001).encode(),
}


@pytest.mark.parametrize("name", DEEP)
@pytest.mark.parametrize("to", ["text", "html"])
def test_deeply_nested_tei_is_rendered(tmp_path, name, to):
    """Nesting the parser accepts (up to 2048 levels) is rendered, not a RecursionError."""
    from teikit.transform_api import transform
    out = transform(DEEP[name], to=to)
    assert "x" in out
    if name == "div-900" and to == "html":
        assert re.search(r"<h6 id=\"h-\d+\">deep</h6>", out)  # headings stop at h6, however deep


def test_nesting_beyond_the_parser_limit_is_a_one_line_error(tmp_path):
    src = tmp_path / "deep.xml"
    src.write_bytes(tei(nested("div", 3000, "<p>x</p>")))
    run = _teikit("transform", str(src))
    err = run.stderr.decode()
    assert run.returncode == 2 and run.stdout == b""
    assert err.startswith(f"teikit: error: {src}:") and "Excessive depth" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_entity_bomb_and_external_entity_fail_fast_in_transform(tmp_path):
    """Internal entities are expanded under libxml2's amplification limit; external ones
    are never loaded. Both are one-line errors naming the file."""
    import time
    lol = ('<!DOCTYPE TEI [<!ENTITY a0 "lol">'
           + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
           + "]>")
    cases = {"bomb.xml": lol.encode() + tei("<p>&a9;</p>"),
             "ext.xml": b'<!DOCTYPE TEI [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + tei("<p>&e;</p>")}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        start = time.monotonic()
        run = _teikit("transform", str(tmp_path / name))
        err = run.stderr.decode()
        assert run.returncode == 2 and err.count("\n") == 1 and "root:" not in err, err
        assert time.monotonic() - start < 10
    (tmp_path / "ok.xml").write_bytes(b'<!DOCTYPE TEI [<!ENTITY x "expanded">]>' + tei("<p>&x;</p>"))
    run = _teikit("transform", str(tmp_path / "ok.xml"))
    assert run.returncode == 0 and b"expanded" in run.stdout


def test_every_xml_parser_in_teikit_comes_from_the_factory():
    """No module builds its own lxml parser or parses with lxml's defaults."""
    root = Path(__file__).resolve().parents[2] / "teikit"
    calls = re.compile(r"etree\.(XMLParser|iterparse|fromstring|parse|XML)\(")
    found = {}
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for m in calls.finditer(text):
            line = text[m.start():text.find("\n", m.start())]
            found.setdefault(str(path.relative_to(root)), []).append(line)
    factory = found.pop("xmlparse.py")
    assert any("XMLParser(" in line for line in factory)
    for module, lines in found.items():
        for line in lines:  # every parse call passes a parser from the factory
            assert "XMLParser(" not in line and "iterparse(" not in line, (module, line)
            assert re.search(r"make_parser\(|_rng_parser\(|, parser", line), (module, line)


def test_factory_settings():
    from teikit.xmlparse import make_parser
    bomb = b'<!DOCTYPE r [<!ENTITY a "' + b"x" * 10_000 + b'">]><r>' + b"&a;" * 100_000 + b"</r>"
    for huge in (False, True):
        with pytest.raises(etree.XMLSyntaxError, match="amplification"):
            etree.fromstring(bomb, make_parser("internal", huge=huge))
        with pytest.raises(etree.XMLSyntaxError, match="depth"):
            etree.fromstring(b"<a>" * 2100 + b"</a>" * 2100, make_parser(huge=huge))
    with pytest.raises(ValueError):
        make_parser(True)  # would let libxml2 load external entities


def test_progress_bar_shows_hostile_names_as_text(monkeypatch):
    """The validate progress bar (rich, on a terminal) shows a name as text: no escape
    sequence from the name reaches the terminal, no rich markup in it is obeyed."""
    import io
    rich_progress = pytest.importorskip("rich.progress")
    from rich.console import Console
    from teikit.commands.validate import _bar
    screen = io.StringIO()
    real = rich_progress.Progress
    monkeypatch.setattr(rich_progress, "Progress", lambda *a, console=None, **k: real(
        *a, console=Console(file=screen, force_terminal=True, width=200), **k))

    class Result:
        name = "evil\x1b]0;pwned\x07[blink]x[/blink]\n.xml"
    assert len(list(_bar(iter([Result()] * 3), 100))) == 3
    out = screen.getvalue()
    assert "[blink]x[/blink]" in out  # shown literally
    assert "\x1b]0;pwned" not in out and "\x1b[5m" not in out and "\x07" not in out


def test_command_errors_escape_hostile_file_names(tmp_path):
    """An error naming a file prints the name on one line, without its control characters:
    a name must not forge lines or send escape sequences to the terminal."""
    import subprocess
    import sys
    bad = tmp_path / "x\nteikit: forged\x1b[31m.txt"
    bad.write_bytes(b"")  # empty transcript: a one-line error naming the file
    run = subprocess.run([sys.executable, "-m", "teikit", "convert", str(bad)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1, run.stderr
    assert "\x1b" not in run.stderr and run.stderr.startswith("teikit: error: ")
    assert "teikit: forged" in run.stderr  # still named, on the same line
