"""Diarization ids of speech-recognition exports, read with the lexicon's `voice_words`:

- an id and a recording time before the speech on one line, no separator: "Voz 0889 00:02
  en Canarias", "Speaker 2 01:27 so where were we" (radio stations, transcription tools);
  the time is kept apart from the speech (`voiced`);
- a voice word, a colon and the id alone on a line, the speech on the lines below:
  "Speaker : spk3", "Speaker: 2", "Sprecher: B" (council-meeting transcription services;
  `voice_line`): the whole line is the label, never a label "Speaker" over the speech "spk3".
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon

_TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"


@lru_cache(maxsize=None)
def _pattern(lex: Lexicon) -> re.Pattern | None:
    words = lex.alternation("voice_words") if lex.voice_words else ""
    return re.compile(rf"((?:{words})[ _]?\d{{1,4}})[ \t\u00a0]+([\[(]?{_TS}[\])]?)[ \t\u00a0]+(?=\S)",
                      re.IGNORECASE) if words else None


@lru_cache(maxsize=None)
def _first_letters(lex: Lexicon) -> frozenset:
    return frozenset(w[:1].lower() for entry in lex.voice_words for w in entry.split("|") if w)


def voiced(line: str, lex: Lexicon) -> tuple[int, str, str] | None:
    """(end of the id and time, the id, the time) when `line` opens so."""
    # the time's colon comes early, and the id opens with a voice word's first letter: most
    # lines (label lines too) are ruled out here, before any pattern
    if ":" not in line[:24] or line[:1].lower() not in _first_letters(lex):
        return None
    pattern = _pattern(lex)
    m = pattern.match(line) if pattern is not None else None
    return (m.end(), m.group(1), m.group(2)) if m else None


@lru_cache(maxsize=None)
def _line_pattern(lex: Lexicon) -> re.Pattern | None:
    words = lex.alternation("voice_words") if lex.voice_words else ""
    return re.compile(rf"(?:{words})[ \u00a0]?[:：][ \u00a0]*((?:{words})?[ _]?\d{{1,3}}|[A-Z])[ \t\u00a0]*",
                      re.IGNORECASE) if words else None


def voice_line(line: str, lex: Lexicon) -> str | None:
    """The id when `line` is a voice word, a colon and a diarization id, nothing else."""
    if len(line) > 32 or line[:1].lower() not in _first_letters(lex):
        return None
    pattern = _line_pattern(lex)
    m = pattern.fullmatch(line) if pattern is not None else None
    return m.group(1) if m else None
