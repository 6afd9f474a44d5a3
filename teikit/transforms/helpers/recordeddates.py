"""The day the lead says the occasion took place (D1034f): "The podcast was published on August
20, 2017.", "Das Interview wurde ... am 20. Januar 2019 in Berlin Schöneberg geführt." A page's
own date (a front matter's `date:`, the day the transcript was posted) is not the day of the
interview; a sentence before the speech that names the occasion (lexicon `occasions`), says
it was recorded, held or aired (`recorded_verbs`) and holds one full date gives the event's
day, and the place after it ("in Berlin Schöneberg") when the header names none. A sentence
about the transcript itself (`transcript_words`) gives nothing.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.model import HeaderLine, Paragraph, Transcript, Turn
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.headerlines import occasion
from teikit.transforms.helpers.leaddates import LEAD_SENTENCE_END

# The lead is read this far: its lines joined, then the first paragraphs of the first turns.
MAX_LEAD_CHARS = 4000
MAX_TURNS = 3
# Header lines that may tell of the occasion: the lead, notes, lines no rule claimed.
_LEAD_KINDS = (K.SUMMARY, K.NOTE, K.UNKNOWN, K.SUBTITLE)
# Capitalised words after the place preposition, up to four: "in Berlin Schöneberg".
_PLACE = r"\s+(?:{preps})\s+((?:[^\W\d_a-zа-яё]\w*[-’']?\w*)(?:\s+[^\W\d_a-zа-яё]\w*[-’']?\w*){{0,3}})"


def recorded_date(doc: Transcript, lex: Lexicon) -> tuple[str, str, str | None] | None:
    """(date as printed, ISO date, place or None) of the lead's sentence on when the occasion
    took place; None when no sentence tells it."""
    if not lex.recorded_verbs:
        return None
    verbs = lex.pattern("recorded_verbs")
    about_transcript = lex.pattern("transcript_words") if lex.transcript_words else None
    text = _lead_text(doc)
    start = 0
    for end in [m.end() for m in LEAD_SENTENCE_END.finditer(text)] + [len(text)]:
        sentence, start = text[start:end], end
        found = verbs.search(sentence) and find_date(sentence, lex)
        if not found or find_date(sentence[found[1]:], lex) is not None or occasion(sentence, lex) is None \
                or (about_transcript is not None and about_transcript.search(sentence)):
            continue
        place = _place_after(sentence, found[1], lex) or _meeting_place(sentence[found[1]:], verbs, lex)
        return sentence[found[0]:found[1]], found[2], place
    return None


# A place named right after the verb's words ("took place in Augsburg."): this far.
MEETING_PLACE_REACH = 40


def _meeting_place(rest: str, verbs: re.Pattern, lex: Lexicon) -> str | None:
    """After the date, a sentence telling where the occasion took place (D1139g): "Am Sonntag,
    08.02.2009 … hatte ich eine Verabredung …. Unser Treffen fand im Übungsraum der Band in der
    alten Kaserne in Augsburg statt": the last capitalised words after a place preposition
    inside the verb's words (`recorded_verbs`) or right after them: Augsburg."""
    if not lex.place_prepositions:
        return None
    preps = "|".join(sorted(map(re.escape, lex.place_prepositions)))
    for verb in verbs.finditer(rest):
        span = rest[verb.start():verb.end() + MEETING_PLACE_REACH]
        places = [m.group(1) for m in re.finditer(_PLACE.format(preps=preps), span)]
        if places:
            return places[-1]
    return None


def _lead_text(doc: Transcript) -> str:
    """The lead's lines and the first turns' opening paragraphs, joined, at most MAX_LEAD_CHARS."""
    parts: list[str] = []
    size = turns = 0
    for block in doc.blocks:
        if isinstance(block, HeaderLine) and block.kind in _LEAD_KINDS:
            parts.append(block.text)
        elif isinstance(block, Turn):
            turns += 1
            parts.extend(p.text for p in block.paragraphs[:2] if isinstance(p, Paragraph))
        size += len(parts[-1]) if parts else 0
        if size >= MAX_LEAD_CHARS or turns >= MAX_TURNS:
            break
    return " ".join(parts)[:MAX_LEAD_CHARS]


def _place_after(sentence: str, at: int, lex: Lexicon) -> str | None:
    """The capitalised words after a place preposition right after the date ("in Berlin")."""
    if not lex.place_prepositions:
        return None
    preps = "|".join(sorted(map(re.escape, lex.place_prepositions)))
    m = re.compile(_PLACE.format(preps=preps)).match(sentence, at)
    return m.group(1) if m else None
