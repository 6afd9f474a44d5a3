"""A label alone on its line (`labelshapes`' "alone" shape): how many words it may hold, and
when a line that another shape cuts at an abbreviated title may be a titled name alone."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelwords import titled_name
from teikit.transforms.helpers.memberlabels import party_state_member


def abbreviated_title_alone(found: list, alone: str, lex: Lexicon) -> bool:
    """The line's only other shape cuts an abbreviated title at its stop ("Abg." of "Abg. Ann
    Roe"): the line may be a titled name alone too, the policy deciding (L374a)."""
    return len(found) == 1 and found[0].shape == "stop" and " " not in found[0].name and (
        titled_name(alone, lex) or party_state_member(alone, lex))  # "Sen. Mike Lee (R-Utah)" (L866d)


# Words of a label alone on its line; more when it ends with a group in brackets (a member
# with riding and party, or an office: "Hon. Ann Roe (Minister of Harbours and Quays, Lib.)").
MAX_ALONE_WORDS = 10
MAX_ALONE_WORDS_WITH_GROUP = 16


def alone_words(line: str) -> int:
    return MAX_ALONE_WORDS_WITH_GROUP if line.endswith(")") and "(" in line else MAX_ALONE_WORDS


def voice_name(alone: str, lex: Lexicon) -> str:
    """The character's name of a screenplay's cue with a voice extension after it ("MARTHA
    (V.O.)", "DAVID (CONT'D)", "HÉLÈNE (OFF)": the name "MARTHA"), so that the cue and the
    name printed alone are one speaker's labels (L1401i); any other line as it is."""
    if not lex.voice_extensions or not alone.endswith(")"):
        return alone
    m = _extended(lex).match(alone)
    return m.group(1) if m and m.group(1) == m.group(1).upper() else alone


@lru_cache(maxsize=None)
def _extended(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"^([^()]*[^\W\d_][^()]*?)\s*\((?:{lex.alternation('voice_extensions')})\)$", re.IGNORECASE)


# A given name and the speaker's role in brackets, as transcription exports print a label:
# "Oliver (Host)", "César (Guest)" (L1730j).
_NAME_WITH_ROLE = re.compile(r"^[^\W\d_][\w'’\-]*[ \u00a0]\(([^\W\d_][^()]{0,40})\)$")


def name_with_role(name: str, lex: Lexicon) -> bool:
    """`name` is one word and a role the lexicon knows in brackets after it ("Oliver (Host)",
    "Paul (Gast)"): a speaker's label, never a caption's short sentence ("Yeah.", L1730j)."""
    m = _NAME_WITH_ROLE.match(name)
    return m is not None and any(w.lower() in lex.label_role_words or w.lower() in lex.guest_labels
                                 for w in re.findall(r"[^\W\d_][\w\-]*", m.group(1)))
