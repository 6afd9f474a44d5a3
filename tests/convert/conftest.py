from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "corpus").glob("*/*.txt"))
DATA = ROOT / "tests" / "data" / "convert"


@pytest.fixture(scope="session")
def validate_tei():
    """Validate TEI bytes against tei_all (and optionally the teikit profile) with teikit's
    validator; the schema is compiled once per test session by the engine's cache."""
    from teikit.validate import Document, ValidateOptions, validate_documents

    def check(named: dict[str, bytes], profile: str | None = None) -> dict[str, list]:
        docs = [Document(name=n, data=d) for n, d in named.items()]
        return {name: [str(d) for d in diags if d.severity == "error"]
                for name, diags in validate_documents(docs, ValidateOptions(profile=profile))}
    return check
