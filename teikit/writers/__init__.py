"""Writers turn a `Transcript` into output bytes. A registry: name -> "module:function".

Each writer is `write(transcript) -> bytes`; the text writer also takes the
`TransformOptions` (mode, width) as `options`. See `teikit.lazy` for why the entries are
import paths.
"""
from __future__ import annotations

from typing import Callable

from teikit.lazy import resolve

WRITERS: dict[str, str] = {
    "tei": "teikit.writers.tei:write",          # u/seg, Parla-CLARIN style (default)
    "drama": "teikit.writers.tei:write_drama",  # sp/speaker/p/stage, DraCor style
    "iso": "teikit.writers.iso:write",          # ISO/TEI spoken (ISO 24624), annotationBlock
    "text": "teikit.writers.text:write",
    "html": "teikit.writers.html:write",
    "json": "teikit.writers.json_model:write",
    # corpus-linguistics formats (docs/exchange.md)
    "tsv": "teikit.writers.tsv:write",
    "vert": "teikit.writers.vert:write",
    "conllu": "teikit.writers.conllu:write",
}


def get_writer(name: str) -> Callable:
    return resolve(WRITERS, name, "writer")
