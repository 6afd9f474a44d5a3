"""A presenter's cue to a reporter's package at the end of the line (T868d): radio and TV news
scripts print the presenter's label, the lead-in, and the reporter's name as the line's last
words ("… une opération planifiée. Anastasia Becchio", "… À Washington, Anne Corpet.",
"… Reportage, William de Lesseux.", "… From Brussels, Ann Roe.", "… Ein Bericht von Anna Roe."),
then the package unlabeled. The paragraphs after such a cue, up to the next label, are the
reporter's turn, unlabeled (`split_after_cues`); the persons pass points it at the person the cue
names (`cued_reporter`, asked by `handover.attribute_handed_over`).

The cue is the paragraph's last sentence alone: a name of two to four capitalised words (a
particle such as `de`, `von`, `van` between them), after a cue phrase of the lexicon
(`report_cues`: "Reportage", "From Washington,", "Ein Bericht von"), or alone without a full
stop (a script's cue line; "All right. Happy Tuesday." is speech). A name said inside a
sentence ("… said Ann Roe.") is no cue.
"""
from __future__ import annotations

import re

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Transcript, Turn

# The last sentence of a paragraph, after the last sentence end before it (a closing stop is
# part of the cue, not its start).
_LAST_SENTENCE = re.compile(r"(?:^|[.!?…»”\"][ \u00a0]+)([^.!?…]{3,90}?)[ \u00a0]*\.?[ \u00a0]*$")
_PARTICLES = frozenset("de du des d' von van der den di da del della le la ten bin al el".split())
# Words of a cue: a name, and the cue phrase before it.
MAX_CUE_WORDS = 10
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4


def cued_reporter(text: str, lex: Lexicon) -> str | None:
    """The reporter a paragraph's last sentence cues ("… Reportage, William de Lesseux."), or None."""
    tail = text[-200:].rstrip()
    m = _LAST_SENTENCE.search(tail)
    if m is None:
        return None
    cue = m.group(1).strip()
    if len(cue.split()) > MAX_CUE_WORDS:
        return None
    phrase = lex.pattern("report_cues").match(cue) if lex.report_cues else None
    if phrase:
        cue = cue[phrase.end():].lstrip(" ,:\u00a0")
    elif tail.endswith("."):
        return None  # a name alone is a cue without a stop ("… planifiée. Anastasia Becchio"); "Happy Tuesday." is speech
    return cue if _full_name(cue) else None


def _full_name(text: str) -> bool:
    words = text.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS + 1:
        return False
    names = [w for w in words if w.lower() not in _PARTICLES]
    return MIN_NAME_WORDS <= len(names) <= MAX_NAME_WORDS and words[0] in names and words[-1] in names \
        and all(w[:1].isupper() and w[1:2].islower() and w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                for w in names)


def split_after_cues(doc: Transcript, lex: Lexicon) -> None:
    """A labelled turn's paragraphs after one that ends with a reporter's cue are an unlabeled
    turn of their own (the reporter's), in a text of two different labels at least."""
    labels = {t.label for t in doc.turns() if t.label is not None}
    if len(labels) < 2:
        return
    out: list = []
    for block in doc.blocks:
        out.append(block)
        while isinstance(block, Turn) and block.label is not None and len(block.paragraphs) >= 2:
            at = _cue_at(block, lex)
            if at is None:
                break
            rest = block.paragraphs[at + 1:]
            del block.paragraphs[at + 1:]
            package = Turn(label=None, line=next(p.line for p in rest if isinstance(p, Paragraph)), paragraphs=rest)
            out.append(package)
            block = package  # (an unlabeled turn: the loop ends)
    doc.blocks = out


# A package is a report: the paragraph after the cue holds this many words at least.
MIN_PACKAGE_WORDS = 12


def _cue_at(turn: Turn, lex: Lexicon) -> int | None:
    """The first paragraph of `turn` (not its last) that ends with a cue, the next one a
    paragraph of a report's length."""
    paragraphs = turn.paragraphs
    for i in range(len(paragraphs) - 1):
        para, after = paragraphs[i], paragraphs[i + 1]
        if isinstance(para, Paragraph) and isinstance(after, Paragraph) \
                and len(after.text.split(None, MIN_PACKAGE_WORDS)) > MIN_PACKAGE_WORDS and cued_reporter(para.text, lex):
            return i
    return None
