"""teikit: convert plain-text transcripts to TEI P5, validate TEI, transform TEI to text/HTML.

The public API is imported lazily so that `import teikit` (and `teikit --help`) stays fast.
"""
from __future__ import annotations

__version__ = "0.1.0"

_API = {
    "convert": "teikit.pipeline",
    "ConvertOptions": "teikit.pipeline",
    "ConvertResult": "teikit.pipeline",
    "read_transcript": "teikit.pipeline",
    "TeikitError": "teikit.errors",
    "Diagnostic": "teikit.diagnostics",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from importlib import import_module
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'teikit' has no attribute {name!r}")
