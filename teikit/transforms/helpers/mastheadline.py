"""The site's name on the page's first line, over the title, is no venue (H2288l).

A ministry's transcript page opens with its masthead, the site's or the office's name:
`Media Center Media Center` (the section's name printed twice by the capture), `CubaMinrex.
Ministerio de Relaciones Exteriores de Cuba`, then (after site lines only: a widget row, a
language switcher) the title. The venue words of such a name (`Center`, `Ministerio`) made it the
venue. A venue is printed with the event, by the date or under the title; the page's first
line, with nothing but site lines between it and the title, is the masthead: site furniture.
A first line with the date right under it (`New York` / `13 October 2006` / the title) keeps
its reading, and so does a venue line under the title.
"""
from __future__ import annotations

from teikit.model import HeaderKind as K

# Lines that may stand between a masthead and the title: the site's own, and lines no rule
# claimed (above the title, the position rules make them site furniture next).
_SITE_KINDS = (K.BOILERPLATE, K.SEPARATOR, K.UNKNOWN)


def masthead_over_title(lines: list, title) -> None:
    """Make the page's first line site furniture when it was read as a venue and only site
    lines stand between it and the title (`lines`: the header lines in order)."""
    if title is None or not lines or lines[0].kind != K.VENUE or title is lines[0]:
        return
    at = next((k for k, h in enumerate(lines) if h is title), None)
    if at is not None and all(h.kind in _SITE_KINDS for h in lines[1:at]):
        lines[0].kind = K.BOILERPLATE


# A site's tagline under its name: a few words, in lower case, no sentence (H2498m).
MAX_TAGLINE_WORDS = 6
_CLOSED = tuple(".:;!?")


def site_name_with_tagline(lines: list) -> None:
    """The site's name printed twice at the page's top, the second time with its tagline on the
    line right under it (`Come nasce la Costituzione` / `Come nasce la Costituzione` / `partner
    di progetto`: a site's logo text, then its title and description), is site furniture, all
    three lines, not the page's title (H2498m). The title of the post is then read among the
    headings below. A first line printed again as a later heading with no tagline under it is
    the page's title (H420a)."""
    if len(lines) < 3 or lines[0].kind != K.UNKNOWN:
        return
    name, again, tagline = lines[0], lines[1], lines[2]
    text = tagline.text.strip()
    if again.text.strip().casefold() != name.text.strip().casefold() or again.kind != K.UNKNOWN \
            or tagline.kind != K.UNKNOWN or not text[:1].islower() or text.endswith(_CLOSED) \
            or len(text.split()) > MAX_TAGLINE_WORDS or not (again.line and tagline.line == again.line + 1):
        return
    name.kind = again.kind = tagline.kind = K.BOILERPLATE
