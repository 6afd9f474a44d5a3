"""The one check that `teikit transform --mode source` gives back a converted input."""
from __future__ import annotations

import re


def assert_same_source(data: bytes, source: str) -> None:
    """The source view of a converted transcript (plain text or a caption file) is its
    input, whitespace squashed: every character in order, and a space where the input
    prints whitespace, none where it prints none. U+001C-U+001F are characters here, not
    whitespace (as they are to `\\s`): kept as TEI `g`, they must come back as they were."""
    original = data.decode("utf-8-sig", errors="replace")
    assert _squashed(source) == _squashed(original)


def _squashed(text: str) -> str:
    return re.sub(r"[^\S\x1c-\x1f]+", " ", text).strip(" ")
