"""The documents a corpus root includes (`teiCorpus` with `xi:include href="…"`).

ParlaMint and Parla-CLARIN corpora keep each session in its own file and list them in the
root with XInclude. `teikit transform` renders those files, but only ones inside the
root's own folder: an `href` that is absolute, has a scheme (`http:`, `file:`), climbs out
with `..` or names a missing file is reported, never followed. The files are then read like
any other input (through the one safe parser)."""
from __future__ import annotations

from pathlib import Path

from teikit.readers.tei import parse

XI_NS = "http://www.w3.org/2001/XInclude"


def included_files(data: bytes, source) -> tuple[list, list[str]]:
    """(InputFiles to render, one-line messages about includes that are not followed)."""
    from teikit.files import InputFile
    root = parse(data, source.name)
    hrefs = [el.get("href") for el in root.iter(f"{{{XI_NS}}}include")]
    if not hrefs:
        return [], []
    if source.path == "-":  # no folder to resolve them in
        return [], [f"{source.name}: {len(hrefs)} xi:include(s) not rendered: standard input "
                    "has no folder (give the corpus root as a file)"]
    folder = Path(source.path).resolve().parent
    files, problems = [], []
    for href in hrefs:
        reason = _refused(href)
        target = None if reason else (folder / href).resolve()
        if target is not None and folder not in target.parents:
            reason = "outside the corpus folder"
        elif target is not None and not target.is_file():
            reason = "not found"
        if reason:
            problems.append(f"{source.name}: xi:include {href!r} not rendered: {reason}")
            continue
        files.append(InputFile(str(target), str(target.relative_to(folder)), target.stem))
    return files, problems


def _refused(href: str | None) -> str | None:
    if not href:
        return "no href"
    if ":" in href.split("/", 1)[0] or href.startswith(("/", "\\")):
        return "not a relative path inside the corpus folder"
    if any(part == ".." for part in href.replace("\\", "/").split("/")):
        return "outside the corpus folder"
    return None
