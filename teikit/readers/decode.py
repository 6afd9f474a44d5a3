"""Bytes -> text for transcripts pasted from web pages.

UTF-8 (with or without BOM), UTF-32 and UTF-16 with BOM are taken as they are; anything
else that is not valid UTF-8 is decoded line by line: lines that are valid UTF-8 stay UTF-8
(a transcript pasted together from several sources often mixes them), the others are
decoded as cp1252 (a superset of Latin-1 for printable text, and what Windows editors save)
unless charset-normalizer is confident of another encoding. The caller is told which
encoding was used ("utf-8+cp1252" for a mix) so it can warn. Files that are clearly not
transcripts (empty, binary, XML) are refused with a one-line reason.
"""
from __future__ import annotations

import codecs
import re

from teikit.errors import TeikitError
from teikit.model.nonxml import NON_XML, count, hold

_XML_START = re.compile(r"\A\s*(<\?xml\b|<!DOCTYPE\b|<TEI\b|<teiCorpus\b|<[A-Za-z][\w.-]*:?[\w.-]*\s+xmlns)")


def utf8_lines(data: bytes, name: str) -> list[str] | None:
    """The lines of a plain UTF-8 file, each decoded on its own, as `decode(data)[0]
    .splitlines()` would give them; None when the file needs `decode` (a BOM, bytes that
    are not UTF-8, an empty file, control characters XML cannot hold, or line breaks other
    than LF, CR and CRLF, which `str.splitlines` also splits at and the reader reports).

    A large transcript is so never one string: one string of the whole text takes up to
    four bytes a character (one emoji widens all of it), and a block that size rarely
    fits into the memory an earlier conversion freed, so each conversion grew the process.
    The bytes are decoded a slice at a time, cut after a line feed (never inside a
    character or a CRLF)."""
    if not data or data.isspace() or data.startswith(_BOM_STARTS):
        return None
    lines: list[str] = []
    start = 0
    while start < len(data):
        cut = data.find(b"\n", start + _SLICE)
        end = len(data) if cut < 0 else cut + 1
        piece = data[start:end]
        if piece.translate(None, _NOT_BLOCKING):
            return None
        try:
            text = piece.decode("utf-8")
        except UnicodeDecodeError:
            return None
        if any(c in text for c in _BLOCKING_CHARACTERS):
            return None
        lines.extend(text.splitlines())
        start = end
    if _XML_START.match(_head(lines)):
        raise _looks_like_xml(name)
    return lines


_SLICE = 1 << 16
# C0 controls other than tab, LF and CR: those XML cannot hold (NUL included, so a binary
# file gets decode's message), VT, FF and the information separators (line breaks to
# str.splitlines); `translate` deletes every other byte.
_NOT_BLOCKING = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\r")
# NEL, LINE and PARAGRAPH SEPARATOR (line breaks), U+FFFE and U+FFFF (not XML).
_BLOCKING_CHARACTERS = "\x85\u2028\u2029\ufffe\uffff"


def _looks_like_xml(name: str) -> TeikitError:
    return TeikitError(f"{name}: looks like XML; did you mean `teikit validate`?")


def _head(lines: list[str]) -> str:
    """The lines `_XML_START` can look at: through the second line with words (the pattern
    reads blank space, one tag and the space after it); line ends are spaces to it alike."""
    seen = 0
    for n, line in enumerate(lines):
        if line and not line.isspace():
            seen += 1
            if seen == 2:
                return "\n".join(lines[:n + 1])
    return "\n".join(lines)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding name). Raise TeikitError for input that is not a transcript."""
    text, encoding = decode_text(data, name)
    if _XML_START.match(text):
        raise _looks_like_xml(name)
    return text, encoding


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding name) of any text file (a web page's source too: XML-like text is
    the HTML reader's to judge); TeikitError for an empty, binary or undecodable file."""
    if not data.strip():
        raise TeikitError(f"{name}: empty file: nothing to convert")
    return _decode_bytes(data, name)


def refuse_xml(text: str, name: str) -> None:
    """The plain-text reader's refusal of XML (a TEI file given to convert), for readers
    that decide themselves which XML-like text they read."""
    if _XML_START.match(text):
        raise _looks_like_xml(name)


# UTF-32 first: its little-endian BOM begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
         (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"))
UNICODE_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-32")
_BOM_STARTS = tuple(bom for bom, _, _ in _BOMS)


def _decode_bytes(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec, name), label
    if b"\x00" in data[:65536]:
        raise TeikitError(f"{name}: looks like a binary file (NUL bytes), not a text transcript")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.splitlines(keepends=True)
    legacy = [i for i, line in enumerate(lines) if not _is_utf8(line)]
    encoding = _guess_legacy(b"".join(lines[i] for i in legacy))
    mixed = any(not lines[i].isascii() for i in set(range(len(lines))) - set(legacy))
    try:
        legacy_set = set(legacy)
        text = "".join(line.decode(encoding) if i in legacy_set else line.decode("utf-8")
                       for i, line in enumerate(lines))
    except (UnicodeDecodeError, LookupError):
        raise TeikitError(f"{name}: cannot decode: not UTF-8, UTF-16 or {encoding}") from None
    return text, f"utf-8+{encoding}" if mixed else encoding


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TeikitError(f"{name}: invalid {encoding} at byte {exc.start}") from None


def _guess_legacy(data: bytes) -> str:
    """cp1252 for Western text (Latin-1 where cp1252 has holes); charset-normalizer's guess
    only when cp1252 would give mostly non-ASCII letters, i.e. another script."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _mostly_ascii_letters(text):
        return "cp1252"
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:200_000]).best()
    except ImportError:  # optional at run time
        best = None
    if best is not None and best.encoding not in ("ascii", "utf_8"):
        return best.encoding
    return "cp1252" if text is not None else "latin-1"


def _mostly_ascii_letters(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c.isascii() for c in letters) / len(letters) > 0.7


def kept_warning(count: int) -> str:
    return f"{count} control character(s) that XML cannot hold kept as TEI g (declared in charDecl)"


def hold_controls(text: str, met: dict[str, str], controls: bytes | None = None) -> tuple[str, int]:
    """`text` with a stand-in for each character XML cannot hold (`model.nonxml.hold`: the
    converter keeps them, `restore` puts them back after its passes), and how many there are;
    those met are added to `met` (`Source.non_xml`).

    `controls`: the C0 controls of the UTF-8 bytes `text` was decoded from (`c0_controls`),
    when known: finding them so is far faster than scanning the text with a pattern."""
    if controls is not None:
        if not controls.translate(None, _XML_CONTROLS) and "\ufffe" not in text \
                and "\uffff" not in text:
            return text, 0
    elif NON_XML.search(text) is None:  # the common case: one scan, no copy
        return text, 0
    return hold(text, met), count(text)


_NOT_C0 = bytes(range(0x20, 0x100))
_XML_CONTROLS = b"\t\n\v\f\r"  # controls XML holds (VT and FF are read as line breaks)


def may_hold_non_xml(data: bytes) -> bool:
    """Whether bytes may decode to characters XML cannot hold (in UTF-8: a C0 control other
    than TAB, LF, VT, FF and CR, or U+FFFE or U+FFFF; bytes of another encoding may)."""
    return bool(c0_controls(data).translate(None, _XML_CONTROLS)) \
        or b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data


def c0_controls(utf8: bytes) -> bytes:
    """The C0 control characters of UTF-8 (or ASCII) bytes, in order (one fast C pass)."""
    return utf8.translate(None, _NOT_C0)
