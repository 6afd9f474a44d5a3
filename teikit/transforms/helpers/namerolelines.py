"""A speaker's name and role alone on a line over the speech, as earnings-call and meeting
transcripts print them ("Ann Lee -- Chief Executive Officer"): the label shape `alone` reads
it (`labelshapes`), the header and persons passes read its role (`headerlists`, `holders`)."""
from __future__ import annotations

import re

# A name and its role (and company) after double hyphens or a spaced dash, alone on a line
# over the speech, as earnings-call transcripts print their speakers: "Ann Lee -- Chief
# Executive Officer", "Tom Poe -- Big Bank -- Analyst".
# A results call's "Ann Lee - Acme Oyj - Head of IR" takes single hyphens, two of them at least
# (name, company, title): one hyphen alone is too common a dash in speech (L24) (L300i). A
# name's UTF-8 letter shown as two Latin-1 ones ("HÃ¦ggstrÃ¶m") is a name's letter.
_NAME_WORD = r"[^\W\d_](?:[\w.'’-]|(?<=[\u00c2-\u00df])[\u0080-\u00bf])*"
# A party or group in brackets between the name and the dash, as parliaments print their
# speakers: "M. Marc Roe (PLR) — Rapporteur-trice" (N360a).
_PARTY = r"(?:[ \u00a0]\([^\W\d_][^()\n]{0,29}\))"
NAME_ROLE_LINE = re.compile(rf"^({_NAME_WORD}(?:[ \u00a0]{_NAME_WORD}){{1,3}}{_PARTY}?)[ \u00a0]+(?:--|[–—]|-(?=[ \u00a0].* - ))"
                            r"[ \u00a0]+([^\W\d_][^.?!:;\n]{0,70}?)$")


def name_role_line(text: str) -> re.Match | None:
    """`NAME_ROLE_LINE`'s match when the name's words and the role are capitalised."""
    if "--" not in text and "–" not in text and "—" not in text and text.count(" - ") < 2:
        return None  # (the pattern's separator: asked of every line under a label alone)
    m = NAME_ROLE_LINE.match(text)
    # each part of the role after a comma is capitalised too ("Vice President, Investor
    # Relations"); after a name in capitals, a role has no word in lower case: "COUNCIL
    # CHAIR – Well, with 16", "MR ROE – I would like" are a record's label and speech (L33b)
    return m if m and all(w[:1].isupper() or w[:1] == "(" for w in m.group(1).split()) and m.group(2)[:1].isupper() \
        and all(part.lstrip()[:1].isupper() for part in m.group(2).split(",")[1:]) \
        and not (m.group(1).isupper() and any(len(w) >= 4 and w[:1].islower() for w in m.group(2).split())) else None
