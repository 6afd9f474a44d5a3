"""The corpus converted once per test process. Several modules judge the same outputs
(lossless text, jing's verdict against tei_all, the teikit profile, the round trips of
tests/transform), and converting all of corpus/ takes seconds per flavour, which every
module converting it again paid once more."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def corpus_tei(path: Path, flavour: str = "speech") -> bytes:
    """The TEI `teikit.convert` gives for the corpus transcript at `path` in `flavour`, named
    by its full path as the command line names it (the folder of the name does not change
    the output: test_same_input_gives_byte_identical_output_whatever_the_name_path)."""
    from teikit import convert
    return convert(path.read_bytes(), name=str(path), flavour=flavour).tei
