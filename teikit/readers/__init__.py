"""Readers turn input bytes into a `Transcript`. A registry: name -> "module:function"."""
from __future__ import annotations

from typing import Callable

from teikit.lazy import resolve

READERS: dict[str, str] = {
    "plaintext": "teikit.readers.plaintext:read",
    "tei": "teikit.readers.tei:read",
    "subtitles": "teikit.readers.subtitles:read",  # WebVTT and SRT, detected by content
}


def get_reader(name: str) -> Callable:
    return resolve(READERS, name, "reader")
