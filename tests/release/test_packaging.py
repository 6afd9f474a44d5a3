"""The sdist and the wheel a user or a package index gets: what they contain and say.

Built the way CI builds them (`python -m build --no-isolation`: no download of the build
backend, so it works offline; the backend comes from the test extra)."""
from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

import teikit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    run = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out),
                          str(ROOT)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return {"sdist": next(out.glob("*.tar.gz")), "wheel": next(out.glob("*.whl"))}


def test_wheel_has_the_data_the_code_loads_and_the_schema_licence(dists):
    names = set(zipfile.ZipFile(dists["wheel"]).namelist())
    info = f"teikit-{teikit.__version__}.dist-info"
    for needed in ("teikit/data/tei_all.rng", "teikit/data/teikit.sch",
                   "teikit/data/transform.css", f"{info}/licenses/LICENSE",
                   f"{info}/licenses/schemas/PROVENANCE.md", f"{info}/entry_points.txt"):
        assert needed in names, needed
    assert not any(n.startswith("tests/") or "__pycache__" in n for n in names)


def test_wheel_metadata(dists):
    with zipfile.ZipFile(dists["wheel"]) as whl:
        meta = Parser().parsestr(
            whl.read(f"teikit-{teikit.__version__}.dist-info/METADATA").decode())
        entry = whl.read(f"teikit-{teikit.__version__}.dist-info/entry_points.txt").decode()
    assert meta["Version"] == teikit.__version__
    assert meta["License-Expression"] == "MIT"
    requires = [r.split(";")[0] for r in meta.get_all("Requires-Dist")]
    for dep in ("lxml>=", "typer>=", "rich>=", "charset-normalizer>="):
        assert any(r.startswith(dep) for r in requires), dep
    assert any(c.startswith("Programming Language :: Python :: 3.10")
               for c in meta.get_all("Classifier"))
    assert "teikit = teikit.cli:main" in entry


def test_sdist_has_tests_docs_schemas_and_corpus(dists):
    with tarfile.open(dists["sdist"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ("tests/conftest.py", "tests/docs/test_docs.py", "docs/api.md",
                   "docs/cli.md", "schemas/tei_all.rng", "schemas/PROVENANCE.md",
                   "CHANGELOG.md", "LICENSE", "corpus/seeds/000_70221bf9a1a22547.txt",
                   "teikit/data/tei_all.rng"):
        assert needed in names, needed
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)
