"""Plain-text transcript reader: bytes -> Transcript of unclassified paragraphs.

The reader only decides what a paragraph is; what each paragraph *means* (header line,
label, boilerplate, end line) is decided by the transforms that follow.

Paragraph separators found in pasted transcripts:
- blank lines, including lines holding only spaces, tabs or no-break spaces;
- one paragraph per line, with no blank lines at all (or in a long run of lines).
Within a short run of lines in a text that does use blank lines, a line break is a hard
break inside the paragraph (`<br>` on the web page), kept as `LineBreak`.
"""
from __future__ import annotations

import hashlib

from teikit.model import LineBreak, Paragraph, Source, Text, Transcript
from teikit.readers.decode import clean_controls, decode

# A run of this many lines without a blank line between them is one paragraph per line.
RUN_OF_PARAGRAPH_LINES = 4


def read(data: bytes, name: str = "<input>", lang: str = "en", doc_id: str = "doc") -> Transcript:
    text, encoding = decode(data, name)
    doc = Transcript(id=doc_id, lang=lang)
    doc.source = Source(name=name.rsplit("/", 1)[-1], sha256=hashlib.sha256(data).hexdigest(),
                        encoding=encoding)
    if encoding not in ("utf-8", "utf-8-sig", "utf-16"):
        doc.warn(f"not UTF-8; decoded as {encoding}")
    text, bad = clean_controls(text)
    if bad:
        doc.warn(f"{bad} control character(s) that XML cannot hold replaced by U+FFFD")
    doc.blocks.extend(paragraphs(text))
    return doc


def paragraphs(text: str) -> list[Paragraph]:
    """Split text into paragraphs, each remembering its first source line."""
    lines = text.splitlines()  # LF, CRLF, CR and the other Unicode line separators
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    runs = _runs(lines)
    one_per_line = len(runs) == 1
    out: list[Paragraph] = []
    for start, run in runs:
        if one_per_line or len(run) >= RUN_OF_PARAGRAPH_LINES:
            out.extend(_paragraph(start + i, [line]) for i, line in enumerate(run))
        else:
            out.append(_paragraph(start, run))
    return out


def _runs(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Runs of consecutive non-blank lines as (first line number, lines)."""
    runs: list[tuple[int, list[str]]] = []
    current: list[str] = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            if not current:
                runs.append((number, current))
            current.append(line)
        else:
            current = []
    return runs


def _paragraph(line: int, lines: list[str]) -> Paragraph:
    content: list = []
    for i, raw in enumerate(lines):
        if i:
            content.append(LineBreak())
        content.append(Text(raw.strip()))
    return Paragraph(content=content, line=line, indent=len(lines[0]) - len(lines[0].lstrip()))
