"""Readers turn input bytes into a `Transcript`. A registry: name -> "module:function"."""
from __future__ import annotations

from typing import Callable

from teikit.lazy import resolve

READERS: dict[str, str] = {
    "plaintext": "teikit.readers.plaintext:read",
    "tei": "teikit.readers.tei:read",
    "subtitles": "teikit.readers.subtitles:read",  # WebVTT and SRT, detected by content
    "html": "teikit.readers.html:read",  # web-page sources: .html, .htm, .php (R980e)
    "chat": "teikit.readers.chat:read",  # CHAT (TalkBank, CHILDES), detected by content (R1840j)
}
# What `convert` may be told it reads (`--from`): "auto" (by content and file name), "text"
# (plain text or, detected by content, WebVTT/SRT: never HTML) or "html".
INPUT_FORMATS = ("auto", "text", "html")


def get_reader(name: str) -> Callable:
    return resolve(READERS, name, "reader")


def choose_reader(data: bytes, name: str = "", wanted: str = "auto") -> str:
    """The reader for a transcript's bytes: subtitles (WebVTT, SRT) and CHAT by content, then
    a web page by file name or content (`html.is_page`), plain text otherwise; `wanted` "text"
    never reads HTML, "html" always does."""
    if wanted not in INPUT_FORMATS:
        raise ValueError(f"unknown input format {wanted!r}; known: {', '.join(INPUT_FORMATS)}")
    if wanted == "html":
        return "html"
    from teikit.readers.subtitles import detect
    if detect(data):
        return "subtitles"
    if data[:1] in b"@\xef":  # (cheap test first: a CHAT file opens with its `@UTF8` header)
        from teikit.readers.chat import detect as is_chat
        if is_chat(data):
            return "chat"
    if wanted == "auto":
        from teikit.readers.html import is_page
        if is_page(data, name):
            return "html"
    return "plaintext"
