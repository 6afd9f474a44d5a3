"""A speaker's name before a vertical bar (L811c).

Podcast sites print their transcripts with the speaker's first name, a spaced bar and the
speech: "Michael | I'm Michael Stevens, and this week …", "Sam | Thanks for having me.". The
same bar divides a site's menu ("Home | News | Sport") and a table's cells, so the shape is
read only when the rest of the line holds no other bar and ends a sentence; and it is taken as
a label only when several lines print names so (two names, one of them twice), or when the
speech right after the bar says the name again ("Michael | I'm Michael Stevens").
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import is_mixed_candidate
from teikit.transforms.helpers.labeltext import base_label, is_upper_label
from teikit.transforms.helpers.shapes import SENTENCE_END

# One to three capitalised words, a spaced bar, the speech.
_PIPE = re.compile(r"^([^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2})[ \u00a0]+\|(?=[ \u00a0]+\S)")
# The speech says the label's name again within its first characters ("I'm Michael Stevens").
NAME_REACH = 60


def pipe_split(line: str) -> tuple[int, str] | None:
    """(end of the label, name) when `line` opens with a name and a spaced bar and the rest
    holds no other bar (a menu row, a table row) and ends a sentence."""
    m = _PIPE.match(line) if " |" in line[:60] or "\u00a0|" in line[:60] else None
    if m is None:
        return None
    rest = line[m.end():].rstrip()
    if "|" in rest or not SENTENCE_END.search(rest):
        return None
    return m.end(), m.group(1)


def pipe_label(name: str, rest: str, pipes: Counter, lex: Lexicon) -> bool:
    """Whether a name before a bar is a speaker's label, on the evidence of `pipes` (how many
    lines print each name so): see the module docstring."""
    base = base_label(name)
    if not (is_mixed_candidate(base, lex) or is_upper_label(base, lex)):
        return False
    if pipes[name] >= 2 and len(pipes) >= 2:
        return True
    return re.search(r"(?<!\w)" + re.escape(base) + r"(?!\w)", rest[:NAME_REACH]) is not None
