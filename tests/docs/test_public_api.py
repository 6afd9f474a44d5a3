"""The public API is listed in one place (`teikit.__all__`) and documented in docs/api.md."""
from __future__ import annotations

import re
from pathlib import Path

import teikit

API_PAGE = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_the_api_table_lists_exactly_teikit_all():
    text = API_PAGE.read_text(encoding="utf-8")
    table = text.split("## The public API", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `teikit\.(\w+)", table, re.M))
    assert documented == set(teikit.__all__)


def test_every_public_name_resolves():
    for name in teikit.__all__:
        assert getattr(teikit, name) is not None, name
