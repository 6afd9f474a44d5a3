"""An oral history's narrator over its interviewer's credit (H2003k): an oral history project
prints its header as the narrator's name, then "Interviewed by <name>", then the place and
date of the session. The name over the credit is the title, whatever heading the project
prints above it ("Edited Oral History Transcript"). Used by `transforms.header`."""
from __future__ import annotations

from teikit.lexicons import Lexicon
from teikit.model import HeaderKind as K
from teikit.transforms.helpers.titlenames import interviewer_credit, names_in

# What the header pass may have made of the name line before this rule reads it.
_OPEN_KINDS = (K.UNKNOWN, K.SUBTITLE, K.TITLE, K.PLACE, K.VENUE)


def narrator_over_credit(lines: list, lex: Lexicon):
    """The header line that is one person's name, printed right over a byline that credits
    the interviewer; None when there is none."""
    for above, h in zip(lines, lines[1:]):
        if h.kind == K.BYLINE and h.line == above.line + 1 and above.kind in _OPEN_KINDS \
                and interviewer_credit(h.text, lex) and names_in(above.text.strip(), lex) == [above.text.strip()]:
            return above
    return None


def narrated_title(lines: list, title, lex: Lexicon):
    """The narrator's line when there is one (a heading chosen before it stays in the header
    as a subtitle), else `title`."""
    narrator = narrator_over_credit(lines, lex)
    if narrator is None or narrator is title:
        return title
    if title is not None:
        title.kind = K.SUBTITLE
    return narrator
