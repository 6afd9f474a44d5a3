"""A record's opening formula before its first label: the clerk's narration, not a turn.

Parliamentary and council records open with prose that nobody speaks: who attends, when the
sitting opens, what the clerk reads, what the chamber decides ("M. de Renesse procède à
l'appel nominal.", "Conforme una invitación de la Presidencia, la concejala ... procede a
izar el Pabellón Nacional ..."). The header pass reads such a paragraph, left over between
the header lines and the first label, as an unlabeled opening speech. It is the record's
narration, set apart as header notes, when the structure says so:

- every later turn is labelled (at least `MIN_LABELLED_TURNS` of them), so the record
  prints a label before each speech it holds;
- a label names the chair of the sitting (lexicon `chair_words`, `chair_offices`:
  "M. le président.", "PRESIDENCIA:"), so the text is a sitting's record;
- no paragraph of the block holds a word only a speaker says: the first or second person,
  a greeting or an address to the room (lexicon `spoken_words`, outside quotations: a
  petition the clerk reads out may say "nous").

An unlabeled statement before questions, a host's introduction of an interview, a
spokesperson's briefing in the third person ("The Secretary-General will travel ...") are
under no chair's label, or speak to the room, and stay turns.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon, own
from teikit.model import Boilerplate, HeaderKind, HeaderLine, LineBreak, Paragraph, Text, Transcript, Turn
from teikit.transforms.helpers.lines import lines_of

MIN_LABELLED_TURNS = 2

# Quoted passages are someone else's words read out, not the narrator's ("« Nous ... »").
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"|「[^」]*」|『[^』]*』")
_WORD = re.compile(r"[^\W\d_]+")


def set_record_opening_apart(doc: Transcript, lex: Lexicon) -> None:
    blocks = doc.blocks
    first = next((i for i, b in enumerate(blocks) if isinstance(b, Turn)), None)
    if first is None or blocks[first].label is not None:
        return  # (most documents: the first turn is labelled)
    opening = blocks[first]
    later = [b for b in blocks[first + 1:] if isinstance(b, Turn)]
    if len(later) < MIN_LABELLED_TURNS or any(t.label is None for t in later):
        return
    if not any(_chair_label(t.label, lex) for t in later):
        return
    if opening.lead_notes or not _plain(opening.paragraphs):
        return
    if any(spoken(p.text, lex) for p in opening.paragraphs if isinstance(p, Paragraph)):
        return
    blocks[first:first + 1] = [line for item in opening.paragraphs for line in _header_lines(item)]


def _chair_label(label: str, lex: Lexicon) -> bool:
    """The label names the chair: a chair word or the chair's office among its words."""
    words = {w.lower() for w in _WORD.findall(label)}
    return bool(words & (lex.chair_words | lex.chair_offices))


def _plain(items: list) -> bool:
    """Paragraphs of text and line breaks only (and site lines): nothing marked inside."""
    return all(type(i) is Boilerplate or (type(i) is Paragraph and i.content and all(
        type(c) in (Text, LineBreak) for c in i.content)) for i in items)


def spoken(text: str, lex: Lexicon) -> bool:
    """A first- or second-person word, a greeting or an address, outside quotations."""
    # (the document's own language only: the English words every lexicon adds after its own
    # would read the Italian article "I" as a speaker's)
    words = own(lex.lang)
    return bool(words.spoken_words) and words.pattern("spoken_words", 0).search(_QUOTED.sub(" ", text)) is not None


def _header_lines(item) -> list:
    """Each line of a paragraph as a header note, verbatim; a site line stays one."""
    if type(item) is Boilerplate:
        return [item]
    lines = lines_of(item)
    last = len(lines) - 1
    return [HeaderLine(HeaderKind.NOTE, "".join(c.text for c in line), item.line + n if item.line else 0,
                       joined=item.joined and n == last)
            for n, line in enumerate(lines)]
