"""A speaker's designation alone on its line, ended by a full stop, the speech on the lines
below (L2400l): `Le président.` / `L'avocat de la partie civile.` / `Pierre Novaro.`, as court
and trial transcripts print their speakers. The label is the designation without its stop.

A short sentence alone on its line (`Merci.`, `Thank you very much.`) ends with a full stop
too: only a name in capitals (two words or more), the chair's office after its article, or
an article and a role word the lexicon knows (with a complement: `L'avocat de la partie
civile`) reads as a designation; the policy then asks for the document's style (L2401l).
"""
from __future__ import annotations

import re
from collections import Counter

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.memberlabels import record_stop_speaker
from teikit.transforms.helpers.stoplabels import capitalised_words

MAX_DESIGNATION_WORDS = 6
# A complement after the role word: "de la partie civile", "de la défense" (lower-case words).
MAX_COMPLEMENT_WORDS = 4
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def designation_alone(line: str, lex: Lexicon) -> str | None:
    """The designation `line` holds alone before one full stop, or None."""
    if not line.endswith(".") or line.endswith("..") or len(line) < 4:
        return None
    name = line[:-1].rstrip()
    words = name.split()
    if not 2 <= len(words) <= MAX_DESIGNATION_WORDS or not all(_WORD.fullmatch(w) for w in words):
        return None  # (no inner stop, comma or digit: "Mr. Lee.", "Oui, merci.")
    if _capitalised_name(words) or record_stop_speaker(name, lex) or _article_role(words, lex):
        return name
    return None


def _capitalised_name(words: list[str]) -> bool:
    """ "Pierre Novaro", "Jean de La Fontaine": two capitalised words or more, the others short
    particles ("Thank you." has one capitalised word); not in capitals, as captions print their
    sentences ("START THE CLOCK.")."""
    return not any(w.isupper() for w in words if len(w) > 1) and capitalised_words(" ".join(words), MAX_DESIGNATION_WORDS) and sum(w[:1].isupper() for w in words) >= 2


def designated_style(policy) -> set[str]:
    """The designations printed alone with their full stop over speech, when one of them is
    printed so twice or more (a hearing's chair, L2401l): a transcript's style, in which a
    designation printed once over speech is a label too. Empty otherwise: one short sentence
    alone on its line, even twice, makes no style without another beside it."""
    if "designated" not in policy.styles:
        printed = Counter(c.name for shapes in policy.found for c in shapes
                          if c.shape == "alone" and c.label == c.name + "." and c.name in policy.spoken)
        twice = any(k >= 2 for k in printed.values())
        policy.styles["designated"] = set(printed) if twice and len(printed) >= 2 else set()
    return policy.styles["designated"]


def _article_role(words: list[str], lex: Lexicon) -> bool:
    """ "L'avocat de la partie civile", "Le greffier": an article (elided or not) and a role
    word, then at most a few lower-case words."""
    first = words[0]
    elided = next((a for a in lex.articles if a.endswith(("'", "’")) and first.lower().startswith(a)), None)
    if elided is not None and first[:1].isupper():
        role, rest = first[len(elided):].lower(), words[1:]
    elif first.lower() in lex.articles and first[:1].isupper() and len(words) >= 2:
        role, rest = words[1].lower(), words[2:]
    else:
        return False
    return role in lex.label_role_words and len(rest) <= MAX_COMPLEMENT_WORDS and all(w.islower() for w in rest)
