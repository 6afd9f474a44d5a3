"""Places a title or an occasion line names: the closing place of a title ("..., Geneva, 3
March 2021"), the place after an occasion's preposition ("... in Beijing") and the lone name
among a widget's segments ("CONFERENZA STAMPA | - Roma - 11:00"). Used by the `setting` pass.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.headerlines import header_shapes, is_place_pair
from teikit.transforms.helpers.headerneighbours import lone_place


# A title's closing place and date in brackets: "(Paris, 5 janvier 2023)".
_BRACKETED_PLACE_DATE = re.compile(r"\(([^\W\d_][^(),]{1,40}),\s+([^()]{4,40})\)\s*$")


def title_tail_place(title: str, lex: Lexicon) -> str | None:
    """The place a title ends with: "..., Geneva, 3 March 2021" (one name before a closing
    date), "... (Paris, 5 janvier 2023)" (both in brackets) or "..., Washington, D.C." (a
    "City, Region" pair at the very end)."""
    found = find_date(title, lex)
    bracketed = _BRACKETED_PLACE_DATE.search(title) if found and title.rstrip().endswith(")") else None
    if bracketed and bracketed.start(2) <= found[0] and is_place_pair(f"{bracketed.group(1)}, X", lex):
        return bracketed.group(1)  # "… « Radio Port » (Lyon, 3 mars 2019)"
    dated = found is not None and not title[found[1]:].strip(" .)")
    head = title[:found[0]].rstrip(" ,–—-") if dated else title.rstrip()
    parts = [p.strip() for p in head.split(",")]
    if dated and len(parts) > 1 and is_place_pair(f"{parts[-1]}, X", lex) and len(parts[-1].split()) <= 3 \
            and not lex.pattern("outlets").fullmatch(parts[-1]):
        return _with_city(parts[-2], parts[-1])
    if dated and lex.place_prepositions:  # "Press conference by the Minister in Geneva, 3 March 2021"
        words = parts[-1].split()
        at = max((i for i, w in enumerate(words) if w.lower() in lex.place_prepositions), default=None)
        place_words = words[at + 1:] if at is not None else []
        while place_words and place_words[-1][:1].islower():
            place_words.pop()  # "… à Paris le 12 mars 2021": the date's article, no part of the place (H1211h)
        place = " ".join(place_words)
        if 1 <= len(place.split()) <= 3 and is_place_pair(f"{place}, X", lex) \
                and not lex.pattern("outlets").fullmatch(place):
            return place
    if not dated and len(parts) > 2 and is_place_pair(", ".join(parts[-2:]), lex) \
            and all(len(p.split()) <= 2 for p in parts[-2:]):
        return ", ".join(parts[-2:])
    return None


# A region's abbreviation after a city: "Gro.", "Calif.", "D.C." (capitals, a full stop closing it).
_REGION_ABBREVIATION = re.compile(r"[^\W\d_](?:[^\W\d_]{0,4}|\.[^\W\d_])\.")
MAX_CITY_WORDS = 3


def _with_city(before: str, place: str) -> str:
    """H2408l A region's abbreviation closing a dated title names the place with the city
    before it: "Versión estenográfica Acapulco, Gro., 17 de mayo de 2012" is in "Acapulco,
    Gro." (the capitalised words closing the part before the comma, after a lower-case word).
    Any other closing place stands alone."""
    if not place[:1].isupper() or not _REGION_ABBREVIATION.fullmatch(place):
        return place
    city: list[str] = []
    for word in reversed(before.split()):
        if not word[:1].isupper() or len(city) == MAX_CITY_WORDS:
            break
        city.insert(0, word)
    return f"{' '.join(city)}, {place}" if city else place


# "… in Beijing (with photos)", "… HELD IN KYOTO, JAPAN. AS RELEASED …": a place after the
# preposition, one to three capitalised words or a "City, Country" pair, where a bracket, a
# full stop or the line's end closes it.
_PLACE_WORDS = r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}"
_OCCASION_PLACE = re.compile(rf"\s({_PLACE_WORDS}(?:, {_PLACE_WORDS})?)(?:\s*\(|\.\s|\.?$)")


def occasion_place(texts: list[str], lex: Lexicon) -> str | None:
    """The place an occasion line or title names after its preposition, without a date:
    "Remarks at a media session in Beijing (with photos)", "PRESS CONFERENCE HELD IN KYOTO,
    JAPAN. AS RELEASED BY THE WHITE HOUSE". The line must name the occasion (lexicon
    `occasions`); a language (`in English`), an office or a broadcaster ("Entrevista en Radio
    Nacional", lexicon `outlets`, H1407i) is no place."""
    if not lex.place_prepositions:
        return None
    occasions = lex.pattern("occasions")
    for text in texts:
        if not occasions.search(text):
            continue
        for m in compiled_once(r"(?i)(?:^|\s)(" + "|".join(map(re.escape, lex.place_prepositions)) + r")(?=\s)").finditer(text):
            found = _OCCASION_PLACE.match(text, m.end())
            place = found.group(1).rstrip(".") if found else None
            if place and all(p.strip()[:1].isupper() for p in place.split(",")) \
                    and place.lower() not in lex.language_names and not header_shapes(lex).office.search(place) \
                    and not occasions.search(place) and place.split()[0].lower() not in lex.ordinals \
                    and not lex.whole_words("outlets").search(place) \
                    and (", " in place or is_place_pair(f"{place}, X", lex) and not text.isupper()):
                # (in a line of capitals every word is capitalised: there only a "City, Country"
                # pair is a place, not "INTERVIEW IN FULL")
                return place
    return None


_SEGMENT_CUT = re.compile(r"\s*\|\s*|\s+[-–—]\s+|^\s*[-–—]\s+|\s+[-–—]\s*$")


def segment_place(texts: list[str], lex: Lexicon) -> str | None:
    """A widget's line of segments cut by bars or spaced dashes, one of them the occasion
    (lexicon `occasions`) and one a lone capitalised name: "CONFERENZA STAMPA | - Roma - 11:00
    Durata: 2 ore 57 min" gives Roma."""
    occasions = lex.pattern("occasions")
    for text in texts:
        parts = [p.strip(" -–—") for p in _SEGMENT_CUT.split(text) if p and p.strip(" -–—")]
        if len(parts) < 3 or not any(occasions.fullmatch(p) for p in parts):
            continue
        names = [p for p in parts if lone_place(p, lex) and p.lower() not in lex.ordinals]
        if len(names) == 1:
            return names[0]
    return None


def held_place(texts: list[str], lex: Lexicon) -> str | None:
    """The place a title or lead in a script without spaces says the occasion was held in:
    "国务院联防联控机制2月9日在北京召开新闻发布会" -> "北京" (lexicon `held_places`, the line naming
    the occasion, lexicon `occasions`), H2529m. A hall or a building is no such short run."""
    if not lex.held_places:
        return None
    occasions = lex.pattern("occasions")
    for text in texts:
        if occasions.search(text) and (m := lex.pattern("held_places", 0).search(text)):
            return m.group("place")
    return None
