"""The event's date told by a lead or a transcript notice (D381a): "This is a rush transcript
from "On the Record," September 14, 2009.", "... haben Regierungssprecher ... am 3. Januar 2014
in der Regierungspressekonferenz angetreten." When the header prints no date line, the first
sentence of a lead or note before the first turn that holds one full date and names the
occasion (lexicon `occasions`: a press conference, an interview) or the transcript itself
(`transcript_words`) gives the date. A sentence with two dates (a span, or the day and a day it
speaks about) gives none; a date in a sentence naming neither is a date spoken about.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.headerlines import occasion

# A sentence ends at a stop, then spaces; not the stop of an ordinal day ("am 3. Januar 2014").
# (French typography sets a space inside guillemets: "« Tout arrive ! », du vendredi …" goes on
# after the quoted title's mark, D2127k)
LEAD_SENTENCE_END = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?…。！？](?:[ \u00a0\u202f]?[\"'”’»)])?\s+(?![»”)])|[。！？]")
# A lead's sentences are read this far (a lead, not a whole text pasted as one line).
MAX_LEAD_CHARS = 1500


def told_date(text: str, lex: Lexicon) -> tuple[int, int, str] | None:
    """(start, end, ISO date) of the date a lead's sentence gives the occasion or transcript
    it names, or None."""
    text = text[:MAX_LEAD_CHARS]
    start = 0
    for end in [m.end() for m in LEAD_SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        found = find_date(sentence, lex)
        if found is not None:
            if find_date(sentence[found[1]:], lex) is None and _names_the_event(sentence, lex):
                return start + found[0], start + found[1], found[2]
        start = end
    return None


def _names_the_event(sentence: str, lex: Lexicon) -> bool:
    words = lex.pattern("transcript_words") if lex.transcript_words else None
    return occasion(sentence, lex) is not None or (words is not None and words.search(sentence) is not None)
