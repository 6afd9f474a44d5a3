"""Full names alone on their line with a colon, over the speech (L1670i); a name alone under
its clip index's line (L1675i).

A club's or a newsroom's page of statements prints each speaker's full name once, alone on a
line ending in a colon, and the statement's paragraphs below it:

    Marc Fascher:
    Es gab heute zwei entscheidende Szenen. ...
    Pavel Dotchev:
    Es war heute sehr schwer zu spielen ...

A mixed-case label printed once needs evidence (`labelpolicy`); here the layout is the
evidence: two different personal names or more (two or three name words each, `officenames`),
every one alone over speech, and no label printed twice with its speech on its line. A press
conference's page prints the office before the name ("Главный тренер ХК "Ак Барс" Зинэтула
Билялетдинов:" over "- Вторую игру ..."): such a line counts too (L1770j).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labeltext import base_label
from teikit.transforms.helpers.officenames import full_name, name_after_office

# Two different names so make the layout (one could be a heading).
MIN_NAMES = 2
# ... or one, the page's only colon label, printed once over a long speech: a podcast's transcription page of the host's opening ("Harry Duran:" over the
# paragraphs of a monologue, L2162k). A heading or a form's field stands over a short line.
MIN_SOLE_SPEECH_WORDS = 40


def colon_names_alone(colon_lines: dict, counts, silent: set, lex: Lexicon, lines: list[str] = ()) -> frozenset:
    """The names the document prints as "Full Name:" alone on a line over speech, when it
    prints two different ones so and no label twice with its speech on the line.
    `colon_lines`: (name, alone) -> the line it is first printed on; `silent`: the names
    alone over no speech; `lines`: the document's first lines."""
    if any(counts[name] >= 2 for name, alone in colon_lines if not alone):
        return frozenset()  # labels with the speech on their line: the document's own style
    names = frozenset(name for name, alone in colon_lines
                      if alone and name not in silent and (full_name(base_label(name), lex)
                                                           or name_after_office(base_label(name), lex)))
    if len(names) == 1 and len(colon_lines) == 1 and _sole_over_speech(next(iter(colon_lines.values())), lines):
        return names
    return names if len(names) >= MIN_NAMES else frozenset()


def _sole_over_speech(at: int, lines: list[str]) -> bool:
    """The line `at` stands over a long line ending a sentence (L2162k)."""
    below = lines[at + 1] if at + 1 < len(lines) else ""
    return len(below.split()) >= MIN_SOLE_SPEECH_WORDS and below.rstrip().endswith(SENTENCE_ENDS)


SENTENCE_ENDS = (".", "?", "!", "…", '"', "”")


# A clip index's line: a bullet, the recording time, the speaker's name ("• 0:41 J. Deuring").
_CLIP_LINE = re.compile(r"[•·\-*]?\s*\d{1,2}(?::\d{1,2}){1,2}\s+(.{2,60}?)\s*$")
# The clip line stands this many lines above the name line at most (an office line between).
MAX_CLIP_DISTANCE = 2


def under_its_clip_line(lines: list[str], i: int, name: str) -> bool:
    """A council archive's speaker block (L1675i): a name alone on line `i` over the speech,
    printed right under the clip index's line that gives the recording time and the same name
    ("• 0:2 J. Hamster" / "Wethouder (ChristenUnie)" / "J. Hamster" / the speech)."""
    for above in lines[max(0, i - MAX_CLIP_DISTANCE):i]:
        m = _CLIP_LINE.fullmatch(above.strip())
        if m and m.group(1) == name:
            return True
    return False
