"""A page's publication block under the speech (B1604i).

Government and news sites (Drupal and the like) print a block of the page's own data under the
article: a short heading, then one field a line, the publication stamp among them:

    Informations de publication
    Publié le : lun, 09/10/2018 - 11:29
    Mise à jour le : lun, 09/10/2018 - 11:29
    Auteur : © copyright, Ville de Rye

The stamp alone was a site line (lexicon `publication_prefixes`, `update_prefixes`, and a
date); the fields after it and the heading over it stayed the last turn's speech. When a
paragraph of the last turn (not its first) opens with such a stamp and everything from there to
the turn's end is field lines (a short field name, a colon, a value; one at least besides the
stamp) or site lines, the whole run
is the page's: set apart one block a line, and with it a heading of a few words without any
sentence punctuation or bracket right above it.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Boilerplate, Turn
from teikit.transforms.helpers.dates import find_date
from teikit.transforms.helpers.footers import plain_lines

MAX_STAMP_WORDS = 10
# A field line: a name of one to four words, a colon (French-spaced or not), a value.
_FIELD = re.compile(r"^[^\W\d_][\w'’.-]*(?:[ \u00a0][\w'’.-]+){0,3}[ \u00a0]?[:：][ \u00a0]*\S")
MAX_FIELD_WORDS = 16
MAX_HEADING_WORDS = 5
# A heading of words only: no sentence punctuation, no brackets ("(Applause)" is an event).
_HEADING = re.compile(r"^[^\W\d_][\w'’\- \u00a0]*$")


def is_update_stamp(text: str, lex: Lexicon) -> bool:
    """ "Dernière mise à jour: 6 octobre 2017", "Publié le : lun, 09/10/2018 - 11:29": the
    page's publication or update stamp (lexicon `update_prefixes`, `publication_prefixes`) and
    a date, in a short line."""
    # (the prefix first: a date search on every paragraph of a long last turn was most of its cost)
    return len(text.split()) <= MAX_STAMP_WORDS and any(
        getattr(lex, entry) and lex.pattern(entry).match(text) for entry in ("update_prefixes", "publication_prefixes")
    ) and find_date(text, lex) is not None


def _field_lines(para) -> list[str] | None:
    lines = [line.strip() for line in plain_lines(para) or () if line.strip()]
    if not lines or any(not _FIELD.match(line) or len(line.split()) > MAX_FIELD_WORDS for line in lines):
        return None
    return lines


def _heading(para) -> str | None:
    lines = plain_lines(para)
    if lines is None or len(lines) != 1:
        return None
    text = lines[0].strip()
    return text if len(text.split()) <= MAX_HEADING_WORDS and _HEADING.match(text) else None


def metadata_tail(turn: Turn, lex: Lexicon) -> list[Boilerplate]:
    """The publication block and its heading, taken out of `turn` (one block a line); [] when
    the turn ends in no such block (the turn is left as it is)."""
    paragraphs = turn.paragraphs
    at = next((i for i, p in enumerate(paragraphs) if i and _opens_with_stamp(p, lex)), None)
    if at is None:
        return []
    blocks: list[Boilerplate] = []
    fields = 0  # field lines besides the stamp
    for para in paragraphs[at:]:
        if isinstance(para, Boilerplate):
            blocks.append(para)
            continue
        lines = _field_lines(para)
        if lines is None:
            return []
        blocks += [Boilerplate(line, (para.line or 0) + n) for n, line in enumerate(lines)]
        fields += len(lines) - (para is paragraphs[at])
    if not fields:
        return []  # a lone stamp is no block (the footer rules read it): no heading is taken over it
    if at > 1 and (heading := _heading(paragraphs[at - 1])) is not None:
        at -= 1
        blocks.insert(0, Boilerplate(heading, paragraphs[at].line or 0))
    del paragraphs[at:]
    return blocks


def _opens_with_stamp(para, lex: Lexicon) -> bool:
    text = para.text if isinstance(para, Boilerplate) else (plain_lines(para) or [""])[0]
    return is_update_stamp(text.strip(), lex)
