"""Output formats for validation reports: one module per format, each with
`render(report, ...) -> str`. Modules are imported only when their format is used."""
from __future__ import annotations

import importlib

FORMATS = ("text", "json", "junit", "github", "sarif")


def render(fmt: str, report, **options) -> str:
    """Render `report` (a `teikit.validate.api.Report`) in format `fmt`."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown report format {fmt!r} (choose from {', '.join(FORMATS)})")
    return importlib.import_module(f"teikit.reporters.{fmt}").render(report, **options)


def split_archive_path(path: str) -> tuple[str, str | None]:
    """("corpus.zip", "a/b.xml") for "corpus.zip!/a/b.xml"; (path, None) for a plain file.
    CI annotations must point at a file in the repository: the archive, not its member."""
    if "!/" in path:
        outer, member = path.split("!/", 1)
        return outer, member
    return path, None
