"""Two lines of a court transcript's header that no other shape reads.

- The case's name and its citation, as a law database titles the transcript (H2509m): the
  parties joined by the lexicon's `case_parties` ("v"), then a medium-neutral citation, the
  year in brackets, the court's or series' abbreviation and the number, often the day after
  it: "Roe v Harbour Board [2021] HCATrans 12 (3 May 2021)", "Lee v Poe [2019] EWCA Civ 812".
  It is the title, never the database's furniture around it. The parties alone ("Roe v Poe", a
  fixture's name too) or a citation alone ("[2021] HCATrans 12") are not read so.
- The place line of the hearing, in capitals, opened by the lexicon's `place_leads` ("AT"),
  one to three words of the place, and how some attend from elsewhere (`remote_venues`) after
  "AND": "AT CANBERRA", "AT SYDNEY AND BY VIDEO CONNECTION" (H2511m): the place, and the
  remote attendance as the venue. A line in lower case ("At home with Ann Roe") is a heading.
"""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon

# A medium-neutral citation: "[2021] HCATrans 12", "[2019] EWCA Civ 812", "[2020] UKSC 5".
_CITATION = r"\[(?:1[89]|20)\d\d\] [A-Z][A-Za-z]{1,12}(?: [A-Z][A-Za-z]{1,6})? \d{1,6}"
_PARTY = r"[^\W\d_][^\[\]\n]{0,150}?"
# The place's words in capitals: at most three, none a joiner.
_PLACE = r"[A-Z][A-Z'’.-]+(?: (?!AND\b|BY\b)[A-Z][A-Z'’.-]+){0,2}"


@lru_cache(maxsize=None)
def _shapes(lex: Lexicon) -> tuple[re.Pattern | None, re.Pattern | None]:
    case = re.compile(rf"^{_PARTY} (?:{lex.alternation('case_parties')}) {_PARTY} {_CITATION}(?: \([^()]{{3,40}}\))?$") \
        if lex.case_parties else None
    remote = rf"(?: (?i:and) (?P<venue>(?i:{lex.alternation('remote_venues')})))?" if lex.remote_venues else ""
    place = re.compile(rf"^(?i:{lex.alternation('place_leads')}) (?P<place>{_PLACE}){remote}$") if lex.place_leads else None
    return case, place


def case_title(text: str, lex: Lexicon) -> bool:
    """`text` is a case's name with its citation (H2509m)."""
    case = _shapes(lex)[0]
    return case is not None and "[" in text and case.match(text.strip()) is not None


def place_line(text: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """(place, remote venue or None) of a court's place line in capitals (H2511m)."""
    pattern = _shapes(lex)[1]
    line = text.strip()
    if pattern is None or not line.isupper():
        return None
    m = pattern.match(line)
    return (m.group("place"), m.groupdict().get("venue")) if m else None
