"""Word tests of the run-on splitting (`helpers.runon`): who a label inside a run-on line
names, and whether speech follows it."""
from __future__ import annotations

from teikit.lexicons import Lexicon


def speaker_word(name: str) -> str:
    """The speaker a run-on label names, as its last word: labels change form in one text
    ("JAMES COLLINS:", then "MR. COLLINS:"), so a dialogue is counted by this word."""
    words = name.rstrip(":.-\u00a0 ").split()
    return words[-1].strip(".").upper() if words else ""


def speech_after(text: str, end: int) -> bool:
    """Mixed-case words after a label printed once ("MARC DE BRICHAMBAUT: In Europe."), not a
    title in capitals ("THE OSCE: ACHIEVEMENTS AND PROSPECTS")."""
    words = text[end:end + 40].split(None, 1)
    word = words[0].strip("\"“(") if words else ""
    return len(word) < 2 or not word.isupper()


def titled_speaker(name: str, lex: Lexicon) -> bool:
    """ "MR. GINGOLD:", "MS. LEE:": a label in capitals of an honorific (not an article) and a
    surname, as court and hearing records print counsel and witnesses, each often once in an
    excerpt (T901d)."""
    words = name.rstrip(":.-\u00a0 ").split()
    if not 2 <= len(words) <= 3 or not all(w.isupper() for w in words):
        return False
    title = words[0].rstrip(".").lower()
    return title not in lex.articles and (title in lex.honorifics or f"{title}." in lex.honorifics)
