"""Events and editorial marks inside speech.

Parenthesised or bracketed markers whose words name a non-verbal event become `Event`s
(the marker kept verbatim): laughter and other sounds -> `vocal`, applause and gestures ->
`kinesic`, inaudible or off-mike passages -> `gap`, cross-talk, breaks and recording
notes -> `incident`. Other square brackets are the editor's: a comment on the text
("[sic]", "[Redacted.]", "[emphasis added]") is an editorial `Note`; words the editor put
in place of, or in addition to, what was said ("[Kenya]", "[senior administration
official]", "[***that]") are `supplied` text, which reads as part of the sentence.
Nothing is dropped.
"""
from __future__ import annotations

import re

from teikit.model import Event, Note, Transcript
from teikit.transforms.inline import each_paragraph, inner, split_markers

# (element, type, pattern on the marker's lower-cased words); first match wins.
EVENT_RULES: list[tuple[str, str, re.Pattern]] = [
    (element, kind, re.compile(pattern)) for element, kind, pattern in [
        ("vocal", "laughter", r"^(laughter|laughs|laughing|chuckles|chuckling|giggles|"
                              r"(audience|crowd|all) laugh(s|ing)?|laughter and applause|"
                              r"laughter,? applause)$"),
        ("kinesic", "applause", r"^((sustained |loud |standing )?applause|applauds|"
                                r"(audience|crowd) applauds|standing ovation|"
                                r"applause and laughter)$"),
        ("vocal", "cheering", r"^(cheers|cheering|(audience|crowd) cheers|cheers and applause)$"),
        ("vocal", "booing", r"^(boos|booing|jeers|jeering)$"),
        ("vocal", "other", r"^(coughs|sighs|clears throat|groans|gasps|whistles|sneezes|"
                           r"singing|sings|chanting|chants)$"),
        ("gap", "inaudible", r"^(inaudible|unintelligible|indiscernible|inaudible question|"
                             r"audio (gap|break|drops|cuts out)|audio (is )?(inaudible|unclear)|"
                             r"technical difficult(y|ies)|connection (lost|drops))$"),
        ("gap", "off-mike", r"^(off[- ]?(mike|mic|microphone)|mic(rophone)? (off|not on))$"),
        ("incident", "crosstalk", r"^(cross[- ]?talk|simultaneous (speech|talking)|"
                                  r"overlapping (speech|voices)|multiple speakers)$"),
        ("incident", "recording", r"^((briefing |remarks |call )?(in progress|ends in progress|"
                                  r"joined in progress)|break|recess|pause|chit-?chat|"
                                  r"video (plays|shown)|audio (plays|begins|ends)|phone rings|"
                                  r"end of (recording|transcript)|recording (ends|begins))$"),
        ("kinesic", "gesture", r"^(points|gestures|nods|shakes (his |her |their )?head|waves|"
                               r"shrugs|raises (his |her )?hand|shakes hands|turns to|looks at)"
                               r"\b.*$"),
    ]
]
# Editorial comments on the text, as opposed to words supplied in it.
EDITORIAL_COMMENT = re.compile(
    r"^(sic|sic\.?!?|redacted|emphasis (added|mine|in original)|translated|translation|"
    r"unclear|illegible|inaudible word|\?+|\.\.\.|…|ed\.?|editor[’']?s note\b.*|note\b.*|"
    r"as (delivered|prepared)|correction\b.*|corrected\b.*|laughs?|pause|cont(inued|'d)?)$")
# A marker of this many words or more is prose in brackets, not a stage direction.
MAX_EVENT_WORDS = 8


def classify(marker: str) -> Event | Note | None:
    words = inner(marker)
    if len(words.split()) < MAX_EVENT_WORDS:
        for element, kind, pattern in EVENT_RULES:
            if pattern.match(words):
                return Event(element=element, type=kind, text=marker)
    if marker.startswith("["):
        return Note(type="editorial" if EDITORIAL_COMMENT.match(words) else "supplied", text=marker)
    return None


def apply(doc: Transcript) -> None:
    for paragraph in each_paragraph(doc.blocks):
        split_markers(paragraph, classify)
