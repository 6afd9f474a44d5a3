"""Speaker labels in angle brackets at a line start (L1500i), as chat logs and some
transcribers print them: "<Livia> Sim, concedida.", "<Ann Lee>Thank you." (no space), the
same label printed again on the next line of the same speaker.

An angle bracket also opens markup: an HTML or XML element ("<p>", "<date>1990</date>",
"<div type=...>") is no label. A name is an element's when it is an HTML element name, holds
an attribute ("=", a quotation mark) or a slash, or is closed later on the line ("</date>").
The document's style decides (`angle_style`): two different names at least, three labelled
lines in all, each name a speaker's name in shape (not an event word).
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.transforms.helpers.labelevidence import event_phrase, is_mixed_candidate
from teikit.transforms.helpers.labeltext import is_upper_label, words_of

# "<Livia> ...", "<Ann Lee>Thank you.": a letter first, no markup characters inside.
_ANGLE_LABEL = re.compile(r"^<([^\W\d_][^<>/=\"'\n]{0,39}?)>[ \t\u00a0]*(?=\S)")
# Element names a Markdown or HTML page opens a line with (lower case compared): no speaker's.
_HTML_ELEMENTS = frozenset(
    "a abbr address article aside audio b blockquote body br button caption center cite code col dd del "
    "details dfn div dl dt em embed figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hr "
    "html i iframe img input ins kbd label li link main mark meta nav noscript object ol option p "
    "picture pre q s samp script section select small source span strike strong style sub summary sup "
    "table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr".split())
# Lines opened by angle-bracket labels that make the style (two names, one printed twice).
MIN_ANGLE_LINES = 3


def angle_label(line: str) -> tuple[int, str] | None:
    """(end of the printed label and the spaces after it, the name) when `line` opens with a
    name in angle brackets that no markup element can be."""
    m = _ANGLE_LABEL.match(line)
    if m is None:
        return None
    name = m.group(1).strip()
    if name.lower() in _HTML_ELEMENTS or f"</{name.lower()}" in line.lower():
        return None
    return m.end(), name


def angle_style(name: str, angles, lex: Lexicon) -> bool:
    """`name` (printed in angle brackets) is a speaker's label: the document prints at least
    two such names that read as names, `MIN_ANGLE_LINES` lines in all (`angles`: name -> lines)."""
    return name in angle_names(angles, lex)


def angle_names(angles, lex: Lexicon) -> frozenset[str]:
    """The names of `angle_style`'s labels: all the names that read as names, or none (read
    once per document by the label policy: per label, it is quadratic in a text of many)."""
    names = [n for n in angles if _speaker_name(n, lex)]
    return frozenset(names) if len(names) >= 2 and sum(angles[n] for n in names) >= MIN_ANGLE_LINES else frozenset()


def _speaker_name(name: str, lex: Lexicon) -> bool:
    """A name, a role word or a nick in capitals; no event ("<Laughter>" is a recording's)."""
    return not event_phrase(name, lex) and (
        is_upper_label(name, lex) or (is_mixed_candidate(name, lex) and len(words_of(name)) <= 4))
