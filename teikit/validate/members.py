"""What the sources of documents share: the size limits, rejected inputs, and how an href
or an archive member name is judged (used by `sources.py` for files and zip archives and by
`tarsource.py` for tar archives)."""
from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import Union
from urllib.parse import unquote

from teikit.diagnostics import Diagnostic
from teikit.validate import Document

MiB = 1 << 20
CHUNK = 1 * MiB  # archive members are inflated this much at a time
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class SourceLimits:
    """How much one input may inflate to. Sizes are checked against what the headers declare
    before anything is decompressed, and zip members can never yield more than they declare."""
    max_member_size: int = 512 * MiB   # one document (file, stdin or archive member)
    max_total_size: int = 2048 * MiB   # everything read from one archive
    max_ratio: int = 200               # uncompressed / compressed size (zip: per member,
    ratio_floor: int = 1 * MiB         # tar: so far) ... only above this many bytes
    max_header: int = 1 * MiB          # tar: one pax or GNU long-name header


@dataclass(frozen=True)
class Rejected:
    """An input (or archive member) that was not validated, and why."""
    name: str
    diagnostic: Diagnostic


Source = Union[Document, Rejected]


def reject(name: str, message: str, rule: str = "archive") -> Rejected:
    return Rejected(name, Diagnostic(name, 0, 0, "error", rule, message))


def href_path(href: str) -> str | None:
    """The relative path an XInclude href names, or None for a URL or an absolute path:
    those are never followed (no network, nothing outside the folder or archive)."""
    if not href or _URL_SCHEME.match(href) or href.startswith(("/", "\\")):
        return None
    path = unquote(href.split("#", 1)[0]).replace("\\", "/")
    return path or None


def member_target(member: str, href: str) -> str | None:
    """The archive member an href in `member` points to, if it stays inside the archive."""
    rel = href_path(href)
    if rel is None:
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(member), rel))
    return None if target == ".." or target.startswith("../") else target


def unsafe_member_name(name: str) -> str | None:
    """Why a member name could write outside an extraction folder, or None if it is safe.
    teikit extracts nothing, but such names mark a hostile archive and are reported."""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "absolute path"
    if ".." in name.replace("\\", "/").split("/"):
        return "path with '..' escapes the archive"
    return None


def size_problem(size: int, compressed: int | None, total: int, limits: SourceLimits) -> str | None:
    """Why a member of `size` bytes (declared) may not be read, given `total` read so far."""
    if size > limits.max_member_size:
        return (f"member declares {size_text(size)}, more than the "
                f"{size_text(limits.max_member_size)} limit (possible zip bomb)")
    if compressed is not None and size > limits.ratio_floor \
            and size > limits.max_ratio * max(compressed, 1):
        return (f"compression ratio {size // max(compressed, 1)}:1 exceeds "
                f"{limits.max_ratio}:1 (possible zip bomb)")
    return total_problem(size, total, limits)


def total_problem(size: int, total: int, limits: SourceLimits) -> str | None:
    if total + size > limits.max_total_size:
        return f"archive inflates to more than {size_text(limits.max_total_size)} (possible zip bomb)"
    return None


def size_text(n: int) -> str:
    return f"{n / MiB:.0f} MiB" if n >= MiB else f"{n} bytes"


def member_name(archive: str, member: str) -> str:
    return f"{archive}!/{member}"
