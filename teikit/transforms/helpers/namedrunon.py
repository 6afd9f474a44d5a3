"""A whole transcript on one line with mixed-case name labels (video and audio transcript
files): "Maria Alvarran: When the doctors ... like me. Interviewer: They would put up a
screen ... Perfect. Francisco Gutierrez: Everything has always been good." (L29b).

`split_named_run_on` cuts such a line before each name label printed after a sentence end,
when the line opens with a name label and holds at least two more; it returns the labels
cut at, which the labels pass takes as confirmed. A name label is two to four capitalised
words (a degree after a comma allowed: "Matthew Lunning, M.D.") or one role word of the
lexicon ("Interviewer", "Moderator")."""
from __future__ import annotations

import re
from functools import lru_cache

from teikit.lexicons import Lexicon
from teikit.model import Paragraph, Text, Transcript
from teikit.transforms.helpers.runon import run_on_key, split_apart

MIN_INNER_LABELS = 2
_NAME = r"[^\W\d_a-z][\w'’\-]+"
_LABEL = rf"((?:{_NAME}[ \u00a0]){{0,3}}{_NAME}(?:,[ \u00a0][^\W\d_a-z][\w.]{{1,10}})?):[ \u00a0](?=[^\W\d_a-z])"
_OPENING = re.compile(_LABEL)
# inside the line: after a sentence end (or a closing bracket or quote) and a space
_INNER = re.compile(rf"(?<=[.?!…)\"”])[ \u00a0]+{_LABEL}")


@lru_cache(maxsize=None)
def _role_words(lex: Lexicon) -> frozenset:
    return frozenset(w.lower() for w in lex.label_role_words)


def _name_label(name: str, lex: Lexicon) -> bool:
    words = name.split(",")[0].split()
    if len(words) == 1:
        return words[0].lower() in _role_words(lex)
    return all(w.lower() not in lex.small_words and w.lower() not in lex.label_not_words for w in words)


def split_named_run_on(doc: Transcript, lex: Lexicon, plain: list[tuple[Paragraph, str]]) -> set[str]:
    """Cut one-line paragraphs that are whole transcripts with mixed-case name labels;
    `plain`: `one_line_paragraphs(doc)` (the pieces replace their paragraph in it too)."""
    labels: set[str] = set()
    split: dict[int, tuple[int, list]] = {}
    for at, (block, text) in enumerate(plain):
        # cheap tests first: three label colons in the line, one of them early
        if ": " not in text[:60] or text.count(": ") < MIN_INNER_LABELS + 1:
            continue
        opening = _OPENING.match(text)
        if opening is None or opening.group(1).isupper() or not _name_label(opening.group(1), lex):
            continue  # (labels in capitals inside a line are the run-on splitting's, L18/L29)
        inner = [m for m in _INNER.finditer(text, opening.end()) if _name_label(m.group(1), lex)]
        if len({m.group(1) for m in inner} | {opening.group(1)}) < MIN_INNER_LABELS + 1:
            continue
        cuts = [m.start(1) for m in inner]
        bounds = list(zip([0] + cuts, cuts + [len(text)]))
        split[id(block)] = (at, [Paragraph(content=[Text(text[a:b].strip())], line=block.line) for a, b in bounds])
        labels |= {run_on_key(opening.group(1))} | {run_on_key(m.group(1)) for m in inner}
    split_apart(doc, plain, split)  # one pass over the blocks, by identity (no list.index)
    return labels
