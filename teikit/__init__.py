"""teikit: convert plain-text transcripts to TEI P5, validate TEI, transform TEI to text/HTML.

    import teikit
    result = teikit.convert(open("briefing.txt", "rb").read(), name="briefing.txt")
    report = teikit.validate_files(["out/"], profile="teikit")
    html = teikit.transform(result.tei, to="html")

The public API is imported lazily so that `import teikit` (and `teikit --help`) stays fast.
`teikit.validate` is the validation package; its one-call entry point is `validate_files`.
"""
from __future__ import annotations

__version__ = "0.2.0"

# public name -> (module, attribute)
_API = {
    "convert": ("teikit.convert_api", "convert"),
    "ConvertOptions": ("teikit.convert_api", "ConvertOptions"),
    "ConvertResult": ("teikit.convert_api", "ConvertResult"),
    "read_transcript": ("teikit.convert_api", "read_transcript"),
    "convert_documents": ("teikit.batch_api", "convert_documents"),
    "validate_files": ("teikit.validate_api", "validate"),
    "ValidateOptions": ("teikit.validate", "ValidateOptions"),
    "Report": ("teikit.validate_api", "Report"),
    "transform": ("teikit.transform_api", "transform"),
    "TransformOptions": ("teikit.transform_api", "TransformOptions"),
    "transform_documents": ("teikit.batch_api", "transform_documents"),
    "Diagnostic": ("teikit.diagnostics", "Diagnostic"),
    "TeikitError": ("teikit.errors", "TeikitError"),
}

__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from importlib import import_module
        module, attribute = _API[name]
        return getattr(import_module(module), attribute)
    raise AttributeError(f"module 'teikit' has no attribute {name!r}")
