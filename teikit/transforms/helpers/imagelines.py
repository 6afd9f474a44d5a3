"""Lines an image prints into a page's header (used by the header pass): its alt text, the
heading it shows followed by a word for the picture ("<episode title> cover"), and its
caption printed twice, once as the alt text and once under the picture."""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, compiled_once
from teikit.model import HeaderKind as K

# The kinds a heading may have been given by its shape before positions are resolved (a
# heading that ends with a full stop reads as a lead sentence).
_HEADING_KINDS = (K.UNKNOWN, K.SUMMARY, K.TITLE)


def _alt_tail(lex: Lexicon) -> re.Pattern:
    """ "<heading> cover", "<heading> - podcast episode cover": the word for the picture after
    the heading it names, maybe after a dash or a bar."""
    return compiled_once(rf"\s*(?:[-–—|:]\s*)?(?:{lex.alternation('image_alt_tails')})\s*$", re.IGNORECASE)


def alt_lines(lines: list, lex: Lexicon) -> None:
    """A header line that is another header line's text followed by a word for the picture
    ("Simon et Simone : notre communauté est meilleure que nous. cover" over "Simon et Simone :
    notre communauté est meilleure que nous."): the cover image's alt text, page furniture and
    never the title; the heading it names is the title when no shape claimed one (H510a)."""
    headings = {}
    for h in lines:
        if h.kind in _HEADING_KINDS:
            headings.setdefault(h.text.strip(), h)
    tail = _alt_tail(lex)
    named = []
    for h in lines:
        if h.kind not in _HEADING_KINDS or (found := tail.search(h.text.strip())) is None or not found.start():
            continue
        base = headings.get(h.text.strip()[:found.start()].strip())
        if base is not None and base is not h:
            h.kind = K.BOILERPLATE
            named.append(base)
    if named and not any(h.kind == K.TITLE for h in lines):
        named[0].kind = K.TITLE


def caption_pair(lines: list, first, second) -> bool:
    """The two printings of a line are header lines next to each other right under an
    unclaimed heading ("9 May 14 – Southampton (A) Pre-Match Press Conference" / "Ryan Giggs, 9th
    May 2014 – Southampton (EPL, A)" twice): an image's alt text and its caption under the
    article's headline, page furniture; the headline above is the title (H512a). A heading
    printed twice under a date line or at the page's top is the title printed twice."""
    at = next(i for i, h in enumerate(lines) if h is first)
    if at == 0 or at + 1 >= len(lines) or lines[at + 1] is not second:
        return False
    above = lines[at - 1]
    return above.kind == K.UNKNOWN and len(above.text.split()) >= MIN_HEADLINE_WORDS


# The headline over a captioned picture has at least this many words (a site's name or a
# section word above a heading printed twice is no headline).
MIN_HEADLINE_WORDS = 4
