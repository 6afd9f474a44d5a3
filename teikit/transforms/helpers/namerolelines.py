"""A speaker's name and role alone on a line over the speech, as earnings-call and meeting
transcripts print them ("Ann Lee -- Chief Executive Officer"): the label shape `alone` reads
it (`labelshapes`), the header and persons passes read its role (`headerlists`, `holders`)."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.names import fold, folded

# A name and its role (and company) after double hyphens or a spaced dash, alone on a line
# over the speech, as earnings-call transcripts print their speakers: "Ann Lee -- Chief
# Executive Officer", "Tom Poe -- Big Bank -- Analyst".
# A results call's "Ann Lee - Acme Oyj - Head of IR" takes single hyphens, two of them at least
# (name, company, title): one hyphen alone is too common a dash in speech (L24) (L300i); an
# AI transcription service's "Ann Lee - Acme, Investor Relations" takes one hyphen before a
# company and a role apart by a comma (L1631i). A
# name's UTF-8 letter shown as two Latin-1 ones ("HÃ¦ggstrÃ¶m") is a name's letter.
_NAME_WORD = r"[^\W\d_](?:[\w.'’-]|(?<=[\u00c2-\u00df])[\u0080-\u00bf])*"
# A party or group in brackets between the name and the dash, as parliaments print their
# speakers: "M. Marc Roe (PLR) — Rapporteur-trice" (N360a).
_PARTY = r"(?:[ \u00a0]\([^\W\d_][^()\n]{0,29}\))"
NAME_ROLE_LINE = re.compile(rf"^({_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,3}}{_PARTY}?)[ \u00a0]+(?:--|[–—]|-(?=[ \u00a0].* - |[ \u00a0][^,\n]+, ))"
                            r"[ \u00a0]+([^\W\d_][^.?!:;\n]{0,70}?)$")


def name_role_line(text: str) -> re.Match | None:
    """`NAME_ROLE_LINE`'s match when the name's words and the role are capitalised."""
    if "--" not in text and "–" not in text and "—" not in text and text.count(" - ") < 2 \
            and (" - " not in text or ", " not in text):
        return None  # (the pattern's separator: asked of every line under a label alone)
    m = NAME_ROLE_LINE.match(text)
    # each part of the role after a comma is capitalised too ("Vice President, Investor
    # Relations"); after a name in capitals, a role has no word in lower case: "COUNCIL
    # CHAIR – Well, with 16", "MR ROE – I would like" are a record's label and speech (L33b)
    return m if m and all(w[:1].isupper() or w[:1] == "(" for w in m.group(1).split()) and m.group(2)[:1].isupper() \
        and all(part.lstrip()[:1].isupper() for part in m.group(2).split(",")[1:]) \
        and not (m.group(1).isupper() and any(len(w) >= 4 and w[:1].islower() for w in m.group(2).split())) else None


_COMMA_ROLE_LINE = re.compile(rf"^({_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,3}}),[ \u00a0]+([^\W\d_][^.?!:;,\n]{{0,60}})$")


def comma_role_line(text: str, lex: Lexicon) -> re.Match | None:
    """ "ANNE DUPONT, ANCHOR", "PIERRE MARTIN, CORRESPONDENT IN LYON", as TV and radio
    transcripts print a speaker alone over the speech at first mention (L1097f): a name of
    two to four capitalised words, a comma, and a role holding a role word of the lexicon
    ("PARIS, FRANCE" and "NEW YORK, USA" hold none)."""
    m = _COMMA_ROLE_LINE.match(text) if ", " in text or ",\u00a0" in text else None
    if m is None or not all(w[:1].isupper() for w in m.group(1).split()):
        return None
    roles = folded(lex, "label_role_words")
    return m if any(fold(w) in roles for w in m.group(2).split()) else None
