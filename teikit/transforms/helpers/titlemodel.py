"""The title among unclaimed header lines, by a small score (H160g).

When no shape rule claimed the title (no `title:` field, no "Transcript: ..." heading, no
heading under a breadcrumb), every candidate heading gets a score: the sum of the weights of
the features it has, position (the heading nearest above the first dated line; the page's
first line when a later line restates it, H420a; the longest line), agreement (a headline over
a longer standfirst that repeats its words) and shape (a field's "Name: value", a line that
opens with a small letter: subtracted). The highest score
wins; of equal scores the earliest line (source order), so the choice is deterministic.

The weights are few small integers chosen by leave-one-set-out over the development sets
(each set's figure read with weights chosen on the other sets), and checked on the converter
as it was when each of the newest sets arrived: docs/convert-shapes.md H160g.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.datedpagetitle import dated_page_title
from teikit.transforms.helpers.headerdates import above_date
from teikit.transforms.helpers.headerneighbours import headline_over_standfirst, opens_as_fragment, restated_page_title
from teikit.transforms.helpers.leadguest import names_interview_guest, opens_interview_heading
from teikit.transforms.helpers.page import closes_with_section_phrase, is_strong, soft_phrase


class Weights(NamedTuple):
    before_date: int = 8   # the heading nearest above the first dated line (the date under the title)
    page_title: int = 8    # the page's first line, restated by a later line (H420a)
    standfirst: int = 4    # a headline over a longer line that repeats its words
    longest: int = 1       # the longest candidate
    field: int = 1         # "Notice: ...": a short field name and a colon open it (subtracted)
    lower_start: int = 1   # opens with a small letter or an ellipsis: a piece of a sentence (subtracted)


WEIGHTS = Weights()
_SIGN = {"field": -1, "lower_start": -1}

# A field name of one to three words (or up to eight ideographs), a colon, a value.
_FIELD = re.compile(r"^(?:[^\W\d_]+(?: [^\W\d_]+){0,2}|[\u3400-\u9fff]{1,8})\s?[:：]\s*\S")


# An episode's number, a colon or a spaced dash, then its title of two words or more, as a
# podcast page prints it on its first line: "185: Oggi cambio patrono.", "#42 – The harbour at
# night" (H1734j).
_NUMBERED_EPISODE = re.compile(r"^#?\d{1,4}(?::|[ \u00a0][–—-])[ \u00a0]+[^\W\d_][^ \n]*(?:[ \u00a0]+\S+)+$")


def pool(lines: list, candidates: list, lex: Lexicon) -> tuple[list, list[dict]]:
    """The candidates (with a first line whose tail is its date, which `above_date` may name)
    and each one's features (True/False), in source order."""
    dated = above_date(lines, candidates, lex)
    if dated is not None and all(h is not dated for h in candidates):
        at = {id(h): i for i, h in enumerate(lines)}
        candidates = sorted([*candidates, dated], key=lambda h: at[id(h)])
    stand = headline_over_standfirst(lines, candidates)
    longest = max(candidates, key=lambda h: len(h.text), default=None)
    dated_page = dated_page_title(lines, candidates, lex)  # its day restated by the record (H2220l)
    feats = []
    for h in candidates:
        text = h.text.strip()
        feats.append({"before_date": h is dated, "page_title": restated_page_title(lines, h) or h is dated_page,
                      "standfirst": h is stand, "longest": h is longest,
                      "field": _FIELD.match(text) is not None, "lower_start": opens_as_fragment(text)})
    return candidates, feats


def score(feats: dict, weights: Weights) -> int:
    return sum(_SIGN.get(name, 1) * w for name, w in weights._asdict().items() if feats[name])


def choose_title(lines: list, candidates: list, lex: Lexicon, weights: Weights = WEIGHTS):
    """The candidate of the highest score, the earliest of equals; None without candidates."""
    if not candidates:
        return None
    if lines and candidates[0] is lines[0] and _NUMBERED_EPISODE.match(lines[0].text.strip()):
        return lines[0]  # "185: Oggi cambio patrono." atop a podcast page: the episode's title (H1734j)
    if names_interview_guest(candidates[0].text, lex):
        return candidates[0]  # "Entrevista con Ana Ruiz" over a longer subtitle (H1821j)
    if len(candidates) > 1 and opens_interview_heading(candidates[0].text, candidates[1].text, lex):
        return candidates[0]  # "Entrevista del embajador Ann Roe en …" over "… en entrevista con Ann Roe" (H2148k)
    candidates, feats = pool(lines, candidates, lex)
    scores = [score(f, weights) for f in feats]
    return candidates[scores.index(max(scores))]


# A site's section name ("Latest news", "Company blog") is at most this many words.
MAX_SECTION_WORDS = 6


def closes_with_section_word(text: str, lex: Lexicon) -> bool:
    """A heading longer than a section name whose only soft phrase is its closing word ("…
    Interview with Ann Lee, Harbour World News"): the heading names an outlet, it is no site
    section, so it stays a candidate for the title (H162g)."""
    line = text.strip()
    m = soft_phrase(line, lex)
    return m is not None and m.start() > 0 and m.end() >= len(line.rstrip(" .!")) \
        and len(line.split()) > MAX_SECTION_WORDS and not is_strong(line, lex) \
        and closes_with_section_phrase(line, lex)  # a button ("… | Donate") names no outlet (H271z)

