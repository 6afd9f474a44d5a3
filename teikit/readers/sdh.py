"""Speakers as captions for the deaf and hard of hearing (SDH) print them inside a cue (L1400i).

Closed captions and SDH subtitles name a speaker the viewer cannot see by a name in square or
round brackets before the words (`[JOHN] Where were you?`, `(MARIA) At home.`, `[Mike] Hey.`),
and print two speakers sharing one cue on dash lines:

    00:00:05,300 --> 00:00:08,000
    - You said you'd call.
    - My phone was dead.

Each dash line is a turn of its own (unnamed unless a label follows the dash), with the cue's
timing. A bracketed prefix is a speaker when it is shaped as a name (one to three capitalised
words) and names no sound: every language's event words are asked (`[LAUGHS]`, `(RIRES)`,
`[MUSIC]` are events, whatever the language of the file, which is not known yet when a file is
read), and a language (`[SPANISH]`) is a note on the speech. A bracketed name of two or three
words must open speech twice in the file, as a sound described in capitals
(`[DOOR SLAMS] Where were you?`) has the same shape once.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# A dash that opens a dialogue line: a hyphen, en or em dash and a space (or the words glued to
# it: "-Where were you?").
_DIALOGUE_DASH = re.compile(r"^\s*([-–—])[ \t]*(?=\S)")
_NAME_WORD = r"[^\W\d_][\w.'’-]*"
# "[JOHN] ", "(MARIA) ", "[Dr. Ruth] ": a name in brackets, then the words (never a colon, which
# the printed-label prefix reads).
BRACKET_PREFIX = re.compile(rf"^(\[{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}\]|\({_NAME_WORD}(?: {_NAME_WORD}){{0,2}}\))[ \t]+(?=[^\s:])")
MIN_REPEATS_OF_LONGER_NAMES = 2


def dialogue_dashes(payload: list[str]) -> set[int]:
    """Indexes of a cue's lines that open a speaker's part with a dash: every dashed line when
    two lines or more are dashed, and a dashed line after the first (the first speaker's line
    printed without one, as some captioners do)."""
    dashed = [i for i, line in enumerate(payload) if _DIALOGUE_DASH.match(line)]
    if len(dashed) >= 2:
        return set(dashed)
    return {i for i in dashed if i > 0}


def dash_marker(line: str) -> re.Match | None:
    return _DIALOGUE_DASH.match(line)


def speaker_brackets(payloads: list[list[str]]) -> frozenset[str]:
    """The bracketed prefixes of a file's cues that name speakers (as printed, brackets kept)."""
    counts: Counter = Counter()
    for payload in payloads:
        for line in payload:
            dash = _DIALOGUE_DASH.match(line)
            prefix = BRACKET_PREFIX.match(line[dash.end():] if dash else line.lstrip())
            if prefix:
                counts[prefix.group(1)] += 1
    return frozenset(marker for marker, count in counts.items()
                     if _name_shaped(marker) and (len(marker.split()) == 1 or count >= MIN_REPEATS_OF_LONGER_NAMES)
                     and not _sound_or_language(marker))


def _name_shaped(marker: str) -> bool:
    """Every word capitalised: `[JOHN]`, `[Mike]`, `(MARY JANE)`; `[door slams]` is a description."""
    return all(word[:1].isupper() for word in marker[1:-1].split())


@lru_cache(maxsize=1024)
def _sound_or_language(marker: str) -> bool:
    from teikit.lexicons import LANGUAGES, load
    from teikit.model import Note
    from teikit.transforms.events import classify
    words = marker[1:-1].lower().split()
    for lang in LANGUAGES:
        lex = load(lang)
        found = classify(marker, lex)  # an event, or an editor's note other than supplied words
        if found is not None and not (isinstance(found, Note) and found.type == "supplied") \
                or any(w in lex.language_names for w in words):
            return True
    return False
