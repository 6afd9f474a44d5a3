"""The one check that `teikit transform --mode source` gives back a converted input."""
from __future__ import annotations

import re


def assert_same_source(data: bytes, source: str) -> None:
    """The source view of a converted transcript (plain text or a caption file) is its
    input, whitespace squashed: every character in order, and a space where the input
    prints whitespace, none where it prints none."""
    original = data.decode("utf-8-sig", errors="replace")
    assert re.sub(r"\s+", " ", source).strip() == re.sub(r"\s+", " ", original).strip()
