"""The one check that `teikit transform --mode source` gives back a converted input."""
from __future__ import annotations

import re


def assert_same_source(data: bytes, source: str) -> None:
    """The source view of a converted transcript is its input, whitespace squashed. A
    caption file glues its tags to the words ("<v Ann>Hello"), and the source view gives
    each piece of markup a line of its own, so there only the characters are compared."""
    from teikit.readers.subtitles import detect
    original = data.decode("utf-8-sig", errors="replace")
    if detect(data):
        assert re.sub(r"\s+", "", source) == re.sub(r"\s+", "", original)
    else:
        assert re.sub(r"\s+", " ", source).strip() == re.sub(r"\s+", " ", original).strip()
