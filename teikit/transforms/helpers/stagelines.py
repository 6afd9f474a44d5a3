"""Stage directions printed without brackets: a record's stage line ("VORS. DETJEN eröffnet
die Pressekonferenz ..."), a procedural line of the sitting, what happens in the room by the
lexicon's `stage_openers`, a heckle note ("Members interjecting:"), a video script's scene
lines. Before the first turn they are header lines (`leadlines.lead_kind`); inside a turn,
events or stage notes (`mark_stage_paragraphs`)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Event, StageNote, Text
from teikit.transforms.helpers.tagged import tagged_label_line

# An upper-case person at the start of a stage line: at least this many words in capitals.
MIN_STAGE_NAME_WORDS = 2
MAX_STAGE_NAME_WORDS = 5

# A record's note of a heckle ends with a colon or a dash ("Members interjecting:", "Mr Roe
# interjecting—"), or a full stop; it is short.
_NOTE_ENDS = ":.—–-"
MAX_INTERJECTION_CHARS = 90
_SENTENCE_MARKS = ".?!…。？！"


def stage_line(text: str) -> bool:
    """ "VORS. DETJEN eröffnet die Pressekonferenz ...": two to five words in capitals (a
    person, with an office after a comma: "ANN ROE, Segretario, legge ..."), then a word
    in lower case; no colon, full stop or dash between them as a label would have."""
    # (split no further than the words read: the names, an office of up to five words, the
    # word after it; a long line of speech that opens with "I " is not split whole)
    words = text.split(None, _STAGE_LINE_WORDS)
    names = 0
    for i, word in enumerate(words[:MAX_STAGE_NAME_WORDS + 1]):
        core = word.rstrip(",")
        letters = [c for c in core if c.isalpha()]
        if letters and core.upper() == core != core.lower() and (len(letters) >= 2 or core.endswith(".")):
            names += 1
            if word.endswith(","):  # the office between commas, then the verb
                return names >= MIN_STAGE_NAME_WORDS and _office_then_verb(words[i + 1:])
            continue
        return MIN_STAGE_NAME_WORDS <= names <= MAX_STAGE_NAME_WORDS and word[:1].islower() \
            and not words[i - 1].endswith((":", "."))
    return False


# The words `stage_line` reads at most: the names and the word after them (the first
# `MAX_STAGE_NAME_WORDS` + 1), then `_office_then_verb`'s five words and the one after them.
_STAGE_LINE_WORDS = MAX_STAGE_NAME_WORDS + 1 + 5 + 1


def _office_then_verb(words: list[str]) -> bool:
    """ "Segretario, legge ...": capitalised words closed by a comma, then a lower-case word."""
    for i, word in enumerate(words[:5]):
        if not word[:1].isupper():
            return False
        if word.endswith(","):
            return i + 1 < len(words) and words[i + 1][:1].islower()
    return False


# An unbracketed stage direction inside a turn is one sentence of at most this many words.
MAX_STAGE_WORDS = 40
MAX_STAGE_CHARS = 400


def stage_direction(text: str, lex: Lexicon) -> Event | StageNote | None:
    """A paragraph of its own inside a turn that is an unbracketed stage direction, or None:
    what happens in the room, opened by the lexicon's `stage_openers` ("Звучит песня ...",
    "The national anthem is played."), is an `incident` event; the record's own lines, a
    procedural line of the sitting ("La Camera, con votazione nominale elettronica, respinge
    ...") or a stage line ("VORS. MÜLLER unterbricht die Sitzung."), are stage notes
    (`note[@type='stage']`). The text is kept verbatim."""
    if len(text) > MAX_STAGE_CHARS:
        return None
    stripped = text.strip()
    if lex.interjection_lines and stripped[-1:] in _NOTE_ENDS and len(stripped) <= MAX_INTERJECTION_CHARS \
            and lex.pattern("interjection_lines", 0).fullmatch(stripped.rstrip(_NOTE_ENDS).rstrip()):
        return Event(element="incident", type="interjection", text=text)  # "Members interjecting:"
    # (the last character tested, not a search of the whole paragraph)
    if not stripped or stripped.rstrip("\"”’»)")[-1:] not in _SENTENCE_MARKS:
        return None
    if lex.stage_openers and lex.pattern("stage_openers").match(stripped):
        found = Event(element="incident", type="stage", text=text)
    elif (lex.procedural_lines and lex.pattern("procedural_lines").match(stripped)) or (
            stripped[:2].isupper() and stage_line(stripped)):
        found = StageNote(text=text)
    else:
        return None  # (most lines: the words are not counted, the shapes at the start settle it)
    return found if _few_words(stripped) else None


def _few_words(text: str) -> bool:
    """At most `MAX_STAGE_WORDS` words (split no further than one past that)."""
    return len(text.split(None, MAX_STAGE_WORDS)) <= MAX_STAGE_WORDS


def mark_stage_paragraphs(doc, lex: Lexicon) -> None:
    """Paragraphs after the first of a turn that are one line of plain text and an
    unbracketed stage direction (`stage_direction`) become that direction; so do the scene
    lines of a video script whose takes open with a tag and the speaker ("【进入会场内部】"
    between takes under "【同期】记者 王明")."""
    turns = doc.turns()  # (read once: the scene test and the walk below)
    scenes = sum(1 for t in turns if t.label and t.label[:1] == "【" and tagged_label_line(t.label)) \
        >= MIN_TAGGED_TAKES
    if not (lex.procedural_lines or lex.stage_openers or lex.interjection_lines or scenes):
        return
    for turn in turns:
        for item in turn.paragraphs[1:]:
            content = getattr(item, "content", None)
            if content and len(content) == 1 and type(content[0]) is Text:
                text = content[0].text
                direction = StageNote(text=text) if scenes and _SCENE_LINE.match(text.strip()) \
                    else stage_direction(text, lex)
                if direction is not None:
                    item.content = [direction]


MIN_TAGGED_TAKES = 2
_SCENE_LINE = re.compile(r"^【[^【】]{1,30}】$")
